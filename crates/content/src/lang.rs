//! The languages runwell's programme is written in, named by their BCP-47 tags.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A language the programme is written in. English is the base: the other languages' files hold
/// only text, and every id, number and structure comes from the English files.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// The default when nothing names a language.
    #[default]
    En,
    Da,
    Sv,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Da, Lang::Sv];

    /// The translations: every language but English, each in its own folder under `content/`.
    pub const TRANSLATED: [Lang; 2] = [Lang::Da, Lang::Sv];

    /// The BCP-47 tag, which is also the folder of a translation's files: `en`, `da`, `sv`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Da => "da",
            Lang::Sv => "sv",
        }
    }

    /// The language's name in English, for messages to whoever writes the content.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Da => "Danish",
            Lang::Sv => "Swedish",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Da => "Dansk",
            Lang::Sv => "Svenska",
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Da => 1,
            Lang::Sv => 2,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag runwell has no programme for.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "{0:?} is not a language runwell is written in: use en, da or sv (a region such as da-DK is fine)"
)]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Reads a BCP-47 tag by its primary language subtag, in any case, so that `da`, `DA`,
    /// `da-DK` and `sv-FI` all name a language; the region and script subtags do not change the
    /// programme's text.
    fn from_str(tag: &str) -> Result<Self, UnknownLang> {
        let primary = tag.trim().split('-').next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
            .ok_or_else(|| UnknownLang(tag.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_by_their_primary_subtag() {
        let check = |tag: &str, expected: Option<Lang>| {
            assert_eq!(tag.parse::<Lang>().ok(), expected, "{tag:?}");
        };
        check("en", Some(Lang::En));
        check("da", Some(Lang::Da));
        check("sv", Some(Lang::Sv));
        check("DA", Some(Lang::Da));
        check(" sv ", Some(Lang::Sv));
        check("da-DK", Some(Lang::Da));
        check("sv-FI", Some(Lang::Sv));
        check("en-GB", Some(Lang::En));
        check("sv-Latn-SE", Some(Lang::Sv));
        check("", None);
        check("-", None);
        check("de", None);
        check("nb-NO", None);
        check("dan", None);
        check("d", None);
        check("da_DK.UTF-8", None);
    }

    #[test]
    fn a_tag_round_trips_and_an_unknown_one_says_what_to_use() {
        for lang in Lang::ALL {
            assert_eq!(lang.tag().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.to_string(), lang.tag());
        }
        let error = "de-AT".parse::<Lang>().unwrap_err().to_string();
        assert!(error.contains("\"de-AT\"") && error.contains("en, da or sv"), "{error}");
    }

    #[test]
    fn indices_follow_all() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), i);
        }
        assert_eq!(Lang::TRANSLATED, [Lang::Da, Lang::Sv]);
        assert_eq!(Lang::default(), Lang::En);
    }
}

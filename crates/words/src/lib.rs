//! runwell's words in the runner's language: English, Danish and Swedish.
//!
//! Every sentence both front ends show is a Fluent message in `locales/{en,da,sv}/*.ftl`,
//! compiled in; [`Words`] looks one up in a [`Lang`], with its plurals chosen by that
//! language's rules. Fluent does not write decimals the Danish or Swedish way, so every
//! number, distance and day a message shows is written here first ([`numbers`], [`dates`]) and
//! handed to Fluent as text; only counts that choose a plural go in as numbers. [`choose`]
//! reads a browser's `Accept-Language` and a terminal's `LANG`. The words for the domain's
//! types live in [`domain`]. Rule ids and source citations are never translated, and JSON
//! output never passes through here. Depends on `runwell-domain` and `runwell-content` (for
//! [`Lang`]) only; it does no IO.

pub mod choose;
pub mod dates;
pub mod domain;
pub mod numbers;
mod session;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
pub use runwell_content::Lang;
use runwell_domain::text::{Arg as TextArg, Text};
use runwell_domain::{DistanceUnit, LocalDay};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around placeables: they would show up in a terminal and
        // in copied text, and runwell's placeables are its own numbers and names.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A message's argument: text shown as it is (a number runwell wrote already, a name), or a
/// count, which also chooses the plural.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// runwell's words in one language. Cheap to copy; every page and command holds one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Words {
    lang: Lang,
}

fn langid_of(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::En => langid!("en"),
        Lang::Da => langid!("da"),
        Lang::Sv => langid!("sv"),
    }
}

impl Words {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The BCP-47 tag, for `<html lang>` and speech: `en`, `da`, `sv`.
    pub fn tag(self) -> &'static str {
        self.lang.tag()
    }

    /// The message `id` without arguments.
    pub fn get(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The message `id` with its arguments by name.
    pub fn with(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Count(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        self.lookup(id, Some(&args))
    }

    /// A missing message falls back to English, then to its id: a page never fails for want of
    /// a word (and `tests/words` fails the build's tests if any language lacks one).
    fn lookup(
        &self,
        id: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        LOCALES
            .try_lookup_complete(&langid_of(self.lang), id, args)
            .or_else(|| LOCALES.try_lookup_complete(&langid_of(Lang::En), id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A sentence the domain made (`runwell_domain::Text`), every argument written this
    /// language's way first.
    pub fn text(&self, text: &Text) -> String {
        let args: Vec<(&'static str, Arg)> =
            text.args.iter().map(|(name, arg)| (*name, self.arg(arg))).collect();
        self.with(text.id, &args)
    }

    fn arg(&self, arg: &TextArg) -> Arg {
        let lang = self.lang;
        match arg {
            TextArg::Count(n) => Arg::Count(*n),
            TextArg::Number(value, places) => Arg::Text(self.number(*value, usize::from(*places))),
            TextArg::Score(value, places) => Arg::Text(self.score(*value, usize::from(*places))),
            TextArg::Percent(percent) => Arg::Text(self.percent(*percent)),
            TextArg::Day(day) => Arg::Text(self.day(*day)),
            TextArg::Distance(metres, unit) => Arg::Text(self.distance(*unit, *metres)),
            TextArg::WholeDistance(metres, unit) => {
                Arg::Text(numbers::distance_places(lang, *unit, *metres, 0))
            }
            TextArg::Text(inner) => Arg::Text(self.text(inner)),
            TextArg::Verbatim(words) => Arg::Text(words.clone()),
        }
    }

    /// A number with `places` decimals, the language's way: `5.5` or `5,5`.
    pub fn number(&self, value: f64, places: usize) -> String {
        numbers::number(self.lang, value, places)
    }

    /// A distance in the runner's unit with one decimal: `5.5 km` or `5,5 km`.
    pub fn distance(&self, unit: DistanceUnit, distance_m: f64) -> String {
        numbers::distance(self.lang, unit, distance_m)
    }

    /// A signed whole percentage: `+23 %`.
    pub fn percent(&self, percent: f64) -> String {
        numbers::percent(self.lang, percent)
    }

    /// A score out of ten: `3/10`.
    pub fn score(&self, score: f64, places: usize) -> String {
        numbers::score(self.lang, score, places)
    }

    /// "Sat 28 Nov", "lør. 28. nov.", "lör 28 nov".
    pub fn day(&self, day: LocalDay) -> String {
        dates::weekday_date(self.lang, day)
    }

    /// The same with the year.
    pub fn day_year(&self, day: LocalDay) -> String {
        dates::weekday_date_year(self.lang, day)
    }

    /// "Saturday 28 November 2026" and its Danish and Swedish forms.
    pub fn long_date(&self, day: LocalDay) -> String {
        dates::long_date(self.lang, day)
    }

    /// "November 2026".
    pub fn month_title(&self, day: LocalDay) -> String {
        dates::month_title(self.lang, day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let check = |lang: Lang, n: i64, expected: &str| {
            let words = Words::new(lang);
            assert_eq!(words.with("count-mornings", &[("count", Arg::Count(n))]), expected);
        };
        check(Lang::En, 1, "1 morning");
        check(Lang::En, 2, "2 mornings");
        check(Lang::Da, 1, "1 morgen");
        check(Lang::Da, 3, "3 morgener");
        check(Lang::Sv, 1, "1 morgon");
        check(Lang::Sv, 0, "0 morgnar");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_its_id() {
        let words = Words::new(Lang::Da);
        assert_eq!(words.get("no-such-message"), "no-such-message");
        assert_eq!(Words::new(Lang::Sv).tag(), "sv");
    }
}

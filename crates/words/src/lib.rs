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

use std::sync::OnceLock;

use fluent_templates::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
pub use runwell_content::Lang;
use runwell_domain::text::{Arg as TextArg, Text};
use runwell_domain::{DistanceUnit, LocalDay};

/// The message files of each language, compiled in (`build.rs`).
mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// One language's messages, parsed the first time that language is asked for. Each language
/// has its own: a command in Danish parses Danish (and English only if a message were missing),
/// not all three — parsing every file of every language was 8% of a cold `runwell today`.
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    let (slot, tag, sources) = match lang {
        Lang::En => (&BUNDLES[0], "en", files::EN),
        Lang::Da => (&BUNDLES[1], "da", files::DA),
        Lang::Sv => (&BUNDLES[2], "sv", files::SV),
    };
    slot.get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(tag.parse().into_iter().collect());
        // No Unicode isolation marks around placeables: they would show up in a terminal and
        // in copied text, and runwell's placeables are its own numbers and names.
        bundle.set_use_isolating(false);
        for source in sources {
            // A file that does not parse keeps what did, and a message defined twice keeps
            // its first definition: a page never fails for a word. `tests/words.rs` fails
            // the tests on either.
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// Message `id` of `lang` formatted with `args`; `None` when it is missing or cannot be
/// formatted (an argument it needs is not given).
fn format(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = match id.split_once('.') {
        Some((message, attribute)) => {
            bundle.get_message(message)?.get_attribute(attribute)?.value()
        }
        None => bundle.get_message(id)?.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
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

impl Words {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    pub fn lang(self) -> Lang {
        self.lang
    }

    /// Reads this language's messages now rather than at the first lookup (they are read once
    /// a process).
    pub fn load(self) {
        bundle(self.lang);
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
        let args: FluentArgs<'_> = args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Count(n) => FluentValue::from(*n),
                };
                (*name, value)
            })
            .collect();
        self.lookup(id, Some(&args))
    }

    /// A missing message falls back to English, then to its id: a page never fails for want of
    /// a word (and `tests/words` fails the build's tests if any language lacks one).
    fn lookup(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        format(self.lang, id, args)
            .or_else(|| (self.lang != Lang::En).then(|| format(Lang::En, id, args)).flatten())
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

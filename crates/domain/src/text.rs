//! A sentence for the runner as a message id and its arguments. The domain decides what to say
//! and with which numbers; `runwell-words` says it in the runner's language, writing each
//! number, distance and day her way. An argument keeps its kind (a day, a distance in metres
//! with its unit, a score) so that no number is turned into English text here.

use serde::Serialize;

use crate::{DistanceUnit, LocalDay};

/// A sentence: the Fluent message `id` with its named arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a sentence, by kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Arg {
    /// A whole count; it also chooses the plural.
    Count(i64),
    /// A number with this many decimals.
    Number(f64, u8),
    /// A score out of ten with this many decimals: `3/10`, `2.5/10`.
    Score(f64, u8),
    /// A signed percentage, already times 100: `+23 %`.
    Percent(f64),
    /// A calendar day, written as lists write one: "Sat 28 Nov".
    Day(LocalDay),
    /// A distance in metres, shown in the runner's unit with one decimal.
    Distance(f64, DistanceUnit),
    /// A distance in metres, shown in the runner's unit in whole units: `850 km`.
    WholeDistance(f64, DistanceUnit),
    /// A part of the sentence that is itself a sentence (a default threshold, a basis).
    Text(Box<Text>),
    /// Words shown as they are: a rule id or a name the runner gave.
    Verbatim(String),
}

impl Text {
    pub fn new(id: &'static str) -> Self {
        Self { id, args: Vec::new() }
    }

    /// The same sentence with one more argument.
    pub fn with(mut self, name: &'static str, arg: impl Into<Arg>) -> Self {
        self.args.push((name, arg.into()));
        self
    }

    /// The argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// Whether this sentence, or a part of it, is the message `id`.
    pub fn mentions(&self, id: &str) -> bool {
        self.id == id || self.args.iter().any(|(_, a)| matches!(a, Arg::Text(t) if t.mentions(id)))
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Self {
        Arg::Text(Box::new(text))
    }
}

impl From<LocalDay> for Arg {
    fn from(day: LocalDay) -> Self {
        Arg::Day(day)
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Count(i64::from(n))
            }
        }
    )*};
}
count_from!(u8, u16, u32, i32, i64);

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_names_its_parts() {
        let day = LocalDay::parse("2026-11-28").unwrap();
        let text = Text::new("pain-score-green")
            .with("day", day)
            .with("score", Arg::Score(2.0, 0))
            .with("green", Text::new("default-of").with("value", Arg::Score(2.0, 0)));
        assert_eq!(text.arg("day"), Some(&Arg::Day(day)));
        assert!(text.mentions("pain-score-green") && text.mentions("default-of"));
        assert!(!text.mentions("pain-score-red"));
        assert_eq!(text.arg("none"), None);
    }
}

//! A reason the advice gives: the rule that fired, the light it gave, and what it means for the
//! runner in plain words.

use serde::Serialize;

use crate::{Light, Text};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// The EVIDENCE.md rule id, e.g. `SPIKE-1`; `None` for advice that comes from a content
    /// source alone (the article's softer-ground tip), which is then cited by `source`.
    pub rule: Option<&'static str>,
    pub light: Light,
    /// What it means for the runner, worded by `runwell-words` in her language.
    pub message: Text,
    /// The content source to cite instead of the rule's own.
    pub source: Option<&'static str>,
}

/// What a reason shows beside it. A rule that passed shows a neutral "ok", never a green badge:
/// a red Today must not carry green marks. A note judges nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Badge {
    Ok,
    Note,
    Amber,
    Red,
}

impl Badge {
    pub fn id(self) -> &'static str {
        match self {
            Badge::Ok => "ok",
            Badge::Note => "note",
            Badge::Amber => "amber",
            Badge::Red => "red",
        }
    }

    /// The word on the badge. A rule that passed reads "ok", so a red day never carries a
    /// green mark.
    pub fn word(self) -> &'static str {
        match self {
            Badge::Ok => "ok",
            Badge::Note => "Note",
            Badge::Amber => "Amber",
            Badge::Red => "Red",
        }
    }
}

impl Reason {
    pub fn new(rule: &'static str, light: Light, message: impl Into<Text>) -> Self {
        debug_assert!(crate::evidence::is_rule(rule), "{rule} is not in EVIDENCE.md");
        Self { rule: Some(rule), light, message: message.into(), source: None }
    }

    /// Advice from the content source `id` alone, with no EVIDENCE.md rule behind it.
    pub fn from_source(id: &'static str, message: impl Into<Text>) -> Self {
        Self { rule: None, light: Light::Green, message: message.into(), source: Some(id) }
    }

    /// The badge of a finding: "ok" for a rule that passed, else its light.
    pub fn badge(&self) -> Badge {
        match self.light {
            Light::Green => Badge::Ok,
            Light::Amber => Badge::Amber,
            Light::Red => Badge::Red,
        }
    }

    /// Whether this reason names `rule`.
    pub fn is(&self, rule: &str) -> bool {
        self.rule == Some(rule)
    }
}

/// How a default threshold reads where it is shown, so that a runner or clinician can tell a
/// product choice from a finding: "runwell's default of 2/10".
pub(crate) fn default_of(value: impl Into<crate::Arg>) -> Text {
    Text::new("default-of").with("value", value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_that_passed_shows_ok_not_green() {
        let check = |light: Light, badge: &str| {
            assert_eq!(Reason::new("PAIN-1", light, Text::new("m")).badge().id(), badge);
        };
        check(Light::Green, "ok");
        check(Light::Amber, "amber");
        check(Light::Red, "red");
        let tip = Reason::from_source("article-orlin-cohen", Text::new("grass"));
        assert_eq!((tip.rule, tip.source), (None, Some("article-orlin-cohen")));
        let default = default_of(crate::Arg::Score(2.0, 0));
        assert_eq!(default.id, "default-of");
        assert_eq!(default.arg("value"), Some(&crate::Arg::Score(2.0, 0)));
    }
}

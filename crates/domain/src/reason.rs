//! A reason the advice gives: the rule that fired, the light it gave, and what it means for the
//! runner in plain words.

use serde::Serialize;

use crate::Light;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// The EVIDENCE.md rule id, e.g. `SPIKE-1`.
    pub rule: &'static str,
    pub light: Light,
    pub message: String,
    /// The content source to cite instead of the rule's own, for advice that comes from the
    /// source article (e.g. softer surfaces) while a rule decides when it applies.
    pub source: Option<&'static str>,
}

impl Reason {
    pub fn new(rule: &'static str, light: Light, message: impl Into<String>) -> Self {
        debug_assert!(crate::evidence::is_rule(rule), "{rule} is not in EVIDENCE.md");
        Self { rule, light, message: message.into(), source: None }
    }

    /// The same reason citing the content source `id` instead of the rule's own source.
    pub fn citing(mut self, id: &'static str) -> Self {
        self.source = Some(id);
        self
    }
}

/// Formats a distance in kilometres for messages: "8.4 km".
pub(crate) fn km(metres: f64) -> String {
    format!("{:.1} km", metres / 1000.0)
}

/// Formats a ratio as a whole percentage: "+23 %".
pub(crate) fn percent(ratio: f64) -> String {
    let p = (ratio * 100.0).round();
    if p >= 0.0 { format!("+{p} %") } else { format!("{p} %") }
}

//! A submitted form kept for re-rendering: the values as typed and an error message per field,
//! so that a refused form comes back with the runner's input and the reason next to the field.

use runwell_domain::DomainError;

#[derive(Debug, Default)]
pub(crate) struct FormState {
    values: Vec<(String, String)>,
    errors: Vec<(&'static str, String)>,
}

impl FormState {
    pub(crate) fn new(values: Vec<(String, String)>) -> Self {
        Self { values, errors: Vec::new() }
    }

    /// A form filled with defaults.
    pub(crate) fn with(values: &[(&str, String)]) -> Self {
        Self::new(values.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect())
    }

    /// The first value given for `name`, trimmed; empty when none.
    pub(crate) fn value(&self, name: &str) -> &str {
        self.values.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.trim())
    }

    /// The value for `name`, or `None` when it was left empty.
    pub(crate) fn optional(&self, name: &str) -> Option<String> {
        Some(self.value(name).to_owned()).filter(|v| !v.is_empty())
    }

    /// Every value given for `name` (checkboxes).
    pub(crate) fn values(&self, name: &str) -> Vec<&str> {
        self.values.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim()).collect()
    }

    /// Whether `value` is the one chosen for `name` (a missing field chooses `""`).
    pub(crate) fn selected(&self, name: &str, value: &str) -> bool {
        self.value(name) == value
    }

    /// Whether `value` is among those given for `name` (checkboxes).
    pub(crate) fn is(&self, name: &str, value: &str) -> bool {
        self.values.iter().any(|(k, v)| k == name && v.trim() == value)
    }

    pub(crate) fn error(&self, name: &str) -> Option<&str> {
        self.errors.iter().find(|(k, _)| *k == name).map(|(_, m)| m.as_str())
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub(crate) fn add_error(&mut self, name: &'static str, message: impl Into<String>) {
        if self.error(name).is_none() {
            self.errors.push((name, message.into()));
        }
    }

    /// Keeps a parsed value, or records why `name` could not be used.
    pub(crate) fn check<T>(
        &mut self,
        name: &'static str,
        result: Result<T, DomainError>,
    ) -> Option<T> {
        result.map_err(|e| self.add_error(name, capitalise(&e.to_string()))).ok()
    }

    /// An optional whole number (effort, heart rate): empty is `None`, anything else must parse.
    pub(crate) fn whole_number(&mut self, name: &'static str, what: &str) -> Option<Option<i64>> {
        match self.optional(name) {
            None => Some(None),
            Some(text) => match text.parse::<i64>() {
                Ok(n) => Some(Some(n)),
                Err(_) => {
                    self.add_error(name, format!("{what} is a whole number; got {text:?}"));
                    None
                }
            },
        }
    }
}

/// Messages from the domain start in lower case, to read inside a sentence; alone beside a field
/// they start with a capital.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_errors_and_checkboxes() {
        let mut form = FormState::new(vec![
            ("day".into(), "mon".into()),
            ("day".into(), "wed".into()),
            ("note".into(), "  ".into()),
            ("rpe".into(), "x".into()),
        ]);
        assert_eq!(form.values("day"), ["mon", "wed"]);
        assert!(form.is("day", "wed") && !form.is("day", "fri"));
        assert!(form.selected("day", "mon") && form.selected("side", ""));
        assert_eq!(form.optional("note"), None);
        assert_eq!(form.whole_number("rpe", "Effort"), None);
        assert_eq!(form.error("rpe"), Some("Effort is a whole number; got \"x\""));
        assert_eq!(form.whole_number("hr", "Heart rate"), Some(None));
        assert!(form.has_errors());
        assert_eq!(capitalise("a pain score"), "A pain score");
    }
}

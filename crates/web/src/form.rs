//! A submitted form kept for re-rendering: the values as typed and an error message per field,
//! so that a refused form comes back with the runner's input and the reason next to the field.
//! It is also the extractor for a posted form (`application/x-www-form-urlencoded`, within the
//! body limit), and says what the app made of it ([`FormState::outcome`]).

use axum::extract::{Form, FromRequest, Request};
use axum::response::{IntoResponse, Response};
use runwell_app::AppError;

use crate::error::PageError;

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

    /// A form showing a stored record: the fields it has, an absent one left empty.
    pub(crate) fn filled(values: &[(&str, Option<&String>)]) -> Self {
        Self::new(
            values.iter().filter_map(|(k, v)| v.map(|v| ((*k).to_owned(), v.clone()))).collect(),
        )
    }

    /// The values as given, to extend.
    pub(crate) fn into_values(self) -> Vec<(String, String)> {
        self.values
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

    pub(crate) fn add_error(&mut self, name: &'static str, message: impl Into<String>) {
        if self.error(name).is_none() {
            self.errors.push((name, message.into()));
        }
    }

    /// What the app made of the form: `Some` when it took it, `None` when it refused some of
    /// its fields (each reason is then beside its field, see [`FormState::refused`]).
    pub(crate) fn outcome<T>(
        &mut self,
        result: Result<T, AppError>,
        shows: &[&str],
    ) -> Result<Option<T>, PageError> {
        match result {
            Ok(value) => Ok(Some(value)),
            Err(e) => self.refused(e, shows).map(|()| None),
        }
    }

    /// Places the app's reasons beside their fields, those of the fields a page `shows` a
    /// message for; any other goes at the top of the form (`form`). An error that no field
    /// explains is handed back.
    pub(crate) fn refused(&mut self, error: AppError, shows: &[&str]) -> Result<(), PageError> {
        match error {
            AppError::Invalid(fields) => {
                // A reason with its words in every language is said in the page's; the others
                // are in English.
                let words = crate::lang::words();
                for f in fields {
                    let at = if shows.contains(&f.field) { f.field } else { "form" };
                    let message = f.text.as_ref().map_or(f.message, |t| words.text(t));
                    self.add_error(at, capitalise(&message));
                }
                Ok(())
            }
            other => Err(other.into()),
        }
    }
}

impl<S: Send + Sync> FromRequest<S> for FormState {
    /// axum's own answer: 413 for a form over the body limit, 415 or 400 for one that is not a
    /// form.
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        let Form(values) = Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(FormState::new(values))
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
        assert_eq!(form.error("rpe"), None);
        let refused = AppError::Invalid(vec![
            runwell_app::FieldError {
                field: "rpe",
                message: "effort is 0 to 10".into(),
                text: None,
            },
            runwell_app::FieldError { field: "rpe", message: "a second reason".into(), text: None },
        ]);
        assert!(form.refused(refused, &["rpe"]).is_ok());
        assert_eq!(form.error("rpe"), Some("Effort is 0 to 10"));
        let elsewhere = AppError::Invalid(vec![runwell_app::FieldError {
            field: "sex",
            message: "use female or male".into(),
            text: None,
        }]);
        assert!(form.refused(elsewhere, &["rpe"]).is_ok());
        assert_eq!(form.error("form"), Some("Use female or male"), "no place of its own");
        assert!(form.refused(AppError::NoProfile, &[]).is_err(), "no field explains it");
        assert_eq!(capitalise("a pain score"), "A pain score");
    }
}

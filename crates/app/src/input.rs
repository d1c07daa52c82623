//! Input validation, in one place. What a runner typed, into a form or on the command line,
//! arrives here as text; it leaves as checked values, or as [`AppError::Invalid`] with every
//! field that cannot be used and a message saying what is allowed (realworld-axum-sqlx's 422
//! with field errors). The front ends only show the messages: the web beside each field, the
//! terminal as they are.

use runwell_domain::{DomainError, LocalDay};

use crate::error::{AppError, FieldError};

/// The field errors of one input, gathered so that the runner sees them all at once.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    errors: Vec<FieldError>,
}

impl Fields {
    /// Keeps a value, or records why `field` cannot be used.
    pub(crate) fn check<T>(
        &mut self,
        field: &'static str,
        result: Result<T, DomainError>,
    ) -> Option<T> {
        result.map_err(|e| self.refuse(field, e.to_string())).ok()
    }

    /// An optional field: empty is `None`, anything else must pass `parse`.
    pub(crate) fn optional<T>(
        &mut self,
        field: &'static str,
        text: Option<&str>,
        parse: impl FnOnce(&str) -> Result<T, DomainError>,
    ) -> Option<Option<T>> {
        match given(text) {
            None => Some(None),
            Some(text) => self.check(field, parse(text)).map(Some),
        }
    }

    /// Records why `field` cannot be used; the first reason for a field is the one kept.
    pub(crate) fn refuse(&mut self, field: &'static str, message: impl Into<String>) {
        if !self.errors.iter().any(|e| e.field == field) {
            self.errors.push(FieldError { field, message: message.into() });
        }
    }

    /// `Ok` when every field could be used.
    pub(crate) fn finish(self) -> Result<(), AppError> {
        if self.errors.is_empty() { Ok(()) } else { Err(AppError::Invalid(self.errors)) }
    }
}

/// The text of an optional field, trimmed; `None` when it was left empty.
pub(crate) fn given(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// A decimal number as runners type it, with a point or a comma ("8,5" is 8.5), finite and
/// more than 0; `what` says what it is in the message.
pub(crate) fn positive(text: &str, what: &str) -> Result<f64, DomainError> {
    match text.trim().replace(',', ".").parse::<f64>() {
        Ok(v) if v > 0.0 && v.is_finite() => Ok(v),
        _ => Err(DomainError::Value(format!("{what}; got {:?}", text.trim()))),
    }
}

/// A whole number; `what` says what it is in the message.
pub(crate) fn whole(text: &str, what: &str) -> Result<i64, DomainError> {
    text.trim()
        .parse::<i64>()
        .map_err(|_| DomainError::Value(format!("{what} is a whole number; got {:?}", text.trim())))
}

/// DATA-9: an entry dated after today where the runner lives is refused at entry.
pub(crate) fn not_after(day: LocalDay, today: LocalDay) -> Result<LocalDay, DomainError> {
    if day > today {
        Err(DomainError::Value(format!(
            "{day} is after today ({today} where you live): runwell only records what has \
             already happened. Check the date, or log it on the day"
        )))
    } else {
        Ok(day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_checked_and_the_first_reason_kept() {
        let mut f = Fields::default();
        assert_eq!(f.check("rpe", "12".parse::<runwell_domain::Rpe>()), None);
        assert_eq!(f.optional("hr", Some(" "), |t| whole(t, "x")), Some(None));
        assert_eq!(f.optional("run", Some("7"), |t| whole(t, "a run")), Some(Some(7)));
        assert_eq!(f.optional("run", Some("x"), |t| whole(t, "a run")), None);
        f.refuse("rpe", "a second reason");
        let Err(AppError::Invalid(errors)) = f.finish() else { panic!() };
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.message.as_str())).collect();
        assert_eq!(
            fields,
            [
                ("rpe", "effort (RPE) is a whole number from 0 (rest) to 10 (maximal); got 12"),
                ("run", "a run is a whole number; got \"x\""),
            ]
        );
        assert!(Fields::default().finish().is_ok());
    }

    #[test]
    fn numbers_as_runners_type_them() {
        let check = |text: &str, expected: Option<f64>| {
            assert_eq!(positive(text, "a distance").ok(), expected, "{text:?}");
        };
        check("8,5", Some(8.5));
        check(" 12 ", Some(12.0));
        check("0", None);
        check("-3", None);
        check("inf", None);
        check("NaN", None);
        check("eight", None);
        assert_eq!(whole(" 42", "n"), Ok(42));
        let day = |t: &str| LocalDay::parse(t).unwrap();
        assert!(not_after(day("2026-03-14"), day("2026-03-14")).is_ok());
        let err = not_after(day("2026-03-15"), day("2026-03-14")).unwrap_err().to_string();
        assert!(err.starts_with("2026-03-15 is after today (2026-03-14 where you live)"), "{err}");
    }
}

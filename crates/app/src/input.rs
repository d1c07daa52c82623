//! Input validation, in one place. What a runner typed, into a form or on the command line,
//! arrives here as text; it leaves as checked values, or as [`AppError::Invalid`] with every
//! field that cannot be used and a message saying what is allowed (realworld-axum-sqlx's 422
//! with field errors). The front ends only show the messages: the web beside each field, in the
//! runner's language where a reason has its words in every language ([`Refused`]), the
//! terminal as they are.

use runwell_domain::text::{Arg, Text};
use runwell_domain::{DomainError, LocalDay};
use runwell_words::{Lang, Words};

use crate::error::{AppError, FieldError};

/// Why a value cannot be used: the English words the terminal shows, and, for the reasons a
/// runner meets on the records' forms, the same reason as a message (`forms.ftl`) that a page
/// writes in her language.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Refused {
    message: String,
    text: Option<Text>,
}

impl From<Text> for Refused {
    /// The English is the message's own, so the terminal and a page in English say the same.
    fn from(text: Text) -> Self {
        Self { message: Words::new(Lang::En).text(&text), text: Some(text) }
    }
}

impl From<DomainError> for Refused {
    fn from(error: DomainError) -> Self {
        match domain_text(&error) {
            Some(text) => text.into(),
            None => Self { message: error.to_string(), text: None },
        }
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<&str> for Refused {
    fn from(message: &str) -> Self {
        Self { message: message.to_owned(), text: None }
    }
}

impl From<String> for Refused {
    fn from(message: String) -> Self {
        Self { message, text: None }
    }
}

/// The value the runner typed, quoted as the English messages have always quoted it.
fn typed(text: &str) -> Arg {
    Arg::Verbatim(format!("{text:?}"))
}

/// The domain's refusals that carry what was typed, as messages. The others (`Value`) are
/// free English sentences and stay so.
fn domain_text(error: &DomainError) -> Option<Text> {
    let (id, got) = match error {
        DomainError::PainScore(got) => ("form-refused-pain-score", Arg::Verbatim(got.clone())),
        DomainError::Rpe(got) => ("form-refused-rpe", Arg::Verbatim(got.clone())),
        DomainError::Date(got) => ("form-refused-date", typed(got)),
        _ => return None,
    };
    Some(Text::new(id).with("got", got))
}

/// The field errors of one input, gathered so that the runner sees them all at once.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    errors: Vec<FieldError>,
}

impl Fields {
    /// Keeps a value, or records why `field` cannot be used.
    pub(crate) fn check<T, E: Into<Refused>>(
        &mut self,
        field: &'static str,
        result: Result<T, E>,
    ) -> Option<T> {
        result.map_err(|e| self.refuse(field, e.into())).ok()
    }

    /// An optional field: empty is `None`, anything else must pass `parse`.
    pub(crate) fn optional<T, E: Into<Refused>>(
        &mut self,
        field: &'static str,
        text: Option<&str>,
        parse: impl FnOnce(&str) -> Result<T, E>,
    ) -> Option<Option<T>> {
        match given(text) {
            None => Some(None),
            Some(text) => self.check(field, parse(text)).map(Some),
        }
    }

    /// Records why `field` cannot be used (English words, or a [`Text`] for every language);
    /// the first reason for a field is the one kept.
    pub(crate) fn refuse(&mut self, field: &'static str, reason: impl Into<Refused>) {
        if !self.errors.iter().any(|e| e.field == field) {
            let Refused { message, text } = reason.into();
            self.errors.push(FieldError { field, message, text });
        }
    }

    /// `Ok` when every field could be used.
    pub(crate) fn finish(self) -> Result<(), AppError> {
        if self.errors.is_empty() { Ok(()) } else { Err(AppError::Invalid(self.errors)) }
    }
}

/// One field refused, on its own.
pub(crate) fn refused(field: &'static str, reason: impl Into<Refused>) -> AppError {
    let mut f = Fields::default();
    f.refuse(field, reason);
    AppError::Invalid(f.errors)
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

/// The same for a field whose reason is a message: `id` says what is allowed and takes what
/// was typed as `got`.
pub(crate) fn positive_as(text: &str, id: &'static str) -> Result<f64, Refused> {
    positive(text, "").map_err(|_| Text::new(id).with("got", typed(text.trim())).into())
}

/// A whole number; `what` says what it is in the message.
pub(crate) fn whole(text: &str, what: &str) -> Result<i64, DomainError> {
    text.trim()
        .parse::<i64>()
        .map_err(|_| DomainError::Value(format!("{what} is a whole number; got {:?}", text.trim())))
}

/// DATA-9: an entry dated after today where the runner lives is refused at entry.
pub(crate) fn not_after(day: LocalDay, today: LocalDay) -> Result<LocalDay, Refused> {
    if day > today {
        Err(Text::new("form-refused-after-today")
            .with("day", Arg::Verbatim(day.to_string()))
            .with("today", Arg::Verbatim(today.to_string()))
            .into())
    } else {
        Ok(day)
    }
}

/// A time as runners write one, `MM:SS` or `H:MM:SS`.
pub(crate) fn clock(text: &str) -> Result<runwell_domain::DurationS, Refused> {
    runwell_domain::DurationS::parse_clock(text).map_err(|_| Text::new("form-refused-clock").into())
}

/// A day as typed, and not after today.
pub(crate) fn day_up_to(text: &str, today: LocalDay) -> Result<LocalDay, Refused> {
    LocalDay::parse(text.trim()).map_err(Refused::from).and_then(|d| not_after(d, today))
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
    fn a_reason_in_every_language_says_in_english_what_it_always_said() {
        let day = |t: &str| LocalDay::parse(t).unwrap();
        let Err(late) = not_after(day("2026-03-15"), day("2026-03-14")) else { panic!() };
        let text = late.text.clone().expect("its words in every language");
        assert_eq!(Words::new(Lang::En).text(&text), late.to_string());
        let danish = Words::new(Lang::Da).text(&text);
        assert!(
            danish.starts_with("2026-03-15 er efter i dag (2026-03-14, hvor du bor)"),
            "{danish}"
        );
        // The domain's own refusals keep their English word for word.
        for error in [
            "11".parse::<runwell_domain::PainScore>().unwrap_err(),
            "x".parse::<runwell_domain::Rpe>().unwrap_err(),
            LocalDay::parse("14/3").unwrap_err(),
        ] {
            let refused = Refused::from(error.clone());
            assert_eq!(refused.to_string(), error.to_string());
            assert!(refused.text.is_some(), "{error}");
        }
        let free = Refused::from(DomainError::Value("a sentence in English".into()));
        assert_eq!((free.to_string().as_str(), free.text), ("a sentence in English", None));
        assert_eq!(
            positive_as("", "form-refused-distance-km").unwrap_err().to_string(),
            positive("", "a run's distance is in kilometres and more than 0, e.g. 8.5")
                .unwrap_err()
                .to_string()
        );
    }

    #[test]
    fn a_doubt_about_a_typed_run_says_in_english_what_the_domain_says() {
        use runwell_domain::{DistanceM, DistanceUnit, DurationS, Sport, plausible};
        let en = Words::new(Lang::En);
        for (km, s) in [(800.0, 2700.0), (200.0, 49.0 * 3600.0), (1.0, 2000.0)] {
            for unit in [DistanceUnit::Km, DistanceUnit::Mi] {
                let (d, t) = (DistanceM::from_km(km).unwrap(), DurationS::new(s).unwrap());
                let doubts = plausible::entered_run(Sport::Run, d, t, unit);
                assert!(!doubts.is_empty(), "{km} km in {s} s");
                for doubt in doubts {
                    assert_eq!(en.text(&doubt.text), doubt.message);
                }
            }
        }
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

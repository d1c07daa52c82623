use thiserror::Error;

/// A value a runner (or a file) gave that runwell cannot accept. Each message says what is
/// allowed, so that a front end can show it as it is.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DomainError {
    #[error("a pain score is a whole number from 0 (no pain) to 10 (worst imaginable); got {0}")]
    PainScore(String),
    #[error("effort (RPE) is a whole number from 0 (rest) to 10 (maximal); got {0}")]
    Rpe(String),
    #[error("a distance must be zero or more metres; got {0}")]
    Distance(String),
    #[error("a duration must be zero or more seconds; got {0}")]
    Duration(String),
    #[error("a heart rate must be a whole number from 20 to 250 beats/min; got {0}")]
    HeartRate(String),
    #[error("{0:?} is not a date: use YYYY-MM-DD, e.g. 2026-03-14")]
    Date(String),
    #[error(
        "{0:?} is not a known IANA time zone: use a name such as Europe/London or America/New_York"
    )]
    TimeZone(String),
    #[error("{0:?} is not a day of the week: use mon, tue, wed, thu, fri, sat or sun")]
    Weekday(String),
    #[error("{0}")]
    Profile(String),
    /// Any other value refused, with a message that says what is allowed.
    #[error("{0}")]
    Value(String),
}

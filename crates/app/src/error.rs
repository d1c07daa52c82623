use thiserror::Error;

/// What can go wrong in a use case, worded for the runner. Front ends show the message as it is.
#[derive(Debug, Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] runwell_store::StoreError),
    #[error(transparent)]
    Invalid(#[from] runwell_domain::DomainError),
    #[error("{0}")]
    Content(String),
    #[error("there is no {what} {id:?}; choose one of: {known}")]
    NotFound { what: &'static str, id: String, known: String },
    #[error("there is no run with id {0}")]
    NoSuchRun(i64),
    /// DATA-9: an entry dated after today where the runner lives.
    #[error(
        "{day} is after today ({today} where you live): runwell only records what has already happened. Check the date, or log it on the day"
    )]
    FutureDate { day: runwell_domain::LocalDay, today: runwell_domain::LocalDay },
    #[error(
        "no profile yet: set up your time zone and training days first (`runwell init`, or the setup page of `runwell serve`)"
    )]
    NoProfile,
    #[error(
        "an import is already running: wait for it to finish, then import these files (nothing of them was read)"
    )]
    ImportBusy,
}

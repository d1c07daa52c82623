use serde::Serialize;
use thiserror::Error;

/// One field that cannot be used. `field` is the input's field name (`date`, `distance_km`…,
/// the names of the web's form fields too), or `form` for the input as a whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    /// In English, starting in lower case to read inside a sentence: what the terminal and
    /// JSON show.
    pub message: String,
    /// The same reason as a message and its arguments, for a page in the runner's language
    /// (its English is `message`); `None` for a reason worded in English only. JSON stays
    /// language-neutral, so it is not serialised.
    #[serde(skip)]
    pub text: Option<runwell_domain::text::Text>,
}

/// What can go wrong in a use case, worded for the runner. Front ends show the message as it is.
#[derive(Debug, Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] runwell_store::StoreError),
    /// Values the runner gave that cannot be used, each with its field and what is allowed.
    #[error("{}", messages(.0))]
    Invalid(Vec<FieldError>),
    #[error("{0}")]
    Content(String),
    #[error("there is no {what} {id:?}; choose one of: {known}")]
    NotFound { what: &'static str, id: String, known: String },
    #[error("there is no run with id {0}")]
    NoSuchRun(i64),
    /// A record of the runner's that is not there (or is another runner's, which is the same).
    #[error("{0}")]
    Missing(String),
    #[error(
        "no profile yet: set up your time zone and training days first (`runwell init`, or the setup page of `runwell serve`)"
    )]
    NoProfile,
    #[error(
        "an import is already running: wait for it to finish, then import these files (nothing of them was read)"
    )]
    ImportBusy,
    /// An export could not be written (a full disk, a folder that cannot be written).
    #[error("{0}")]
    Export(String),
    /// A file given to restore cannot be restored; nothing of it was stored.
    #[error("{0}")]
    Restore(String),
    /// Server mode on a database file.
    #[error(
        "server mode needs a PostgreSQL database: give --database-url postgres://USER:PASSWORD@HOST/NAME \
         (a database file holds one runner, who needs no account: run `runwell serve` without --server)"
    )]
    NeedsServer,
    /// Something the one asking may not see, or that does not exist: the two are not told apart.
    #[error("there is nothing here to show")]
    NotVisible,
    /// A sign-in refused, in words for the one signing in.
    #[error("{0}")]
    SignIn(String),
    /// A pairing address or request that cannot be used (`runwell serve --lan`), in words for
    /// the one pairing.
    #[error("{0}")]
    Pairing(String),
    /// The server could not do its own part (randomness, a thread).
    #[error("{0}")]
    Server(String),
}

fn messages(errors: &[FieldError]) -> String {
    errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; ")
}

/// A value refused where no one field is to blame (a record as a whole, a profile's days).
impl From<runwell_domain::DomainError> for AppError {
    fn from(error: runwell_domain::DomainError) -> Self {
        AppError::Invalid(vec![FieldError {
            field: "form",
            message: error.to_string(),
            text: None,
        }])
    }
}

impl AppError {
    /// A write refused because the record is shown read-only (a clinician's view).
    pub fn is_read_only(&self) -> bool {
        matches!(self, AppError::Store(runwell_store::StoreError::ReadOnly))
    }

    /// An account refused because its e-mail address is taken.
    pub fn is_email_taken(&self) -> bool {
        matches!(self, AppError::Store(runwell_store::StoreError::EmailTaken(_)))
    }

    /// A value refused for one field.
    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        AppError::Invalid(vec![FieldError { field, message: message.into(), text: None }])
    }
}

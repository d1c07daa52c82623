use std::path::PathBuf;

use thiserror::Error;

/// SQLite's result code for a full disk (or a database at its page limit).
const SQLITE_FULL: &str = "13";
/// PostgreSQL's SQLSTATE for a full disk (`disk_full`).
const PG_DISK_FULL: &str = "53100";

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "the database {at} was written by a newer runwell (schema version {found}; this runwell \
         knows up to {known}). Update runwell, or choose another database with --db PATH or \
         --database-url URL."
    )]
    NewerDatabase { at: String, found: i64, known: i64 },
    #[error(
        "the database {path} is an empty file (0 bytes), not a runwell database: it may have been \
         cut short by a crash or a full disk. runwell will not start a new database over it; move \
         it aside (or delete it if you know it holds nothing), or choose another file with --db PATH."
    )]
    EmptyFile { path: PathBuf },
    #[error(
        "the database {at} belongs to another program (it has tables but none of runwell's), so \
         runwell leaves it alone. Choose another file with --db PATH, or another database with \
         --database-url URL."
    )]
    NotRunwell { at: String },
    #[error(
        "the disk is full, so this could not be saved and nothing of it was stored. Free some \
         space and try again."
    )]
    DiskFull,
    #[error(
        "cannot create the folder for the database {path}: {source}. Choose another file with --db PATH."
    )]
    CreateDir { path: PathBuf, source: std::io::Error },
    #[error(
        "cannot open the database {path}: {source}. Check the path, or choose another with --db PATH."
    )]
    Open { path: PathBuf, source: sqlx::Error },
    #[error(
        "cannot reach the database server at {at}: {source}. Check that the server runs and the \
         URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE) is right."
    )]
    Connect { at: String, source: sqlx::Error },
    #[error(
        "{url:?} is not a database URL runwell knows: give postgres://USER:PASSWORD@HOST/NAME for \
         a server, or sqlite://PATH (or --db PATH) for a file"
    )]
    UnknownUrl { url: String },
    #[error("cannot bring the database {at} up to date: {source}")]
    Migrate { at: String, source: sqlx::migrate::MigrateError },
    #[error(
        "no platform data folder is known on this system: choose a file with --db PATH or RUNWELL_DB"
    )]
    NoDataDir,
    #[error("the database holds a value runwell cannot read ({what}): {detail}")]
    Corrupt { what: &'static str, detail: String },
    /// A run's stored samples cannot be read; the run itself is intact.
    #[error("the stored samples are damaged ({detail}); re-import the file to read them again")]
    DamagedStreams { detail: String },
    #[error("another pair of shoes is already called {0:?}: choose another name")]
    NameTaken(String),
    #[error(
        "the database {at} holds {count} runners, so which one is meant must be said; a \
         runner's own copy can be made with `runwell db copy`"
    )]
    WhichRunner { at: String, count: usize },
    #[error("there is no runner {0} in this database")]
    NoSuchRunner(i64),
    #[error(
        "a database file holds one runner only: copy into a new file, or into a server database \
         with --database-url"
    )]
    OneRunnerPerFile,
    #[error(
        "the database {at} already holds a runner's data, so nothing was copied into it: copy \
         into a new file, or into a server database (where the copy is a new runner)"
    )]
    TargetNotEmpty { at: String },
    #[error(
        "accounts, sharing and the audit trail need a server database: start runwell with \
         --database-url postgres://… (a database file has one runner and no accounts)"
    )]
    ServerOnly,
    #[error("this record is shown read-only here, so nothing of it was changed")]
    ReadOnly,
    #[error("an account with the e-mail address {0:?} already exists")]
    EmailTaken(String),
    #[error(
        "runner {0} already has an account (or the account is not a runner's): give another runner, or none for a new one"
    )]
    RunnerOwned(i64),
    #[error("database error: {0}")]
    Sql(sqlx::Error),
}

/// Turns a domain type's refusal of a stored value into [`StoreError::Corrupt`], naming `what`.
pub(crate) fn corrupt(what: &'static str) -> impl Fn(runwell_domain::DomainError) -> StoreError {
    move |e| StoreError::Corrupt { what, detail: e.to_string() }
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(e)
                if matches!(e.code().as_deref(), Some(SQLITE_FULL | PG_DISK_FULL)) =>
            {
                StoreError::DiskFull
            }
            _ => StoreError::Sql(error),
        }
    }
}

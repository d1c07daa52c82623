use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "the database {path} was written by a newer runwell (schema version {found}; this runwell \
         knows up to {known}). Update runwell, or choose another file with --db PATH."
    )]
    NewerDatabase { path: PathBuf, found: i64, known: i64 },
    #[error(
        "cannot create the folder for the database {path}: {source}. Choose another file with --db PATH."
    )]
    CreateDir { path: PathBuf, source: std::io::Error },
    #[error(
        "cannot open the database {path}: {source}. Check the path, or choose another with --db PATH."
    )]
    Open { path: PathBuf, source: sqlx::Error },
    #[error("cannot bring the database {path} up to date: {source}")]
    Migrate { path: PathBuf, source: sqlx::migrate::MigrateError },
    #[error(
        "no platform data folder is known on this system: choose a file with --db PATH or RUNWELL_DB"
    )]
    NoDataDir,
    #[error("the database holds a value runwell cannot read ({what}): {detail}")]
    Corrupt { what: &'static str, detail: String },
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
}

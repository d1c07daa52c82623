//! runwell's storage: one SQLite file, reached through sqlx, with the schema carried in the
//! binary as migrations.
//!
//! [`Store::open`] creates or migrates the file and refuses one written by a newer runwell, an
//! empty file that is not new, and another program's database. Every connection runs in WAL
//! mode with foreign keys on and a busy timeout; all writes go through a single writer
//! connection and begin with `BEGIN IMMEDIATE`, so a read-then-write transaction never fails
//! half-way with "database is locked" (STACK.md), and the write guard (`write.rs`) leaves that
//! connection usable after any failure, a full disk included ([`StoreError::DiskFull`]); every
//! commit moves [`Store::generation`] on, so that whatever is derived from the store can tell
//! that it is stale. Values go in and come out as `runwell-domain` types; a run's samples are
//! kept in the compact form of [`blob`], which no other crate needs to know. This crate must not
//! depend on `runwell-app` or any front end.

pub mod blob;
mod diary;
mod error;
mod export;
mod import;
mod levels;
mod open;
mod profile;
mod runs;
mod sessions;
mod shoes;
mod write;

pub use blob::StreamsBlob;
pub use error::StoreError;
pub use export::{DeletedRunRow, TABLES};
pub use import::{ImportedRun, SAME_RUN_DISTANCE, SAME_RUN_START_S, StoredFile};
pub use levels::StoredLevel;
pub use open::{Store, default_path};
pub use runs::{DeletedRun, NewRun, RunEdit, StoredRun};
pub use sessions::{SessionRow, SessionStored, SetRow};

/// Seconds since the Unix epoch, the form every instant takes in the database.
pub(crate) fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}

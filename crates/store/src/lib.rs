//! runwell's storage on two engines: one SQLite file (the embedded default, one runner) or a
//! PostgreSQL database (any number of runners), reached through sqlx, with each engine's schema
//! carried in the binary as migrations.
//!
//! [`Store::open`] creates or migrates a file and [`Store::open_url`] a server's database; both
//! refuse a database written by a newer runwell and another program's database (and a file
//! that is empty but not new). Every row belongs to a runner, and every method that reads or
//! writes a runner's rows takes the [`RunnerId`] it acts for. The queries are written once, in
//! the SQL both engines speak, and run through sqlx's `Any` driver, or, for the reads a
//! snapshot makes, through each engine's own driver (the long ones packed into one row); what
//! differs between the engines is in `engine/`. SQLite runs in WAL mode with foreign keys on and a busy timeout,
//! all writes through one writer connection beginning with `BEGIN IMMEDIATE` (STACK.md);
//! PostgreSQL's writes hold their runner's advisory lock. The write guard (`write.rs`) leaves
//! its connection usable after any failure, a full disk included ([`StoreError::DiskFull`]),
//! and every write moves the runner's [`Store::generation`] on, so that whatever is derived
//! from the store can tell that it is stale. Values go in and come out as `runwell-domain` types; a run's samples are
//! kept in the compact form of [`blob`], which no other crate needs to know. This crate must not
//! depend on `runwell-app` or any front end.

pub mod blob;
mod copy;
mod devices;
mod diary;
mod engine;
mod error;
mod export;
mod import;
mod levels;
mod open;
mod profile;
mod runner_id;
mod runners;
mod runs;
mod server;
mod sessions;
mod shoes;
#[doc(hidden)]
pub mod testing;
mod write;

pub use blob::StreamsBlob;
pub use copy::{Copied, Dump, Value};
pub use devices::PairedDeviceRow;
pub use engine::{Engine, Location};
pub use error::StoreError;
pub use export::{DeletedRunRow, TABLES};
pub use import::{FileToStore, ImportedRun, SAME_RUN_DISTANCE, SAME_RUN_START_S, StoredFile};
pub use levels::StoredLevel;
pub use open::{Store, default_path};
pub use runner_id::RunnerId;
pub use runners::RunnerRow;
pub use runs::{DeletedRun, NewRun, RunEdit, RunFacts, StoredRun};
pub use server::{
    AccountRow, AuditRow, InvitationRow, NoteRow, Role, SessionData, SharedRunner, SharingClinician,
};
pub use sessions::{SessionRow, SessionStored, SetRow};

/// Seconds since the Unix epoch, the form every instant takes in the database.
pub(crate) fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}

//! The use cases runwell's front ends share: set up the profile, read the programme, show a
//! routine at the runner's levels, log runs and pain, and answer today's question with the
//! evidence rules (`today`, `check`, `trend`).
//!
//! A CLI command or a web handler parses its input, calls one function here and renders what
//! comes back; nothing a runner can do is written twice. [`App`] holds the open [`Store`] and the
//! embedded programme. This crate may depend on domain, content and store, never on a front end.

mod advice;
mod cache;
mod calendar;
mod clock;
mod database;
mod db_copy;
mod diary;
mod erase;
mod error;
mod export;
mod ics;
mod import;
mod input;
mod kit;
mod language;
mod levels;
mod logging;
mod overview;
mod pairing;
mod preferences;
mod profile;
mod programme;
mod records;
mod report;
mod report_words;
mod restore;
#[cfg(test)]
mod restore_tests;
mod runs;
mod samples;
mod server;
mod settings;
mod snapshot;
#[cfg(test)]
mod test_support;
mod training;
mod trends;

pub use advice::{
    AnswerView, AskView, MetricsView, ReasonView, TodayView, TriageReasonView, TriageView,
};
pub use calendar::{AdherenceCalendar, CalendarDay, CalendarWeek};
pub use clock::{local_today, utc_today};
pub use database::Database;
pub use db_copy::{CopiedTable, CopyReport};
pub use diary::{
    CalendarCell, DiaryAnswer, DiaryDay, DiaryMonth, DiaryView, PainView, SessionView,
};
pub use erase::ERASE_WORD;
pub use error::{AppError, FieldError};
pub use export::ExportSummary;
/// `runwell.json`'s types, as `docs/export-format.md` describes them.
pub use export::format as export_format;
pub use ics::{ICS_ALARM_MINUTES, ICS_WEEKS};
pub use import::{FileBrief, FileReport, ImportReport, ImportTurn, Outcome};

pub use kit::{Comparisons, ShoeInput};
pub use language::parse_language;
pub use levels::{LevelChangeView, LevelHistory};
pub use logging::{PainInput, RunInput};
pub use overview::{OVERVIEW_DAYS, Overview};
pub use pairing::{
    PAIRING_ADDRESS_LIFETIME, PAIRING_WAIT, PairedDevice, Pairing, PairingRequest, PairingStatus,
    WaitingDevice,
};
pub use preferences::{SettingLine, SettingsView};
pub use profile::{ProfileInput, ProfileSaved, Warning};
pub use programme::{
    ExerciseView, MovementBrief, MovementView, exercises, movement, page, programme, programme_in,
    read_english_ahead,
};
pub use records::{AnswerEditInput, Deleted, SessionEditInput};
pub use report::{
    AnswerLine, Fact, Flag, LevelLine, MAX_NOTES_CHARS, MAX_REPORT_WEEKS, ProgrammeWeek,
    REPORT_WEEKS, ReportView, ReportWords, RunPain, report_words,
};
pub use restore::RestoreSummary;
pub use runs::RunView;
pub use runwell_import::Limits as ImportLimits;
use runwell_store::{RunnerId, Store};
/// Every sentence on a page or a terminal, in the runner's language (runwell-words).
pub use runwell_words as words;
pub use samples::{RunSamples, SplitView};
pub use server::{
    Account, AccountRole, AuditLine, ClinicRow, ClinicianLine, Invitation, MAX_NOTE_CHARS,
    MAX_NOTES_PER_RUNNER, MAX_OPEN_INVITATIONS, MAX_OPEN_SHARE_CODES, NoteView, SHARED_PARTS,
    Server, SharePreview,
};
pub use training::{PlanView, SessionAnswers, SessionInput, SessionSaved};
pub use trends::{LoadPoint, LoadSeries};

/// An open runwell acting for one runner: the database, the runner every use case reads and
/// writes for, and the programme. Cloning is cheap and clones share the database and the
/// cached snapshot.
#[derive(Debug, Clone)]
pub struct App {
    store: Store,
    /// The runner this app acts for: every call into the store names it.
    runner: RunnerId,
    /// The runner's data as of the store's last write (`snapshot.rs`).
    cache: std::sync::Arc<cache::Cache<snapshot::Snapshot>>,
    /// The runner's chosen language as of the store's last write: every page asks for it.
    language: std::sync::Arc<cache::Cache<Option<runwell_content::Lang>>>,
    /// Held while an import runs: one at a time per runner (`App::import_turn`).
    import_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Clinicians' notes as last read (server mode), dropped when one is added.
    notes: std::sync::Arc<std::sync::Mutex<Option<Vec<NoteView>>>>,
}

impl App {
    /// Opens the SQLite file at `db`, or at the platform default when `None`, acting for its
    /// one runner.
    pub async fn open(db: Option<&std::path::Path>) -> Result<Self, AppError> {
        Self::open_at(&Database::File(db.map(ToOwned::to_owned))).await
    }

    /// Opens the database `at` names, acting for its one runner (a server database of several
    /// runners is refused: which one is meant must be said, with [`App::acting_for`]).
    pub async fn open_at(at: &Database) -> Result<Self, AppError> {
        Self::open_for(at, None).await
    }

    /// Opens the database `at` names acting for the runner with id `runner`, or for its one
    /// runner when `None`.
    pub async fn open_for(at: &Database, runner: Option<i64>) -> Result<Self, AppError> {
        let store = open_store(at).await?;
        let runner = match runner {
            Some(id) => store.runner(id).await?,
            None => store.only_runner().await?,
        };
        Ok(Self::with(store, runner))
    }

    pub(crate) fn with(store: Store, runner: RunnerId) -> Self {
        Self {
            store,
            runner,
            cache: std::sync::Arc::default(),
            language: std::sync::Arc::default(),
            import_lock: std::sync::Arc::default(),
            notes: std::sync::Arc::default(),
        }
    }

    /// The same database acting for the runner with id `runner`, with a snapshot of its own;
    /// an error when the database has no such runner. (Issue 18 checks here that the one asking
    /// may act for that runner.)
    pub async fn acting_for(&self, runner: i64) -> Result<Self, AppError> {
        let runner = self.store.runner(runner).await?;
        Ok(Self::with(self.store.clone(), runner))
    }

    /// The same runner through a store handle that refuses every write: a clinician's view
    /// (`server`). It shares this app's snapshot.
    pub(crate) fn read_only(&self) -> Self {
        Self { store: self.store.read_only(), ..self.clone() }
    }

    /// Whether this app only reads (a clinician's view of a runner's record).
    pub fn is_read_only(&self) -> bool {
        self.store.is_read_only()
    }

    /// The same database acting for a new runner, with nothing yet (a server database only).
    pub async fn add_runner(&self, name: Option<&str>) -> Result<Self, AppError> {
        let runner = self.store.add_runner(name).await?;
        Ok(Self::with(self.store.clone(), runner))
    }

    /// The id of the runner this app acts for.
    pub fn runner_id(&self) -> i64 {
        self.runner.get()
    }

    /// The store. Kept to the crate so that every write is a use case of `App`; the snapshot
    /// needs no telling, as every commit moves the store's generation on.
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// The database file in use, on SQLite.
    pub fn db_path(&self) -> Option<&std::path::Path> {
        self.store.path()
    }

    /// Where the data lives, for messages (a server's password left out).
    pub fn db_location(&self) -> String {
        self.store.location().to_string()
    }

    /// True when the database is a server's (PostgreSQL), false for a file.
    pub fn on_server(&self) -> bool {
        self.store.engine() == runwell_store::Engine::Postgres
    }

    pub async fn close(&self) {
        self.store.close().await;
    }
}

/// The store `at` names, opened (created, for a file or a server database without runwell's
/// tables yet) and brought up to date.
pub(crate) async fn open_store(at: &Database) -> Result<Store, AppError> {
    Ok(match at {
        Database::File(Some(path)) => Store::open(path).await?,
        Database::File(None) => Store::open(&runwell_store::default_path()?).await?,
        Database::Url(url) => Store::open_url(url).await?,
    })
}

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
mod diary;
mod erase;
mod error;
mod export;
mod ics;
mod import;
mod input;
mod kit;
mod levels;
mod logging;
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
mod settings;
mod snapshot;
#[cfg(test)]
mod test_support;
mod training;
mod trends;

pub use advice::{AnswerView, MetricsView, ReasonView, TodayView, TriageReasonView, TriageView};
pub use calendar::{AdherenceCalendar, CalendarDay, CalendarWeek};
pub use clock::{local_today, utc_today};
pub use diary::{
    CalendarCell, DiaryAnswer, DiaryDay, DiaryMonth, DiaryView, PainView, SessionView,
};
pub use erase::ERASE_WORD;
pub use error::{AppError, FieldError};
pub use export::ExportSummary;
/// `runwell.json`'s types, as `docs/export-format.md` describes them.
pub use export::format as export_format;
pub use ics::{ICS_ALARM_MINUTES, ICS_WEEKS};
pub use import::{FileReport, ImportReport, ImportTurn, Outcome};

pub use kit::{Comparisons, ShoeInput};
pub use levels::{LevelChangeView, LevelHistory};
pub use logging::{PainInput, RunInput};
pub use preferences::{SettingLine, SettingsView};
pub use profile::{ProfileInput, ProfileSaved, Warning};
pub use programme::{
    ExerciseView, MovementBrief, MovementView, exercises, movement, page, programme,
};
pub use records::{AnswerEditInput, Deleted, SessionEditInput};
pub use report::{
    AnswerLine, Fact, Flag, LevelLine, MAX_NOTES_CHARS, MAX_REPORT_WEEKS, ProgrammeWeek,
    REPORT_WEEKS, ReportView, RunPain, Words as ReportWords, report_words,
};
pub use restore::RestoreSummary;
pub use runs::RunView;
pub use runwell_import::Limits as ImportLimits;
use runwell_store::Store;
pub use samples::{RunSamples, SplitView};
pub use training::{PlanView, SessionAnswers, SessionInput, SessionSaved};
pub use trends::{LoadPoint, LoadSeries};

/// An open runwell: the runner's database and the programme. Cloning is cheap and clones
/// share the database and the cached snapshot.
#[derive(Debug, Clone)]
pub struct App {
    store: Store,
    /// The runner's data as of the store's last write (`snapshot.rs`).
    cache: std::sync::Arc<cache::Cache<snapshot::Snapshot>>,
    /// Held while an import runs: one at a time per runner (`App::import_turn`).
    import_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl App {
    /// Opens the database at `db`, or at the platform default when `None`.
    pub async fn open(db: Option<&std::path::Path>) -> Result<Self, AppError> {
        let path = match db {
            Some(path) => path.to_owned(),
            None => runwell_store::default_path()?,
        };
        let store = Store::open(&path).await?;
        Ok(Self { store, cache: std::sync::Arc::default(), import_lock: std::sync::Arc::default() })
    }

    /// The store. Kept to the crate so that every write is a use case of `App`; the snapshot
    /// needs no telling, as every commit moves the store's generation on.
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// The database file in use.
    pub fn db_path(&self) -> &std::path::Path {
        self.store.path()
    }

    pub async fn close(&self) {
        self.store.close().await;
    }
}

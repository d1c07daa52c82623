//! The glue between the upload form and the app's import: the uploaded files, already on disk,
//! go to `App::import_files` under the runner's import turn, and their per-file outcomes come
//! back as the CLI prints them.

use std::path::PathBuf;

use runwell_app::{App, ImportLimits, ImportTurn};

use crate::error::PageError;

/// One uploaded file: its name as the browser gave it, and the temporary file holding it.
#[derive(Debug)]
pub(super) struct Upload {
    pub(super) name: String,
    pub(super) path: PathBuf,
}

/// What happened to one file (an export ZIP reports each file inside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    Imported,
    Duplicate,
    Deleted,
    NotActivity,
    Failed,
}

impl Outcome {
    pub(super) fn words(self) -> &'static str {
        match self {
            Outcome::Imported => "Imported",
            Outcome::Duplicate => "Already imported",
            Outcome::Deleted => "Deleted before",
            Outcome::NotActivity => "Not an activity",
            Outcome::Failed => "Could not be read",
        }
    }

    pub(super) fn class(self) -> &'static str {
        match self {
            Outcome::Imported => "imported",
            Outcome::Duplicate => "duplicate",
            Outcome::Deleted => "deleted",
            Outcome::NotActivity => "not-activity",
            Outcome::Failed => "failed",
        }
    }
}

/// One line of the report: `{path, outcome, summary, run_ids, reason}` as in
/// `runwell import --json`.
#[derive(Debug, Clone)]
pub(super) struct FileOutcome {
    pub(super) path: String,
    /// The run the file holds, as a runner knows it.
    pub(super) summary: Option<String>,
    pub(super) outcome: Outcome,
    pub(super) run_ids: Vec<i64>,
    pub(super) reason: Option<String>,
}

impl From<runwell_app::FileReport> for FileOutcome {
    fn from(file: runwell_app::FileReport) -> Self {
        let outcome = match file.outcome {
            runwell_app::Outcome::Imported => Outcome::Imported,
            runwell_app::Outcome::Duplicate => Outcome::Duplicate,
            runwell_app::Outcome::Deleted => Outcome::Deleted,
            runwell_app::Outcome::NotActivity => Outcome::NotActivity,
            runwell_app::Outcome::Failed => Outcome::Failed,
        };
        Self {
            path: file.path,
            summary: file.summary,
            outcome,
            run_ids: file.run_ids,
            reason: file.reason,
        }
    }
}

/// Imports every upload within the CLI's limits: a bad file is reported and the rest go on.
pub(super) async fn import(
    app: &App,
    turn: &ImportTurn,
    uploads: Vec<Upload>,
    limits: &ImportLimits,
    include_deleted: bool,
) -> Result<Vec<FileOutcome>, PageError> {
    let files = uploads.into_iter().map(|u| (u.name, u.path)).collect();
    let report = app.import_files(turn, files, limits, include_deleted, |_| {}).await?;
    Ok(report.files.into_iter().map(FileOutcome::from).collect())
}

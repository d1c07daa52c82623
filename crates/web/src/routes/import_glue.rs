//! The glue between the upload form and the app's import, kept in one place until `runwell-app`
//! has `App::import_bytes(name, bytes) -> ImportReport`. The page already renders per-file
//! outcomes as the CLI prints them; finishing this means filling in [`import`].

use runwell_app::App;

use crate::error::PageError;

/// One uploaded file: its name as the browser gave it, and its bytes.
#[derive(Debug)]
#[expect(dead_code, reason = "read by `import` once App::import_bytes exists")]
pub(super) struct Upload {
    pub(super) name: String,
    pub(super) bytes: Vec<u8>,
}

/// What happened to one file (an export ZIP reports each file inside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[expect(dead_code, reason = "made by `import` once App::import_bytes exists")]
pub(super) enum Outcome {
    Imported,
    Duplicate,
    NotActivity,
    Failed,
}

impl Outcome {
    pub(super) fn words(self) -> &'static str {
        match self {
            Outcome::Imported => "Imported",
            Outcome::Duplicate => "Already imported",
            Outcome::NotActivity => "Not an activity",
            Outcome::Failed => "Could not be read",
        }
    }

    pub(super) fn class(self) -> &'static str {
        match self {
            Outcome::Imported => "imported",
            Outcome::Duplicate => "duplicate",
            Outcome::NotActivity => "not-activity",
            Outcome::Failed => "failed",
        }
    }
}

/// One line of the report: `{path, outcome, run_ids, reason}` as in `runwell import --json`.
#[derive(Debug, Clone)]
pub(super) struct FileOutcome {
    pub(super) path: String,
    pub(super) outcome: Outcome,
    pub(super) run_ids: Vec<i64>,
    pub(super) reason: Option<String>,
}

/// Imports every upload, each on its own: a bad file is reported and the rest go on. `None`
/// while the app has no import.
///
/// Once `App::import_bytes` exists this becomes, with `From<runwell_app::FileReport>` for
/// [`FileOutcome`]:
///
/// ```text
/// let mut outcomes = Vec::new();
/// for upload in uploads {
///     let report = app.import_bytes(&upload.name, &upload.bytes).await?;
///     outcomes.extend(report.files.into_iter().map(FileOutcome::from));
/// }
/// Ok(Some(outcomes))
/// ```
pub(super) async fn import(
    _app: &App,
    _uploads: &[Upload],
) -> Result<Option<Vec<FileOutcome>>, PageError> {
    Ok(None)
}

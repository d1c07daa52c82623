//! The glue between the upload form and the app's import: the uploaded files, already on disk,
//! go to `App::import_files` under the runner's import turn, and their per-file outcomes come
//! back as the CLI prints them, in the page's language where their words are runwell's own.

use std::path::PathBuf;

use runwell_app::words::Words;
use runwell_app::{App, ImportLimits, ImportTurn};
use runwell_domain::DistanceUnit;

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
    /// The message that names the outcome on its pill.
    pub(super) fn message(self) -> &'static str {
        match self {
            Outcome::Imported => "import-outcome-imported",
            Outcome::Duplicate => "import-outcome-duplicate",
            Outcome::Deleted => "import-outcome-deleted",
            Outcome::NotActivity => "import-outcome-not-activity",
            Outcome::Failed => "import-outcome-failed",
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

/// The reasons the app gives in English that are one of a fixed few, with their messages. A
/// reader's own detail (a parser's error, a warning naming a record) is not among them and is
/// shown as it is.
const FIXED_REASONS: [(&str, &str); 5] = [
    ("already imported", "import-reason-known"),
    ("not an activity file \u{2014} skipped", "import-reason-not-activity"),
    ("there was nothing in it to import", "import-reason-empty"),
    ("the file held no activity", "import-reason-no-activity"),
    ("nothing in it is plausible, so nothing was stored", "import-reason-implausible"),
];

/// A reason in `w`'s language: each of its parts (the app joins them with "; ") that is a fixed
/// reason is translated, the rest kept.
fn reason_in(w: &Words, reason: &str) -> String {
    reason
        .split("; ")
        .map(|part| {
            FIXED_REASONS
                .iter()
                .find(|(english, _)| *english == part)
                .map_or_else(|| part.to_owned(), |(_, id)| w.get(id))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The file's run as a runner knows it, in `w`'s language and `unit`: "Sat 15 Aug 2015 ·
/// 9.0 km · 47:12" (the app's `summary`, written from the same data).
fn summary_in(w: &Words, brief: &runwell_app::FileBrief, unit: DistanceUnit) -> String {
    let mut first = format!(
        "{} \u{b7} {} \u{b7} {}",
        w.day_year(brief.day),
        w.distance(unit, brief.distance_m),
        brief.moving
    );
    if !brief.sport.is_running() {
        first.push_str(&format!(" \u{b7} {}", brief.sport.id().replace('_', " ")));
    }
    match brief.activities {
        1 => first,
        n => w.with("import-summary-many", &[("count", n.into()), ("first", first.into())]),
    }
}

impl FileOutcome {
    fn new(file: runwell_app::FileReport, w: &Words, unit: DistanceUnit) -> Self {
        let outcome = match file.outcome {
            runwell_app::Outcome::Imported => Outcome::Imported,
            runwell_app::Outcome::Duplicate => Outcome::Duplicate,
            runwell_app::Outcome::Deleted => Outcome::Deleted,
            runwell_app::Outcome::NotActivity => Outcome::NotActivity,
            runwell_app::Outcome::Failed => Outcome::Failed,
        };
        Self {
            path: file.path,
            summary: match &file.brief {
                Some(brief) => Some(summary_in(w, brief, unit)),
                None => file.summary,
            },
            outcome,
            run_ids: file.run_ids,
            reason: file.reason.map(|r| reason_in(w, &r)),
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
    let (w, unit) = (crate::lang::words(), app.distance_unit().await?);
    Ok(report.files.into_iter().map(|file| FileOutcome::new(file, &w, unit)).collect())
}

#[cfg(test)]
mod tests {
    use runwell_app::words::Lang;

    use super::*;

    #[test]
    fn fixed_reasons_are_translated_and_a_readers_detail_is_kept() {
        let check = |lang: Lang, reason: &str, expected: &str| {
            assert_eq!(reason_in(&Words::new(lang), reason), expected, "{lang} {reason}");
        };
        check(Lang::En, "already imported", "already imported");
        check(Lang::Da, "already imported", "allerede importeret");
        check(
            Lang::Sv,
            "not an activity file \u{2014} skipped",
            "ingen aktivitetsfil – hoppades över",
        );
        check(
            Lang::Da,
            "there was nothing in it to import; record 3: no timestamp",
            "der var intet i den at importere; record 3: no timestamp",
        );
        check(Lang::Sv, "FIT: bad header", "FIT: bad header");
    }
}

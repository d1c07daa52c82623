//! `runwell import PATH...`: files, folders, archives and exports, with a progress bar on a
//! terminal and a summary at the end.

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::time::Instant;

use runwell_app::{App, Database, FileReport, ImportLimits, Outcome};

use crate::output::{json, safe, say, say_raw, wrap_hanging};

fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Imported => "imported",
        Outcome::Duplicate => "duplicate",
        Outcome::Deleted => "deleted before, left out",
        Outcome::NotActivity => "not an activity",
        Outcome::Failed => "failed",
    }
}

pub(crate) async fn import(
    db: &Database,
    paths: Vec<PathBuf>,
    include_deleted: bool,
    as_json: bool,
) -> anyhow::Result<()> {
    for path in &paths {
        if !path.exists() {
            anyhow::bail!(
                "{} does not exist: give a file, a folder or an export ZIP",
                path.display()
            );
        }
    }
    let app = App::open_at(db).await?;
    // Importing needs the runner's profile only for advice later; it works without one.
    let bar = if std::io::stderr().is_terminal() && !as_json {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} files, {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        Some(bar)
    } else {
        None
    };
    let started = Instant::now();
    let mut bytes = 0u64;
    let report = app
        .import_paths(paths, &ImportLimits::default(), include_deleted, |file: &FileReport| {
            // Bytes read, not sizes declared: a refused entry's header may claim anything.
            bytes += file.size_bytes;
            if let Some(bar) = &bar {
                let mb = bytes as f64 / 1e6;
                let rate = mb / started.elapsed().as_secs_f64().max(1e-3);
                bar.set_message(format!("{mb:.1} MB, {rate:.1} MB/s: {}", safe(&file.path)));
                bar.inc(1);
            }
        })
        .await?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    app.close().await;
    if as_json {
        json(&report)?;
        return nothing_imported(&report);
    }
    // Each file as the run it holds; the path after it, for finding the file again.
    for file in &report.files {
        let reason = file.reason.as_deref().map(|r| format!(" \u{2014} {r}")).unwrap_or_default();
        let line = match (&file.summary, file.outcome, &file.reason) {
            (Some(summary), outcome, _) => {
                format!("{summary}: {}{reason} ({})", outcome_word(outcome), file.path)
            }
            // Its reason says what it is ("not an activity file — skipped").
            (None, Outcome::NotActivity, Some(why)) => format!("{}: {why}", file.path),
            (None, outcome, _) => format!("{}: {}{reason}", file.path, outcome_word(outcome)),
        };
        say_raw!("{}", wrap_hanging(&line, "  ", "    "));
    }
    let seconds = started.elapsed().as_secs_f64();
    let deleted = if report.deleted > 0 {
        format!(", deleted before {}", report.deleted)
    } else {
        String::new()
    };
    say!(
        "\nImported {}, duplicates {}{deleted}, not activities {}, failed {} ({} files, {:.1} MB read in {:.1} s).",
        report.imported,
        report.duplicates,
        report.not_activities,
        report.failed,
        report.files.len(),
        bytes as f64 / 1e6,
        seconds
    );
    if report.imported > 0 {
        say!(
            "See them with `runwell runs`; add how hard they felt with `runwell edit run ID --rpe N`."
        );
    }
    if report.files.iter().any(|f| f.deleted > 0) {
        say!(
            "Runs you deleted stay deleted; `runwell import --include-deleted PATH` brings them back."
        );
    }
    nothing_imported(&report)
}

/// Fails the command when nothing could be imported from what was given, so that a script sees
/// it: not one file held a run that is now stored, or was already.
fn nothing_imported(report: &runwell_app::ImportReport) -> anyhow::Result<()> {
    if report.nothing_imported() {
        anyhow::bail!(
            "nothing could be imported from {} file(s): none of them holds a run runwell can \
             read (FIT, GPX or TCX, also gzipped, in folders or ZIP exports)",
            report.files.len()
        );
    }
    Ok(())
}

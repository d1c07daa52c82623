//! `runwell import PATH...`: files, folders, archives and exports, with a progress bar on a
//! terminal and a summary at the end.

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::time::Instant;

use runwell_app::words::{Arg, Words};
use runwell_app::{App, Database, FileReport, ImportLimits, Outcome};

use crate::lang::decimal;
use crate::output::{json, safe, say, say_raw, wrap_hanging};

fn outcome_word(w: &Words, outcome: Outcome) -> String {
    w.get(match outcome {
        Outcome::Imported => "cli-import-imported",
        Outcome::Duplicate => "cli-import-duplicate",
        Outcome::Deleted => "cli-import-deleted",
        Outcome::NotActivity => "cli-import-not-activity",
        Outcome::Failed => "cli-import-failed",
    })
}

pub(crate) async fn import(
    db: &Database,
    paths: Vec<PathBuf>,
    include_deleted: bool,
    as_json: bool,
) -> anyhow::Result<()> {
    let w = crate::lang::words_at(db).await;
    for path in &paths {
        if !path.exists() {
            let path = path.display().to_string();
            anyhow::bail!("{}", w.with("cli-import-missing-path", &[("path", path.into())]));
        }
    }
    let app = App::open_at(db).await?;
    // Importing needs the runner's profile only for advice later; it works without one.
    let bar = if std::io::stderr().is_terminal() && !as_json {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            // `{pos}` and `{msg}` are the bar's own placeholders, filled in as it runs.
            indicatif::ProgressStyle::with_template(&format!(
                "{{spinner}} {{pos}} {}, {{msg}}",
                w.get("cli-import-files-word")
            ))
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
                let (mb, rate) = (decimal(&w, mb, 1), decimal(&w, rate, 1));
                bar.set_message(format!("{mb} MB, {rate} MB/s: {}", safe(&file.path)));
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
        return nothing_imported(&w, &report);
    }
    // Each file as the run it holds; the path after it, for finding the file again.
    for file in &report.files {
        let reason = file.reason.as_deref().map(|r| format!(" \u{2014} {r}")).unwrap_or_default();
        let line = match (&file.summary, file.outcome, &file.reason) {
            (Some(summary), outcome, _) => {
                format!("{summary}: {}{reason} ({})", outcome_word(&w, outcome), file.path)
            }
            // Its reason says what it is ("not an activity file — skipped").
            (None, Outcome::NotActivity, Some(why)) => format!("{}: {why}", file.path),
            (None, outcome, _) => format!("{}: {}{reason}", file.path, outcome_word(&w, outcome)),
        };
        say_raw!("{}", wrap_hanging(&line, "  ", "    "));
    }
    let seconds = started.elapsed().as_secs_f64();
    let deleted = if report.deleted > 0 {
        w.with("cli-import-deleted-part", &[("n", Arg::from(report.deleted))])
    } else {
        String::new()
    };
    let summary = w.with(
        "cli-import-summary",
        &[
            ("imported", Arg::from(report.imported)),
            ("duplicates", Arg::from(report.duplicates)),
            ("deleted", deleted.into()),
            ("not_activities", Arg::from(report.not_activities)),
            ("failed", Arg::from(report.failed)),
            ("files", Arg::from(report.files.len())),
            ("mb", decimal(&w, bytes as f64 / 1e6, 1).into()),
            ("seconds", decimal(&w, seconds, 1).into()),
        ],
    );
    say!("\n{summary}");
    if report.imported > 0 {
        say!("{}", w.get("cli-import-next"));
    }
    if report.files.iter().any(|f| f.deleted > 0) {
        say!("{}", w.get("cli-import-deleted-stay"));
    }
    nothing_imported(&w, &report)
}

/// Fails the command when nothing could be imported from what was given, so that a script sees
/// it: not one file held a run that is now stored, or was already.
fn nothing_imported(w: &Words, report: &runwell_app::ImportReport) -> anyhow::Result<()> {
    if report.nothing_imported() {
        let files = Arg::from(report.files.len());
        anyhow::bail!("{}", w.with("cli-import-nothing", &[("files", files)]));
    }
    Ok(())
}

//! `runwell import PATH...`: files, folders, archives and exports, with a progress bar on a
//! terminal and a summary at the end.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use runwell_app::{App, FileReport, ImportLimits, Outcome};

use crate::output::{json, safe, wrap_hanging};

fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Imported => "imported",
        Outcome::Duplicate => "duplicate",
        Outcome::NotActivity => "not an activity",
        Outcome::Failed => "failed",
    }
}

pub(crate) async fn import(
    db: Option<&Path>,
    paths: Vec<PathBuf>,
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
    let app = App::open(db).await?;
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
        .import_paths(paths, &ImportLimits::default(), |file: &FileReport| {
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
        return json(&report);
    }
    for file in report.files.iter().filter(|f| f.outcome != Outcome::Imported || f.reason.is_some())
    {
        let line = format!(
            "{}: {}{}",
            file.path,
            outcome_word(file.outcome),
            file.reason.as_deref().map(|r| format!(" — {r}")).unwrap_or_default()
        );
        print!("{}", wrap_hanging(&line, "  ", "    "));
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "\nImported {}, duplicates {}, not activities {}, failed {} ({} files, {:.1} MB read in {:.1} s).",
        report.imported,
        report.duplicates,
        report.not_activities,
        report.failed,
        report.files.len(),
        bytes as f64 / 1e6,
        seconds
    );
    if report.imported > 0 {
        println!(
            "See them with `runwell runs`; add how hard they felt with `runwell edit run ID --rpe N`."
        );
    }
    Ok(())
}

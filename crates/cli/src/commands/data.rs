//! `runwell export`, `runwell restore` and `runwell erase`: all of the runner's data out in one
//! ZIP, back in, or gone.

use std::path::{Path, PathBuf};

use runwell_app::words::Arg;
use runwell_app::{App, Database};

use crate::output::{json, safe, say};

/// The file `runwell export` writes unless told: `runwell-export-2026-12-01.zip`.
fn default_export_name() -> PathBuf {
    PathBuf::from(format!("runwell-export-{}.zip", runwell_app::utc_today()))
}

pub(crate) async fn export(
    db: &Database,
    out: Option<PathBuf>,
    as_json: bool,
) -> anyhow::Result<()> {
    let out = out.unwrap_or_else(default_export_name);
    let app = App::open_at(db).await?;
    // Written beside the target and moved over it only when whole, so that a failure leaves
    // no half-written ZIP under the name asked for (nor over an earlier export).
    let folder = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let partial = tempfile::NamedTempFile::new_in(folder).map_err(|e| {
        anyhow::anyhow!(
            "cannot write in {}: {e}; choose another --out FILE",
            safe(&folder.display().to_string())
        )
    })?;
    let summary = app.export(std::io::BufWriter::new(partial.as_file())).await;
    let w = crate::lang::words(&app).await;
    app.close().await;
    let summary = summary?;
    partial.persist(&out).map_err(|e| {
        anyhow::anyhow!(
            "cannot write {}: {}; choose another --out FILE",
            safe(&out.display().to_string()),
            e.error
        )
    })?;
    if as_json {
        return json(&summary);
    }
    let args = [
        ("file", safe(&out.display().to_string()).into_owned().into()),
        ("runs", Arg::from(summary.runs)),
        ("gpx", Arg::from(summary.gpx_files)),
        ("pain", Arg::from(summary.pain_entries)),
        ("sessions", Arg::from(summary.sessions)),
    ];
    say!("{}", w.with("cli-export-wrote", &args));
    Ok(())
}

pub(crate) async fn restore(
    db: &Database,
    file: PathBuf,
    merge: bool,
    as_json: bool,
) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let summary = app.restore(&file, merge, &runwell_app::ImportLimits::default()).await;
    app.close().await;
    let summary = summary?;
    if as_json {
        return json(&summary);
    }
    say!("{}", summary.sentence(Some(&safe(&file.display().to_string()))));
    Ok(())
}

/// `runwell erase`: asks for the word unless `--confirm WORD` gives it (for scripts); anything
/// else deletes nothing.
pub(crate) async fn erase(db: &Database, confirm: Option<String>) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let w = crate::lang::words(&app).await;
    let shown = safe(&app.db_location()).into_owned();
    let word = match confirm {
        Some(word) => word,
        None => {
            say!("{}", w.with("cli-erase-warning", &[("file", shown.clone().into())]));
            // The word to type stays the same in every language, as scripts give it.
            let prompt = w.with("cli-erase-type", &[("word", runwell_app::ERASE_WORD.into())]);
            eprint!("{prompt} ");
            let mut line = String::new();
            std::io::BufRead::read_line(&mut std::io::stdin().lock(), &mut line)?;
            line
        }
    };
    let erased = app.erase(&word).await;
    app.close().await;
    erased?;
    say!("{}", w.with("cli-erase-done", &[("file", shown.into())]));
    Ok(())
}

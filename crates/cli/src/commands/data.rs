//! `runwell export`, `runwell restore` and `runwell erase`: all of the runner's data out in one
//! ZIP, back in, or gone.

use std::path::{Path, PathBuf};

use runwell_app::App;

use crate::output::{json, safe, say};

/// The file `runwell export` writes unless told: `runwell-export-2026-12-01.zip`.
fn default_export_name() -> PathBuf {
    PathBuf::from(format!("runwell-export-{}.zip", runwell_app::utc_today()))
}

pub(crate) async fn export(
    db: Option<&Path>,
    out: Option<PathBuf>,
    as_json: bool,
) -> anyhow::Result<()> {
    let out = out.unwrap_or_else(default_export_name);
    let app = App::open(db).await?;
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
    say!(
        "Wrote {}: {} runs ({} as GPX), {} pain entries, {} sessions, with runwell.json and CSV files.",
        safe(&out.display().to_string()),
        summary.runs,
        summary.gpx_files,
        summary.pain_entries,
        summary.sessions
    );
    Ok(())
}

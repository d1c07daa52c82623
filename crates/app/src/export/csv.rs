//! The export's spreadsheets: runs, pain, sessions and levels, each a CSV with one header row,
//! UTF-8 with a byte-order mark (so that Excel reads the text as UTF-8), ISO dates and metric
//! units named in the headers.

use super::format::ExportFile;
use crate::AppError;

/// The byte-order mark a spreadsheet looks for to read UTF-8.
const BOM: &str = "\u{feff}";

fn sheet(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Result<Vec<u8>, AppError> {
    let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    let failed = |e: csv::Error| AppError::Export(format!("a CSV file could not be written: {e}"));
    out.write_record(header).map_err(failed)?;
    for row in rows {
        out.write_record(&row).map_err(failed)?;
    }
    out.into_inner().map_err(|e| AppError::Export(format!("a CSV file could not be written: {e}")))
}

/// Text from a runner or a file, kept from being read as a formula: a spreadsheet runs a cell
/// that starts with `=`, `+`, `-` or `@` (OWASP's CSV injection), so such text starts with `'`.
fn text(value: &Option<String>) -> String {
    match value.as_deref() {
        Some(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{t}"),
        Some(t) => t.to_owned(),
        None => String::new(),
    }
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// Every CSV of the export, by its name in the ZIP.
pub(crate) fn sheets(file: &ExportFile) -> Result<Vec<(&'static str, Vec<u8>)>, AppError> {
    let runs = sheet(
        &[
            "ref",
            "start_utc",
            "sport",
            "distance_m",
            "moving_s",
            "elapsed_s",
            "ascent_m",
            "descent_m",
            "avg_hr_bpm",
            "max_hr_bpm",
            "cadence_spm",
            "rpe",
            "surface",
            "shoe",
            "title",
            "note",
            "source",
        ],
        file.runs.iter().map(|r| {
            vec![
                r.reference.to_string(),
                r.start.clone(),
                r.sport.clone(),
                format!("{:.1}", r.distance_m),
                r.moving_s.map(|s| format!("{s:.0}")).unwrap_or_default(),
                format!("{:.0}", r.elapsed_s),
                opt(&r.ascent_m),
                opt(&r.descent_m),
                opt(&r.avg_hr_bpm),
                opt(&r.max_hr_bpm),
                r.cadence_median_spm
                    .or(r.avg_cadence_spm)
                    .map(|c| format!("{c:.1}"))
                    .unwrap_or_default(),
                opt(&r.rpe),
                opt(&r.surface),
                text(&r.shoe),
                text(&r.title),
                text(&r.note),
                text(&Some(r.source.clone())),
            ]
        }),
    )?;
    let pain = sheet(
        &[
            "day",
            "moment",
            "score_0_10",
            "side",
            "region",
            "character",
            "limits_daily_life",
            "run_ref",
            "note",
        ],
        file.pain.iter().map(|p| {
            vec![
                p.day.clone(),
                p.moment.clone(),
                p.score.to_string(),
                opt(&p.side),
                opt(&p.region),
                opt(&p.character),
                if p.limits_daily_life { "yes" } else { "no" }.to_owned(),
                opt(&p.run),
                text(&p.note),
            ]
        }),
    )?;
    let sessions = sheet(
        &[
            "day",
            "routine",
            "pain_0_10",
            "rpe",
            "duration_s",
            "guided",
            "sets_done",
            "sets_planned",
        ],
        file.sessions.iter().map(|s| {
            vec![
                s.day.clone(),
                s.routine.clone(),
                opt(&s.pain),
                opt(&s.rpe),
                s.duration_s.map(|d| format!("{d:.0}")).unwrap_or_default(),
                if s.guided { "yes" } else { "no" }.to_owned(),
                s.sets.iter().filter(|x| x.done >= x.target).count().to_string(),
                s.sets.len().to_string(),
            ]
        }),
    )?;
    let levels = sheet(
        &["movement", "level", "changed_on", "reason"],
        file.levels.iter().map(|l| {
            vec![
                l.movement.clone(),
                l.level.to_string(),
                l.changed_on.clone(),
                text(&Some(l.reason.clone())),
            ]
        }),
    )?;
    Ok(vec![
        ("runs.csv", runs),
        ("pain.csv", pain),
        ("sessions.csv", sessions),
        ("levels.csv", levels),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_a_spreadsheet_would_run_is_kept_as_text() {
        let check = |t: &str, expected: &str| assert_eq!(text(&Some(t.to_owned())), expected);
        check("Morning Run", "Morning Run");
        check("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")");
        check("+1", "'+1");
        check("-sore", "'-sore");
        check("@me", "'@me");
        assert_eq!(text(&None), "");
    }
}

//! A Strava bulk export's `activities.csv`: each activity file's name, type and gear, and the
//! activities that have no file.
//!
//! The CSV repeats some column names with different units: the first `Distance` is in the
//! athlete's display unit (km here, miles for some), the second in metres, so the metres column
//! is read and the first is used (as km) only when it is empty. `Activity Date` is UTC. The
//! runner's own type wins over the file's sport, except that a file's more precise kind of run
//! (trail, treadmill, track) is kept when Strava just says Run.

use std::collections::HashMap;

use jiff::Timestamp;
use runwell_domain::Sport;
use runwell_domain::streams::Streams;

use crate::activity::{Activity, Parsed, SourceFormat};
use crate::single::content_hash;
use crate::sports;
use crate::summary::Summary;
use crate::walk::FileOutcome;

#[derive(Debug, Clone, Default)]
struct Row {
    id: String,
    start: Option<Timestamp>,
    name: Option<String>,
    kind: Option<String>,
    gear: Option<String>,
    filename: Option<String>,
    elapsed_s: Option<f64>,
    moving_s: Option<f64>,
    distance_m: Option<f64>,
    /// The distance came from the first `Distance` column, read as km.
    km_only: bool,
    max_hr: Option<f64>,
    ascent_m: Option<f64>,
}

/// One export's CSV and which of its rows have been matched to a file so far.
#[derive(Debug)]
pub(crate) struct StravaExport {
    csv_path: String,
    csv_size: u64,
    csv_hash: String,
    rows: Vec<Row>,
    by_file: HashMap<String, usize>,
    used: Vec<bool>,
    warnings: Vec<String>,
}

fn clean(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn number(s: &str) -> Option<f64> {
    s.trim().replace(',', "").parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0)
}

fn date(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    let civil = ["%b %d, %Y, %I:%M:%S %p", "%b %d, %Y %I:%M:%S %p", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|f| jiff::fmt::strtime::parse(f, s).ok()?.to_datetime().ok());
    match civil {
        Some(dt) => jiff::tz::TimeZone::UTC.to_timestamp(dt).ok(),
        None => s.parse::<Timestamp>().ok(),
    }
}

impl StravaExport {
    /// Reads `activities.csv`; `None` if the bytes are not a Strava activities table.
    pub(crate) fn parse(csv_path: &str, bytes: &[u8]) -> Option<StravaExport> {
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
        let headers: Vec<String> = reader
            .byte_headers()
            .ok()?
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().trim_start_matches('\u{feff}').to_owned())
            .collect();
        let columns = |name: &str| -> Vec<usize> {
            headers.iter().enumerate().filter(|(_, h)| h.as_str() == name).map(|(i, _)| i).collect()
        };
        let first = |name: &str| columns(name).first().copied();
        let (id, filename) = (first("Activity ID")?, first("Filename")?);
        let distances = columns("Distance");
        let mut export = StravaExport {
            csv_path: csv_path.to_owned(),
            csv_size: bytes.len() as u64,
            csv_hash: content_hash(bytes),
            rows: Vec::new(),
            by_file: HashMap::new(),
            used: Vec::new(),
            warnings: Vec::new(),
        };
        let mut bad_rows = 0;
        for record in reader.byte_records() {
            let Ok(record) = record else {
                bad_rows += 1;
                continue;
            };
            let field = |i: Option<usize>| -> String {
                i.and_then(|i| record.get(i))
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .unwrap_or_default()
            };
            let metres = distances.get(1).and_then(|&i| number(&field(Some(i))));
            let km = number(&field(distances.first().copied())).map(|km| km * 1000.0);
            let row = Row {
                id: field(Some(id)).trim().to_owned(),
                start: date(&field(first("Activity Date"))),
                name: clean(&field(first("Activity Name"))),
                kind: clean(&field(first("Activity Type"))),
                gear: clean(&field(first("Activity Gear"))),
                filename: clean(&field(Some(filename))).map(|f| f.replace('\\', "/")),
                elapsed_s: number(&field(first("Elapsed Time"))),
                moving_s: number(&field(first("Moving Time"))),
                distance_m: metres.or(km),
                km_only: metres.is_none() && km.is_some(),
                max_hr: number(&field(first("Max Heart Rate"))),
                ascent_m: number(&field(first("Elevation Gain"))),
            };
            if let Some(f) = &row.filename {
                export.by_file.insert(f.clone(), export.rows.len());
            }
            export.rows.push(row);
        }
        export.used = vec![false; export.rows.len()];
        if bad_rows > 0 {
            export.warnings.push(format!("{bad_rows} rows of activities.csv could not be read"));
        }
        Some(export)
    }

    /// Gives a file's activities the row's name, type and gear, or, if the file gave none, the
    /// row's own values with a warning. `path` is relative to the export's root.
    pub(crate) fn apply(&mut self, path: &str, outcome: &mut FileOutcome) {
        let Some(&i) = self.by_file.get(path) else { return };
        self.used[i] = true;
        let row = &self.rows[i];
        match &mut outcome.result {
            Ok(parsed) if !parsed.activities.is_empty() => {
                let single = parsed.activities.len() == 1;
                if single && row.kind.is_some() {
                    parsed.warnings.retain(|w| !w.starts_with(sports::GUESSED));
                }
                for a in &mut parsed.activities {
                    a.name = row.name.clone().or(a.name.take());
                    a.gear.clone_from(&row.gear);
                    if single && let Some(kind) = &row.kind {
                        let said = sports::from_words(kind).unwrap_or(Sport::Other);
                        if !(said == Sport::Run && a.sport.is_running()) {
                            a.sport = said;
                        }
                    }
                }
            }
            result => {
                let reason = match result {
                    Err(e) => e.to_string(),
                    Ok(_) => "it holds no activity".to_owned(),
                };
                if let Some(a) = self.manual(i) {
                    let mut warnings = vec![format!(
                        "the file could not be used ({reason}); the values from activities.csv \
                         were imported instead"
                    )];
                    warnings.extend(self.km_note(i));
                    *result = Ok(Parsed { activities: vec![a], warnings });
                }
            }
        }
    }

    /// The rows no file claimed: runs logged by hand, and rows whose file is missing.
    pub(crate) fn finish(mut self) -> Option<FileOutcome> {
        let mut parsed =
            Parsed { activities: Vec::new(), warnings: std::mem::take(&mut self.warnings) };
        let mut left_out = Vec::new();
        for i in 0..self.rows.len() {
            if self.used[i] {
                continue;
            }
            let row = &self.rows[i];
            let label = format!(
                "\"{}\" ({})",
                row.name.as_deref().unwrap_or(&row.id),
                row.kind.as_deref().unwrap_or("no type")
            );
            let has_file = row.filename.is_some();
            let usable = row.distance_m.unwrap_or(0.0) > 0.0 && row.elapsed_s.unwrap_or(0.0) > 0.0;
            match self.manual(i) {
                Some(a) if has_file || usable => {
                    if let Some(f) = &row.filename {
                        parsed.warnings.push(format!(
                            "{label}: its file {f} is not in the export; the values from \
                             activities.csv were imported instead"
                        ));
                    }
                    parsed.warnings.extend(self.km_note(i));
                    parsed.activities.push(a);
                }
                _ => left_out.push(label),
            }
        }
        if !left_out.is_empty() {
            parsed.warnings.push(format!(
                "{} activities.csv entries without a file, distance or date were not imported: {}",
                left_out.len(),
                left_out.join(", ")
            ));
        }
        for (i, a) in parsed.activities.iter_mut().enumerate() {
            a.index_in_file = u32::try_from(i).unwrap_or(u32::MAX);
        }
        (!parsed.activities.is_empty() || !parsed.warnings.is_empty()).then(|| FileOutcome {
            path: self.csv_path.clone(),
            size_bytes: self.csv_size,
            content_hash: Some(self.csv_hash.clone()),
            result: Ok(parsed),
        })
    }

    fn km_note(&self, i: usize) -> Option<String> {
        let row = self.rows.get(i).filter(|r| r.km_only)?;
        Some(format!(
            "the distance of \"{}\" was read from the first Distance column of activities.csv, \
             taken as km",
            row.name.as_deref().unwrap_or(&row.id)
        ))
    }

    /// An activity from a row's own values, if it has a date and a duration.
    fn manual(&self, i: usize) -> Option<Activity> {
        let row = self.rows.get(i)?;
        let start = row.start?;
        let elapsed = row.elapsed_s.filter(|e| *e > 0.0)?;
        let sport = row
            .kind
            .as_deref()
            .map_or(Sport::Other, |k| sports::from_words(k).unwrap_or(Sport::Other));
        let mut summary = Summary::new(start, sport, SourceFormat::StravaCsv);
        summary.sport_in_file = row.kind.clone();
        summary.name = row.name.clone();
        summary.distance_m = row.distance_m;
        summary.elapsed_s = Some(elapsed);
        summary.moving_s = row.moving_s.filter(|m| *m > 0.0).or(Some(elapsed));
        summary.max_hr = row.max_hr;
        summary.ascent_m = row.ascent_m;
        let mut a = summary.finish(Streams::new());
        a.gear.clone_from(&row.gear);
        a.source_file = format!("{}#{}", self.csv_path, row.id);
        a.content_hash = content_hash(format!("strava-activity:{}", row.id).as_bytes());
        Some(a)
    }
}

/// Whether an export holds this CSV: Strava names it `activities.csv` at the export's root.
pub(crate) fn is_activities_csv(name: &str) -> bool {
    name.eq_ignore_ascii_case("activities.csv")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ImportError;

    const CSV: &str = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,\
        Activity Gear,Filename,Moving Time,Distance\n\
        1,\"Sep 14, 2019, 3:22:05 PM\",\"Easy, slow\",Run,3164,5.84,Pegasus,activities/1.fit.gz,3000,5839.77\n\
        2,\"Oct 3, 2020, 6:05:00 AM\",\"Treadmill\nby hand\",Run,1800,5.00,,,1800,\n\
        3,\"Sep 28, 2021, 6:00:00 AM\",Weights,Weight Training,1800,0.00,,,1800,0.0\n\
        4,\"Sep 29, 2021, 6:00:00 AM\",Lost,Ride,3600,20.0,Canyon,activities/4.gpx,,20000\n";

    fn outcome(result: Result<Parsed, ImportError>) -> FileOutcome {
        FileOutcome { path: "x".to_owned(), size_bytes: 1, content_hash: None, result }
    }

    #[test]
    fn rows_read_with_quoted_fields_and_duplicate_columns() {
        let export = StravaExport::parse("e/activities.csv", CSV.as_bytes()).unwrap();
        assert_eq!(export.rows.len(), 4);
        let row = &export.rows[0];
        assert_eq!(row.name.as_deref(), Some("Easy, slow"));
        assert_eq!(row.distance_m, Some(5839.77));
        assert_eq!(row.start.unwrap().to_string(), "2019-09-14T15:22:05Z");
        assert_eq!(export.rows[1].name.as_deref(), Some("Treadmill\nby hand"));
        assert_eq!(export.rows[1].distance_m, Some(5000.0));
        assert!(StravaExport::parse("x", b"a,b\n1,2\n").is_none());
    }

    #[test]
    fn unreadable_files_fall_back_and_manual_runs_are_kept() {
        let mut export = StravaExport::parse("e/activities.csv", CSV.as_bytes()).unwrap();
        let mut failed = outcome(Err(ImportError::Corrupt("bad".to_owned())));
        export.apply("activities/1.fit.gz", &mut failed);
        let parsed = failed.result.unwrap();
        let a = &parsed.activities[0];
        assert_eq!(
            (a.format, a.sport, a.gear.as_deref()),
            (SourceFormat::StravaCsv, Sport::Run, Some("Pegasus"))
        );
        assert_eq!(
            (a.distance.get(), a.elapsed_time.get(), a.moving_time.get()),
            (5839.77, 3164.0, 3000.0)
        );
        assert!(parsed.warnings[0].contains("bad"), "{:?}", parsed.warnings);
        let rest = export.finish().unwrap().result.unwrap();
        let names: Vec<_> = rest.activities.iter().map(|a| a.name.clone().unwrap()).collect();
        assert_eq!(names, ["Treadmill\nby hand", "Lost"]);
        assert!(rest.warnings.iter().any(|w| w.contains("activities/4.gpx is not in the export")));
        assert!(rest.warnings.iter().any(|w| w.contains("\"Weights\" (Weight Training)")));
        assert_eq!(rest.activities[1].sport, Sport::Ride);
    }
}

//! A Strava bulk export's `activities.csv`: each activity file's name, type and gear, and the
//! activities that have no file.
//!
//! The CSV repeats some column names with different units: the first `Distance` is in the
//! athlete's display unit (km here, miles for some), the second in metres, so the metres column
//! is read and the first is used (as km) only when it is empty. `Activity Date` is UTC. The
//! runner's own type wins over the file's sport, except that a file's more precise kind of run
//! (trail, treadmill, track) is kept when Strava just says Run.
//!
//! The columns are found once, from the header; the table is read within [`Limits`]: at most
//! `max_csv_columns` columns (a wider table is refused), rows of at most `max_csv_row_bytes`
//! (a longer row is left out and counted), `max_csv_rows` rows, `max_activities_per_file` runs
//! of its own (rows without a file), and texts of `max_text_bytes`.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use runwell_domain::Sport;
use runwell_domain::streams::Streams;

use crate::activity::{Activity, Parsed, SourceFormat};
use crate::error::ImportError;
use crate::hash::HashScheme;
use crate::limits::Limits;
use crate::outcome::FileOutcome;
use crate::sports;
use crate::summary::Summary;
use crate::text::Warnings;

/// How many of the rows left out are named in the warning that lists them.
const LEFT_OUT_NAMED: usize = 10;

#[derive(Debug, Clone, Default)]
struct Row {
    id: Arc<str>,
    start: Option<Timestamp>,
    name: Option<Arc<str>>,
    kind: Option<Arc<str>>,
    gear: Option<Arc<str>>,
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
    /// How the runs with no file are hashed (`strava-activity:<Activity ID>`).
    scheme: HashScheme,
    rows: Vec<Row>,
    by_file: HashMap<String, usize>,
    used: Vec<bool>,
    warnings: Warnings,
    /// `Limits::max_activities_per_file`: the most runs of its own it gives.
    max_activities: usize,
}

/// Where each column Strava writes sits, found once from the header. `Distance` comes twice: in
/// the athlete's unit first, then in metres.
#[derive(Debug, Clone, Copy)]
struct Columns {
    id: usize,
    filename: usize,
    date: Option<usize>,
    name: Option<usize>,
    kind: Option<usize>,
    gear: Option<usize>,
    elapsed: Option<usize>,
    moving: Option<usize>,
    distance_first: Option<usize>,
    distance_metres: Option<usize>,
    max_hr: Option<usize>,
    ascent: Option<usize>,
}

impl Columns {
    /// `None` unless the header has Strava's `Activity ID` and `Filename`.
    fn find(headers: &[String]) -> Option<Columns> {
        let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, h) in headers.iter().enumerate() {
            let at = positions.entry(h.as_str()).or_default();
            // Only the first two of a name are ever used.
            if at.len() < 2 {
                at.push(i);
            }
        }
        let nth = |name: &str, n: usize| positions.get(name).and_then(|at| at.get(n)).copied();
        let first = |name: &str| nth(name, 0);
        Some(Columns {
            id: first("Activity ID")?,
            filename: first("Filename")?,
            date: first("Activity Date"),
            name: first("Activity Name"),
            kind: first("Activity Type"),
            gear: first("Activity Gear"),
            elapsed: first("Elapsed Time"),
            moving: first("Moving Time"),
            distance_first: first("Distance"),
            distance_metres: nth("Distance", 1),
            max_hr: first("Max Heart Rate"),
            ascent: first("Elevation Gain"),
        })
    }
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
    /// Reads `activities.csv`, hashed with `scheme`: `Ok(None)` if the bytes are not a Strava
    /// activities table, an error if the table is wider than the limits allow.
    pub(crate) fn parse(
        csv_path: &str,
        bytes: &[u8],
        scheme: HashScheme,
        limits: &Limits,
    ) -> Result<Option<StravaExport>, ImportError> {
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
        let Ok(header) = reader.byte_headers() else { return Ok(None) };
        if header.len() > limits.max_csv_columns {
            return Err(ImportError::Limit(format!(
                "activities.csv has {} columns, more than the {} allowed",
                header.len(),
                limits.max_csv_columns
            )));
        }
        let headers: Vec<String> = header
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().trim_start_matches('\u{feff}').to_owned())
            .collect();
        let Some(columns) = Columns::find(&headers) else { return Ok(None) };
        let mut export = StravaExport {
            csv_path: csv_path.to_owned(),
            csv_size: bytes.len() as u64,
            csv_hash: scheme.hash(bytes),
            scheme,
            rows: Vec::new(),
            by_file: HashMap::new(),
            used: Vec::new(),
            warnings: Warnings::new(limits),
            max_activities: limits.max_activities_per_file,
        };
        let (mut bad_rows, mut long_rows, mut more_rows) = (0usize, 0usize, 0usize);
        let mut record = csv::ByteRecord::new();
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(false) => break,
                Ok(true) if record.as_slice().len() > limits.max_csv_row_bytes => long_rows += 1,
                Ok(true) if export.rows.len() >= limits.max_csv_rows => more_rows += 1,
                Ok(true) => {
                    let row = export.row(&record, &columns);
                    if let Some(f) = &row.filename {
                        export.by_file.insert(f.clone(), export.rows.len());
                    }
                    export.rows.push(row);
                }
                Err(_) => bad_rows += 1,
            }
        }
        export.used = vec![false; export.rows.len()];
        if bad_rows > 0 {
            export.warnings.push(format!("{bad_rows} rows of activities.csv could not be read"));
        }
        if long_rows > 0 {
            export.warnings.push(format!(
                "{long_rows} rows of activities.csv were longer than {} bytes and were left out",
                limits.max_csv_row_bytes
            ));
        }
        if more_rows > 0 {
            export.warnings.push(format!(
                "activities.csv has more than {} rows; the last {more_rows} were left out",
                limits.max_csv_rows
            ));
        }
        Ok(Some(export))
    }

    fn row(&mut self, record: &csv::ByteRecord, c: &Columns) -> Row {
        let field = |i: Option<usize>| -> String {
            i.and_then(|i| record.get(i))
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .unwrap_or_default()
        };
        let mut text = |i: Option<usize>| self.warnings.text(&field(i));
        let (name, kind, gear) = (text(c.name), text(c.kind), text(c.gear));
        let metres = number(&field(c.distance_metres));
        let km = number(&field(c.distance_first)).map(|km| km * 1000.0);
        let id = self.warnings.text(&field(Some(c.id))).unwrap_or_else(|| Arc::from(""));
        let filename = field(Some(c.filename));
        let filename = self.warnings.text(&filename).map(|f| f.replace('\\', "/"));
        Row {
            id,
            start: date(&field(c.date)),
            name,
            kind,
            gear,
            filename,
            elapsed_s: number(&field(c.elapsed)),
            moving_s: number(&field(c.moving)),
            distance_m: metres.or(km),
            km_only: metres.is_none() && km.is_some(),
            max_hr: number(&field(c.max_hr)),
            ascent_m: number(&field(c.ascent)),
        }
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

    /// Counts a file as present without reading it (it was imported before, unchanged), so that
    /// its row is not taken for a run logged by hand. `path` is relative to the export's root.
    pub(crate) fn mark_used(&mut self, path: &str) {
        if let Some(&i) = self.by_file.get(path) {
            self.used[i] = true;
        }
    }

    /// The rows no file claimed: runs logged by hand, and rows whose file is missing.
    pub(crate) fn finish(mut self) -> Option<FileOutcome> {
        let mut activities = Vec::new();
        let mut left_out = Vec::new();
        let (mut left_out_count, mut beyond) = (0usize, 0usize);
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
                Some(_) if (has_file || usable) && activities.len() >= self.max_activities => {
                    beyond += 1;
                }
                Some(a) if has_file || usable => {
                    if let Some(f) = &row.filename {
                        let note = format!(
                            "{label}: its file {f} is not in the export; the values from \
                             activities.csv were imported instead"
                        );
                        self.warnings.push(note);
                    }
                    let note = self.km_note(i);
                    self.warnings.extend(note);
                    activities.push(a);
                }
                _ => {
                    left_out_count += 1;
                    if left_out.len() < LEFT_OUT_NAMED {
                        left_out.push(label);
                    }
                }
            }
        }
        if beyond > 0 {
            self.warnings.push(format!(
                "activities.csv has more than {} runs of its own; the last {beyond} were left out",
                self.max_activities
            ));
        }
        if left_out_count > 0 {
            let more = left_out_count - left_out.len();
            let more = if more > 0 { format!(" and {more} more") } else { String::new() };
            self.warnings.push(format!(
                "{left_out_count} activities.csv entries without a file, distance or date were \
                 not imported: {}{more}",
                left_out.join(", ")
            ));
        }
        for (i, a) in activities.iter_mut().enumerate() {
            a.index_in_file = u32::try_from(i).unwrap_or(u32::MAX);
        }
        let warnings = self.warnings.finish();
        (!activities.is_empty() || !warnings.is_empty()).then_some(FileOutcome {
            path: self.csv_path,
            size_bytes: self.csv_size,
            content_hash: Some(self.csv_hash),
            fingerprint: None,
            known: false,
            result: Ok(Parsed { activities, warnings }),
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
        a.source_file = Arc::from(format!("{}#{}", self.csv_path, row.id));
        let key = format!("strava-activity:{}", row.id);
        a.content_hash = Arc::from(self.scheme.hash(key.as_bytes()));
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
        FileOutcome {
            path: "x".to_owned(),
            size_bytes: 1,
            content_hash: None,
            fingerprint: None,
            known: false,
            result,
        }
    }

    fn parse(bytes: &[u8], limits: &Limits) -> Option<StravaExport> {
        StravaExport::parse("e/activities.csv", bytes, HashScheme::default(), limits).unwrap()
    }

    #[test]
    fn rows_read_with_quoted_fields_and_duplicate_columns() {
        let export = parse(CSV.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(export.rows.len(), 4);
        let row = &export.rows[0];
        assert_eq!(row.name.as_deref(), Some("Easy, slow"));
        assert_eq!(row.distance_m, Some(5839.77));
        assert_eq!(row.start.unwrap().to_string(), "2019-09-14T15:22:05Z");
        assert_eq!(export.rows[1].name.as_deref(), Some("Treadmill\nby hand"));
        assert_eq!(export.rows[1].distance_m, Some(5000.0));
        assert!(parse(b"a,b\n1,2\n", &Limits::default()).is_none());
    }

    #[test]
    fn unreadable_files_fall_back_and_manual_runs_are_kept() {
        let mut export = parse(CSV.as_bytes(), &Limits::default()).unwrap();
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
        let names: Vec<_> = rest.activities.iter().map(|a| a.name.as_deref().unwrap()).collect();
        assert_eq!(names, ["Treadmill\nby hand", "Lost"]);
        assert!(rest.warnings.iter().any(|w| w.contains("activities/4.gpx is not in the export")));
        assert!(rest.warnings.iter().any(|w| w.contains("\"Weights\" (Weight Training)")));
        assert_eq!(rest.activities[1].sport, Sport::Ride);
    }

    #[test]
    fn width_rows_and_row_length_are_bounded() {
        let limits = Limits {
            max_csv_columns: 12,
            max_csv_row_bytes: 200,
            max_csv_rows: 2,
            ..Limits::default()
        };
        let wide = format!("{}\n", ["x"; 13].join(","));
        let err = StravaExport::parse(
            "e/activities.csv",
            wide.as_bytes(),
            HashScheme::default(),
            &limits,
        )
        .unwrap_err();
        assert!(err.to_string().contains("13 columns, more than the 12 allowed"), "{err}");
        let long =
            format!("{CSV}5,\"Oct 1, 2021, 6:00:00 AM\",{},Run,60,1,,,60,1000\n", "n".repeat(300));
        let export = parse(long.as_bytes(), &limits).unwrap();
        assert_eq!(export.rows.len(), 2);
        let warnings = export.warnings.finish();
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("1 rows of activities.csv were longer than 200 bytes")),
            "{warnings:?}"
        );
        assert!(warnings.iter().any(|w| w.contains("the last 2 were left out")), "{warnings:?}");
    }

    #[test]
    fn columns_are_found_once_however_wide_the_header() {
        // 100,000 columns: looking each field up by scanning the header made this take minutes.
        let mut header: Vec<String> = (0..100_000).map(|i| format!("c{i}")).collect();
        header[99_998] = "Activity ID".to_owned();
        header[99_999] = "Filename".to_owned();
        let row = format!("{}1,a.fit", ",".repeat(99_998));
        let csv = format!("{}\n{row}\n{row}\n", header.join(","));
        let limits =
            Limits { max_csv_columns: 100_000, max_csv_row_bytes: 1 << 20, ..Limits::default() };
        let export = parse(csv.as_bytes(), &limits).unwrap();
        assert_eq!((export.rows.len(), export.rows[0].filename.as_deref()), (2, Some("a.fit")));
    }

    #[test]
    fn the_rows_left_out_are_named_up_to_a_few() {
        let rows: String = (0..30).map(|i| format!("{i},,Row {i},Yoga,,,,,,\n")).collect();
        let csv = format!("{}\n{rows}", CSV.lines().next().unwrap());
        let export = parse(csv.as_bytes(), &Limits::default()).unwrap();
        let warnings = export.finish().unwrap().result.unwrap().warnings;
        assert!(warnings[0].starts_with("30 activities.csv entries"), "{warnings:?}");
        assert!(warnings[0].ends_with("\"Row 9\" (Yoga) and 20 more"), "{warnings:?}");
    }
}

//! Export and restore against a real database: the round trip on a real imported history from
//! `../shared/testdata`, the export's files (every table, CSV, GPX that re-imports), a merge that
//! adds nothing twice, and the refusals (a newer format, a database that holds data, a hostile
//! archive).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use runwell_domain::LocalDay;
use runwell_import::corpus;

use crate::test_support::{day, morning, strength_record};
use crate::{App, ImportLimits, PainInput, ProfileInput, RunInput};

async fn fresh(dir: &Path, name: &str) -> App {
    App::open(Some(&dir.join(name))).await.unwrap()
}

/// The export of `app`, written to `path`, and its entries by name.
async fn export(app: &App, path: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    app.export(std::fs::File::create(path).unwrap()).await.unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        out.insert(entry.name().unwrap().to_string(), bytes);
    }
    out
}

fn json(entries: &std::collections::BTreeMap<String, Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(&entries["runwell.json"]).unwrap()
}

/// A runner with the real device files imported and six weeks logged by hand around them:
/// runs, pain, sessions, a check, shoes (one retired), settings, report notes, a deleted run.
async fn history(root: &Path, app: &App) {
    app.save_profile(&ProfileInput {
        time_zone: "Europe/Copenhagen".into(),
        run_days: "mon,wed,sat".into(),
        strength_days: "tue,fri".into(),
        recent_longest_km: Some("9".into()),
        ..ProfileInput::default()
    })
    .await
    .unwrap();
    let dirs = ["fit", "gpx", "tcx"].map(|d| root.join(d)).to_vec();
    let report = app.import_paths(dirs, &ImportLimits::default(), false, |_| {}).await.unwrap();
    assert!(report.imported >= 50, "{report:#?}");
    let first = app.runs(None).await.unwrap()[0].id;
    app.delete_run(first).await.unwrap();
    let start = day("2023-10-02");
    for i in 0..18 {
        let d = start.plus_days(i * 2 + i / 3);
        let input = RunInput {
            date: d.to_string(),
            time: Some("07:30".into()),
            distance_km: format!("{}", 5 + i % 4),
            duration: format!("{}:00", 30 + i % 4 * 6),
            rpe: Some("4".into()),
            surface: Some(if i % 2 == 0 { "road" } else { "trail" }.into()),
            shoe: Some(if i < 9 { "Old pair" } else { "Pegasus" }.into()),
            note: Some("=felt fine".into()),
            ..RunInput::default()
        };
        let run = app.log_run(&input).await.unwrap();
        let pain = PainInput {
            date: d.to_string(),
            when: "after".into(),
            score: (1 + i % 3).to_string(),
            side: Some("left".into()),
            region: Some("outer".into()),
            run: Some(run.id.to_string()),
            ..PainInput::default()
        };
        app.log_pain(&pain).await.unwrap();
        morning(app, &d.plus_days(1).to_string(), 4 - i64::from(i / 5)).await;
    }
    for week in 0..6 {
        let record = strength_record(1, true, 1);
        let d = start.plus_days(week * 7 + 1);
        app.record_session(&record, Some(d), false).await.unwrap();
    }
    app.check(&[("cannot_bear_weight".into(), false)], Some(start.plus_days(10))).await.unwrap();
    app.retire_shoe("Old pair", Some(start.plus_days(20))).await.unwrap();
    app.set_default_surface("road").await.unwrap();
    let today = Some(start.plus_days(41));
    app.save_report_notes(None, None, today, "Stairs <hurt>").await.unwrap();
}

/// The days every answer is compared on: each run's day and the two after it, and every day of
/// the weeks logged by hand.
async fn days_to_compare(app: &App) -> Vec<LocalDay> {
    let mut days: Vec<LocalDay> = app
        .runs(None)
        .await
        .unwrap()
        .iter()
        .flat_map(|r| [r.day, r.day.plus_days(1), r.day.plus_days(2)])
        .chain((0..49).map(|i| day("2023-10-01").plus_days(i)))
        .collect();
    days.sort();
    days.dedup();
    days
}

/// `value` with every `run_id` replaced by that run's start: the databases' ids differ, the
/// runs they name must not.
async fn by_start(app: &App, mut value: serde_json::Value) -> serde_json::Value {
    let runs = app.runs(None).await.unwrap();
    fn walk(v: &mut serde_json::Value, start: &dyn Fn(i64) -> serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, item) in map.iter_mut() {
                    match item.as_i64() {
                        Some(id) if key == "run_id" => *item = start(id),
                        _ => walk(item, start),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|i| walk(i, start)),
            _ => {}
        }
    }
    let start = |id: i64| {
        let run = runs.iter().find(|r| r.id == id).expect("a run that exists");
        serde_json::Value::String(run.start.clone())
    };
    walk(&mut value, &start);
    value
}

#[tokio::test(flavor = "multi_thread")]
async fn a_real_history_comes_back_whole_and_answers_the_same_every_day() {
    let Some(root) = corpus::shared_testdata(env!("CARGO_MANIFEST_DIR")) else { return };
    let dir = tempfile::tempdir().unwrap();
    let original = fresh(dir.path(), "original.db").await;
    history(&root, &original).await;
    let first = export(&original, &dir.path().join("first.zip")).await;

    let restored = fresh(dir.path(), "restored.db").await;
    let summary = restored
        .restore(&dir.path().join("first.zip"), false, &ImportLimits::default())
        .await
        .unwrap();
    assert_eq!(summary.runs, original.runs(None).await.unwrap().len(), "{summary:?}");
    let second = export(&restored, &dir.path().join("second.zip")).await;

    let (mut a, mut b) = (json(&first), json(&second));
    assert_ne!(a["generated_at"], serde_json::Value::Null);
    a["generated_at"] = serde_json::Value::Null;
    b["generated_at"] = serde_json::Value::Null;
    assert_eq!(a, b, "runwell.json is the same but for its generation time");
    let text = |entries: &std::collections::BTreeMap<String, Vec<u8>>| {
        let text = String::from_utf8(entries["runwell.json"].clone()).unwrap();
        text.lines().filter(|l| !l.contains("\"generated_at\"")).collect::<Vec<_>>().join("\n")
    };
    assert_eq!(text(&first), text(&second), "to the digit");
    for (name, bytes) in &first {
        if name != "runwell.json" {
            assert_eq!(Some(bytes), second.get(name), "{name} is the same");
        }
    }
    assert_eq!(first.len(), second.len());
    assert!(!a["deleted_runs"].as_array().unwrap().is_empty(), "the deleted run stays deleted");

    for d in days_to_compare(&original).await {
        let (x, y) =
            (original.today(Some(d)).await.unwrap(), restored.today(Some(d)).await.unwrap());
        let x = by_start(&original, serde_json::to_value(&*x).unwrap()).await;
        let y = by_start(&restored, serde_json::to_value(&*y).unwrap()).await;
        assert_eq!(x, y, "{d}");
        let (x, y) =
            (original.trend(Some(d), 2).await.unwrap(), restored.trend(Some(d), 2).await.unwrap());
        assert_eq!(x, y, "trend on {d}");
        let (x, y) = (
            original.level_histories(Some(d)).await.unwrap(),
            restored.level_histories(Some(d)).await.unwrap(),
        );
        assert_eq!(x, y, "levels on {d}");
    }
    let today = Some(day("2023-11-12"));
    let (x, y) =
        (original.adherence(today, 8).await.unwrap(), restored.adherence(today, 8).await.unwrap());
    assert_eq!(x, y);
    let report = restored.report(None, None, today).await.unwrap();
    assert_eq!(report.notes, "Stairs <hurt>");

    // A merge of the same export into the original adds nothing.
    let merged = original
        .restore(&dir.path().join("first.zip"), true, &ImportLimits::default())
        .await
        .unwrap();
    assert_eq!(
        (merged.runs, merged.pain_entries, merged.sessions, merged.answers),
        (0, 0, 0, 0),
        "{merged:?}"
    );
    assert_eq!(merged.runs_already_here, summary.runs);
    let mut c = json(&export(&original, &dir.path().join("third.zip")).await);
    c["generated_at"] = serde_json::Value::Null;
    assert_eq!(a, c, "a merge of what is here changes nothing");

    // Without --merge a database that holds data is refused, and nothing is added.
    let error = original
        .restore(&dir.path().join("first.zip"), false, &ImportLimits::default())
        .await
        .unwrap_err();
    assert!(error.to_string().contains("--merge"), "{error}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_export_has_every_table_csv_that_parses_and_gpx_that_reimports_the_same() {
    let Some(root) = corpus::shared_testdata(env!("CARGO_MANIFEST_DIR")) else { return };
    let dir = tempfile::tempdir().unwrap();
    let app = fresh(dir.path(), "runwell.db").await;
    history(&root, &app).await;
    let entries = export(&app, &dir.path().join("export.zip")).await;
    let doc = json(&entries);
    assert_eq!(doc["format"], 1);
    for table in [
        "profile",
        "settings",
        "shoes",
        "runs",
        "pain",
        "answers",
        "sessions",
        "levels",
        "deleted_runs",
        "file_fingerprints",
    ] {
        let value = &doc[table];
        let filled = value
            .as_array()
            .map(|a| !a.is_empty())
            .or_else(|| value.as_object().map(|o| !o.is_empty()));
        assert_eq!(filled, Some(true), "{table} is present and holds this history: {value}");
    }
    // Every table of the database has its place in runwell.json.
    assert_eq!(runwell_store::TABLES.len(), 12);

    for (name, rows) in [
        ("runs.csv", doc["runs"].as_array().unwrap().len()),
        ("pain.csv", doc["pain"].as_array().unwrap().len()),
        ("sessions.csv", 6),
        ("levels.csv", doc["levels"].as_array().unwrap().len()),
    ] {
        let bytes = &entries[name];
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "{name} starts with a BOM");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let header = reader.headers().unwrap().clone();
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), rows, "{name}: one row per record");
        assert!(records.iter().all(|r| r.len() == header.len()), "{name}");
    }
    let runs_csv = String::from_utf8(entries["runs.csv"].clone()).unwrap();
    assert!(runs_csv.contains(",'=felt fine,"), "a formula is kept as text: {runs_csv}");
    assert!(runs_csv.contains("2023-10-02T"), "ISO dates");

    let (mut checked, mut partly_tracked) = (0, 0);
    for run in doc["runs"].as_array().unwrap() {
        let Some(name) = run["gpx"].as_str() else { continue };
        let text = String::from_utf8(entries[name].clone()).unwrap();
        // GPX 1.1's required structure: the root with its version, creator and namespace, then
        // trk > trkseg > trkpt with lat and lon, each with a time.
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"runwell\" xmlns=\"http://www.topografix.com/GPX/1/1\""), "{name}");
        let (trk, seg, pts) = (
            text.find("<trk>").unwrap(),
            text.find("<trkseg>").unwrap(),
            text.find("<trkpt lat=\"").unwrap(),
        );
        assert!(
            trk < seg && seg < pts && text.trim_end().ends_with("</trkseg></trk>\n</gpx>"),
            "{name}"
        );
        assert_eq!(
            text.matches("<trkpt ").count(),
            text.matches("<time>").count() - 1,
            "{name}: every point has a time"
        );
        let parsed = runwell_import::parse_file(text.as_bytes()).unwrap();
        let again = &parsed.activities[0];
        let distance = run["distance_m"].as_f64().unwrap();
        let elapsed = run["elapsed_s"].as_f64().unwrap();
        let near = |a: f64, b: f64, share: f64| (a - b).abs() <= share * a.max(b) + 1.0;
        // The same run as runwell's import knows it: within its 3 % (GPX has no distance field,
        // so a re-import measures the track).
        let samples: serde_json::Value =
            serde_json::from_slice(&entries[run["samples"].as_str().unwrap()]).unwrap();
        let points: Vec<runwell_domain::streams::LatLon> = samples["position_e7"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| {
                let lat = p.get(0)?.as_f64()? / 1e7;
                Some(runwell_domain::streams::LatLon {
                    lat_deg: lat,
                    lon_deg: p.get(1)?.as_f64()? / 1e7,
                })
            })
            .collect();
        let track_m: f64 =
            points.windows(2).map(|w| runwell_domain::streams::distance_m(w[0], w[1])).sum();
        // The GPX carries the track whole: re-imported, it measures what runwell's samples hold.
        assert!(
            near(again.distance.get(), track_m, 0.005),
            "{name}: {} m against a {track_m} m track",
            again.distance.get()
        );
        if !near(track_m, distance, runwell_store::SAME_RUN_DISTANCE)
            || samples["position_e7"][0].is_null()
        {
            // The device measured part of the run without a position (GPS found late, lost in a
            // tunnel, a foot pod): GPX can hold only the positioned part.
            partly_tracked += 1;
            continue;
        }
        // The same run as runwell's import knows it: within its 3 % of the distance.
        assert!(
            near(again.distance.get(), distance, runwell_store::SAME_RUN_DISTANCE),
            "{name}: {} m against {distance} m",
            again.distance.get()
        );
        // The first track point may come a second or two after the run's start (the device's
        // session began before its first record): still the same run's start, as import knows it.
        let start = again.start.as_second() - run["start_utc"].as_i64().unwrap();
        assert!((0..=runwell_store::SAME_RUN_START_S).contains(&start), "{name}: {start} s late");
        assert!(
            near(again.elapsed_time.get(), elapsed, 0.01),
            "{name}: {} s against {elapsed} s",
            again.elapsed_time.get()
        );
        checked += 1;
    }
    eprintln!("{checked} GPX files re-imported as the same run, {partly_tracked} partly tracked");
    // 45 of the corpus's 67 tracked runs today; the other 22 measured more than their track
    // (smart recording, a foot pod), which no GPX can say.
    assert!(checked >= 40, "{checked} the same, {partly_tracked} partly tracked");
}

/// A ZIP with these entries.
fn zip_of(path: &Path, entries: &[(&str, &[u8])]) -> PathBuf {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    path.to_owned()
}

/// Restoring `path` is refused with a message holding `part`, and stores nothing.
async fn refused(app: &App, path: PathBuf, part: &str) {
    let error = app.restore(&path, false, &ImportLimits::default()).await.unwrap_err().to_string();
    assert!(error.contains(part), "{part:?} not in {error}");
    assert!(app.rows_held().await.unwrap().iter().all(|(_, n)| *n == 0), "{error}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newer_format_a_foreign_file_and_a_bomb_are_refused_and_store_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = fresh(dir.path(), "runwell.db").await;
    let limits = ImportLimits::default();
    let check = |path: PathBuf, part: &'static str| refused(&app, path, part);
    let newer = br#"{"format": 2, "generated_at": "2030-01-01T00:00:00Z", "runwell_version": "9"}"#;
    check(
        zip_of(&dir.path().join("newer.zip"), &[("runwell.json", newer)]),
        "newer runwell (format 2",
    )
    .await;
    check(zip_of(&dir.path().join("none.zip"), &[("other.txt", b"hi")]), "has no runwell.json")
        .await;
    std::fs::write(dir.path().join("text.zip"), b"not a zip").unwrap();
    check(dir.path().join("text.zip"), "not a ZIP").await;
    let zeros = vec![b' '; 2 << 20];
    check(
        zip_of(&dir.path().join("bomb.zip"), &[("runwell.json", &zeros)]),
        "beyond what a restore reads",
    )
    .await;
    let bad_run = br#"{"format": 1, "generated_at": "x", "runwell_version": "0", "profile": null,
        "runs": [{"ref": 1, "start": "", "start_utc": 0, "utc_offset_s": null, "sport": "run",
        "distance_m": -5, "moving_s": null, "elapsed_s": 10, "ascent_m": null, "descent_m": null,
        "avg_hr_bpm": null, "max_hr_bpm": null, "avg_cadence_spm": null, "cadence_median_spm": null,
        "rpe": null, "surface": null, "shoe": null, "gear_name": null, "title": null, "note": null,
        "device": null, "source": "manual", "content_hash": null, "partial": false,
        "samples": "../../etc/passwd", "gpx": null}]}"#;
    check(zip_of(&dir.path().join("bad.zip"), &[("runwell.json", bad_run)]), "run 1").await;
    // An older file, with fields it did not have yet, is read.
    let older =
        br#"{"format": 1, "generated_at": "2026-01-01T00:00:00Z", "runwell_version": "0.0.1",
        "profile": null}"#;
    app.restore(&zip_of(&dir.path().join("older.zip"), &[("runwell.json", older)]), false, &limits)
        .await
        .unwrap();
}

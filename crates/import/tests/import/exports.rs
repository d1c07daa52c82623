//! Strava and Garmin exports, and folders, through the walker.

use std::io::{Cursor, Write};
use std::path::Path;

use runwell_domain::Sport;
use runwell_import::corpus::{self, Run};
use runwell_import::{FileOutcome, Limits, SourceFormat, walk, walk_bytes};
use zip::write::SimpleFileOptions;

use crate::common::{outcomes, testdata};

fn find<'a>(outcomes: &'a [FileOutcome], suffix: &str) -> &'a FileOutcome {
    outcomes.iter().find(|o| o.path.ends_with(suffix)).unwrap_or_else(|| panic!("no {suffix}"))
}

fn check_strava(outcomes: &[FileOutcome]) {
    let activity = |suffix: &str| {
        let parsed = find(outcomes, suffix).result.as_ref().unwrap();
        assert_eq!(parsed.activities.len(), 1, "{suffix}");
        (parsed.activities[0].clone(), parsed.warnings.clone())
    };
    let (run, _) = activity("activities/1000000001.fit.gz");
    assert_eq!(
        (run.name.as_deref(), run.gear.as_deref()),
        (Some("Afternoon Run"), Some("Pegasus 40"))
    );
    assert_eq!((run.sport, run.format), (Sport::Run, SourceFormat::Fit));
    let (tcx, _) = activity("activities/1000000002.tcx.gz");
    assert_eq!(
        (tcx.name.as_deref(), tcx.gear.as_deref()),
        (Some("Evening Run, easy"), Some("Novablast 4"))
    );
    let (gpx, warnings) = activity("activities/1000000003.gpx");
    assert_eq!((gpx.sport, gpx.name.as_deref()), (Sport::Run, Some("Evening Run")));
    assert!(warnings.is_empty(), "Strava's type replaces the guess: {warnings:?}");
    let (ride, _) = activity("activities/1000000004.fit.gz");
    assert_eq!((ride.sport, ride.gear.as_deref()), (Sport::Ride, Some("Canyon Endurace")));
    let (swim, _) = activity("activities/1000000005.fit.gz");
    assert_eq!((swim.sport, swim.gear), (Sport::Swim, None));
    let (damaged, warnings) = activity("activities/1000000006.fit.gz");
    assert!(damaged.partial && !warnings.is_empty());
    assert_eq!(damaged.gear.as_deref(), Some("Novablast 4"));
    let csv = find(outcomes, "activities.csv").result.as_ref().unwrap();
    let [manual] = &csv.activities[..] else { panic!("{csv:?}") };
    assert_eq!(manual.format, SourceFormat::StravaCsv);
    assert_eq!(
        (manual.sport, manual.distance.get(), manual.elapsed_time.get()),
        (Sport::Run, 5000.0, 1800.0)
    );
    assert_eq!(manual.start.to_string(), "2020-10-03T06:05:00Z");
    assert_eq!(manual.gear.as_deref(), Some("Novablast 4"));
    assert!(manual.source_file.ends_with("activities.csv#1000000008"));
    assert!(
        csv.warnings.iter().any(|w| w.contains("Morning Weight Training")),
        "{:?}",
        csv.warnings
    );
}

#[test]
fn strava_export_folder_and_zip() {
    let Some(root) = testdata() else { return };
    check_strava(&outcomes(&root.join("exports/strava-constructed")));
    let zipped = outcomes(&root.join("exports/strava-constructed.zip"));
    check_strava(&zipped);
    assert!(zipped[0].path.contains("strava-constructed.zip/activities/"), "{}", zipped[0].path);
}

#[test]
fn garmin_connect_export() {
    let Some(root) = testdata() else { return };
    let mut seen = Vec::new();
    let summary =
        walk(&[root.join("exports/garmin-connect-constructed.zip")], &Limits::default(), |o| {
            seen.push(o)
        });
    assert_eq!((summary.files, summary.activities, summary.failed, summary.skipped), (4, 3, 1, 1));
    let monitoring = seen.iter().find(|o| o.result.is_err()).unwrap();
    assert!(monitoring.path.contains("UploadedFiles_0-_Part1.zip/"), "{}", monitoring.path);
    assert!(monitoring.result.as_ref().unwrap_err().to_string().contains("monitoring"));
    for o in seen.iter().filter(|o| o.result.is_ok()) {
        assert_eq!(o.result.as_ref().unwrap().activities[0].sport, Sport::Run);
    }
}

fn strava_zip(files: &[(&str, Vec<u8>)], csv: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    zip.start_file("export_123/activities.csv", options).unwrap();
    zip.write_all(csv.as_bytes()).unwrap();
    for (name, bytes) in files {
        zip.start_file(format!("export_123/{name}"), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn strava_rows_stand_in_for_files_that_cannot_be_read() {
    let fit = corpus::fit(&Run { start: 1_600_000_000, seconds: 120, seed: 1 });
    let csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Activity Gear,Filename,Moving Time,Distance\n\
               1,\"Sep 13, 2020, 12:26:40 PM\",Good,Trail Run,120,0.3,Shoe A,activities/1.fit.gz,120,300\n\
               2,\"Sep 14, 2020, 6:00:00 AM\",Broken,Run,1800,5.0,Shoe B,activities/2.fit.gz,1700,5000\n\
               3,\"Sep 15, 2020, 6:00:00 AM\",Missing,Walk,3600,4.0,,activities/3.gpx,,4000\n";
    let files = [
        ("activities/1.fit.gz", corpus::gzip(&fit)),
        ("activities/2.fit.gz", b"\x1f\x8b\x08\x00not really gzip".to_vec()),
        ("media/photo.jpg", b"\xff\xd8\xff\xe0 jpeg".to_vec()),
        ("routes/1.gpx", b"<gpx><rte><rtept lat=\"1\" lon=\"1\"/></rte></gpx>".to_vec()),
    ];
    let bytes = strava_zip(&files, csv);
    let mut seen = Vec::new();
    let summary = walk_bytes("export.zip", &bytes, &Limits::default(), |o| seen.push(o));
    assert_eq!(summary.skipped, 1, "the photo");
    let good = &find(&seen, "activities/1.fit.gz").result.as_ref().unwrap().activities[0];
    // Strava's "Trail Run" wins over the file's street run.
    assert_eq!(
        (good.sport, good.name.as_deref(), good.gear.as_deref()),
        (Sport::TrailRun, Some("Good"), Some("Shoe A"))
    );
    let broken = find(&seen, "activities/2.fit.gz").result.as_ref().unwrap();
    assert_eq!(broken.activities[0].format, SourceFormat::StravaCsv);
    assert_eq!(broken.activities[0].moving_time.get(), 1700.0);
    assert!(broken.warnings[0].contains("gzip"), "{:?}", broken.warnings);
    assert!(find(&seen, "routes/1.gpx").result.as_ref().unwrap_err().to_string().contains("route"));
    let csv = find(&seen, "activities.csv").result.as_ref().unwrap();
    assert_eq!(csv.activities[0].sport, Sport::Walk);
    assert!(
        csv.warnings[0].contains("activities/3.gpx is not in the export"),
        "{:?}",
        csv.warnings
    );
}

#[test]
fn folders_are_walked_in_order_without_following_link_loops() {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, bytes: &[u8]| {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    let r = Run { start: 1_600_000_000, seconds: 60, seed: 2 };
    write("a/one.FIT", &corpus::fit(&r));
    write("a/b/two.gpx.gz", &corpus::gzip(&corpus::gpx(&r)));
    write("a/b/notes.txt", b"hello");
    write("a/b/mystery.dat", b"hello");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/b/loop")).unwrap();
    let mut seen = Vec::new();
    let summary = walk(&[dir.path().join("a")], &Limits::default(), |o| seen.push(o.path));
    let names: Vec<&str> = seen.iter().map(|p| p.rsplit('/').next().unwrap()).collect();
    assert_eq!(names, ["mystery.dat", "two.gpx.gz", "one.FIT"]);
    assert_eq!((summary.activities, summary.failed), (2, 1));
    let missing = outcomes(Path::new("/no/such/file.fit"));
    assert!(matches!(missing[0].result, Err(runwell_import::ImportError::Io(_))));
}

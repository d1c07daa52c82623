//! `runwell import` on the real device files in `../shared/testdata`.

use std::process::Stdio;

use runwell_import::corpus::hostile;

use crate::support::{Runwell, testdata};

#[test]
fn the_whole_test_corpus_imports_once_then_is_already_imported() {
    let Some(data) = testdata() else { return };
    let rw = Runwell::new();
    rw.init();
    let first = rw.json(&["import", data.to_str().unwrap(), "--json"]);
    let files = first["files"].as_array().unwrap();
    let count = |outcome: &str| files.iter().filter(|f| f["outcome"] == outcome).count();
    assert_eq!(first["imported"].as_u64().unwrap() as usize, count("imported"));
    // The corpus holds some recordings twice (in an export and on their own): those are
    // duplicates, stored once.
    assert!(count("imported") >= 60, "{first:#}");
    assert!(count("duplicate") >= 10, "{first:#}");
    assert!(count("not_activity") >= 10, "settings, courses, routes are recognised");
    assert!(count("failed") >= 1, "the damaged file is reported");
    for f in files {
        for key in ["path", "outcome", "run_ids", "reason"] {
            assert!(f.get(key).is_some(), "{key} in {f}");
        }
        if f["outcome"] != "imported" {
            assert!(f["reason"].is_string(), "{f}");
        }
    }
    // The FIT file with a bad checksum is refused with its reason; the run beside it is kept.
    let crc = files
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("pyfitparse_activity-filecrc.fit"))
        .unwrap();
    assert_eq!(crc["outcome"], "failed");
    let runs = rw.json(&["runs", "--json"]);
    let stored = runs.as_array().unwrap().len();
    assert!(stored >= 60);
    for key in [
        "id",
        "start",
        "sport",
        "distance_m",
        "moving_s",
        "elapsed_s",
        "ascent_m",
        "avg_hr",
        "avg_cadence_spm",
        "device",
        "source",
    ] {
        assert!(runs[0].get(key).is_some(), "{key}");
    }

    // Everything again: nothing new is stored, every imported file is a duplicate.
    let second = rw.json(&["import", data.to_str().unwrap(), "--json"]);
    assert_eq!(second["imported"], 0, "{second:#}");
    assert_eq!(
        second["duplicates"],
        first["imported"].as_u64().unwrap() + first["duplicates"].as_u64().unwrap()
    );
    assert_eq!(rw.json(&["runs", "--json"]).as_array().unwrap().len(), stored);
}

#[test]
fn a_strava_export_links_its_gear_to_shoes_and_its_runs_have_splits() {
    let Some(data) = testdata() else { return };
    let rw = Runwell::new();
    rw.init();
    let export = data.join("exports/strava-constructed.zip");
    let report = rw.json(&["import", export.to_str().unwrap(), "--json"]);
    assert!(report["imported"].as_u64().unwrap() >= 6, "{report:#}");
    let shoes = rw.json(&["shoes", "--json"]);
    let shoes = shoes.as_array().unwrap();
    assert!(!shoes.is_empty(), "Strava's gear names became shoes");
    assert!(
        shoes.iter().all(|s| s["runs"].as_u64().unwrap() >= 1 || s["km"].as_f64().unwrap() == 0.0)
    );
    let runs = rw.json(&["runs", "--json"]);
    let with_file = runs
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["distance_m"].as_f64().unwrap() > 2000.0
                && r["source"].as_str().unwrap().contains(".fit")
        })
        .unwrap();
    let id = with_file["id"].as_i64().unwrap().to_string();
    let detail = rw.json(&["run", &id, "--json"]);
    assert!(!detail["splits"].as_array().unwrap().is_empty(), "{detail:#}");
    assert!(rw.ok(&["run", &id]).contains("pace/km"));
    // The same export unpacked: already imported.
    let again =
        rw.json(&["import", data.join("exports/strava-constructed").to_str().unwrap(), "--json"]);
    assert_eq!(again["imported"], 0, "{again:#}");
}

#[test]
fn a_missing_path_is_an_error_and_a_bad_file_is_not() {
    let rw = Runwell::new();
    rw.init();
    let err = rw.fails(&["import", "/no/such/export.zip"]);
    assert!(err.contains("does not exist"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.fit");
    std::fs::write(&junk, b"\x0e\x10junk that is not a fit file").unwrap();
    let out = rw.run(&["import", junk.to_str().unwrap(), "--json"]);
    // Handled and reported, but nothing came of it: the exit code says so.
    assert_eq!(out.status.code(), Some(1), "nothing could be imported");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing could be imported"));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["failed"].as_u64().unwrap() + report["not_activities"].as_u64().unwrap(), 1);
}

#[test]
fn killing_an_import_leaves_only_whole_files() {
    let Some(data) = testdata() else { return };
    let rw = Runwell::new();
    rw.init();
    let mut child = rw
        .command(&["import", data.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    let _ = child.kill();
    let _ = child.wait();
    // Whatever was stored, a full import afterwards completes it without duplicating a run.
    let report = rw.json(&["import", data.to_str().unwrap(), "--json"]);
    let runs = rw.json(&["runs", "--json"]);
    let mut starts: Vec<(String, String)> = runs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (r["start"].as_str().unwrap().to_owned(), r["source"].as_str().unwrap().to_owned())
        })
        .collect();
    let total = starts.len();
    starts.sort();
    starts.dedup();
    assert_eq!(starts.len(), total, "no run stored twice");
    let fresh = Runwell::new();
    fresh.init();
    fresh.ok(&["import", data.to_str().unwrap()]);
    assert_eq!(fresh.json(&["runs", "--json"]).as_array().unwrap().len(), total, "{report:#}");
}

#[test]
fn stream_cadence_agrees_with_the_devices_own_average_on_real_runs() {
    let Some(data) = testdata() else { return };
    let rw = Runwell::new();
    rw.init();
    rw.ok(&["import", data.join("fit").to_str().unwrap()]);
    let runs = rw.json(&["runs", "--json"]);
    let (mut compared, mut close) = (0, 0);
    for run in
        runs.as_array().unwrap().iter().filter(|r| r["sport"].as_str().unwrap().contains("run"))
    {
        let (Some(device), Some(median)) =
            (run["avg_cadence_spm"].as_f64(), run["cadence_median_spm"].as_f64())
        else {
            continue;
        };
        // Both count steps per minute with both feet (CAD-3), so neither is in the one-foot
        // range. The device averages every moment, walking breaks and climbs included; the
        // median over running stretches leaves those out, so it sits at or above the average.
        assert!(median > 100.0 && device > 100.0, "{run}");
        assert!(
            median >= device * 0.95 && median <= device * 1.25,
            "median {median} against device {device}: {run}"
        );
        if (median - device).abs() / device < 0.10 {
            close += 1;
        }
        compared += 1;
    }
    assert!(close * 2 >= compared, "only {close} of {compared} runs within 10 % of the device");
    assert!(compared >= 5, "only {compared} runs had both cadences");
}

#[test]
fn names_from_a_crafted_export_cannot_drive_the_terminal() {
    let rw = Runwell::new();
    rw.init();
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("escapes.zip");
    std::fs::write(&zip, hostile::zip_escapes()).unwrap();
    let out = rw.run(&["import", zip.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
    assert!(text.contains("\\e[32mImported 1"), "the fake summary shows as text: {text}");
    for args in [&["runs"][..], &["run", "1"], &["shoes"]] {
        let shown = rw.ok(args);
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}'), "{args:?}: {shown:?}");
        assert!(shown.contains("\\e]52;c;"), "{args:?}: {shown}");
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_being_read() {
    let rw = Runwell::new();
    rw.init();
    let dir = tempfile::tempdir().unwrap();
    // 200 MiB that cost nothing to make: a GPX's first bytes, then a hole.
    let big = dir.path().join("huge.gpx");
    let file = std::fs::File::create(&big).unwrap();
    std::io::Write::write_all(&mut &file, &hostile::gpx_in_year(2020)).unwrap();
    file.set_len(200 << 20).unwrap();
    let out = rw.run(&["import", big.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1), "nothing could be imported");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = &report["files"][0];
    assert_eq!(file["outcome"], "failed", "{report:#}");
    let reason = file["reason"].as_str().unwrap();
    assert!(reason.contains("a file of 200.0 MiB, more than the 128.0 MiB allowed"), "{reason}");
    assert_eq!(file["size_bytes"], 4096, "only its first bytes were read");
}

#[test]
fn the_summary_counts_bytes_read_not_sizes_claimed() {
    let rw = Runwell::new();
    rw.init();
    let dir = tempfile::tempdir().unwrap();
    let mut zip = hostile::zip_of(&[("bomb.fit", &vec![0u8; 2 << 20][..])]);
    // The entry claims 4 GiB.
    let central = zip.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    zip[central + 24..central + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    let path = dir.path().join("claims.zip");
    std::fs::write(&path, zip).unwrap();
    let out = rw.run(&["import", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "nothing could be imported");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("ZIP bomb"), "{text}");
    assert!(text.contains("(1 files, 0.0 MB read in"), "{text}");
}

#[test]
fn an_empty_file_named_as_the_database_is_refused_not_replaced() {
    let rw = Runwell::new();
    std::fs::create_dir_all(rw.db.parent().unwrap()).unwrap();
    std::fs::write(&rw.db, b"").unwrap();
    let err = rw.fails(&["runs"]);
    assert!(err.contains("is an empty file (0 bytes)"), "{err}");
    assert_eq!(std::fs::metadata(&rw.db).unwrap().len(), 0);
}

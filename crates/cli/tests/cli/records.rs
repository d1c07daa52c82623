//! The runner's records from the terminal: edit and delete, the diary, deleted imports that stay
//! deleted, and output that ends quietly when its reader has gone.

use std::io::Read as _;
use std::process::Stdio;

use crate::support::{Runwell, testdata};

/// Runs `runwell ARGS | head -1` as a shell would: `head` reads one line and goes away.
fn first_line_then_close(rw: &Runwell, args: &[&str]) -> (Option<i32>, String) {
    let mut child = rw.command(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = Vec::new();
    let mut byte = [0u8; 1];
    while stdout.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
        first.push(byte[0]);
    }
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code(), String::from_utf8(first).unwrap())
}

#[test]
fn runs_and_today_piped_into_head_end_with_success() {
    let rw = Runwell::initialised();
    for day in 1..=400 {
        let date = format!("2025-{:02}-{:02}", 1 + (day % 12), 1 + (day % 28));
        rw.ok(&[
            "log",
            "run",
            "--date",
            &date,
            "--distance-km",
            "5",
            "--duration",
            "30:00",
            "--time",
            &format!("{:02}:{:02}", day % 24, day % 60),
        ]);
        if day == 40 {
            break;
        }
    }
    // Enough lines that the pipe is closed while runwell still writes.
    let (code, first) = first_line_then_close(&rw, &["runs"]);
    assert_eq!(code, Some(0), "{first}");
    assert!(first.starts_with('#'), "{first}");
    let (code, first) = first_line_then_close(&rw, &["today", "--json"]);
    assert_eq!((code, first.as_str()), (Some(0), "{"));
    let (code, _) = first_line_then_close(&rw, &["learn", "causes"]);
    assert_eq!(code, Some(0));
}

#[test]
fn a_typo_is_refused_with_what_looks_wrong_and_kept_with_force() {
    let rw = Runwell::initialised();
    let err = rw.fails(&[
        "log",
        "run",
        "--date",
        "2026-03-10",
        "--distance-km",
        "800",
        "--duration",
        "45:00",
    ]);
    assert!(err.contains("800.0 km is more than one run covers"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert!(rw.json(&["runs", "--json"]).as_array().unwrap().is_empty(), "nothing stored");
    let kept = rw.json(&[
        "log",
        "run",
        "--date",
        "2026-03-10",
        "--distance-km",
        "800",
        "--duration",
        "45:00",
        "--force",
        "--json",
    ]);
    assert_eq!(kept["distance_m"], 800_000.0);
    let err = rw.fails(&["log", "run", "--distance-km", "8", "--duration", "45"]);
    assert!(err.contains("e.g. 45:00") && !err.contains("got"), "{err}");
    // No --date: today where the runner lives.
    let today = rw.json(&["log", "run", "--distance-km", "8", "--duration", "45:00", "--json"]);
    let pain = rw.json(&["log", "pain", "--when", "after", "--score", "2", "--json"]);
    assert!(today["start"].as_str().is_some());
    assert!(pain["day"].as_str().unwrap().len() == 10);
}

#[test]
fn a_run_is_edited_field_by_field_and_deleted_after_asking() {
    let rw = Runwell::initialised();
    let id = rw.log_run("2026-03-10", "8", "48:00", "5").to_string();
    rw.ok(&["edit", "run", &id, "--note", "windy", "--surface", "trail", "--shoe", "Pegasus"]);
    let edited = rw.json(&[
        "edit",
        "run",
        &id,
        "--distance-km",
        "9,5",
        "--date",
        "2026-03-09",
        "--note",
        "",
        "--json",
    ]);
    assert_eq!(edited["distance_m"], 9500.0);
    assert_eq!(edited["note"], serde_json::Value::Null, "\"\" clears the note");
    assert_eq!(edited["surface"], "trail", "what was not given stays");
    assert_eq!(edited["shoe"], "Pegasus");
    assert!(edited["start"].as_str().unwrap().starts_with("2026-03-09"));
    let refused = rw.fails(&["edit", "run", &id, "--distance-km", "900"]);
    assert!(refused.contains("--force"), "{refused}");
    // Asked, and answered no (or nothing): nothing is deleted.
    let out = rw.run_with_input(&["delete", "run", &id], "n\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Delete run #1 (Mon 9 Mar, 9.50 km)?"));
    assert_eq!(rw.json(&["runs", "--json"]).as_array().unwrap().len(), 1);
    let out = rw.run_with_input(&["delete", "run", &id], "y\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Deleted run #1 (Mon 9 Mar, 9.50 km)."));
    assert!(rw.json(&["runs", "--json"]).as_array().unwrap().is_empty());
}

#[test]
fn the_diary_lists_pain_sessions_and_answers_which_can_be_changed_and_deleted() {
    let rw = Runwell::initialised();
    rw.ok(&[
        "log",
        "pain",
        "--date",
        "2026-03-10",
        "--when",
        "morning",
        "--score",
        "4",
        "--note",
        "stiff",
    ]);
    rw.ok(&[
        "log",
        "session",
        "strength",
        "--date",
        "2026-03-10",
        "--all",
        "--pain",
        "2",
        "--rpe",
        "5",
    ]);
    rw.ok(&["check", "--answer", "limping=no", "--today", "2026-03-11"]);
    let text = rw.ok(&["diary", "--from", "2026-03-01", "--to", "2026-03-12"]);
    assert!(text.contains("Tue 10 Mar  worst pain 4/10"), "{text}");
    assert!(
        text.contains("pain #1") && text.contains("next morning") && text.contains("stiff"),
        "{text}"
    );
    assert!(text.contains("session #1") && text.contains("answer #1"), "{text}");
    assert!(text.find("Wed 11 Mar").unwrap() < text.find("Tue 10 Mar").unwrap(), "newest first");
    let diary = rw.json(&["diary", "--from", "2026-03-01", "--to", "2026-03-12", "--json"]);
    assert_eq!(diary["days"][1]["pain"][0]["day"], "2026-03-10", "JSON keeps ISO days");
    let changed = rw.ok(&["edit", "pain", "1", "--score", "3", "--note", ""]);
    assert!(changed.contains("3/10"), "{changed}");
    rw.ok(&["edit", "session", "1", "--pain", "6"]);
    let session = &rw.json(&["diary", "--from", "2026-03-01", "--to", "2026-03-12", "--json"])["days"]
        [1]["sessions"][0];
    assert_eq!(session["pain"], 6);
    let changed = rw.ok(&["edit", "answer", "1", "--answer", "yes", "--date", "2026-03-10"]);
    assert!(changed.contains("Are you limping? yes (on 2026-03-10)"), "{changed}");
    let today = rw.json(&["today", "--today", "2026-03-11", "--json"]);
    assert_eq!(today["triage"]["level"], "urgent", "the corrected answer counts: {today}");
    let err = rw.fails(&["edit", "answer", "1", "--answer", "perhaps"]);
    assert!(err.contains("answer yes or no"), "{err}");
    for what in ["pain", "session", "answer"] {
        let text = rw.ok(&["delete", what, "1", "--yes"]);
        assert!(text.starts_with("Deleted"), "{what}: {text}");
    }
    let text = rw.ok(&["diary", "--from", "2026-03-01", "--to", "2026-03-12"]);
    assert!(text.contains("Nothing logged in these days"), "{text}");
    let err = rw.fails(&["delete", "pain", "1", "--yes"]);
    assert!(err.contains("there is no pain entry 1"), "{err}");
}

#[test]
fn a_deleted_imported_run_stays_deleted_until_include_deleted() {
    let Some(data) = testdata() else { return };
    let rw = Runwell::initialised();
    let file = data.join("fit/garminjs_Activity.fit");
    let file = file.to_str().unwrap();
    let first = rw.json(&["import", file, "--json"]);
    let id = first["files"][0]["run_ids"][0].as_i64().unwrap().to_string();
    let summary = first["files"][0]["summary"].as_str().unwrap();
    assert!(summary.contains(" km \u{b7} "), "the file shown as its run: {summary}");
    let text = rw.ok(&["delete", "run", &id, "--yes"]);
    assert!(text.contains("--include-deleted"), "{text}");
    let again = rw.run(&["import", file]);
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(out.contains("deleted before, left out"), "{out}");
    assert!(out.contains("--include-deleted"), "{out}");
    assert!(again.status.success(), "a run left out on purpose is not a failure");
    assert!(rw.json(&["runs", "--json"]).as_array().unwrap().is_empty());
    let back = rw.json(&["import", file, "--include-deleted", "--json"]);
    assert_eq!(back["imported"], 1, "{back:#}");
    assert_eq!(rw.json(&["runs", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_file_that_is_not_an_activity_is_named_and_nothing_imported_fails() {
    let rw = Runwell::initialised();
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("IMG_0001.jpg");
    std::fs::write(&photo, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00 not a run").unwrap();
    let out = rw.run(&["import", photo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text =
        String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("IMG_0001.jpg: not an activity file \u{2014} skipped"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing could be imported"));
}

#[test]
fn ids_are_read_in_any_case() {
    let rw = Runwell::initialised();
    let text = rw.ok(&["exercise", "Clamshell"]);
    assert!(text.contains("Clamshell"), "{text}");
    rw.ok(&["routine", "Strength"]);
    rw.ok(&["learn", "Causes"]);
}

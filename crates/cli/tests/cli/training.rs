//! The weekly plan, sessions (guided and logged), levels moving with PROG-2, adherence and the
//! calendar file.

use crate::support::Runwell;

fn runner() -> Runwell {
    let rw = Runwell::new();
    rw.init();
    rw
}

fn level(rw: &Runwell, movement: &str) -> u64 {
    rw.json(&["exercise", movement, "--json"])["current_level"]["level"].as_u64().unwrap()
}

#[test]
fn the_plan_follows_the_profile() {
    let rw = runner();
    let plan = rw.json(&["plan", "--weeks", "2", "--today", "2026-11-26", "--json"]);
    assert_eq!(plan["from"], "2026-11-23");
    let days = plan["days"].as_array().unwrap();
    assert_eq!(days.len(), 14);
    let monday = &days[0];
    assert_eq!(monday["run"], true);
    assert_eq!(monday["routines"], serde_json::json!(["warmup", "cooldown"]));
    assert_eq!(days[1]["routines"], serde_json::json!(["strength"]));
    assert_eq!(days[4]["routines"], serde_json::json!([]));
    let strength = days
        .iter()
        .filter(|d| d["routines"].as_array().unwrap().iter().any(|r| r == "strength"))
        .count();
    assert_eq!(strength, 4);
    insta::assert_snapshot!("plan_text", rw.ok(&["plan", "--today", "2026-11-26"]));
}

#[test]
fn the_plan_warns_about_back_to_back_strength_days() {
    let rw = Runwell::new();
    rw.ok(&["init", "--time-zone", "UTC", "--strength-days", "tue,wed", "--yes"]);
    let plan = rw.json(&["plan", "--json"]);
    assert_eq!(plan["warnings"][0]["rule"], "PROG-1");
}

#[test]
fn two_good_sessions_move_a_level_up_and_a_painful_one_moves_it_down() {
    let rw = runner();
    assert_eq!(level(&rw, "clamshell"), 1);
    rw.ok(&[
        "log",
        "session",
        "strength",
        "--date",
        "2026-11-24",
        "--all",
        "--pain",
        "1",
        "--rpe",
        "5",
    ]);
    rw.ok(&["log", "pain", "--date", "2026-11-25", "--when", "morning", "--score", "0"]);
    assert_eq!(level(&rw, "clamshell"), 1, "one session is not enough");
    let saved = rw.json(&[
        "log",
        "session",
        "strength",
        "--date",
        "2026-11-26",
        "--all",
        "--pain",
        "2",
        "--rpe",
        "5",
        "--json",
    ]);
    assert_eq!(saved["sets_done"], saved["sets_planned"]);
    // The second session counts once the next morning is known to be settled.
    assert_eq!(level(&rw, "clamshell"), 1, "waits for the next morning");
    rw.ok(&["log", "pain", "--date", "2026-11-27", "--when", "morning", "--score", "0"]);
    assert_eq!(level(&rw, "clamshell"), 2);
    let view = rw.json(&["exercise", "clamshell", "--json"]);
    assert!(view["level_reason"].as_str().unwrap().contains("PROG-2"), "{view:#}");
    // Not every set at target: no progress for the step down.
    rw.ok(&[
        "log",
        "session",
        "strength",
        "--date",
        "2026-11-29",
        "--done",
        "clamshell=3",
        "--pain",
        "7",
        "--rpe",
        "6",
    ]);
    // A red session (pain 7 during) steps back one level.
    assert_eq!(level(&rw, "clamshell"), 1);
    // The warm-up's movements progress from warm-ups (leg swings are in no strength session).
    assert_eq!(level(&rw, "leg-swings"), 1);
}

#[test]
fn logging_a_session_refuses_what_it_cannot_store() {
    let rw = runner();
    let check = |args: &[&str], words: &str| {
        let err = rw.fails(args);
        assert!(err.contains(words), "{args:?}: {err}");
    };
    check(
        &["log", "session", "strength", "--all", "--pain", "11", "--rpe", "5"],
        "0 (no pain) to 10",
    );
    check(
        &["log", "session", "strength", "--done", "leg-swings=1", "--pain", "1", "--rpe", "5"],
        "single-leg-step-down",
    );
    check(
        &["log", "session", "strength", "--done", "clamshell", "--pain", "1", "--rpe", "5"],
        "MOVEMENT=SETS",
    );
    check(&["log", "session", "strength", "--pain", "1", "--rpe", "5"], "--all");
    check(
        &["log", "session", "yoga", "--all", "--pain", "1", "--rpe", "5"],
        "warmup, cooldown or strength",
    );
    assert_eq!(
        rw.json(&["adherence", "--json"])["weeks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["done_strength"].as_u64().unwrap())
            .sum::<u64>(),
        0
    );
}

#[test]
fn adherence_counts_weeks_that_meet_the_plan() {
    let rw = runner();
    for day in ["2026-11-10", "2026-11-12", "2026-11-17", "2026-11-19", "2026-11-24"] {
        rw.ok(&["log", "session", "strength", "--date", day, "--all", "--pain", "1", "--rpe", "4"]);
    }
    rw.ok(&[
        "log",
        "session",
        "warmup",
        "--date",
        "2026-11-23",
        "--all",
        "--pain",
        "0",
        "--rpe",
        "2",
    ]);
    let view = rw.json(&["adherence", "--weeks", "3", "--today", "2026-11-25", "--json"]);
    let weeks = view["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 3);
    assert_eq!(weeks[0]["status"], "met");
    assert_eq!(weeks[1]["status"], "met");
    assert_eq!(weeks[2]["status"], "on_track");
    assert_eq!(weeks[2]["done_warmups"], 1);
    assert_eq!(view["streak_weeks"], 2);
    let text = rw.ok(&["adherence", "--weeks", "3", "--today", "2026-11-25"]);
    assert!(text.contains("Streak: 2"), "{text}");
}

#[test]
fn a_guided_session_in_plain_mode_is_stored_with_pain_and_effort() {
    let rw = runner();
    // Output is not a terminal: plain lines, run 1000× faster, answers piped in.
    let out = rw.run_with_input(
        &["session", "cooldown", "--speed", "1000", "--today", "2026-11-26"],
        "3\n4\n",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(!shown.contains('\u{1b}'), "no escape codes when stdout is not a terminal");
    assert!(shown.contains("Butterfly stretch") && shown.contains("Squat hold"), "{shown}");
    assert!(shown.lines().all(|l| l.chars().count() <= 80), "{shown}");
    assert!(shown.contains("Saved the cool-down session of 2026-11-26"), "{shown}");
    let adherence = rw.json(&["adherence", "--weeks", "1", "--today", "2026-11-26", "--json"]);
    assert_eq!(adherence["weeks"][0]["done_cooldowns"], 1);
    let today = rw.json(&["today", "--today", "2026-11-26", "--json"]);
    assert!(
        today["metrics"]["acute_load"].as_f64().unwrap() > 0.0,
        "the session counts as load (LOAD-1)"
    );
}

#[test]
fn voice_without_espeak_says_so_and_carries_on() {
    let rw = runner();
    let out = rw
        .command(&["session", "cooldown", "--voice", "--speed", "1000"])
        .env("PATH", "/nonexistent")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("espeak-ng"), "{err}");
}

#[test]
fn the_calendar_file_is_rfc_5545_with_stable_uids() {
    let rw = runner();
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("a.ics");
    let second = dir.path().join("b.ics");
    rw.ok(&["plan", "--weeks", "2", "--today", "2026-11-26", "--ics", first.to_str().unwrap()]);
    rw.ok(&["plan", "--weeks", "2", "--today", "2026-11-26", "--ics", second.to_str().unwrap()]);
    let read = |p: &std::path::Path| std::fs::read_to_string(p).unwrap();
    let (a, b) = (read(&first), read(&second));
    assert!(a.starts_with("BEGIN:VCALENDAR\r\n") && a.ends_with("END:VCALENDAR\r\n"));
    assert!(a.lines().all(|l| l.len() <= 76), "lines are folded at 75 octets");
    let uids = |text: &str| -> Vec<String> {
        text.lines().filter_map(|l| l.strip_prefix("UID:")).map(|u| u.trim().to_owned()).collect()
    };
    assert_eq!(uids(&a), uids(&b), "the same plan gives the same UIDs");
    // Six run days and four strength days in two weeks.
    assert_eq!(uids(&a).len(), 10);
    let mut unique = uids(&a);
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 10);
    assert!(a.contains("DTSTART;VALUE=DATE:20261124") && !a.contains("VTIMEZONE"));
}

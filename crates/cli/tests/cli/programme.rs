//! The programme, the profile, help and the database's version check.

use std::process::Command;

use crate::support::{Runwell, db_exists};

#[test]
fn exercises_json_lists_eight_movements_in_six_exercises() {
    let rw = Runwell::new();
    let exercises = rw.json(&["exercises", "--json"]);
    let exercises = exercises.as_array().unwrap();
    assert_eq!(exercises.len(), 6);
    let movements: usize = exercises.iter().map(|e| e["movements"].as_array().unwrap().len()).sum();
    assert_eq!(movements, 8);
    assert_eq!(exercises[4]["movements"][0]["id"], "leg-swings");
    assert!(!db_exists(&rw.db), "listing the programme must not create a database");
}

#[test]
fn exercises_text_is_readable() {
    insta::assert_snapshot!("exercises", Runwell::new().ok(&["exercises"]));
}

#[test]
fn routine_strength_json_is_dosed_at_the_current_level() {
    let rw = Runwell::new();
    rw.init();
    let routine = rw.json(&["routine", "strength", "--json"]);
    assert_eq!(routine["id"], "strength");
    let items = routine["items"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|i| i["movement"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["single-leg-toe-tap", "single-leg-step-down", "single-leg-glute-bridge", "clamshell"]
    );
    assert!(items.iter().all(|i| i["level"] == 1));
    assert!(items.iter().all(|i| i["dose"]["sets"].as_u64().unwrap() >= 2));
    insta::assert_json_snapshot!("routine_strength", routine);

    let harder = rw.json(&["routine", "strength", "--level", "3", "--json"]);
    assert!(harder["items"].as_array().unwrap().iter().all(|i| i["level"] == 3));
    assert!(harder["estimated_s"].as_u64() >= routine["estimated_s"].as_u64());
}

#[test]
fn routines_in_text() {
    let rw = Runwell::new();
    insta::assert_snapshot!("routine_warmup", rw.ok(&["routine", "warmup"]));
    insta::assert_snapshot!("routine_cooldown", rw.ok(&["routine", "cool-down"]));
}

#[test]
fn an_unknown_routine_says_which_exist() {
    let err = Runwell::new().fails(&["routine", "yoga"]);
    assert!(err.contains("warmup, cooldown or strength"), "{err}");
}

#[test]
fn exercise_shows_the_whole_movement_and_the_level() {
    let rw = Runwell::new();
    let text = rw.ok(&["exercise", "clamshell"]);
    insta::assert_snapshot!("exercise_clamshell", text);
    let view = rw.json(&["exercise", "single-leg-step-down", "--json"]);
    assert_eq!(view["current_level"]["level"], 1);
    assert_eq!(view["exercise_number"], 2);
    assert!(view["level_reason"].as_str().unwrap().contains("PROG-2"));
    assert!(view["movement"]["levels"].as_array().unwrap().len() >= 3);
}

#[test]
fn an_unknown_exercise_lists_the_known_ones_and_creates_nothing() {
    let rw = Runwell::new();
    let err = rw.fails(&["exercise", "burpee"]);
    assert!(err.contains("burpee") && err.contains("clamshell"), "{err}");
    assert!(!db_exists(&rw.db));
}

#[test]
fn learn_lists_topics_and_shows_each_page() {
    let rw = Runwell::new();
    let topics = rw.json(&["learn", "--json"]);
    let ids: Vec<&str> =
        topics.as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    for id in ["causes", "prevention", "tips", "seek-help", "load-education"] {
        assert!(ids.contains(&id), "{id}");
        let text = rw.ok(&["learn", id]);
        assert!(text.contains("Sources:"), "{id}");
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{id} is wider than 80 columns");
    }
    insta::assert_snapshot!("learn", rw.ok(&["learn"]));
    insta::assert_snapshot!("learn_seek_help", rw.ok(&["learn", "seek-help"]));
    let err = rw.fails(&["learn", "nutrition"]);
    assert!(err.contains("causes"), "{err}");
}

#[test]
fn faq_sources_and_gear() {
    let rw = Runwell::new();
    assert_eq!(rw.json(&["faq", "--json"]).as_array().unwrap().len(), 5);
    insta::assert_snapshot!("faq", rw.ok(&["faq"]));
    let sources = rw.json(&["sources", "--json"]);
    let sources = sources.as_array().unwrap();
    assert_eq!(sources.iter().filter(|s| s["kind"] == "article").count(), 7);
    assert!(sources.iter().any(|s| s["rules"].as_array().unwrap().iter().any(|r| r == "SPIKE-1")));
    insta::assert_snapshot!("sources", rw.ok(&["sources"]));
    let gear = rw.json(&["gear", "--json"]);
    assert_eq!(gear[0]["price"], "£44.95");
    assert_eq!(gear[1]["price_pence"], 8095);
    assert!(gear.as_array().unwrap().iter().all(|g| g["offer"] == "Up to 25 % off"));
    insta::assert_snapshot!("gear", rw.ok(&["gear"]));
}

#[test]
fn init_for_scripts_saves_and_warns_about_consecutive_days() {
    let rw = Runwell::new();
    let saved = rw.json(&[
        "init",
        "--time-zone",
        "Europe/Copenhagen",
        "--run-days",
        "mon,wed,sat",
        "--strength-days",
        "tue,wed",
        "--yes",
        "--json",
    ]);
    assert_eq!(saved["profile"]["time_zone"], "Europe/Copenhagen");
    assert_eq!(saved["profile"]["strength_days"], serde_json::json!(["tue", "wed"]));
    assert_eq!(saved["warnings"][0]["rule"], "PROG-1");
    assert!(db_exists(&rw.db));
}

#[test]
fn init_asks_in_the_terminal_and_takes_defaults() {
    let rw = Runwell::new();
    // Time zone typed; run days default; strength days typed; confirm.
    let out = rw.run_with_input(&["init"], "America/New_York\n\nmon,thu\ny\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let asked = String::from_utf8(out.stderr).unwrap();
    assert!(asked.contains("Your time zone") && asked.contains("strength session"), "{asked}");
    let profile = rw.json(&[
        "init",
        "--yes",
        "--json",
        "--time-zone",
        "America/New_York",
        "--strength-days",
        "mon,thu",
    ]);
    assert_eq!(profile["profile"]["run_days"], serde_json::json!(["mon", "wed", "sat"]));
}

#[test]
fn init_asks_again_after_a_wrong_answer_and_can_be_declined() {
    let rw = Runwell::new();
    let out = rw.run_with_input(&["init"], "Mars/Base\nEurope/Oslo\n\n\nn\n");
    assert!(out.status.success());
    let asked = String::from_utf8(out.stderr).unwrap();
    assert!(asked.contains("not a known IANA time zone"), "{asked}");
    assert!(asked.contains("Nothing saved"), "{asked}");
    assert!(!db_exists(&rw.db));
}

#[test]
fn init_refuses_bad_values_with_what_is_allowed_and_stores_nothing() {
    let rw = Runwell::new();
    let check = |args: &[&str], words: &str| {
        let mut all = vec!["init", "--yes"];
        all.extend_from_slice(args);
        let err = rw.fails(&all);
        assert!(err.contains(words), "{args:?}: {err}");
        assert!(!db_exists(&rw.db), "{args:?} stored something");
    };
    check(&["--time-zone", "Europe/Copenhagn"], "Europe/London");
    check(&["--time-zone", "UTC", "--run-days", "mon,funday"], "mon, tue");
    check(&["--time-zone", "UTC", "--hr-rest", "300"], "20 to 250");
    check(&["--time-zone", "UTC", "--hr-rest", "70", "--hr-max", "60"], "must be below");
    check(&["--time-zone", "UTC", "--sex", "x"], "female or male");
}

#[test]
fn a_database_from_a_newer_runwell_is_refused_with_advice() {
    let rw = Runwell::new();
    rw.init();
    let status = Command::new("python3")
        .arg("-c")
        .arg(
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); \
             c.execute(\"INSERT INTO _sqlx_migrations VALUES (999,'future',CURRENT_TIMESTAMP,1,x'00',0)\"); c.commit()",
        )
        .arg(&rw.db)
        .status()
        .expect("python3 is on every runwell development and CI machine");
    assert!(status.success(), "could not age the database");
    let err = rw.fails(&["routine", "strength"]);
    assert!(err.contains("newer runwell") && err.contains("--db"), "{err}");
}

#[test]
fn completions_and_help() {
    let rw = Runwell::new();
    let bash = rw.ok(&["completions", "bash"]);
    assert!(bash.contains("runwell") && bash.contains("exercises"));
    let help = rw.ok(&["--help"]);
    for command in [
        "init",
        "exercises",
        "exercise",
        "routine",
        "learn",
        "faq",
        "sources",
        "gear",
        "completions",
    ] {
        assert!(help.contains(command), "--help lacks {command}");
    }
    assert!(help.contains("RUNWELL_DB"));
    let out = rw.run(&["no-such-command"]);
    assert!(!out.status.success());
}

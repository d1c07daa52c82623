//! Logging runs and pain, `today`, `check` and `trend` as a runner and a script use them.

use crate::support::{Runwell, db_exists};

fn runner() -> Runwell {
    let rw = Runwell::new();
    rw.init();
    rw
}

fn log_pain(rw: &Runwell, date: &str, when: &str, score: &str) {
    rw.ok(&["log", "pain", "--date", date, "--when", when, "--score", score]);
}

#[test]
fn bad_values_say_what_is_allowed_and_store_nothing() {
    let rw = runner();
    let check = |args: &[&str], words: &str| {
        let err = rw.fails(args);
        assert!(err.contains(words), "{args:?}: {err}");
    };
    check(
        &["log", "pain", "--date", "2026-11-10", "--when", "morning", "--score", "11"],
        "0 (no pain) to 10",
    );
    check(
        &["log", "pain", "--date", "2026-02-30", "--when", "morning", "--score", "3"],
        "not a date",
    );
    check(
        &["log", "pain", "--date", "2026-11-10", "--when", "evening", "--score", "3"],
        "during, after, morning, daily, night",
    );
    check(
        &[
            "log",
            "pain",
            "--date",
            "2026-11-10",
            "--when",
            "after",
            "--score",
            "3",
            "--region",
            "knee",
        ],
        "outer, groin, buttock, deep",
    );
    check(
        &["log", "pain", "--date", "2026-11-10", "--when", "after", "--score", "3", "--run", "99"],
        "no run with id 99",
    );
    check(
        &["log", "run", "--date", "2026-11-10", "--distance-km", "-3", "--duration", "30:00"],
        "more than 0",
    );
    check(
        &["log", "run", "--date", "2026-11-31", "--distance-km", "5", "--duration", "30:00"],
        "not a date",
    );
    check(
        &["log", "run", "--date", "2026-11-10", "--distance-km", "5", "--duration", "30"],
        "e.g. 45:00, or as hours, minutes and seconds, e.g. 1:05:00",
    );
    check(
        &[
            "log",
            "run",
            "--date",
            "2026-11-10",
            "--distance-km",
            "5",
            "--duration",
            "30:00",
            "--rpe",
            "12",
        ],
        "0 (rest) to 10",
    );
    check(
        &[
            "log",
            "run",
            "--date",
            "2026-11-10",
            "--distance-km",
            "5",
            "--duration",
            "30:00",
            "--surface",
            "ice",
        ],
        "road, track",
    );
    check(&["edit", "run", "7", "--rpe", "5"], "no run with id 7");
    assert_eq!(rw.json(&["runs", "--json"]).as_array().unwrap().len(), 0);
    let today = rw.json(&["today", "--today", "2026-11-10", "--json"]);
    assert!(today["metrics"]["pain_during"].is_null());
}

#[test]
fn logging_needs_a_profile_first() {
    let rw = Runwell::new();
    let err = rw.fails(&[
        "log",
        "run",
        "--date",
        "2026-11-10",
        "--distance-km",
        "5",
        "--duration",
        "30:00",
    ]);
    assert!(err.contains("runwell init"), "{err}");
    let err = rw.fails(&["today"]);
    assert!(err.contains("runwell init"), "{err}");
    let _ = db_exists(&rw.db);
}

#[test]
fn runs_are_listed_and_edited() {
    let rw = runner();
    let id = rw.log_run("2026-11-09", "8.4", "50:24", "4");
    rw.ok(&[
        "log",
        "run",
        "--date",
        "2026-11-11",
        "--time",
        "18:45",
        "--distance-km",
        "5",
        "--duration",
        "1:02:03",
        "--shoe",
        "Trail shoes",
    ]);
    let runs = rw.json(&["runs", "--json"]);
    let runs = runs.as_array().unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["distance_m"], 8400.0);
    assert_eq!(runs[0]["source"], "manual");
    // 18:45 in Copenhagen (CET, UTC+1) is 17:45 UTC.
    assert_eq!(runs[1]["start"], "2026-11-11T17:45:00Z");
    assert_eq!(runs[1]["elapsed_s"], 3723.0);
    assert_eq!(runs[1]["shoe"], "Trail shoes");
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
    let edited = rw.json(&[
        "edit",
        "run",
        &id.to_string(),
        "--rpe",
        "6",
        "--surface",
        "grass",
        "--note",
        "windy",
        "--json",
    ]);
    assert_eq!(edited["rpe"], 6);
    assert_eq!(edited["surface"], "grass");
    assert_eq!(edited["note"], "windy");
    let since = rw.json(&["runs", "--since", "2026-11-10", "--json"]);
    assert_eq!(since.as_array().unwrap().len(), 1);
}

#[test]
fn a_painful_morning_turns_today_red_with_the_pain_rule_named() {
    let rw = runner();
    for day in ["2026-10-26", "2026-10-28", "2026-10-31", "2026-11-02", "2026-11-04", "2026-11-07"]
    {
        rw.log_run(day, "8", "48:00", "4");
        log_pain(&rw, day, "after", "1");
    }
    for day in ["2026-10-27", "2026-10-29", "2026-11-01", "2026-11-03", "2026-11-05", "2026-11-08"]
    {
        log_pain(&rw, day, "morning", "1");
    }
    let green = rw.json(&["today", "--today", "2026-11-09", "--json"]);
    assert_eq!(green["light"], "green", "{green:#}");
    assert_eq!(green["suggested_max_km"], 8.8);
    assert_eq!(green["routines"], serde_json::json!(["warmup", "cooldown"]));
    assert_eq!(green["running_suspended"], false);
    assert_eq!(green["triage"]["level"], "none");
    assert!(green["reasons"].as_array().unwrap().iter().all(|r| r["source"].is_string()));

    let id = rw.log_run("2026-11-09", "8", "48:00", "5");
    rw.ok(&[
        "log",
        "pain",
        "--date",
        "2026-11-09",
        "--when",
        "after",
        "--score",
        "4",
        "--run",
        &id.to_string(),
    ]);
    log_pain(&rw, "2026-11-10", "morning", "5");
    let red = rw.json(&["today", "--today", "2026-11-10", "--json"]);
    assert_eq!(red["light"], "red");
    let reasons = red["reasons"].as_array().unwrap();
    assert!(reasons.iter().any(|r| r["rule"] == "PAIN-2" && r["light"] == "red"), "{red:#}");
    assert_eq!(red["suggested_max_km"], 8.0, "back to the last run that stayed green");
    assert_eq!(red["may_progress_exercises"], false);
    insta::assert_snapshot!("today_red", rw.ok(&["today", "--today", "2026-11-10"]));
}

#[test]
fn today_json_has_the_documented_shape() {
    let rw = runner();
    let today = rw.json(&["today", "--today", "2026-11-10", "--json"]);
    for key in [
        "date",
        "light",
        "running_suspended",
        "triage",
        "reasons",
        "suggested_max_km",
        "routines",
        "metrics",
    ] {
        assert!(today.get(key).is_some(), "{key}");
    }
    assert_eq!(today["date"], "2026-11-10");
    assert!(today["triage"]["level"].is_string() && today["triage"]["reasons"].is_array());
    // No runs: no cap, and a reason that says how to get one.
    assert!(today["suggested_max_km"].is_null());
    assert!(
        today["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["message"].as_str().unwrap().contains("--recent-longest-km"))
    );
}

#[test]
fn a_declared_recent_longest_run_gives_a_held_cap_from_day_one() {
    let rw = Runwell::new();
    rw.ok(&[
        "init",
        "--time-zone",
        "Europe/Oslo",
        "--strength-days",
        "tue,fri",
        "--recent-longest-km",
        "12",
        "--yes",
    ]);
    let today = rw.json(&["today", "--today", "2026-11-10", "--json"]);
    // Nothing logged yet: runwell cannot judge, so it holds at the declared run (it stands in for
    // the last load that stayed green, DATA-4) rather than suggesting 10 % more.
    assert_eq!(today["first_visit"], true);
    assert_eq!(today["light"], "amber");
    assert_eq!(today["suggested_max_km"], 12.0);
    assert_eq!(today["cap_note"]["rule"], "DATA-4");
    // The question is answered: Today no longer asks for it.
    let asks = today["asks"].as_array().unwrap();
    assert!(asks.iter().all(|a| a["action"] != "recent_longest"), "{today:#}");
    assert!(asks.iter().any(|a| a["action"] == "log_run"), "{today:#}");
    // Answering it again later keeps the rest of the profile.
    rw.ok(&["init", "--recent-longest-km", "14", "--yes"]);
    let profile = rw.json(&["init", "--yes", "--json"]);
    assert_eq!(profile["profile"]["time_zone"], "Europe/Oslo");
    assert_eq!(profile["profile"]["strength_days"], serde_json::json!(["tue", "fri"]));
    assert_eq!(rw.json(&["today", "--today", "2026-11-10", "--json"])["suggested_max_km"], 14.0);
}

#[test]
fn a_red_flag_suspends_running_until_a_newer_check_clears_it() {
    let rw = runner();
    rw.log_run("2026-11-09", "8", "48:00", "4");
    let check = rw.json(&[
        "check",
        "--answer",
        "pain_landing_or_standing_on_leg=yes",
        "--answer",
        "limping=no",
        "--today",
        "2026-11-10",
        "--json",
    ]);
    assert_eq!(check["level"], "urgent");
    assert_eq!(check["running_suspended"], true);
    let today = rw.json(&["today", "--today", "2026-11-11", "--json"]);
    assert_eq!(today["light"], "red");
    assert_eq!(today["running_suspended"], true);
    assert!(today["suggested_max_km"].is_null());
    assert_eq!(today["triage"]["level"], "urgent");
    // Unanswered questions keep their last answer: clearing one leaves the rest.
    let cleared = rw.json(&[
        "check",
        "--answer",
        "pain_landing_or_standing_on_leg=no",
        "--today",
        "2026-11-12",
        "--json",
    ]);
    assert_eq!(cleared["level"], "self_manage");
    let answers = cleared["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 2);
    assert_eq!(rw.json(&["today", "--today", "2026-11-12", "--json"])["running_suspended"], false);
    // The past is reproducible: on the 11th running was suspended.
    assert_eq!(rw.json(&["today", "--today", "2026-11-11", "--json"])["running_suspended"], true);
}

#[test]
fn check_lists_its_questions_and_refuses_unknown_keys() {
    let rw = runner();
    let questions = rw.json(&["check", "--questions", "--json"]);
    let questions = questions.as_array().unwrap();
    assert_eq!(questions.len(), 18);
    assert!(
        questions
            .iter()
            .all(|q| q["key"].is_string() && q["rule"].is_string() && q["text"].is_string())
    );
    let err = rw.fails(&["check", "--answer", "broken_leg=yes"]);
    assert!(err.contains("cannot_bear_weight"), "{err}");
    let err = rw.fails(&["check", "--answer", "limping=maybe"]);
    assert!(err.contains("yes or no"), "{err}");
}

#[test]
fn check_asks_in_plain_words_and_enter_keeps_the_last_answer() {
    let rw = runner();
    // Answer the first question no, skip the rest (end of input).
    let out = rw.run_with_input(&["check", "--today", "2026-11-10"], "n\n");
    assert!(out.status.success());
    let asked = String::from_utf8(out.stderr).unwrap();
    assert!(asked.contains("put weight on the leg"), "{asked}");
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.contains("Self-manage"), "{shown}");
    // A yes to an emergency question, answered interactively.
    let out = rw.run_with_input(&["check", "--today", "2026-11-11"], "\n\n\n\ny\n");
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.contains("Emergency: get medical help today"), "{shown}");
}

#[test]
fn trend_shows_weeks_with_the_nrs_label() {
    let rw = runner();
    for (day, score) in [
        ("2026-10-05", "5"),
        ("2026-10-06", "5"),
        ("2026-10-07", "5"),
        ("2026-10-26", "2"),
        ("2026-10-27", "2"),
    ] {
        log_pain(&rw, day, "morning", score);
    }
    rw.log_run("2026-10-26", "6", "36:00", "4");
    let weeks = rw.json(&["trend", "--weeks", "4", "--today", "2026-10-28", "--json"]);
    let weeks = weeks.as_array().unwrap();
    assert_eq!(weeks.len(), 4);
    assert_eq!(weeks[0]["week_start"], "2026-10-05");
    assert_eq!(weeks[0]["improvement"], "baseline");
    assert_eq!(weeks[3]["improvement"], "meaningfully_better");
    assert_eq!(weeks[3]["distance_m"], 6000.0);
    assert_eq!(weeks[2]["improvement"], "no_data");
    let text = rw.ok(&["trend", "--weeks", "4", "--today", "2026-10-28"]);
    assert!(text.contains("meaningfully better"), "{text}");
}

#[test]
fn the_terminal_speaks_the_profiles_language_then_lang_and_json_stays_english() {
    let rw = Runwell::initialised();
    rw.log_run("2026-11-09", "8", "48:00", "5");
    let today = |lang: &str| {
        let out = rw.command(&["today", "--today", "2026-11-10"]).env("LANG", lang).output();
        String::from_utf8(out.unwrap().stdout).unwrap()
    };
    // No choice yet: the terminal's LANG decides, and an unknown one is English.
    assert!(today("sv_SE.UTF-8").contains("Varför:"), "{}", today("sv_SE.UTF-8"));
    assert!(today("nb_NO.UTF-8").contains("Why:"));
    // The profile's language wins over LANG.
    rw.ok(&["init", "--lang", "da", "--yes"]);
    let danish = today("sv_SE.UTF-8");
    assert!(danish.contains("Hvorfor:") && danish.contains("tir. 10. nov. 2026"), "{danish}");
    assert!(danish.contains("8,0\u{a0}km"), "{danish}");
    let json = rw.json(&["today", "--today", "2026-11-10", "--json"]);
    assert_eq!(json["light"], "amber");
    let message = json["reasons"][0]["message"].as_str().unwrap();
    assert!(message.is_ascii() || message.contains('–'), "JSON keeps English: {message}");
    // A language runwell does not speak is refused, and nothing changes.
    assert!(rw.fails(&["init", "--lang", "nb", "--yes"]).contains("en, da or sv"));
    assert!(today("C").contains("Hvorfor:"));
    rw.ok(&["init", "--lang", "auto", "--yes"]);
    assert!(today("C").contains("Why:"));
}

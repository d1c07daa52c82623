//! `runwell today` and `runwell log` with gaps in the diary (EVIDENCE.md, DATA rules), as a
//! runner and a script see them.

use crate::support::Runwell;

fn log_pain(rw: &Runwell, date: &str, when: &str, score: &str, extra: &[&str]) {
    let mut args = vec!["log", "pain", "--date", date, "--when", when, "--score", score];
    args.extend_from_slice(extra);
    rw.ok(&args);
}

#[test]
fn a_red_day_then_an_unlogged_run_is_not_green_and_says_what_to_log() {
    let rw = Runwell::initialised();
    // Three weeks of 12 km with the pain after each run and the next morning logged.
    for day in ["2026-10-26", "2026-10-28", "2026-10-31", "2026-11-02", "2026-11-04", "2026-11-07"]
    {
        rw.log_run(day, "12", "60:00", "4");
        log_pain(&rw, day, "after", "1", &[]);
    }
    for day in ["2026-10-27", "2026-10-29", "2026-11-01", "2026-11-03", "2026-11-05", "2026-11-08"]
    {
        log_pain(&rw, day, "morning", "1", &[]);
    }
    // A 15 km red day: sharp pain 6 after it, the next morning not settled.
    rw.log_run("2026-11-09", "15", "60:00", "4");
    log_pain(&rw, "2026-11-09", "after", "6", &["--character", "sharp"]);
    log_pain(&rw, "2026-11-10", "morning", "4", &[]);
    // Two days later 5 km, with no pain logged.
    let run = rw.log_run("2026-11-11", "5", "60:00", "4");
    let today = rw.json(&["today", "--today", "2026-11-12", "--json"]);
    assert_eq!(today["light"], "red", "{today:#}");
    assert_eq!(today["may_progress_exercises"], false);
    // Never 10 % above the run that hurt: the last load that stayed green.
    assert_eq!(today["suggested_max_km"], 12.0, "{today:#}");
    assert_eq!(today["metrics"]["last_green_load_km"], 12.0);
    assert_eq!(today["metrics"]["red_since"], "2026-11-09");
    assert_eq!(today["triage"]["level"], "physio", "sharp pain holds for 14 days");
    let asks = today["asks"].as_array().unwrap();
    let ask =
        asks.iter().find(|a| a["action"] == "log_pain").unwrap_or_else(|| panic!("{today:#}"));
    assert_eq!(ask["rule"], "DATA-1");
    assert_eq!(
        (ask["run_id"].as_i64(), &ask["day"], &ask["moment"]),
        (Some(run), &"2026-11-11".into(), &"after".into())
    );
    // The text says what to log, with the command, and no rule that passed shows as green.
    let text = rw.ok(&["today", "--today", "2026-11-12"]);
    assert!(text.contains("RED"), "{text}");
    assert!(
        text.contains(&format!("runwell log pain --date 2026-11-11 --when after --run {run}")),
        "{text}"
    );
    assert!(text.contains("[ok ") && !text.contains("[GREEN"), "{text}");
    // Logging it (and a settled morning) lets the run clear the red day.
    log_pain(&rw, "2026-11-11", "after", "1", &["--run", &run.to_string()]);
    log_pain(&rw, "2026-11-12", "morning", "1", &[]);
    let cleared = rw.json(&["today", "--today", "2026-11-12", "--json"]);
    assert!(cleared["metrics"]["red_since"].is_null(), "{cleared:#}");
    let reasons = cleared["reasons"].as_array().unwrap();
    assert!(reasons.iter().all(|r| r["rule"] != "DATA-3" && r["rule"] != "DATA-1"), "{cleared:#}");
    // The week's mornings are still up on the week before (PAIN-3), so not green yet.
    assert!(reasons.iter().any(|r| r["rule"] == "PAIN-3"), "{cleared:#}");
}

#[test]
fn a_first_visit_cannot_judge_and_asks_for_the_recent_longest_run() {
    let rw = Runwell::initialised();
    let today = rw.json(&["today", "--today", "2026-11-10", "--json"]);
    assert_eq!(today["first_visit"], true);
    assert_eq!(today["light"], "amber");
    assert!(today["suggested_max_km"].is_null());
    let text = rw.ok(&["today", "--today", "2026-11-10"]);
    assert!(text.contains("cannot judge yet") && !text.contains("may progress"), "{text}");
    assert!(text.contains("runwell init --recent-longest-km K --yes"), "{text}");
}

#[test]
fn entries_dated_after_today_are_refused_and_nothing_is_stored() {
    let rw = Runwell::initialised();
    let future = "2099-01-01";
    for args in [
        vec!["log", "pain", "--date", future, "--when", "night", "--score", "5"],
        vec!["log", "run", "--date", future, "--distance-km", "5", "--duration", "30:00"],
    ] {
        let err = rw.fails(&args);
        assert!(err.contains("2099-01-01 is after today"), "{err}");
        assert!(err.contains("Check the date"), "{err}");
    }
    assert_eq!(rw.json(&["runs", "--json"]).as_array().unwrap().len(), 0);
    let later = rw.json(&["today", "--today", future, "--json"]);
    assert_eq!(later["first_visit"], true, "no pain was stored either: {later:#}");
}

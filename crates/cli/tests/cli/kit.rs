//! Shoes, surfaces and cadence from the command line.

use crate::support::Runwell;

fn runner() -> Runwell {
    let rw = Runwell::new();
    rw.init();
    rw
}

#[test]
fn shoes_count_kilometres_and_prompt_in_cushioning_words() {
    let rw = runner();
    let added = rw.json(&[
        "shoes",
        "add",
        "Pegasus",
        "--brand",
        "Nike",
        "--model",
        "Pegasus 41",
        "--start-km",
        "470",
        "--default",
        "--json",
    ]);
    assert_eq!(added["shoe"]["is_default"], true);
    assert_eq!(added["state"], "fine");
    // New runs get the default shoe.
    let run = rw.json(&[
        "log",
        "run",
        "--date",
        "2026-11-20",
        "--distance-km",
        "12",
        "--duration",
        "1:10:00",
        "--json",
    ]);
    assert_eq!(run["shoe"], "Pegasus");
    let shoes = rw.json(&["shoes", "--json"]);
    assert_eq!(shoes[0]["km"], 482.0);
    assert_eq!(shoes[0]["state"], "inspect");
    assert_eq!(shoes[0]["runs"], 1);
    let today = rw.json(&["today", "--today", "2026-11-21", "--json"]);
    let notes = today["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n["rule"] == "SHOE-2" && n["message"].as_str().unwrap().contains("ushioning")),
        "{today:#}"
    );
    assert!(notes.iter().all(|n| !n["message"].as_str().unwrap().contains("injury risk")));
    let text = rw.ok(&["shoes"]);
    assert!(text.contains("Pegasus (default)") && text.contains("inspect"), "{text}");
    // Retired: kilometres kept, no more prompts.
    rw.ok(&["shoes", "retire", "Pegasus"]);
    assert_eq!(rw.json(&["shoes", "--json"])[0]["state"], "retired");
    let err = rw.fails(&["shoes", "retire", "Boots"]);
    assert!(err.contains("Pegasus"), "{err}");
    let err = rw.fails(&["shoes", "add", "X", "--inspect-km", "900", "--replace-km", "800"]);
    assert!(err.contains("inspect first"), "{err}");
}

#[test]
fn one_pair_for_every_run_suggests_rotation() {
    let rw = runner();
    rw.ok(&["shoes", "add", "Only pair", "--default"]);
    for day in ["2026-11-10", "2026-11-12", "2026-11-14", "2026-11-17"] {
        rw.ok(&["log", "run", "--date", day, "--distance-km", "6", "--duration", "36:00"]);
    }
    let today = rw.json(&["today", "--today", "2026-11-18", "--json"]);
    assert!(today["notes"].as_array().unwrap().iter().any(|n| n["rule"] == "SHOE-3"), "{today:#}");
}

#[test]
fn a_new_shoe_model_is_marked_in_the_trend() {
    let rw = runner();
    rw.ok(&[
        "log",
        "run",
        "--date",
        "2026-11-10",
        "--distance-km",
        "6",
        "--duration",
        "36:00",
        "--shoe",
        "Old pair",
    ]);
    rw.ok(&["shoes", "add", "New pair", "--brand", "Hoka", "--model", "Clifton 10"]);
    rw.ok(&[
        "log",
        "run",
        "--date",
        "2026-11-18",
        "--distance-km",
        "6",
        "--duration",
        "36:00",
        "--shoe",
        "New pair",
    ]);
    let weeks = rw.json(&["trend", "--weeks", "2", "--today", "2026-11-19", "--json"]);
    assert_eq!(weeks[0]["new_shoe"], "Old pair");
    assert_eq!(weeks[1]["new_shoe"], "Hoka Clifton 10");
    assert!(
        rw.ok(&["trend", "--weeks", "2", "--today", "2026-11-19"])
            .contains("new shoe Hoka Clifton 10 (SHOE-4)")
    );
}

#[test]
fn hard_ground_and_a_sore_hip_bring_the_softer_ground_tip() {
    let rw = runner();
    rw.ok(&["surfaces", "--default", "road"]);
    for day in ["2026-11-02", "2026-11-04", "2026-11-07", "2026-11-09", "2026-11-11", "2026-11-14"]
    {
        rw.ok(&[
            "log",
            "run",
            "--date",
            day,
            "--distance-km",
            "8",
            "--duration",
            "48:00",
            "--rpe",
            "4",
        ]);
    }
    rw.ok(&["log", "pain", "--date", "2026-11-14", "--when", "during", "--score", "4"]);
    let today = rw.json(&["today", "--today", "2026-11-14", "--json"]);
    assert_eq!(today["light"], "amber");
    let tip = today["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["message"].as_str().unwrap().contains("softer ground"));
    let tip = tip.unwrap_or_else(|| panic!("{today:#}"));
    // The tip is the article's, not a finding of a PAIN rule: it cites the article alone.
    assert!(tip["rule"].is_null(), "{tip:#}");
    assert_eq!(tip["badge"], "note");
    assert_eq!(tip["source_id"], "article-orlin-cohen");
    assert_eq!(today["metrics"]["hard_surface_share_7d_pct"], 100.0);
    // Green pain: no tip, however hard the ground.
    let calm = rw.json(&["today", "--today", "2026-11-12", "--json"]);
    assert!(
        calm["notes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| !r["message"].as_str().unwrap().contains("softer ground"))
    );
    // Surfaces by week and next-morning pain by surface.
    rw.ok(&["log", "pain", "--date", "2026-11-15", "--when", "morning", "--score", "3"]);
    let surfaces = rw.json(&["surfaces", "--weeks", "2", "--today", "2026-11-15", "--json"]);
    assert_eq!(surfaces["default_surface"], "road");
    assert_eq!(surfaces["comparisons"]["by_surface"][0]["group"], "road");
    assert_eq!(surfaces["comparisons"]["by_surface"][0]["runs"], 1);
    assert!(rw.ok(&["surfaces", "--today", "2026-11-15"]).contains("descriptive, not cause"));
    let err = rw.fails(&["surfaces", "--default", "ice"]);
    assert!(err.contains("grass"), "{err}");
}

#[test]
fn cadence_needs_easy_runs_with_cadence() {
    let rw = runner();
    rw.ok(&[
        "log",
        "run",
        "--date",
        "2026-11-20",
        "--distance-km",
        "6",
        "--duration",
        "36:00",
        "--rpe",
        "3",
    ]);
    let report = rw.json(&["cadence", "--json"]);
    assert!(report["baseline_spm"].is_null());
    assert!(report["advice"].as_str().unwrap().contains("at least 3 easy runs"));
    let help = rw.ok(&["cadence", "--help"]);
    assert!(help.contains("RPE 4 or less"), "{help}");
}

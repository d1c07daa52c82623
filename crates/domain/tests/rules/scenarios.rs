//! Runners' weeks, with the light and the rules that fired, day by day.

use runwell_domain::DistanceUnit;
use runwell_domain::advice::{Advice, advise};
use runwell_domain::diary::PainMoment::{After, During, Morning};
use runwell_domain::programme::RoutineKind;
use runwell_domain::triage::TriageLevel;
use runwell_domain::{Arg, Light, Text, Thresholds};

use crate::support::{Diary, day, profile};

fn today(d: &Diary, on: &str) -> Advice {
    advise(&d.history, &profile(), &d.answers, day(on), &Thresholds::default(), DistanceUnit::Km)
}

/// The rules that gave a non-green light, sorted, for compact day-by-day tables.
fn flagged(advice: &Advice) -> Vec<&'static str> {
    let mut rules: Vec<&str> =
        advice.reasons.iter().filter(|r| r.light != Light::Green).filter_map(|r| r.rule).collect();
    rules.sort_unstable();
    rules.dedup();
    rules
}

#[test]
fn a_steady_runner_is_green_and_may_progress_by_ten_percent() {
    // Six weeks of 8 km on Monday, Wednesday and Saturday, pain 2 during, mornings at 1.
    let mut d = Diary::new().steady("2026-11-16", 6, 8.0, 1);
    for run_day in ["2026-11-09", "2026-11-11", "2026-11-14"] {
        d = d.pain(run_day, During, 2);
    }
    let advice = today(&d, "2026-11-16"); // a Monday, a run day
    assert_eq!(advice.light, Light::Green, "{:#?}", advice.reasons);
    assert!(!advice.running_suspended);
    assert!((advice.suggested_max_m.unwrap() - 8_800.0).abs() < 1e-6);
    assert!(advice.may_progress_exercises);
    assert_eq!(advice.routines, [RoutineKind::Warmup, RoutineKind::Cooldown]);
    assert!(advice.reasons.iter().all(|r| !r.message.id.is_empty()));
    // Tuesday is a strength day and not a run day.
    assert_eq!(today(&d, "2026-11-17").routines, [RoutineKind::Strength]);
}

#[test]
fn a_spike_after_a_break() {
    // A base until early October, then five weeks off, then 3 km and a 10 km run, each with
    // its pain logged after it and settled mornings.
    let d = Diary::new()
        .steady("2026-10-05", 6, 8.0, 1)
        .run("2026-11-09", 3.0, 20.0, Some(3))
        .pain("2026-11-09", After, 1);
    // The first run back, after more than 30 days without one, is the spike.
    let first = today(&d, "2026-11-09");
    assert_eq!(first.light, Light::Red);
    // The load trend rises too after the break, but only ever as an amber hint; with no run
    // in the 30 days before today there is no basis for a distance (DATA-5).
    assert_eq!(flagged(&first), ["DATA-5", "LOAD-3", "SPIKE-1"]);
    assert!(first.reasons.iter().filter(|r| r.is("LOAD-3")).all(|r| r.light == Light::Amber));
    assert_eq!(first.suggested_max_m, None);
    let d = d.pain("2026-11-10", Morning, 1).run("2026-11-11", 10.0, 62.0, Some(5)).pain(
        "2026-11-11",
        After,
        1,
    );
    let mut d = d;
    for i in 12..=19 {
        d = d.pain(&format!("2026-11-{i}"), Morning, 1);
    }
    // Day by day: the 10 km run is +233 % on the 3 km before it, red while it is recent.
    for (on, light) in
        [("2026-11-11", Light::Red), ("2026-11-14", Light::Red), ("2026-11-19", Light::Green)]
    {
        let advice = today(&d, on);
        assert_eq!(advice.light, light, "{on}: {:#?}", advice.reasons);
        if light == Light::Red {
            assert!(flagged(&advice).contains(&"SPIKE-1"), "{on}");
            let spike = advice.reasons.iter().find(|r| r.is("SPIKE-1")).unwrap();
            assert_eq!(
                spike.message.id, "advice-spike-double",
                "the strongest wording above +100 %"
            );
            // DATA-4: the light turned with the first run back, and no run in the 30 days
            // before it stayed green, so there is no green load to return to.
            assert_eq!(advice.suggested_max_m, None, "{on}");
        }
    }
    // Green again once the spike is out of the recent window: the cap follows the 30-day
    // maximum, 10 km × 1.1.
    assert!((today(&d, "2026-11-19").suggested_max_m.unwrap() - 11_000.0).abs() < 1e-6);
}

#[test]
fn pain_that_does_not_settle_by_morning() {
    let d = Diary::new()
        .steady("2026-11-16", 4, 8.0, 1)
        .run("2026-11-16", 8.0, 48.0, Some(5))
        .pain("2026-11-16", During, 3)
        .pain("2026-11-16", After, 4);
    // On the day: amber (3–5 during and after, morning not yet known), hold at 8 km.
    let on_the_day = today(&d, "2026-11-16");
    assert_eq!(on_the_day.light, Light::Amber);
    assert_eq!(flagged(&on_the_day), ["PAIN-1", "PAIN-2"]);
    assert!((on_the_day.suggested_max_m.unwrap() - 8_000.0).abs() < 1e-6);
    // Next morning 4 against a usual 1: not settled, red; back to the last green run.
    let d = d.pain("2026-11-17", Morning, 4);
    let next = today(&d, "2026-11-17");
    assert_eq!(next.light, Light::Red);
    assert!(next.reasons.iter().any(|r| r.is("PAIN-2")
        && r.light == Light::Red
        && r.message.id == "advice-morning-not-settled"));
    assert!(
        (next.suggested_max_m.unwrap() - 8_000.0).abs() < 1e-6,
        "the Saturday run stayed green"
    );
    assert!(!next.may_progress_exercises);
    // A strength day in red keeps the (pain-free) strength session.
    assert!(next.routines.contains(&RoutineKind::Strength));
}

#[test]
fn rising_weekly_pain() {
    let mut d = Diary::new();
    for i in 0..7 {
        d = d.pain(&day("2026-11-01").plus_days(i).to_string(), Morning, 1);
    }
    let rising = [1, 2, 2, 3, 3, 3, 3];
    for (i, score) in rising.iter().enumerate() {
        d = d.pain(&day("2026-11-08").plus_days(i as i32).to_string(), Morning, *score);
    }
    // Day by day: the mean of the last 7 mornings against the 7 before. No run or session is
    // logged, so there is no run to judge and no basis for a distance: amber at best (DATA-1,
    // DATA-5). A morning above the usual level is not settled, run or not (DATA-2), and the
    // trend turns red once the mean has risen by a point (PAIN-3).
    for (on, light, rising) in [
        ("2026-11-08", Light::Amber, false),
        ("2026-11-11", Light::Red, false),
        ("2026-11-13", Light::Red, true),
        ("2026-11-14", Light::Red, true),
    ] {
        let advice = today(&d, on);
        assert_eq!(advice.light, light, "{on}: {:#?}", advice.metrics.pain);
        assert_eq!(flagged(&advice).contains(&"PAIN-3"), rising, "{on}");
        assert_eq!(flagged(&advice).contains(&"DATA-2"), light == Light::Red, "{on}");
    }
}

#[test]
fn a_red_flag_suspends_running_until_a_newer_check_clears_it() {
    let d = Diary::new().steady("2026-11-16", 4, 8.0, 1).answer("2026-11-16", "limping", true);
    let flagged_day = today(&d, "2026-11-16");
    assert_eq!(flagged_day.light, Light::Red);
    assert!(flagged_day.running_suspended);
    assert_eq!(flagged_day.suggested_max_m, None);
    assert!(flagged_day.routines.is_empty());
    assert_eq!(flagged_day.triage.level, TriageLevel::Urgent);
    assert!(flagged_day.reasons.iter().all(|r| r.is("TRIAGE-2")));
    // Still suspended the next days, until a newer check answers no.
    assert!(today(&d, "2026-11-18").running_suspended);
    let d = d.answer("2026-11-19", "limping", false);
    let cleared = today(&d, "2026-11-19");
    assert!(!cleared.running_suspended);
    assert_eq!(cleared.triage.level, TriageLevel::SelfManage);
    assert_eq!(cleared.light, Light::Green);
    // Looking back at the flagged day still shows it suspended (answers are dated).
    assert!(today(&d, "2026-11-17").running_suspended);
}

#[test]
fn an_emergency_flag_outranks_everything() {
    let d = Diary::new().answer("2026-11-16", "sharp_pain", true).answer(
        "2026-11-16",
        "cannot_bear_weight",
        true,
    );
    let advice = today(&d, "2026-11-16");
    assert_eq!(advice.triage.level, TriageLevel::Emergency);
    assert!(advice.triage.what_to_do.contains("today"));
    assert!(advice.running_suspended);
}

#[test]
fn no_improvement_after_two_and_six_weeks() {
    let mut d = Diary::new();
    for i in 0..50 {
        d = d.pain(&day("2026-10-01").plus_days(i).to_string(), Morning, 4);
    }
    let level = |on: &str| today(&d, on).triage;
    // Day 10: too early to judge.
    assert_eq!(level("2026-10-11").level, TriageLevel::None);
    // Two weeks: no improvement at all → TRIAGE-5.
    let two = level("2026-10-16");
    assert_eq!(two.level, TriageLevel::Physio);
    assert!(two.reasons.iter().any(|r| r.rule == "TRIAGE-5"));
    // Six weeks: no meaningful improvement → TRIAGE-6.
    let six = level("2026-11-12");
    assert!(six.reasons.iter().any(|r| r.rule == "TRIAGE-6"), "{six:#?}");
    assert!(!six.running_suspended);
}

#[test]
fn meaningful_improvement_clears_the_no_improvement_rules() {
    let mut d = Diary::new();
    for i in 0..7 {
        d = d.pain(&day("2026-10-01").plus_days(i).to_string(), Morning, 6);
    }
    for i in 7..45 {
        d = d.pain(&day("2026-10-01").plus_days(i).to_string(), Morning, 3);
    }
    let triage = today(&d, "2026-11-14").triage;
    assert!(triage.improvement.as_ref().unwrap().meaningful);
    assert!(triage.reasons.iter().all(|r| r.rule != "TRIAGE-5" && r.rule != "TRIAGE-6"));
}

#[test]
fn red_twice_in_seven_days_suggests_a_professional_review() {
    let d = Diary::new()
        .steady("2026-11-10", 3, 6.0, 1)
        .run("2026-11-10", 6.0, 36.0, None)
        .pain("2026-11-10", During, 7)
        .run("2026-11-13", 6.0, 36.0, None)
        .pain("2026-11-13", During, 6);
    let triage = today(&d, "2026-11-14").triage;
    assert!(
        triage.reasons.iter().any(|r| r.rule == "PAIN-2" && r.message.id == "triage-red-repeat"),
        "{triage:#?}"
    );
    assert!(triage.level >= TriageLevel::Physio);
}

#[test]
fn the_weekly_change_and_load_hint_are_at_most_amber() {
    // A quiet base, then a big week: WEEK-1 amber, LOAD-3 amber hint, SPIKE green (same distance).
    let mut d = Diary::new().steady("2026-11-09", 5, 5.0, 0);
    for i in 0..7 {
        d = d.run(&day("2026-11-09").plus_days(i).to_string(), 5.0, 30.0, Some(6));
    }
    let advice = today(&d, "2026-11-15");
    assert_eq!(advice.light, Light::Amber, "{:#?}", advice.reasons);
    assert!(flagged(&advice).contains(&"WEEK-1"));
}

#[test]
fn a_runner_who_reads_miles_reads_every_distance_in_miles() {
    // The spike-after-a-break week, read in miles: the same rules, the same light, and every
    // distance in a sentence given in miles (the numbers behind them stay metric).
    let d = Diary::new()
        .steady("2026-10-05", 6, 8.0, 1)
        .run("2026-11-09", 3.0, 20.0, Some(3))
        .pain("2026-11-09", After, 1)
        .pain("2026-11-10", Morning, 1)
        .run("2026-11-11", 10.0, 62.0, Some(5));
    let t = Thresholds::default();
    let on = day("2026-11-11");
    let km = advise(&d.history, &profile(), &d.answers, on, &t, DistanceUnit::Km);
    let mi = advise(&d.history, &profile(), &d.answers, on, &t, DistanceUnit::Mi);
    assert_eq!((km.light, km.suggested_max_m), (mi.light, mi.suggested_max_m));
    // Every distance a sentence gives, with the unit it is given in.
    fn distances(text: &Text, out: &mut Vec<(f64, DistanceUnit)>) {
        for (_, arg) in &text.args {
            match arg {
                Arg::Distance(m, unit) | Arg::WholeDistance(m, unit) => out.push((*m, *unit)),
                Arg::Text(inner) => distances(inner, out),
                _ => {}
            }
        }
    }
    let sentences = |a: &Advice| {
        let mut all = Vec::new();
        for text in a.reasons.iter().chain(&a.cap_note).map(|r| &r.message) {
            distances(text, &mut all);
        }
        all
    };
    let (in_km, in_mi) = (sentences(&km), sentences(&mi));
    // The unlogged 10 km run's DATA-1 sentence names it, in the runner's unit.
    let data1 = |a: &Advice| a.reasons.iter().find(|r| r.is("DATA-1")).unwrap().message.clone();
    assert_eq!(data1(&km).arg("distance"), Some(&Arg::Distance(10_000.0, DistanceUnit::Km)));
    assert_eq!(data1(&mi).arg("distance"), Some(&Arg::Distance(10_000.0, DistanceUnit::Mi)));
    assert!(!in_km.is_empty() && in_km.len() == in_mi.len(), "{in_km:?} {in_mi:?}");
    assert!(in_km.iter().all(|(_, u)| *u == DistanceUnit::Km), "{in_km:?}");
    assert!(in_mi.iter().all(|(_, u)| *u == DistanceUnit::Mi), "{in_mi:?}");
}

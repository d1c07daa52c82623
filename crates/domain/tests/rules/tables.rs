//! One table per rule, boundaries included.

use runwell_domain::DistanceUnit;
use runwell_domain::diary::PainMoment::{After, During, Morning};
use runwell_domain::load::{self, spike_light};
use runwell_domain::pain::{pain_status, score_light};
use runwell_domain::triage::{self, TriageLevel};
use runwell_domain::{HeartRate, Light, Sex, Thresholds};

use crate::support::{Diary, day};

#[test]
fn pain_1_and_2_lights_for_a_score() {
    let t = Thresholds::default();
    let check = |score: u8, light: Light| assert_eq!(score_light(score, &t), light, "{score}");
    check(0, Light::Green);
    check(2, Light::Green);
    check(3, Light::Amber);
    check(5, Light::Amber);
    check(6, Light::Red);
    check(10, Light::Red);
}

#[test]
fn pain_status_during_after_and_morning() {
    let t = Thresholds::default();
    // Each row: pain during, after, next morning (None = not logged), expected light.
    let check = |during: Option<i64>, after: Option<i64>, morning: Option<i64>, light: Light| {
        let mut d = Diary::new()
            .pain("2026-11-01", Morning, 1)
            .pain("2026-11-03", Morning, 1)
            .pain("2026-11-05", Morning, 1)
            .run("2026-11-09", 8.0, 48.0, Some(4));
        if let Some(s) = during {
            d = d.pain("2026-11-09", During, s);
        }
        if let Some(s) = after {
            d = d.pain("2026-11-09", After, s);
        }
        if let Some(s) = morning {
            d = d.pain("2026-11-10", Morning, s);
        }
        let status = pain_status(&d.history, day("2026-11-10"), &t);
        assert_eq!(status.light, light, "{during:?} {after:?} {morning:?}: {:#?}", status.reasons);
    };
    check(Some(2), Some(2), Some(1), Light::Green);
    check(Some(3), Some(2), Some(1), Light::Amber);
    check(Some(5), Some(5), Some(1), Light::Amber);
    check(Some(6), Some(2), Some(1), Light::Red);
    check(Some(2), Some(6), Some(1), Light::Red);
    // Not settled: above the usual morning level of 1.
    check(Some(2), Some(2), Some(2), Light::Red);
    // DATA-2: no morning entry after the run: not known, amber at best.
    check(Some(0), None, None, Light::Amber);
    // DATA-1: no during or after entry: not known, amber at best, however the morning was.
    check(None, None, Some(1), Light::Amber);
    check(None, None, None, Light::Amber);
    // Either entry is enough for the run's pain to be known.
    check(None, Some(1), Some(1), Light::Green);
}

#[test]
fn pain_2_usual_level_defaults_until_three_mornings_are_known() {
    let t = Thresholds::default();
    let d = Diary::new().run("2026-11-09", 8.0, 48.0, None).pain("2026-11-09", During, 1).pain(
        "2026-11-10",
        Morning,
        2,
    );
    // No earlier mornings: the usual level is the default 2, so 2 has settled.
    assert_eq!(pain_status(&d.history, day("2026-11-10"), &t).light, Light::Green);
    let d = d
        .pain("2026-11-11", Morning, 3)
        .run("2026-11-11", 8.0, 48.0, None)
        .pain("2026-11-11", During, 1)
        .pain("2026-11-12", Morning, 3);
    assert_eq!(pain_status(&d.history, day("2026-11-12"), &t).light, Light::Red);
    // While fewer than 3 are known the default is never above the highest known: after two
    // mornings at 0, a morning at 1 has not settled (a morning left out must not make the
    // usual level more forgiving).
    let check = |known: &[i64], next: i64, light: Light| {
        let mut d = Diary::new();
        for (i, m) in known.iter().enumerate() {
            d = d.pain(&format!("2026-11-0{}", i + 1), Morning, *m);
        }
        let d = d.run("2026-11-05", 8.0, 48.0, None).pain("2026-11-05", During, 1).pain(
            "2026-11-06",
            Morning,
            next,
        );
        let status = pain_status(&d.history, day("2026-11-06"), &t);
        assert_eq!(status.light, light, "{known:?} then {next}: {:#?}", status.reasons);
    };
    check(&[], 2, Light::Green);
    check(&[], 3, Light::Red);
    check(&[0, 0], 1, Light::Red);
    check(&[0, 0], 0, Light::Green);
    check(&[4, 4], 2, Light::Green);
    check(&[4, 4], 3, Light::Red);
    check(&[3, 3, 3], 3, Light::Green);
}

#[test]
fn pain_3_weekly_rise_of_one_point_is_red() {
    let t = Thresholds::default();
    // Previous week's mornings at 1, this week's at `now`.
    let check = |now: i64, light: Light| {
        let mut d = Diary::new();
        for i in 1..=7 {
            d = d.pain(&format!("2026-11-{i:02}"), Morning, 1);
        }
        for i in 8..=14 {
            d = d.pain(&format!("2026-11-{i:02}"), Morning, now);
        }
        let status = pain_status(&d.history, day("2026-11-14"), &t);
        let trend_red = status.reasons.iter().any(|r| r.is("PAIN-3"));
        assert_eq!(trend_red, light == Light::Red, "{now}");
    };
    check(1, Light::Green);
    check(2, Light::Red);
    check(5, Light::Red);
}

#[test]
fn spike_1_boundaries() {
    let t = Thresholds::default();
    let check = |spike: f64, light: Light| assert_eq!(spike_light(spike, &t), light, "{spike}");
    check(-0.5, Light::Green);
    check(0.10, Light::Green);
    check(0.1001, Light::Amber);
    check(0.30, Light::Amber);
    check(0.3001, Light::Red);
    check(1.5, Light::Red);
}

#[test]
fn spike_1_against_the_longest_run_of_the_previous_30_days() {
    let t = Thresholds::default();
    let check = |km: f64, light: Option<Light>| {
        let d = Diary::new()
            .run("2026-10-01", 30.0, 180.0, None) // more than 30 days before: ignored
            .run("2026-10-20", 10.0, 60.0, None)
            .run("2026-11-01", 8.0, 48.0, None)
            .run("2026-11-10", km, km * 6.0, None);
        let spike = load::last_run_spike(&d.history, day("2026-11-10"), &t);
        assert_eq!(spike.map(|s| s.light), light, "{km}");
    };
    check(11.0, Some(Light::Green)); // exactly +10 %
    check(11.01, Some(Light::Amber));
    check(13.0, Some(Light::Amber)); // exactly +30 %
    check(13.01, Some(Light::Red));
    check(25.0, Some(Light::Red));
}

#[test]
fn spike_1_cap_and_short_history() {
    let t = Thresholds::default();
    let d = Diary::new().run("2026-11-01", 10.0, 60.0, None).run("2026-11-05", 8.0, 48.0, None);
    let cap = load::spike_cap(&d.history, day("2026-11-10"), &t).unwrap();
    assert!((cap.km() - 11.0).abs() < 1e-9);
    // With less than 30 days of history the declared recent longest run counts too.
    let d = d.declared_longest(16.0);
    let cap = load::spike_cap(&d.history, day("2026-11-10"), &t).unwrap();
    assert!((cap.km() - 17.6).abs() < 1e-9);
    // After 30 days of history it no longer does.
    let d = d.run("2026-12-02", 10.0, 60.0, None);
    let cap = load::spike_cap(&d.history, day("2026-12-03"), &t).unwrap();
    assert!((cap.km() - 11.0).abs() < 1e-9);
    // A break handles itself: nothing in the last 30 days means no cap from history.
    assert!(load::spike_cap(&d.history, day("2027-02-01"), &t).is_none());
}

#[test]
fn week_1_boundaries() {
    let t = Thresholds::default();
    let check = |this_week: f64, light: Light| {
        let d = Diary::new().run("2026-11-03", 20.0, 120.0, None).run(
            "2026-11-10",
            this_week,
            60.0,
            None,
        );
        let week = load::week_change(&d.history, day("2026-11-10"), &t);
        assert_eq!(week.light, light, "{this_week}");
    };
    check(20.0, Light::Green);
    check(26.0, Light::Green); // exactly +30 %
    check(26.01, Light::Amber);
    check(40.0, Light::Amber);
    // WEEK-2: the optional conservative cap is the previous week plus 10 %.
    let d = Diary::new().run("2026-11-03", 20.0, 120.0, None);
    let week = load::week_change(&d.history, day("2026-11-10"), &t);
    assert!((week.conservative_cap_m.unwrap() - 22_000.0).abs() < 1e-6);
}

#[test]
fn load_1_session_load_with_the_stated_fallback() {
    let t = Thresholds::default();
    // 30 min at RPE 5 = 150; an unrated run of 20 min uses the median rated RPE (5) = 100.
    let d = Diary::new().run("2026-11-10", 5.0, 30.0, Some(5)).run("2026-11-10", 3.0, 20.0, None);
    let fallback = load::fallback_rpe(&d.history, &t);
    assert_eq!(fallback, 5.0);
    assert!((load::day_load(&d.history, day("2026-11-10"), fallback) - 250.0).abs() < 1e-9);
    // Nothing rated: the default RPE 4.
    let d = Diary::new().run("2026-11-10", 3.0, 20.0, None);
    assert_eq!(load::fallback_rpe(&d.history, &t), 4.0);
    // A strength session counts too (LOAD-1 works for strength sessions).
    let d = Diary::new().session("2026-11-10", 20.0, 3);
    assert!((load::day_load(&d.history, day("2026-11-10"), 4.0) - 60.0).abs() < 1e-9);
}

#[test]
fn load_2_ewma_and_load_3_first_ratio_on_the_28th_day() {
    let t = Thresholds::default();
    let mut d = Diary::new();
    for i in 0..40 {
        d = d.run(&day("2026-10-01").plus_days(i).to_string(), 5.0, 30.0, Some(4));
    }
    let on = |n: i32| load::load_trend(&d.history, day("2026-10-01").plus_days(n - 1), &t).unwrap();
    assert_eq!(on(27).days_of_data, 27);
    assert_eq!(on(27).ratio, None);
    assert!(on(28).ratio.is_some());
    assert!(on(28).rolling_ratio.is_some());
    // Day 1: acute = 0.25 × 120, chronic = 2/29 × 120.
    assert!((on(1).acute - 30.0).abs() < 1e-9);
    assert!((on(1).chronic - 120.0 * 2.0 / 29.0).abs() < 1e-9);
    // Constant load: the rolling ratio is exactly 1, and the EWMA ratio above 1 while chronic
    // catches up.
    assert!((on(35).rolling_ratio.unwrap() - 1.0).abs() < 1e-9);
    assert!(on(35).ratio.unwrap() > 1.0);
    // Identical days have no spread: monotony undefined rather than infinite.
    assert_eq!(on(35).monotony, None);
}

#[test]
fn load_3_blank_when_chronic_is_zero_and_amber_only_above_1_5() {
    let t = Thresholds::default();
    // A first run 40 days back, then nothing: chronic decays but stays above 0.
    let d = Diary::new().run("2026-10-01", 5.0, 30.0, Some(4));
    let trend = load::load_trend(&d.history, day("2026-11-10"), &t).unwrap();
    assert!(trend.ratio.is_some());
    assert!(load::load_reason(&trend, &t).is_none());
    // A big block after a quiet month: amber hint, never red.
    let mut d = Diary::new().run("2026-10-01", 5.0, 30.0, Some(3));
    for i in 0..7 {
        d = d.run(&day("2026-11-04").plus_days(i).to_string(), 15.0, 90.0, Some(7));
    }
    let trend = load::load_trend(&d.history, day("2026-11-10"), &t).unwrap();
    let reason = load::load_reason(&trend, &t).unwrap();
    assert_eq!(reason.light, Light::Amber);
    assert_eq!(reason.rule, Some("LOAD-3"));
}

#[test]
fn load_4_monotony_and_strain() {
    let t = Thresholds::default();
    // Loads over the week: 60 on three days, 0 on four (mean 25.71, population SD 29.69).
    let d = Diary::new()
        .run("2026-11-04", 2.0, 15.0, Some(4))
        .run("2026-11-06", 2.0, 15.0, Some(4))
        .run("2026-11-08", 2.0, 15.0, Some(4));
    let trend = load::load_trend(&d.history, day("2026-11-10"), &t).unwrap();
    let mean: f64 = 180.0 / 7.0;
    let sd = ((3.0 * (60.0 - mean).powi(2) + 4.0 * mean.powi(2)) / 7.0_f64).sqrt();
    assert!((trend.monotony.unwrap() - mean / sd).abs() < 1e-9);
    assert!((trend.strain.unwrap() - 180.0 * mean / sd).abs() < 1e-6);
}

#[test]
fn load_5_trimp_worked_example() {
    let hr = |b| HeartRate::new(b).unwrap();
    let male = load::trimp(45.0, hr(150), hr(60), hr(190), Some(Sex::Male)).unwrap();
    assert!((male - 75.4).abs() < 0.1, "{male}");
    let female = load::trimp(45.0, hr(150), hr(60), hr(190), Some(Sex::Female)).unwrap();
    let unknown = load::trimp(45.0, hr(150), hr(60), hr(190), None).unwrap();
    assert!((unknown - (male + female) / 2.0).abs() < 1e-9);
    assert!(load::trimp(45.0, hr(150), hr(190), hr(190), None).is_none());
}

#[test]
fn triage_levels_per_question_group() {
    let t = Thresholds::default();
    let check = |key: &str, level: TriageLevel| {
        let d = Diary::new().answer("2026-11-10", key, true);
        let result = triage::evaluate(&d.answers, &d.history, day("2026-11-10"), &t);
        assert_eq!(result.level, level, "{key}");
        assert_eq!(result.running_suspended, level >= TriageLevel::Urgent, "{key}");
    };
    for q in triage::QUESTIONS {
        check(q.key, q.level);
    }
    check("cannot_bear_weight", TriageLevel::Emergency);
    check("limping", TriageLevel::Urgent);
    check("history_of_cancer", TriageLevel::Soon);
    check("clicking_catching_locking", TriageLevel::Physio);
    check("pain_on_single_leg_stand", TriageLevel::SelfManage);
}

#[test]
fn triage_keys_are_the_fixed_ones() {
    let keys: Vec<&str> = triage::QUESTIONS.iter().map(|q| q.key).collect();
    assert_eq!(
        keys,
        [
            "cannot_bear_weight",
            "after_fall_or_injury",
            "cannot_move_hip",
            "fever_or_hot_swollen_joint",
            "numb_cold_or_pale_leg",
            "groin_pain_with_running",
            "night_or_rest_pain",
            "limping",
            "pain_landing_or_standing_on_leg",
            "unexplained_weight_loss",
            "history_of_cancer",
            "constant_night_pain",
            "long_morning_stiffness_or_many_joints",
            "sharp_pain",
            "severe_pain",
            "limits_daily_life",
            "clicking_catching_locking",
            "pain_on_single_leg_stand"
        ]
    );
}

#[test]
fn triage_nothing_answered_is_none_and_all_no_is_self_manage() {
    let t = Thresholds::default();
    let d = Diary::new();
    assert_eq!(
        triage::evaluate(&d.answers, &d.history, day("2026-11-10"), &t).level,
        TriageLevel::None
    );
    let d = d.answer("2026-11-10", "limping", false);
    assert_eq!(
        triage::evaluate(&d.answers, &d.history, day("2026-11-10"), &t).level,
        TriageLevel::SelfManage
    );
}

#[test]
fn triage_7_only_without_a_red_flag() {
    let t = Thresholds::default();
    let d = Diary::new().answer("2026-11-10", "pain_on_single_leg_stand", true).answer(
        "2026-11-10",
        "limping",
        true,
    );
    let result = triage::evaluate(&d.answers, &d.history, day("2026-11-10"), &t);
    assert!(result.reasons.iter().all(|r| r.rule != "TRIAGE-7"));
    assert_eq!(result.level, TriageLevel::Urgent);
}

#[test]
fn triage_4_from_the_diary() {
    let t = Thresholds::default();
    let check = |score: i64, sharp: bool, level: TriageLevel| {
        let mut d = Diary::new().pain("2026-11-08", After, score);
        if sharp {
            d = d.sharp();
        }
        assert_eq!(
            triage::evaluate(&d.answers, &d.history, day("2026-11-10"), &t).level,
            level,
            "{score} {sharp}"
        );
    };
    check(6, false, TriageLevel::None);
    check(7, false, TriageLevel::Physio);
    check(3, true, TriageLevel::Physio);
}

#[test]
fn nrs_1_meaningful_improvement() {
    let t = Thresholds::default();
    // Baseline week at `base`, the current week (two weeks on) at `now`.
    let check = |base: i64, now: i64, meaningful: bool| {
        let mut d = Diary::new();
        for i in 0..7 {
            d = d.pain(&day("2026-11-01").plus_days(i).to_string(), Morning, base);
        }
        for i in 14..21 {
            d = d.pain(&day("2026-11-01").plus_days(i).to_string(), Morning, now);
        }
        let imp = triage::improvement(&d.history, day("2026-11-21"), &t).unwrap();
        assert_eq!(imp.meaningful, meaningful, "{base} → {now}");
    };
    check(6, 4, true); // 2 points
    check(6, 5, false); // 1 point, 17 %
    check(3, 2, true); // 1 point but 33 %
    check(5, 4, false); // 20 %
    check(4, 5, false);
}

/// The words both front ends show come from here; the lower triage levels inform.
#[test]
fn verdicts_levels_and_progression_in_words() {
    use runwell_domain::advice::advise;

    use crate::support::profile;
    let mut a = advise(
        &Diary::new().history,
        &profile(),
        &[],
        day("2026-11-30"),
        &Thresholds::default(),
        DistanceUnit::Km,
    );
    assert!(a.first_visit);
    assert_eq!(a.verdict(), "runwell cannot judge yet: log your first run");
    a.first_visit = false;
    for (light, suspended, expected) in [
        (Light::Green, false, "You may run, and may progress"),
        (Light::Amber, false, "You may run; hold your load"),
        (Light::Red, false, "Reduce your running"),
        (Light::Green, true, "Running is paused"),
    ] {
        (a.light, a.running_suspended) = (light, suspended);
        assert_eq!(a.verdict(), expected);
    }
    a.may_progress_exercises = true;
    assert!(a.progression_note().starts_with("Exercise levels may move up"));
    a.may_progress_exercises = false;
    assert!(a.progression_note().starts_with("Keep exercise levels"));
    assert_eq!(TriageLevel::Physio.words(), "Consider seeing a physiotherapist");
    assert!(TriageLevel::Emergency.words().starts_with("Emergency"));
}

#[test]
fn a_week_without_running_has_no_light_unless_its_pain_warns() {
    let t = Thresholds::default();
    // Week of 2 Nov: runs; week of 9 Nov: nothing at all; week of 16 Nov: rest with a painful
    // morning; week of 23 Nov: rest with a calm morning.
    let d = Diary::new()
        .run("2026-11-03", 6.0, 36.0, Some(4))
        .pain("2026-11-04", Morning, 1)
        .pain("2026-11-17", Morning, 7)
        .pain("2026-11-25", Morning, 0);
    let rows = runwell_domain::trend::weekly_trend(
        &d.history,
        &crate::support::profile(),
        &[],
        day("2026-11-29"),
        4,
        &t,
    );
    let lights: Vec<_> = rows.iter().map(|r| (r.week_start.to_string(), r.light)).collect();
    assert!(lights[0].1.is_some(), "a week with a run has its light: {lights:?}");
    assert_eq!(lights[1].1, None, "an empty week is not green: {lights:?}");
    assert_eq!(lights[2].1, Some(Light::Red), "a painful rest week still warns: {lights:?}");
    assert_ne!(lights[3].1, Some(Light::Green), "a rest week is never green: {lights:?}");
}

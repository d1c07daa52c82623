//! One table per DATA rule (EVIDENCE.md: incomplete, late and uncertain records), boundaries
//! included.

use runwell_domain::DistanceUnit;
use runwell_domain::advice::{Action, Advice, advise};
use runwell_domain::diary::PainMoment::{After, During, Morning, Night};
use runwell_domain::load;
use runwell_domain::pain::{PainState, pain_status};
use runwell_domain::triage::{self, TriageLevel};
use runwell_domain::{Light, Thresholds};

use crate::support::{Diary, day, profile};

fn today(d: &Diary, on: &str) -> Advice {
    advise(&d.history, &profile(), &d.answers, day(on), &Thresholds::default(), DistanceUnit::Km)
}

/// Three settled mornings at 1 and a run of 8 km on 2026-11-09 with nothing logged for it.
fn base() -> Diary {
    Diary::new()
        .pain("2026-11-05", Morning, 1)
        .pain("2026-11-06", Morning, 1)
        .pain("2026-11-07", Morning, 1)
        .run("2026-11-09", 8.0, 48.0, Some(4))
}

#[test]
fn data_1_a_run_without_pain_logged_by_the_end_of_the_next_day_is_not_known() {
    let t = Thresholds::default();
    // Each row: the day the "after" entry is dated (None: none logged), the state on 11-11.
    let check = |after_on: Option<&str>, state: PainState| {
        let mut d = base().pain("2026-11-10", Morning, 1);
        if let Some(on) = after_on {
            d = d.pain(on, After, 1);
        }
        let status = pain_status(&d.history, day("2026-11-11"), &t);
        assert_eq!(status.state, state, "{after_on:?}: {:#?}", status.reasons);
        let asked = status.missing.iter().any(|m| m.rule == "DATA-1");
        assert_eq!(asked, state == PainState::NotKnown, "{after_on:?}");
    };
    check(Some("2026-11-09"), PainState::Green);
    // The next day still counts for the run…
    check(Some("2026-11-10"), PainState::Green);
    // …the day after does not.
    check(Some("2026-11-11"), PainState::NotKnown);
    check(None, PainState::NotKnown);
    // An entry linked to the run counts whatever day it is dated.
    let d = base();
    let run = d.last_run_id();
    let d = d.pain("2026-11-10", Morning, 1).pain_for_run(run, "2026-11-11", After, 1);
    assert_eq!(pain_status(&d.history, day("2026-11-11"), &t).state, PainState::Green);
    // Not known is amber at best, and asks for the entry prefilled with the run and its day.
    let advice = today(&base().pain("2026-11-10", Morning, 1), "2026-11-11");
    assert_eq!(advice.metrics.pain.light, Light::Amber);
    assert!(!advice.may_progress_exercises);
    let ask = advice.asks.iter().find(|a| a.rule == "DATA-1").expect("asks for the entry");
    assert_eq!(
        ask.action,
        Action::LogPain {
            run_id: Some(base().last_run_id()),
            run_day: day("2026-11-09"),
            day: day("2026-11-09"),
            moment: After,
        }
    );
}

#[test]
fn data_2_the_morning_check_is_the_first_morning_in_the_two_days_after() {
    let t = Thresholds::default();
    // Each row: mornings after the 11-09 run (day, score), the day asked, the expected state.
    let check = |mornings: &[(&str, i64)], on: &str, state: PainState| {
        let mut d = base().pain("2026-11-09", During, 1);
        for (m_day, score) in mornings {
            d = d.pain(m_day, Morning, *score);
        }
        let status = pain_status(&d.history, day(on), &t);
        assert_eq!(status.state, state, "{mornings:?} on {on}: {:#?}", status.reasons);
    };
    // On the run's own day the morning is not due yet.
    check(&[], "2026-11-09", PainState::Green);
    // From the next day, no morning entry is not known.
    check(&[], "2026-11-10", PainState::NotKnown);
    check(&[("2026-11-10", 1)], "2026-11-10", PainState::Green);
    // The second day after still counts…
    check(&[("2026-11-11", 1)], "2026-11-12", PainState::Green);
    // …the third does not.
    check(&[("2026-11-12", 1)], "2026-11-12", PainState::NotKnown);
    // The first morning decides the check: 4 then 1 is not settled.
    check(&[("2026-11-10", 4), ("2026-11-11", 1)], "2026-11-11", PainState::Red);
    // Any morning since the last run above the usual level is not settled, whichever day.
    check(&[("2026-11-10", 1), ("2026-11-13", 3)], "2026-11-13", PainState::Red);
    // The morning asked for is the one after the run.
    let status = pain_status(&base().pain("2026-11-09", During, 1).history, day("2026-11-10"), &t);
    let missing = status.missing.iter().find(|m| m.rule == "DATA-2").unwrap();
    assert_eq!((missing.day, missing.moment), (day("2026-11-10"), Morning));
}

#[test]
fn data_3_red_lasts_until_a_run_clears_it_or_two_settled_mornings_make_it_amber() {
    let t = Thresholds::default();
    // A red day (pain after 7) on 11-09, then the mornings given, asked on 11-13.
    let check = |mornings: &[(&str, i64)], state: PainState| {
        let mut d = base().pain("2026-11-09", After, 7);
        for (m_day, score) in mornings {
            d = d.pain(m_day, Morning, *score);
        }
        let status = pain_status(&d.history, day("2026-11-13"), &t);
        assert_eq!(status.state, state, "{mornings:?}: {:#?}", status.reasons);
        assert_eq!(status.red_since, Some(day("2026-11-09")), "{mornings:?}");
    };
    // Rest alone never turns red into green.
    check(&[], PainState::Red);
    check(&[("2026-11-10", 1)], PainState::Red);
    // The second settled morning in a row makes it amber.
    check(&[("2026-11-10", 1), ("2026-11-11", 1)], PainState::Returning);
    check(&[("2026-11-10", 1), ("2026-11-12", 1)], PainState::Red);
    // A morning that does not settle undoes the pair; two settled after it count again.
    check(&[("2026-11-10", 1), ("2026-11-11", 1), ("2026-11-12", 4)], PainState::Red);
    check(&[("2026-11-10", 4), ("2026-11-11", 1), ("2026-11-12", 1)], PainState::Returning);
    // A later run with no pain logged does not clear red…
    let red = base().pain("2026-11-09", After, 7).pain("2026-11-10", Morning, 3);
    let unlogged = red.clone().run("2026-11-11", 5.0, 30.0, None);
    assert_eq!(pain_status(&unlogged.history, day("2026-11-12"), &t).state, PainState::Red);
    // …nor one whose morning is not known yet…
    let logged = unlogged.clone().pain("2026-11-11", After, 1);
    assert_eq!(pain_status(&logged.history, day("2026-11-12"), &t).state, PainState::Red);
    // …a run judged in full does.
    let cleared = logged.pain("2026-11-12", Morning, 1);
    assert_eq!(pain_status(&cleared.history, day("2026-11-12"), &t).state, PainState::Green);
}

#[test]
fn data_4_the_cap_on_an_amber_or_red_day_is_never_above_the_last_green_load() {
    // Three weeks of 8 km and one of 8.8 km (+10 %), all green; then a 12 km spike (+36 % on
    // 8.8 km, red) with its pain green and its morning settled.
    let base = Diary::new().steady("2026-11-09", 3, 8.0, 1);
    let base = base.run("2026-11-07", 8.8, 53.0, Some(4)).pain("2026-11-07", After, 1);
    let spike = base
        .clone()
        .run("2026-11-09", 12.0, 72.0, Some(6))
        .pain("2026-11-09", After, 1)
        .pain("2026-11-09", Morning, 1)
        .pain("2026-11-10", Morning, 1);
    let red = today(&spike, "2026-11-10");
    assert_eq!(red.light, Light::Red, "{:#?}", red.reasons);
    // The cap is the 30-day longest before the spike that stayed green, not the spike itself
    // (nor 10 % above it).
    assert_eq!(red.suggested_max_m, Some(8_800.0));
    assert_eq!(red.metrics.last_green.as_ref().map(|g| g.distance_m), Some(8_800.0));
    assert_eq!(red.cap_note.as_ref().and_then(|n| n.rule), Some("DATA-4"));
    // An amber day holds at the last run, never above the last green load.
    let amber = base
        .clone()
        .run("2026-11-09", 8.0, 48.0, Some(4))
        .pain("2026-11-09", After, 4)
        .pain("2026-11-10", Morning, 1);
    let advice = today(&amber, "2026-11-10");
    assert_eq!(advice.light, Light::Amber, "{:#?}", advice.reasons);
    assert_eq!(advice.suggested_max_m, Some(8_000.0));
    // A green day may go 10 % above the longest run of the 30 days before today.
    let green = base.pain("2026-11-08", Morning, 1);
    let advice = today(&green, "2026-11-09");
    assert_eq!(advice.light, Light::Green, "{:#?}", advice.reasons);
    assert!((advice.suggested_max_m.unwrap() - 9_680.0).abs() < 1e-6);
}

#[test]
fn data_5_no_basis_no_cap() {
    // Each row: a declared recent longest run (km, day declared), the cap, the light.
    let check = |d: Diary, on: &str, cap: Option<f64>, light: Light| {
        let advice = today(&d, on);
        assert_eq!(advice.suggested_max_m, cap, "{on}: {:#?}", advice.reasons);
        assert_eq!(advice.light, light, "{on}: {:#?}", advice.reasons);
    };
    // Nothing at all: no cap, amber, and it asks for the recent longest run.
    check(Diary::new(), "2026-11-10", None, Light::Amber);
    assert!(
        today(&Diary::new(), "2026-11-10").asks.iter().any(|a| a.action == Action::RecentLongest)
    );
    // Declared and nothing logged: hold at it (it stands in for the last green load).
    check(Diary::new().declared_longest(12.0), "2026-11-10", Some(12_000.0), Light::Amber);
    // After a break, an old declaration is no basis; a fresh one is.
    let after_break = Diary::new().steady("2026-09-01", 4, 8.0, 1);
    check(after_break.clone(), "2026-11-10", None, Light::Amber);
    check(after_break.clone().declared_on(5.0, "2026-08-01"), "2026-11-10", None, Light::Amber);
    let fresh = after_break.declared_on(5.0, "2026-11-08");
    let advice = today(&fresh, "2026-11-10");
    assert!((advice.suggested_max_m.unwrap() - 5_500.0).abs() < 1e-6, "{:#?}", advice.reasons);
    assert!(advice.asks.iter().all(|a| a.action != Action::RecentLongest));
}

#[test]
fn data_6_night_pain() {
    let t = Thresholds::default();
    // Each row: night entries (day, score), the triage level and whether Today asks first.
    let check = |nights: &[(&str, i64)], level: TriageLevel, asks: bool| {
        let mut d = Diary::new().steady("2026-11-09", 3, 8.0, 1);
        for (n_day, score) in nights {
            d = d.pain(n_day, Night, *score);
        }
        let advice = today(&d, "2026-11-10");
        assert_eq!(advice.triage.level, level, "{nights:?}: {:#?}", advice.triage);
        let asked = advice.asks.first().is_some_and(
            |a| matches!(a.action, Action::Check { key, .. } if key == "night_or_rest_pain"),
        );
        assert_eq!(asked, asks, "{nights:?}");
        if asks && level < TriageLevel::Urgent {
            // One such night holds the light at amber at best.
            assert_eq!(advice.light, Light::Amber, "{nights:?}");
        }
    };
    check(&[("2026-11-10", 2)], TriageLevel::None, false);
    check(&[("2026-11-10", 3)], TriageLevel::None, true);
    check(&[("2026-11-04", 3), ("2026-11-10", 3)], TriageLevel::Urgent, true);
    // The window is the last 7 nights: 11-03 is out of it on 11-10.
    check(&[("2026-11-03", 3), ("2026-11-10", 3)], TriageLevel::None, true);
    // Answering the check after the latest such night lifts it.
    let d = Diary::new().pain("2026-11-08", Night, 4).pain("2026-11-09", Night, 5);
    let level = |d: &Diary| triage::evaluate(&d.answers, &d.history, day("2026-11-10"), &t).level;
    assert_eq!(
        level(&d.clone().answer("2026-11-08", "night_or_rest_pain", false)),
        TriageLevel::Urgent
    );
    assert_eq!(
        level(&d.clone().answer("2026-11-09", "night_or_rest_pain", false)),
        TriageLevel::SelfManage
    );
    assert_eq!(level(&d.answer("2026-11-10", "night_or_rest_pain", true)), TriageLevel::Urgent);
}

#[test]
fn data_7_exercise_session_pain_is_pain_during_activity() {
    // Each row: the pain answered in a strength session on 11-10, the pain light that day and
    // the triage level.
    let check = |pain: i64, light: Light, level: TriageLevel| {
        let d = Diary::new().steady("2026-11-09", 3, 8.0, 1).pain("2026-11-09", Morning, 1);
        let d = d.strength("2026-11-10", pain);
        let advice = today(&d, "2026-11-10");
        assert_eq!(advice.metrics.pain.light, light, "{pain}: {:#?}", advice.reasons);
        assert_eq!(advice.triage.level, level, "{pain}");
        assert_eq!(advice.may_progress_exercises, light == Light::Green, "{pain}: PROG-2");
    };
    check(2, Light::Green, TriageLevel::None);
    check(3, Light::Amber, TriageLevel::None);
    check(6, Light::Red, TriageLevel::None);
    check(7, Light::Red, TriageLevel::Physio);
}

#[test]
fn data_8_a_diary_triage_4_sign_holds_for_14_days_or_until_a_newer_check() {
    let t = Thresholds::default();
    let level = |d: &Diary, on: &str| triage::evaluate(&d.answers, &d.history, day(on), &t).level;
    for (sign, d) in [
        ("severe", Diary::new().pain("2026-11-01", After, 8)),
        ("sharp", Diary::new().pain("2026-11-01", After, 3).sharp()),
    ] {
        assert_eq!(level(&d, "2026-11-14"), TriageLevel::Physio, "{sign}: day 14");
        assert_eq!(level(&d, "2026-11-15"), TriageLevel::None, "{sign}: day 15");
    }
    let severe = Diary::new().pain("2026-11-01", After, 8);
    // A check before the entry does not answer it; one on or after it does.
    let before = severe.clone().answer("2026-10-31", "severe_pain", false);
    assert_eq!(level(&before, "2026-11-05"), TriageLevel::Physio);
    let after = severe.answer("2026-11-02", "severe_pain", false);
    assert_eq!(level(&after, "2026-11-05"), TriageLevel::SelfManage);
}

#[test]
fn data_9_windows_and_entries_after_today() {
    let t = Thresholds::default();
    // "The previous 30 days" of a run on D is D−30 … D−1.
    let check = |back: i32, counted: bool| {
        let d =
            Diary::new().run(&day("2026-11-10").plus_days(-back).to_string(), 20.0, 120.0, None);
        let longest = load::longest_before(&d.history, day("2026-11-10"), &t).map(|l| l.km());
        assert_eq!(longest == Some(20.0), counted, "{back} days before");
    };
    check(0, false);
    check(1, true);
    check(30, true);
    check(31, false);
    // WEEK-1: the 7 days ending today against the 7 before; none when those are empty.
    let d = Diary::new().run("2026-11-04", 10.0, 60.0, None).run("2026-11-10", 14.0, 80.0, None);
    let week = load::week_change(&d.history, day("2026-11-10"), &t);
    assert_eq!((week.this_week_m, week.previous_week_m), (24_000.0, 0.0));
    assert_eq!(week.change, None);
    let d = d.run("2026-11-03", 10.0, 60.0, None);
    let week = load::week_change(&d.history, day("2026-11-10"), &t);
    assert_eq!((week.this_week_m, week.previous_week_m), (24_000.0, 10_000.0));
    // Entries dated after today are ignored.
    let d = Diary::new().steady("2026-11-09", 3, 8.0, 1).pain("2026-11-09", Morning, 1);
    let later = d
        .clone()
        .pain("2026-11-11", Night, 8)
        .pain("2026-11-12", Night, 8)
        .run("2026-11-12", 30.0, 180.0, None)
        .pain("2026-11-12", After, 9);
    let (now, with_later) = (today(&d, "2026-11-10"), today(&later, "2026-11-10"));
    assert_eq!(now.light, with_later.light);
    assert_eq!(now.suggested_max_m, with_later.suggested_max_m);
    assert_eq!(now.triage.level, with_later.triage.level);
}

//! Runners whose diary has gaps, day by day: what Today says must never be greener than what is
//! known (EVIDENCE.md, DATA rules).

use runwell_domain::DistanceUnit;
use runwell_domain::advice::{Action, Advice, advise};
use runwell_domain::diary::PainMoment::{After, Morning};
use runwell_domain::pain::PainState;
use runwell_domain::triage::TriageLevel;
use runwell_domain::{Light, Thresholds};

use crate::support::{Diary, day, profile};

fn today(d: &Diary, on: &str) -> Advice {
    advise(&d.history, &profile(), &d.answers, day(on), &Thresholds::default(), DistanceUnit::Km)
}

/// Four weeks of 12 km on Mondays and Wednesdays and 15 km on Saturdays, all green, with the
/// pain after each run and every morning logged — the runner of issue 11 before her red day.
fn a_month_of_green_running() -> Diary {
    let mut d = Diary::new();
    for back in (1..=28).rev() {
        let on = day("2026-11-16").plus_days(-back);
        let text = on.to_string();
        let km = match on.weekday() {
            runwell_domain::Weekday::Mon | runwell_domain::Weekday::Wed => Some(12.0),
            runwell_domain::Weekday::Sat => Some(15.0),
            _ => None,
        };
        if let Some(km) = km {
            d = d.run(&text, km, km * 6.0, Some(4)).pain(&text, After, 1);
        }
        d = d.pain(&text, Morning, 1);
    }
    d
}

#[test]
fn a_red_day_then_an_unlogged_run_is_not_green_the_next_day() {
    // Saturday 14 November: 15 km, sharp pain 6 after it; Sunday's morning 4, not settled.
    let d = a_month_of_green_running();
    let d = d.pain("2026-11-14", After, 6).sharp().pain("2026-11-15", Morning, 4);
    let red = today(&d, "2026-11-15");
    assert_eq!(red.light, Light::Red);
    // The cap on the red day is the longest run that stayed green before it, 15 km on the 7th,
    // never 10 % above the run that hurt.
    assert_eq!(red.suggested_max_m, Some(15_000.0));
    assert_eq!(red.metrics.last_green.as_ref().and_then(|g| g.day), Some(day("2026-11-07")));
    // Monday 16th: 5 km, no pain logged, no morning logged since.
    let d = d.run("2026-11-16", 5.0, 30.0, Some(3));
    let run = d.last_run_id();
    for on in ["2026-11-16", "2026-11-17"] {
        let advice = today(&d, on);
        assert_eq!(advice.light, Light::Red, "{on}: {:#?}", advice.reasons);
        assert_ne!(advice.metrics.pain.state, PainState::Green, "{on}");
        assert!(!advice.may_progress_exercises, "{on}");
        assert!(advice.suggested_max_m.is_none_or(|c| c <= 15_000.0), "{on}");
        // The sharp pain keeps the physio suggestion for 14 days (DATA-8).
        assert_eq!(advice.triage.level, TriageLevel::Physio, "{on}");
        // Today asks for the missing entry, prefilled with the run and its day.
        assert!(
            advice.asks.iter().any(|a| a.action
                == Action::LogPain {
                    run_id: Some(run),
                    run_day: day("2026-11-16"),
                    day: day("2026-11-16"),
                    moment: After,
                }),
            "{on}: {:#?}",
            advice.asks
        );
    }
    // She logs it: pain 1 after the run, 1 the next morning. The run clears the red day.
    let d = d.pain("2026-11-16", After, 1).pain("2026-11-17", Morning, 1);
    let cleared = today(&d, "2026-11-17");
    assert_eq!(cleared.metrics.pain.state, PainState::Green, "{:#?}", cleared.reasons);
    assert_eq!(cleared.metrics.pain.red_since, None);
}

#[test]
fn red_then_eight_days_of_rest_is_never_green() {
    let d = a_month_of_green_running().pain("2026-11-14", After, 7);
    // No mornings logged: red every day of the rest.
    for i in 0..=8 {
        let on = day("2026-11-15").plus_days(i).to_string();
        let advice = today(&d, &on);
        assert_eq!(advice.light, Light::Red, "{on}: {:#?}", advice.reasons);
        assert!(advice.reasons.iter().any(|r| r.is("DATA-3")), "{on}");
    }
    // Settled mornings every day: red until the second, then amber at the last green load,
    // and never green while no run is judged.
    let mut d = d;
    for i in 0..=8 {
        d = d.pain(&day("2026-11-15").plus_days(i).to_string(), Morning, 1);
    }
    for i in 0..=8 {
        let on = day("2026-11-15").plus_days(i).to_string();
        let advice = today(&d, &on);
        let expected = if i == 0 { Light::Red } else { Light::Amber };
        assert_eq!(advice.light, expected, "{on}: {:#?}", advice.reasons);
        if i > 0 {
            assert_eq!(advice.metrics.pain.state, PainState::Returning, "{on}");
            assert_eq!(advice.suggested_max_m, Some(15_000.0), "{on}");
        }
    }
}

#[test]
fn a_first_visit_says_it_cannot_judge() {
    let advice = today(&Diary::new(), "2026-11-10");
    assert!(advice.first_visit);
    assert_eq!(advice.light, Light::Amber);
    assert!(!advice.may_progress_exercises);
    assert_eq!(advice.suggested_max_m, None);
    assert!(advice.reasons.iter().any(|r| r.is("DATA-5") && r.message.id == "advice-first-visit"));
    let actions: Vec<&Action> = advice.asks.iter().map(|a| &a.action).collect();
    assert_eq!(actions, [&Action::RecentLongest, &Action::LogRun]);
}

#[test]
fn a_first_run_with_nothing_declared() {
    let d = Diary::new().run("2026-11-10", 5.0, 30.0, Some(3)).pain("2026-11-10", After, 1);
    // On the day: no run before today and nothing declared, so no basis and no cap.
    let first = today(&d, "2026-11-10");
    assert!(!first.first_visit);
    assert_eq!(first.light, Light::Amber, "{:#?}", first.reasons);
    assert_eq!(first.suggested_max_m, None);
    assert!(first.asks.iter().any(|a| a.action == Action::RecentLongest));
    // The next day, morning settled: the run itself had nothing to compare with, so it cannot
    // count as a green load and there is still no cap.
    let d = d.pain("2026-11-11", Morning, 1);
    let next = today(&d, "2026-11-11");
    assert_eq!(next.metrics.pain.state, PainState::Green);
    assert_eq!(next.light, Light::Amber, "{:#?}", next.reasons);
    assert!(next.reasons.iter().any(|r| r.is("DATA-5") && r.message.id == "advice-run-no-basis"));
    assert_eq!(next.suggested_max_m, None);
    // She answers the question: 8 km. The first run now compares well, and Today is green.
    let d = d.declared_on(8.0, "2026-11-11");
    let answered = today(&d, "2026-11-11");
    assert_eq!(answered.light, Light::Green, "{:#?}", answered.reasons);
    assert!((answered.suggested_max_m.unwrap() - 8_800.0).abs() < 1e-6);
    assert!(answered.asks.iter().all(|a| a.action != Action::RecentLongest));
}

#[test]
fn a_painful_strength_session() {
    // A green week, then Tuesday's strength session hurts at 7.
    let d = a_month_of_green_running().pain("2026-11-16", Morning, 1).strength("2026-11-17", 7);
    let tuesday = today(&d, "2026-11-17");
    assert_eq!(tuesday.light, Light::Red, "{:#?}", tuesday.reasons);
    assert!(
        tuesday.reasons.iter().any(|r| r.is("PAIN-1") && r.message.mentions("pain-when-session"))
    );
    assert_eq!(tuesday.triage.level, TriageLevel::Physio, "severe session pain is TRIAGE-4");
    assert!(!tuesday.may_progress_exercises);
    // Red lasts through Wednesday; two settled mornings make it amber, not green.
    assert_eq!(today(&d, "2026-11-18").light, Light::Red);
    let d = d.pain("2026-11-18", Morning, 1).pain("2026-11-19", Morning, 1);
    let thursday = today(&d, "2026-11-19");
    assert_eq!(thursday.light, Light::Amber, "{:#?}", thursday.reasons);
    assert_eq!(thursday.metrics.pain.state, PainState::Returning);
    // A run judged green in full clears it.
    let d = d.run("2026-11-19", 10.0, 60.0, Some(4)).pain("2026-11-19", After, 1).pain(
        "2026-11-20",
        Morning,
        1,
    );
    assert_eq!(today(&d, "2026-11-20").metrics.pain.state, PainState::Green);
}

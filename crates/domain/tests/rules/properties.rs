//! Properties that must hold for any diary.

use proptest::prelude::*;
use runwell_domain::DistanceUnit;
use runwell_domain::advice::{Advice, advise};
use runwell_domain::diary::PainMoment;
use runwell_domain::trend::{self, ImprovementLabel};
use runwell_domain::triage::{self, QUESTIONS};
use runwell_domain::{Light, PainScore, Thresholds};

use crate::support::{Diary, day, profile};

const TODAY: &str = "2026-11-30";

const MOMENTS: [PainMoment; 5] = [
    PainMoment::During,
    PainMoment::After,
    PainMoment::Morning,
    PainMoment::Daily,
    PainMoment::Night,
];

/// A diary over the four weeks before TODAY: runs, pain entries (some sharp, some linked to a
/// run), strength sessions with their pain and a declared recent longest run, at random.
fn diary() -> impl Strategy<Value = Diary> {
    let runs = prop::collection::vec((0i32..28, 1.0f64..25.0, prop::option::of(0i64..=10)), 0..16);
    let pains = prop::collection::vec(
        (0i32..28, 0usize..5, 0i64..=10, any::<bool>(), prop::option::of(0usize..16)),
        0..30,
    );
    let sessions = prop::collection::vec((0i32..28, 0i64..=10), 0..4);
    let declared = prop::option::of((1.0f64..20.0, 0i32..40));
    (runs, pains, sessions, declared).prop_map(|(runs, pains, sessions, declared)| {
        let on = |back: i32| day(TODAY).plus_days(-back).to_string();
        let mut d = Diary::new();
        for (back, km, rpe) in runs {
            d = d.run(&on(back), km, km * 6.0, rpe);
        }
        let run_ids: Vec<i64> = d.history.runs.iter().map(|r| r.id).collect();
        for (back, moment, score, sharp, link) in pains {
            let moment = MOMENTS[moment];
            let linked = link.and_then(|i| run_ids.get(i)).copied();
            d = match linked {
                Some(run) if matches!(moment, PainMoment::During | PainMoment::After) => {
                    d.pain_for_run(run, &on(back), moment, score)
                }
                _ => d.pain(&on(back), moment, score),
            };
            if sharp && score >= 5 {
                d = d.sharp();
            }
        }
        for (back, pain) in sessions {
            d = d.strength(&on(back), pain);
        }
        if let Some((km, back)) = declared {
            d = d.declared_on(km, &on(back));
        }
        d
    })
}

fn advice(d: &Diary) -> Advice {
    advise(&d.history, &profile(), &d.answers, day(TODAY), &Thresholds::default(), DistanceUnit::Km)
}

fn light_with(d: &Diary, t: &Thresholds) -> Light {
    advise(&d.history, &profile(), &d.answers, day(TODAY), t, DistanceUnit::Km).light
}

/// The light without entry `i`, and the greenest light the entry gives at any score.
fn gap_and_best(d: &Diary, i: usize, t: &Thresholds) -> (Light, Light) {
    let mut removed = d.clone();
    removed.history.pain.remove(i);
    let best = (0..=10)
        .map(|score| {
            let mut at = d.clone();
            at.history.pain[i].score = PainScore::new(score).unwrap();
            light_with(&at, t)
        })
        .min()
        .unwrap();
    (light_with(&removed, t), best)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, max_global_rejects: 20_000, ..ProptestConfig::default() })]

    /// The trend reads the diary in one pass; each week's light must still be the worst of the
    /// full advice of each of its days, as if every day were asked for on its own.
    #[test]
    fn the_trend_in_one_pass_gives_each_week_the_advice_own_lights(d in diary()) {
        trend_matches_each_days_advice(&d)?;
        // The same diary without entries linked to a run dated after them, which the one pass
        // reads as it goes (the diary above mostly takes the day-by-day path).
        let mut forward = d.clone();
        let run_day: std::collections::HashMap<i64, _> =
            d.history.runs.iter().map(|r| (r.id, r.day)).collect();
        for p in &mut forward.history.pain {
            if p.run_id.and_then(|id| run_day.get(&id)).is_some_and(|r| *r > p.day) {
                p.run_id = None;
            }
        }
        trend_matches_each_days_advice(&forward)?;
    }

    /// Raising a pain score in the window being judged (the last activity day's during and
    /// after entries, and the morning after it within the current week) never makes the light
    /// greener. Scores before it are the runner's baseline: raising those (a morning in last
    /// week's PAIN-3 mean, say) can rightly make today compare better. A morning is also part
    /// of the usual level later mornings are compared with, so mornings are raised with the
    /// usual level held at its default.
    #[test]
    fn raising_a_current_pain_score_never_makes_the_light_greener(d in diary(), pick in any::<prop::sample::Index>(), by in 1i64..=10) {
        let session = advice(&d).metrics.pain.session_day;
        prop_assume!(session.is_some());
        let session = session.unwrap();
        let judged: Vec<usize> = d.history.pain.iter().enumerate()
            .filter(|(_, p)| p.day == session && matches!(p.moment, PainMoment::During | PainMoment::After)
                || p.moment == PainMoment::Morning && p.day == session.plus_days(1)
                    && p.day >= day(TODAY).plus_days(-6))
            .map(|(i, _)| i)
            .collect();
        prop_assume!(!judged.is_empty());
        let i = judged[pick.index(judged.len())];
        let t = if d.history.pain[i].moment == PainMoment::Morning {
            Thresholds { usual_morning_min_entries: usize::MAX, ..Thresholds::default() }
        } else {
            Thresholds::default()
        };
        let before = light_with(&d, &t);
        let mut raised = d.clone();
        let score = &mut raised.history.pain[i].score;
        *score = PainScore::new((i64::from(score.value()) + by).min(10)).unwrap();
        let after = light_with(&raised, &t);
        prop_assert!(after >= before, "{:?} → {:?}", before, after);
    }

    /// DATA: a gap never makes the light greener. Removing any pain entry during or after
    /// activity, in daily life or at night never gives a greener light than the entry would at
    /// its most favourable score: a missing entry is judged no better than the best it could
    /// have said. (Removing a high score can of course lower the light; what it must never do
    /// is beat every score that could have stood there.)
    #[test]
    fn removing_any_pain_entry_never_makes_the_light_greener(d in diary(), pick in any::<prop::sample::Index>()) {
        let evidence: Vec<usize> = d.history.pain.iter().enumerate()
            .filter(|(_, p)| p.moment != PainMoment::Morning)
            .map(|(i, _)| i)
            .collect();
        prop_assume!(!evidence.is_empty());
        let i = evidence[pick.index(evidence.len())];
        let (gap, best) = gap_and_best(&d, i, &Thresholds::default());
        prop_assert!(gap >= best, "without {:?}: {:?}, at its best score: {:?}", d.history.pain[i], gap, best);
    }

    /// The same for morning entries, with the runner's usual morning level held at its
    /// default. A morning is also a baseline: it sets the usual level later mornings are
    /// compared with, and last week's mean for PAIN-3, and a baseline can rightly make today
    /// compare better or worse. Held fixed (and last week's mornings left alone), removing a
    /// morning never beats the best it could have said either.
    #[test]
    fn removing_a_morning_never_makes_the_light_greener(d in diary(), pick in any::<prop::sample::Index>()) {
        let last_week = (day(TODAY).plus_days(-13), day(TODAY).plus_days(-7));
        let mornings: Vec<usize> = d.history.pain.iter().enumerate()
            .filter(|(_, p)| p.moment == PainMoment::Morning)
            .filter(|(_, p)| p.day < last_week.0 || p.day > last_week.1)
            .map(|(i, _)| i)
            .collect();
        prop_assume!(!mornings.is_empty());
        let i = mornings[pick.index(mornings.len())];
        let fixed = Thresholds { usual_morning_min_entries: usize::MAX, ..Thresholds::default() };
        let (gap, best) = gap_and_best(&d, i, &fixed);
        prop_assert!(gap >= best, "without {:?}: {:?}, at its best score: {:?}", d.history.pain[i], gap, best);
    }

    /// DATA-6: adding a night entry never lowers the triage level.
    #[test]
    fn adding_a_night_entry_never_lowers_the_triage_level(d in diary(), back in 0i32..28, score in 0i64..=10) {
        let t = Thresholds::default();
        let before = triage::evaluate(&d.answers, &d.history, day(TODAY), &t).level;
        let night = d.clone().pain(&day(TODAY).plus_days(-back).to_string(), PainMoment::Night, score);
        let after = triage::evaluate(&night.answers, &night.history, day(TODAY), &t).level;
        prop_assert!(after >= before, "a night at {} made {:?} into {:?}", score, before, after);
    }

    /// DATA-4: no cap on an amber or red day exceeds the last load that stayed green.
    #[test]
    fn no_cap_on_an_amber_or_red_day_exceeds_the_last_green_load(d in diary()) {
        let a = advice(&d);
        // A green day, or one without a cap, has nothing to judge: discarded, not passed.
        prop_assume!(a.light != Light::Green);
        prop_assume!(a.suggested_max_m.is_some());
        let cap = a.suggested_max_m.unwrap_or_default();
        let green = a.metrics.last_green.as_ref().map(|g| g.distance_m);
        prop_assert!(green.is_some_and(|g| cap <= g + 1e-9), "cap {} with last green load {:?}", cap, green);
    }

    /// Adding a yes to any red-flag question never lowers the triage level.
    #[test]
    fn adding_a_red_flag_answer_never_lowers_the_triage_level(d in diary(), q in 0usize..QUESTIONS.len(), earlier in prop::collection::vec((0usize..18, any::<bool>()), 0..6)) {
        let mut d = d;
        for (k, yes) in earlier {
            d = d.answer(TODAY, QUESTIONS[k].key, yes);
        }
        let t = Thresholds::default();
        let before = triage::evaluate(&d.answers, &d.history, day(TODAY), &t).level;
        let after_answer = d.clone().answer(TODAY, QUESTIONS[q].key, true);
        let after = triage::evaluate(&after_answer.answers, &after_answer.history, day(TODAY), &t).level;
        prop_assert!(after >= before, "{} made {:?} into {:?}", QUESTIONS[q].key, before, after);
    }

    /// The advice never depends on the order in which runs and pain were logged.
    #[test]
    fn the_result_does_not_depend_on_logging_order(d in diary(), seed in any::<u64>()) {
        let t = Thresholds::default();
        let original = advice(&d);
        let mut shuffled = d.clone();
        // A deterministic shuffle from the seed, reversing and rotating.
        shuffled.history.runs.reverse();
        shuffled.history.pain.reverse();
        if !shuffled.history.pain.is_empty() {
            let n = (seed as usize) % shuffled.history.pain.len();
            shuffled.history.pain.rotate_left(n);
        }
        if !shuffled.history.runs.is_empty() {
            let n = (seed as usize / 7) % shuffled.history.runs.len();
            shuffled.history.runs.rotate_left(n);
        }
        let again = advise(&shuffled.history, &profile(), &shuffled.answers, day(TODAY), &t, DistanceUnit::Km);
        prop_assert_eq!(original.light, again.light);
        prop_assert_eq!(original.suggested_max_m, again.suggested_max_m);
        let rules = |a: &runwell_domain::advice::Advice| {
            let mut r: Vec<(String, Light)> = a.reasons.iter().map(|r| (r.rule.unwrap_or("").to_owned(), r.light)).collect();
            r.sort();
            r
        };
        prop_assert_eq!(rules(&original), rules(&again));
        prop_assert_eq!(original.triage.level, again.triage.level);
    }
}

/// Each week's light and morning mean from the trend, against the advice asked day by day.
fn trend_matches_each_days_advice(d: &Diary) -> Result<(), TestCaseError> {
    let t = Thresholds::default();
    let today = day(TODAY);
    let rows = trend::weekly_trend(&d.history, &profile(), &d.answers, today, 6, &t);
    prop_assert_eq!(rows.len(), 6);
    for row in &rows {
        let end = row.week_start.plus_days(6).min(today);
        let worst = (0..=end.days_since(row.week_start))
            .map(|i| {
                let on = row.week_start.plus_days(i);
                advise(&d.history, &profile(), &d.answers, on, &t, DistanceUnit::Km).light
            })
            .max()
            .unwrap();
        if let Some(light) = row.light {
            prop_assert_eq!(light, worst, "week of {}", row.week_start);
        }
        // Each day's highest morning score, averaged over the days that have one.
        let mut highest = std::collections::BTreeMap::new();
        for p in d.history.pain.iter().filter(|p| p.moment == PainMoment::Morning) {
            if p.day >= row.week_start && p.day <= end {
                let slot = highest.entry(p.day).or_insert(0u8);
                *slot = (*slot).max(p.score.value());
            }
        }
        let mean = (!highest.is_empty())
            .then(|| highest.values().map(|m| f64::from(*m)).sum::<f64>() / highest.len() as f64);
        prop_assert_eq!(row.mean_morning_pain, mean, "week of {}", row.week_start);
        // NRS-1 against the episode's first week, from the public pieces.
        let label = match triage::improvement(&d.history, today, &t) {
            None => ImprovementLabel::NoEpisode,
            Some(e) if end < e.episode_start => ImprovementLabel::NoEpisode,
            Some(e) if row.week_start <= e.episode_start => ImprovementLabel::Baseline,
            Some(e) => match triage::mean_daily_pain(&d.history, row.week_start, end) {
                None => ImprovementLabel::NoData,
                Some(m) if triage::is_meaningful(e.baseline_mean, m, &t) => {
                    ImprovementLabel::MeaningfullyBetter
                }
                Some(_) => ImprovementLabel::NotYet,
            },
        };
        prop_assert_eq!(row.improvement, label, "week of {}", row.week_start);
    }
    Ok(())
}

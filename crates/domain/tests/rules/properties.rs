//! Properties that must hold for any diary.

use proptest::prelude::*;
use runwell_domain::advice::advise;
use runwell_domain::diary::PainMoment;
use runwell_domain::triage::{self, QUESTIONS};
use runwell_domain::{Light, PainScore, Thresholds};

use crate::support::{Diary, day, profile};

const TODAY: &str = "2026-11-30";

/// A diary over the four weeks before TODAY: runs and pain entries at random.
fn diary() -> impl Strategy<Value = Diary> {
    let runs = prop::collection::vec((0i32..28, 1.0f64..25.0, prop::option::of(0i64..=10)), 0..16);
    let pains = prop::collection::vec((0i32..28, 0usize..5, 0i64..=10), 0..30);
    (runs, pains).prop_map(|(runs, pains)| {
        let mut d = Diary::new();
        for (back, km, rpe) in runs {
            d = d.run(&day(TODAY).plus_days(-back).to_string(), km, km * 6.0, rpe);
        }
        for (back, moment, score) in pains {
            let moment = [
                PainMoment::During,
                PainMoment::After,
                PainMoment::Morning,
                PainMoment::Daily,
                PainMoment::Night,
            ][moment];
            d = d.pain(&day(TODAY).plus_days(-back).to_string(), moment, score);
        }
        d
    })
}

fn light(d: &Diary) -> Light {
    advise(&d.history, &profile(), &d.answers, day(TODAY), &Thresholds::default()).light
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Raising a pain score in the window being judged (the last run day's during and after
    /// entries, and the mornings and days since) never makes the light greener. Scores before
    /// it are the runner's baseline: raising those can rightly make today compare better.
    #[test]
    fn raising_a_current_pain_score_never_makes_the_light_greener(d in diary(), pick in any::<prop::sample::Index>(), by in 1i64..=10) {
        let before = light(&d);
        let advice = advise(&d.history, &profile(), &d.answers, day(TODAY), &Thresholds::default());
        let Some(session) = advice.metrics.pain.session_day else { return Ok(()) };
        let judged: Vec<usize> = d.history.pain.iter().enumerate()
            .filter(|(_, p)| p.day == session && matches!(p.moment, PainMoment::During | PainMoment::After)
                || p.day > session && p.moment == PainMoment::Morning && p.day == session.plus_days(1))
            .map(|(i, _)| i)
            .collect();
        if judged.is_empty() { return Ok(()) }
        let i = judged[pick.index(judged.len())];
        let mut raised = d.clone();
        let score = &mut raised.history.pain[i].score;
        *score = PainScore::new((i64::from(score.value()) + by).min(10)).unwrap();
        prop_assert!(light(&raised) >= before, "{:?} → {:?}", before, light(&raised));
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
        let original = advise(&d.history, &profile(), &d.answers, day(TODAY), &t);
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
        let again = advise(&shuffled.history, &profile(), &shuffled.answers, day(TODAY), &t);
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

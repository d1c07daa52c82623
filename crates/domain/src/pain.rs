//! The pain-monitoring model (PAIN-1, PAIN-2, PAIN-3; Thomeé 1997, Silbernagel 2007): pain
//! during and after a run, whether it settled by the next morning, and whether morning pain is
//! rising week on week, give a green, amber or red light.

use serde::Serialize;

use crate::diary::{History, PainMoment};
use crate::reason::Reason;
use crate::{Light, LocalDay, Thresholds, stats};

/// The pain light for a day and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainStatus {
    pub light: Light,
    pub reasons: Vec<Reason>,
    /// The day of the run (or run-related pain) that was judged.
    pub session_day: Option<LocalDay>,
    pub during: Option<u8>,
    pub after: Option<u8>,
    /// Pain the morning after the session, when it is known.
    pub morning: Option<u8>,
    /// The runner's usual morning level the next morning is compared with (PAIN-2).
    pub usual_morning: f64,
    /// PAIN-3: mean next-morning pain of the last 7 days and of the 7 before.
    pub weekly_morning_mean: Option<f64>,
    pub previous_weekly_morning_mean: Option<f64>,
}

/// The light for one score during or after activity (PAIN-1, PAIN-2).
pub fn score_light(score: u8, t: &Thresholds) -> Light {
    if score <= t.pain_green_max {
        Light::Green
    } else if score <= t.pain_amber_max {
        Light::Amber
    } else {
        Light::Red
    }
}

fn max_score(history: &History, day: LocalDay, moment: PainMoment) -> Option<u8> {
    history
        .pain
        .iter()
        .filter(|p| p.day == day && p.moment == moment)
        .map(|p| p.score.value())
        .max()
}

/// Each day's highest morning score on days `from..=to`, in day order.
fn morning_scores(history: &History, from: LocalDay, to: LocalDay) -> Vec<f64> {
    let mut entries: Vec<(LocalDay, u8)> = history
        .pain
        .iter()
        .filter(|p| p.moment == PainMoment::Morning && p.day >= from && p.day <= to)
        .map(|p| (p.day, p.score.value()))
        .collect();
    // Highest score first within a day, so that dedup keeps each day's highest.
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    entries.dedup_by_key(|(day, _)| *day);
    entries.into_iter().map(|(_, score)| f64::from(score)).collect()
}

/// Mean of the morning scores on days `from..=to` (each day's highest), with their count.
pub(crate) fn morning_mean(
    history: &History,
    from: LocalDay,
    to: LocalDay,
) -> (Option<f64>, usize) {
    let scores = morning_scores(history, from, to);
    (stats::mean(&scores), scores.len())
}

/// The runner's usual morning pain before `day`: the median of the mornings in the window up to
/// and including that day's own (pre-run) morning, or the default while too few are known.
fn usual_morning(history: &History, day: LocalDay, t: &Thresholds) -> f64 {
    let scores = morning_scores(history, day.plus_days(-t.usual_morning_days), day);
    if scores.len() < t.usual_morning_min_entries {
        return f64::from(t.usual_morning_default);
    }
    stats::median(scores).unwrap_or(f64::from(t.usual_morning_default))
}

/// The last day, on or before `today` and within the recent window, with a run or with pain
/// logged during or after activity.
fn session_day(history: &History, today: LocalDay, t: &Thresholds) -> Option<LocalDay> {
    let from = today.plus_days(-t.recent_run_days);
    let runs = history.runs.iter().filter(|r| r.sport.is_running()).map(|r| r.day);
    let pains = history
        .pain
        .iter()
        .filter(|p| matches!(p.moment, PainMoment::During | PainMoment::After))
        .map(|p| p.day);
    runs.chain(pains).filter(|d| *d >= from && *d <= today).max()
}

/// The pain light on `today` (PAIN-1, PAIN-2, PAIN-3).
pub fn pain_status(history: &History, today: LocalDay, t: &Thresholds) -> PainStatus {
    let mut reasons = Vec::new();
    let session = session_day(history, today, t);
    let (during, after, morning, usual) = match session {
        Some(day) => {
            let morning = if day < today {
                max_score(history, day.plus_days(1), PainMoment::Morning)
            } else {
                None
            };
            (
                max_score(history, day, PainMoment::During),
                max_score(history, day, PainMoment::After),
                morning,
                usual_morning(history, day, t),
            )
        }
        None => (None, None, None, f64::from(t.usual_morning_default)),
    };

    if let Some(day) = session {
        for (score, rule, when) in [(during, "PAIN-1", "during"), (after, "PAIN-2", "after")] {
            let Some(score) = score else { continue };
            let light = score_light(score, t);
            let message = match light {
                Light::Green => format!(
                    "Pain {when} your run on {day} was {score}/10, within the {}/10 of the \
                     pain-monitoring model's green zone.",
                    t.pain_green_max
                ),
                Light::Amber => format!(
                    "Pain {when} your run on {day} was {score}/10: acceptable in the \
                     pain-monitoring model (up to {}/10), but consider repeating this load \
                     rather than increasing it.",
                    t.pain_amber_max
                ),
                Light::Red => format!(
                    "Pain {when} your run on {day} was {score}/10, above the {}/10 the \
                     pain-monitoring model allows. Consider going back to the last load that \
                     stayed green and keeping to pain-free exercises.",
                    t.pain_amber_max
                ),
            };
            reasons.push(Reason::new(rule, light, message));
        }
        match morning {
            Some(m) if f64::from(m) > usual + f64::from(t.morning_settled_margin) => {
                reasons.push(Reason::new(
                    "PAIN-2",
                    Light::Red,
                    format!(
                        "Your hip had not settled the morning after your run on {day}: {m}/10 \
                         against a usual morning level of {usual:.1}/10. Consider reducing the \
                         next run to the last load that settled by morning."
                    ),
                ));
            }
            Some(m) => reasons.push(Reason::new(
                "PAIN-2",
                Light::Green,
                format!("Pain had settled by the morning after your run on {day} ({m}/10)."),
            )),
            None if day < today => reasons.push(Reason::new(
                "PAIN-2",
                Light::Green,
                format!(
                    "No morning pain was logged after your run on {day}; logging it (`runwell \
                     log pain --when morning`) lets runwell check that the hip settled."
                ),
            )),
            None => {}
        }
        if during.is_none() && after.is_none() && morning.is_none() && day == today {
            reasons.push(Reason::new(
                "PAIN-1",
                Light::Green,
                format!("No pain was logged for your run on {day}."),
            ));
        }
    } else {
        reasons.push(Reason::new(
            "PAIN-1",
            Light::Green,
            format!("No run or run-related pain in the last {} days.", t.recent_run_days),
        ));
    }

    // PAIN-3: week-on-week change in next-morning pain.
    let (week, week_n) = morning_mean(history, today.plus_days(-6), today);
    let (previous, previous_n) = morning_mean(history, today.plus_days(-13), today.plus_days(-7));
    if let (Some(w), Some(p)) = (week, previous)
        && week_n >= t.pain_weekly_min_entries
        && previous_n >= t.pain_weekly_min_entries
        && w - p >= t.pain_weekly_rise
    {
        reasons.push(Reason::new(
            "PAIN-3",
            Light::Red,
            format!(
                "Morning pain is rising week on week: a mean of {w:.1}/10 over the last 7 days \
                 against {p:.1}/10 the week before. Pain should not build from week to week; \
                 consider reducing your running load."
            ),
        ));
    }

    let light = reasons.iter().map(|r| r.light).max().unwrap_or(Light::Green);
    PainStatus {
        light,
        reasons,
        session_day: session,
        during,
        after,
        morning,
        usual_morning: usual,
        weekly_morning_mean: week,
        previous_weekly_morning_mean: previous,
    }
}

/// The next-morning light after an activity on `day` (PAIN-2): green when the morning pain is
/// back to the runner's usual level, red when it is not, `None` until the morning is logged.
pub fn next_morning_light(history: &History, day: LocalDay, t: &Thresholds) -> Option<Light> {
    let morning = max_score(history, day.plus_days(1), PainMoment::Morning)?;
    let usual = usual_morning(history, day, t);
    Some(if f64::from(morning) <= usual + f64::from(t.morning_settled_margin) {
        Light::Green
    } else {
        Light::Red
    })
}

/// Days in `today-window+1..=today` whose session was judged red once its next morning was
/// known (the PAIN actions' "red twice in 7 days").
pub fn red_session_days(history: &History, today: LocalDay, t: &Thresholds) -> Vec<LocalDay> {
    let from = today.plus_days(-(t.red_repeat_days - 1));
    let mut days: Vec<LocalDay> = history
        .runs
        .iter()
        .filter(|r| r.sport.is_running())
        .map(|r| r.day)
        .chain(
            history
                .pain
                .iter()
                .filter(|p| matches!(p.moment, PainMoment::During | PainMoment::After))
                .map(|p| p.day),
        )
        .filter(|d| *d >= from && *d <= today)
        .collect();
    days.sort_unstable();
    days.dedup();
    days.into_iter()
        .filter(|day| {
            let judged_on = if *day < today { day.plus_days(1) } else { *day };
            let status = pain_status(history, judged_on, t);
            status.session_day == Some(*day)
                && status.reasons.iter().any(|r| r.light == Light::Red && r.rule != "PAIN-3")
        })
        .collect()
}

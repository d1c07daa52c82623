//! The pain-monitoring model (PAIN-1, PAIN-2, PAIN-3; Thomeé 1997, Silbernagel 2007) read
//! through the DATA rules for an incomplete diary (DATA-1, DATA-2, DATA-3, DATA-7).
//!
//! Each activity day — a run, pain logged during or after activity, an exercise session with
//! its pain — gets a [`DayVerdict`]. "Not known" is a state of its own, never a missing value
//! that passes for green: a run with no during or after entry, or with no morning entry in the
//! days after it, is amber at best, does not clear an earlier red and is never a load that
//! stayed green. Red lasts: it is cleared only by a later run judged green or amber in full;
//! two settled mornings in a row with no new run make it amber ("return at the last load that
//! stayed green"); rest alone never makes it green.

mod verdict;
mod words;

use serde::Serialize;

pub(crate) use self::verdict::verdict;
use self::verdict::{MorningCheck, Walk, walk};
use self::words::{day_reasons, red_holds, usual_words};
use crate::days::Days;
use crate::diary::{History, PainMoment};
use crate::reason::{Reason, default_of};
use crate::text::{Arg, Text};
use crate::{DistanceUnit, Light, LocalDay, Thresholds, stats};

/// What the diary says about the hip today. Not known is a state, shown as amber at best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PainState {
    Green,
    Amber,
    /// Something the model needs is missing (DATA-1, DATA-2): amber at best.
    NotKnown,
    /// Red before, two settled mornings since, no new run judged (DATA-3): amber, back at the
    /// last load that stayed green.
    Returning,
    Red,
}

impl PainState {
    pub fn light(self) -> Light {
        match self {
            PainState::Green => Light::Green,
            PainState::Amber | PainState::NotKnown | PainState::Returning => Light::Amber,
            PainState::Red => Light::Red,
        }
    }
}

/// An entry the model is missing, for the front ends to ask for with the form prefilled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missing {
    pub rule: &'static str,
    /// The run it is for (the longest of its day), when it is for a run.
    pub run_id: Option<i64>,
    /// The day of the run it is for.
    pub run_day: LocalDay,
    /// The day to log it for, and when the pain was felt.
    pub day: LocalDay,
    pub moment: PainMoment,
}

/// The pain light for a day and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainStatus {
    pub state: PainState,
    pub light: Light,
    pub reasons: Vec<Reason>,
    /// The latest activity day on or before today (a run, run-related pain, a session).
    pub session_day: Option<LocalDay>,
    pub during: Option<u8>,
    pub after: Option<u8>,
    /// The morning check of that day's run, when it is known (DATA-2).
    pub morning: Option<u8>,
    /// The runner's usual morning level the morning is compared with (PAIN-2).
    pub usual_morning: f64,
    /// The day whose red still holds (DATA-3), while red or returning from it.
    pub red_since: Option<LocalDay>,
    /// PAIN-3: mean next-morning pain of the last 7 days and of the 7 before.
    pub weekly_morning_mean: Option<f64>,
    pub previous_weekly_morning_mean: Option<f64>,
    /// Entries to ask for (DATA-1, DATA-2), newest first.
    pub missing: Vec<Missing>,
}

impl PainStatus {
    /// Whether the diary shows the hip sore: a PAIN rule above green, or anything red. Pain
    /// that is only not known is not sore.
    pub fn sore(&self) -> bool {
        self.reasons.iter().any(|r| {
            r.light == Light::Red
                || (r.light == Light::Amber && r.rule.is_some_and(|id| id.starts_with("PAIN-")))
        })
    }
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

/// The pain light on `today`, its sentences giving distances in kilometres.
pub fn pain_status(history: &History, today: LocalDay, t: &Thresholds) -> PainStatus {
    status_of(&Days::new(history, today, t), t, DistanceUnit::Km)
}

pub(crate) fn status_of(days: &Days<'_>, t: &Thresholds, unit: DistanceUnit) -> PainStatus {
    let today = days.today;
    let mut reasons = Vec::new();
    let mut missing = Vec::new();
    let recent_from = today.plus_days(-t.recent_run_days);
    let latest = days.activity.last().map(|d| verdict(days, *d, t));
    let mut red_since = None;
    let state = match walk(days, t) {
        Walk::Nothing => {
            reasons.push(Reason::new("DATA-1", Light::Amber, Text::new("advice-nothing-logged")));
            PainState::NotKnown
        }
        Walk::Judged { walked } => {
            let mut older_unknown = 0;
            for (i, v) in walked.iter().enumerate() {
                // The newest day, and any day since the last full judgement in the recent
                // window, are explained one by one; older gaps are counted.
                if i == 0 || v.day >= recent_from || i + 1 == walked.len() {
                    day_reasons(v, days, t, unit, &mut reasons, &mut missing);
                } else if v.light != Light::Green {
                    older_unknown += 1;
                }
            }
            if older_unknown > 0 {
                reasons.push(Reason::new(
                    "DATA-1",
                    Light::Amber,
                    Text::new("advice-older-unknown").with("count", older_unknown),
                ));
            }
            let worst = walked.iter().map(|v| v.light).max().unwrap_or(Light::Green);
            let not_known = walked
                .iter()
                .any(|v| v.run && (!v.pain_known || v.check == MorningCheck::NotKnown));
            match worst {
                Light::Green => PainState::Green,
                _ if not_known => PainState::NotKnown,
                _ => PainState::Amber,
            }
        }
        Walk::Red { red, event, walked } => {
            for v in walked.iter().filter(|v| v.day >= recent_from) {
                day_reasons(v, days, t, unit, &mut reasons, &mut missing);
            }
            red_since = Some(red.day);
            let mut held = Vec::new();
            let state = red_holds(days, red.day, event, t, &mut held);
            // While red holds, the red day explains it; once returning, DATA-3 names the day.
            if state == PainState::Red {
                day_reasons(&red, days, t, unit, &mut reasons, &mut missing);
            }
            reasons.append(&mut held);
            state
        }
        Walk::RedMorning { day, score, usual, usual_default, walked } => {
            for v in walked.iter().filter(|v| v.day >= recent_from) {
                day_reasons(v, days, t, unit, &mut reasons, &mut missing);
            }
            red_since = Some(day);
            let mut held = Vec::new();
            let state = red_holds(days, day, day, t, &mut held);
            if state == PainState::Red {
                reasons.push(Reason::new(
                    "DATA-2",
                    Light::Red,
                    Text::new("advice-red-morning")
                        .with("day", day)
                        .with("score", Arg::Score(f64::from(score), 0))
                        .with("usual", usual_words(usual, usual_default, t)),
                ));
            }
            reasons.append(&mut held);
            state
        }
    };

    // PAIN-3: week-on-week change in next-morning pain.
    let week = t.week_days;
    let (week_mean, week_n) = morning_mean_of(days, today.plus_days(-(week - 1)), today);
    let (previous, previous_n) =
        morning_mean_of(days, today.plus_days(-(2 * week - 1)), today.plus_days(-week));
    let mut state = state;
    if let (Some(w), Some(p)) = (week_mean, previous)
        && week_n >= t.pain_weekly_min_entries
        && previous_n >= t.pain_weekly_min_entries
        && w - p >= t.pain_weekly_rise - 1e-9
    {
        reasons.push(Reason::new(
            "PAIN-3",
            Light::Red,
            Text::new("advice-pain-rising")
                .with("week", Arg::Score(w, 1))
                .with("previous", Arg::Score(p, 1))
                .with(
                    "default",
                    default_of(
                        Text::new("pain-rise-of")
                            .with("points", Arg::Number(t.pain_weekly_rise, 0)),
                    ),
                ),
        ));
        state = PainState::Red;
    }

    let (during, after, morning, usual) = match &latest {
        Some(v) => {
            let morning = match v.check {
                MorningCheck::Settled(_, m) | MorningCheck::NotSettled(_, m) => Some(m),
                _ => None,
            };
            (v.during.max(v.session), v.after, morning, v.usual)
        }
        None => (None, None, None, days.usual_morning(today, t)),
    };
    debug_assert_eq!(
        reasons.iter().map(|r| r.light).max(),
        Some(state.light()),
        "the pain reasons must say what the pain light says: {reasons:#?}"
    );
    missing.sort_by(|a, b| b.run_day.cmp(&a.run_day).then(a.day.cmp(&b.day)));
    missing.dedup();
    PainStatus {
        state,
        light: state.light(),
        reasons,
        session_day: latest.as_ref().map(|v| v.day),
        during,
        after,
        morning,
        usual_morning: usual,
        red_since,
        weekly_morning_mean: week_mean,
        previous_weekly_morning_mean: previous,
        missing,
    }
}

pub(crate) fn morning_mean_of(
    days: &Days<'_>,
    from: LocalDay,
    to: LocalDay,
) -> (Option<f64>, usize) {
    let scores: Vec<f64> = days.mornings(from, to).map(|(_, m)| f64::from(m)).collect();
    (stats::mean(&scores), scores.len())
}

/// Mean of the morning scores on days `from..=to` (each day's highest), with their count.
pub(crate) fn morning_mean(
    history: &History,
    from: LocalDay,
    to: LocalDay,
) -> (Option<f64>, usize) {
    morning_mean_of(&Days::new(history, to, &Thresholds::default()), from, to)
}

/// The next-morning light after an activity on `day` (PAIN-2, DATA-2): the first morning entry
/// in the days after it, green when back to the runner's usual level, red when not, `None`
/// until one is logged.
pub fn next_morning_light(history: &History, day: LocalDay, t: &Thresholds) -> Option<Light> {
    let days = Days::new(history, day.plus_days(t.morning_check_days), t);
    let (_, morning) = days.mornings(day.plus_days(1), days.today).next()?;
    let usual = days.usual_morning(day, t);
    Some(if f64::from(morning) <= usual + f64::from(t.morning_settled_margin) {
        Light::Green
    } else {
        Light::Red
    })
}

/// Activity days in the last `red_repeat_days` (up to today) judged red on the day: pain
/// outside the model, or a morning check that did not settle (the PAIN actions' "red twice in 7
/// days").
pub fn red_session_days(history: &History, today: LocalDay, t: &Thresholds) -> Vec<LocalDay> {
    red_days(&Days::new(history, today, t), t)
}

pub(crate) fn red_days(days: &Days<'_>, t: &Thresholds) -> Vec<LocalDay> {
    let from = days.today.plus_days(-(t.red_repeat_days - 1));
    // The activity days are in order: the window is their tail.
    let start = days.activity.partition_point(|d| *d < from);
    days.activity[start..]
        .iter()
        .filter(|d| verdict(days, **d, t).red_on_the_day(t))
        .copied()
        .collect()
}

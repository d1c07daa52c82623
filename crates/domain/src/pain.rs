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

use serde::Serialize;

use crate::days::Days;
use crate::diary::{History, PainMoment};
use crate::reason::{Reason, default_of};
use crate::{Light, LocalDay, Thresholds, stats};

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

/// DATA-2: the morning check of a run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum MorningCheck {
    /// The run is today: its next morning has not come.
    NotDue,
    /// No morning entry in the days after the run.
    NotKnown,
    Settled(LocalDay, u8),
    NotSettled(LocalDay, u8),
}

/// One activity day as the model judges it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DayVerdict {
    pub(crate) day: LocalDay,
    pub(crate) run: bool,
    pub(crate) during: Option<u8>,
    pub(crate) after: Option<u8>,
    pub(crate) session: Option<u8>,
    /// A run's pain is known once a during or after entry is logged (DATA-1); other activity
    /// days exist only because their pain is known.
    pub(crate) pain_known: bool,
    pub(crate) check: MorningCheck,
    pub(crate) usual: f64,
    /// The latest morning since this run (up to the next run or today) above the usual level
    /// (DATA-2: whichever day it was logged).
    pub(crate) unsettled: Option<(LocalDay, u8)>,
    pub(crate) light: Light,
}

impl DayVerdict {
    /// A run judged green or amber in full: pain known, morning settled (DATA-3 clears red).
    pub(crate) fn clears(&self) -> bool {
        self.run
            && self.pain_known
            && matches!(self.check, MorningCheck::Settled(..))
            && self.light != Light::Red
    }

    /// Judged green in full: a candidate for the last load that stayed green (DATA-4).
    pub(crate) fn green_in_full(&self) -> bool {
        self.clears() && self.light == Light::Green
    }

    /// Whether pain during or after (or in a session) was outside the model, or the morning
    /// check did not settle: the "red" of the PAIN actions' "red twice in 7 days".
    fn red_on_the_day(&self, t: &Thresholds) -> bool {
        self.scores().any(|(_, s)| score_light(s, t) == Light::Red)
            || matches!(self.check, MorningCheck::NotSettled(..))
    }

    /// The latest day with red evidence: red pain on the day, or a morning that did not settle.
    fn red_event(&self, t: &Thresholds) -> LocalDay {
        let unsettled = self.unsettled.map(|(d, _)| d);
        let on_day =
            self.scores().any(|(_, s)| score_light(s, t) == Light::Red).then_some(self.day);
        unsettled.max(on_day).unwrap_or(self.day)
    }

    fn scores(&self) -> impl Iterator<Item = (&'static str, u8)> {
        [("during", self.during), ("after", self.after), ("session", self.session)]
            .into_iter()
            .filter_map(|(what, s)| s.map(|s| (what, s)))
    }
}

/// The verdict of one activity day, as of the diary's day.
pub(crate) fn verdict(days: &Days<'_>, day: LocalDay, t: &Thresholds) -> DayVerdict {
    let pain = days.pain(day);
    let run = days.is_run_day(day);
    let pain_known = !run || pain.during.is_some() || pain.after.is_some();
    let usual = days.usual_morning(day, t);
    let settled = |m: u8| f64::from(m) <= usual + f64::from(t.morning_settled_margin);
    let (check, unsettled) = if run {
        let range_end = days.next_run_day(day).unwrap_or(days.today).min(days.today);
        let check_end = day.plus_days(t.morning_check_days).min(range_end);
        let check = match days.mornings(day.plus_days(1), check_end).next() {
            Some((d, m)) if settled(m) => MorningCheck::Settled(d, m),
            Some((d, m)) => MorningCheck::NotSettled(d, m),
            None if days.today <= day => MorningCheck::NotDue,
            None => MorningCheck::NotKnown,
        };
        let unsettled =
            days.mornings(day.plus_days(1), range_end).filter(|(_, m)| !settled(*m)).last();
        (check, unsettled)
    } else {
        (MorningCheck::NotDue, None)
    };
    let mut light = [pain.during, pain.after, pain.session]
        .into_iter()
        .flatten()
        .map(|s| score_light(s, t))
        .max()
        .unwrap_or(Light::Green);
    if run && (!pain_known || check == MorningCheck::NotKnown) {
        light = light.max(Light::Amber);
    }
    if unsettled.is_some() {
        light = Light::Red;
    }
    DayVerdict {
        day,
        run,
        during: pain.during,
        after: pain.after,
        session: pain.session,
        pain_known,
        check,
        usual,
        unsettled,
        light,
    }
}

/// What walking back from today finds.
enum Walk {
    /// Nothing logged to judge.
    Nothing,
    /// No red since the last run judged in full (or ever): the worst light walked.
    Judged { walked: Vec<DayVerdict> },
    /// A red that no later run has cleared. `walked` are the days after it, newest first.
    Red { red: DayVerdict, event: LocalDay, walked: Vec<DayVerdict> },
    /// No run judged in full, and a morning before the first run above the usual level: the
    /// hip is not settled whether or not a run was logged (DATA-2).
    RedMorning { day: LocalDay, score: u8, usual: f64, walked: Vec<DayVerdict> },
}

/// Walks back over the activity days, newest first, until a red (which holds) or a run judged
/// in full (which settles what came before it).
fn walk(days: &Days<'_>, t: &Thresholds) -> Walk {
    let mut walked = Vec::new();
    for day in days.activity.iter().rev() {
        let v = verdict(days, *day, t);
        if v.light == Light::Red {
            let event = v.red_event(t);
            return Walk::Red { red: v, event, walked };
        }
        let stop = v.clears();
        walked.push(v);
        if stop {
            break;
        }
    }
    if walked.last().is_none_or(|v| !v.clears()) {
        // Nothing judged in full: mornings before the first run still say whether the hip is
        // settled, so a run missing from the diary cannot hide one that is not.
        let end = days.run_days.first().copied().unwrap_or(days.today);
        let unsettled = days
            .mornings_until(end)
            .map(|(day, m)| (day, m, days.usual_morning(day, t)))
            .filter(|(_, m, usual)| f64::from(*m) > usual + f64::from(t.morning_settled_margin))
            .last();
        if let Some((day, score, usual)) = unsettled {
            return Walk::RedMorning { day, score, usual, walked };
        }
    }
    if walked.is_empty() { Walk::Nothing } else { Walk::Judged { walked } }
}

/// DATA-3: while red holds, amber once enough settled mornings in a row follow it.
fn red_holds(
    days: &Days<'_>,
    red_day: LocalDay,
    event: LocalDay,
    t: &Thresholds,
    reasons: &mut Vec<Reason>,
) -> PainState {
    match settled_pair(days, event, t) {
        Some(pair) => {
            let (first, last) = (pair[0].0, pair[pair.len() - 1].0);
            reasons.push(Reason::new(
                "DATA-3",
                Light::Amber,
                format!(
                    "Your mornings from {first} to {last} were settled after the red day on \
                     {red_day}, with no new run judged since: Today is amber. Consider returning \
                     at the last load that stayed green, and no further."
                ),
            ));
            PainState::Returning
        }
        None => {
            reasons.push(Reason::new(
                "DATA-3",
                Light::Red,
                format!(
                    "Your hip was red on {red_day}, and red lasts until a later run is judged \
                     green or amber with its morning settled; rest days alone never turn it \
                     green. {} settled mornings in a row without a new run ({}) would make Today \
                     amber: logging your morning pain lets runwell see them.",
                    t.settled_mornings_to_amber,
                    default_of(t.settled_mornings_to_amber)
                ),
            ));
            PainState::Red
        }
    }
}

/// DATA-3: the settled mornings in a row after `event`, when there are enough of them.
fn settled_pair(days: &Days<'_>, event: LocalDay, t: &Thresholds) -> Option<Vec<(LocalDay, u8)>> {
    let needed = usize::try_from(t.settled_mornings_to_amber.max(1)).unwrap_or(1);
    let mut run: Vec<(LocalDay, u8)> = Vec::new();
    let mut found = None;
    for (day, m) in days.mornings(event.plus_days(1), days.today) {
        // Each morning against the usual level before the run it follows.
        let anchor = days.run_day_before(day).unwrap_or(day);
        let usual = days.usual_morning(anchor, t);
        let settled = f64::from(m) <= usual + f64::from(t.morning_settled_margin);
        let follows = run.last().is_some_and(|(d, _)| day.days_since(*d) == 1);
        if !settled {
            // A morning that did not settle undoes any pair before it.
            run.clear();
            found = None;
            continue;
        }
        if !follows {
            run.clear();
        }
        run.push((day, m));
        if found.is_none() && run.len() >= needed {
            found = Some(run.clone());
        }
    }
    found
}

fn what(kind: &str, day: LocalDay) -> String {
    match kind {
        "session" => format!("during your exercise session on {day}"),
        other => format!("{other} your run on {day}"),
    }
}

/// The PAIN-1/PAIN-2 reasons for the scores of one day.
fn score_reasons(v: &DayVerdict, t: &Thresholds, out: &mut Vec<Reason>) {
    let green = default_of(format!("{}/10", t.pain_green_max));
    for (kind, score) in v.scores() {
        let rule = if kind == "after" { "PAIN-2" } else { "PAIN-1" };
        let when = what(kind, v.day);
        let session_note = if kind == "session" {
            " An exercise session counts as activity (DATA-7)."
        } else {
            ""
        };
        let message = match score_light(score, t) {
            Light::Green => format!(
                "Pain {when} was {score}/10: in the green zone ({green} for green).{session_note}"
            ),
            Light::Amber => format!(
                "Pain {when} was {score}/10: inside the pain-monitoring model's 5/10, but above \
                 green ({green}). Consider repeating this load rather than increasing it.\
                 {session_note}"
            ),
            Light::Red => format!(
                "Pain {when} was {score}/10, above the {}/10 the pain-monitoring model allows. \
                 Consider going back to the last load that stayed green and keeping to \
                 pain-free exercises.{session_note}",
                t.pain_amber_max
            ),
        };
        out.push(Reason::new(rule, score_light(score, t), message));
    }
}

fn usual_words(usual: f64) -> String {
    format!("your usual morning level of {usual:.1}/10")
}

/// The morning reasons for a run (PAIN-2, DATA-2), and what to ask for.
fn morning_reasons(
    v: &DayVerdict,
    days: &Days<'_>,
    t: &Thresholds,
    out: &mut Vec<Reason>,
    missing: &mut Vec<Missing>,
) {
    if !v.run {
        return;
    }
    let day = v.day;
    match v.check {
        MorningCheck::Settled(on, m) => out.push(Reason::new(
            "PAIN-2",
            Light::Green,
            format!(
                "Pain had settled by the morning after your run on {day} ({m}/10 on {on}, at or \
                 below {}).",
                usual_words(v.usual)
            ),
        )),
        MorningCheck::NotSettled(on, m) => out.push(Reason::new(
            "PAIN-2",
            Light::Red,
            format!(
                "Your hip had not settled the morning after your run on {day}: {m}/10 on {on} \
                 against {}. Consider going back to the last load that settled by morning.",
                usual_words(v.usual)
            ),
        )),
        MorningCheck::NotKnown => {
            out.push(Reason::new(
                "DATA-2",
                Light::Amber,
                format!(
                    "No morning pain is logged for the {} days after your run on {day} ({}), so \
                     runwell cannot tell whether your hip settled. Until it can, that run counts \
                     as pain not known: amber at best.",
                    t.morning_check_days,
                    default_of(format!("{} days", t.morning_check_days))
                ),
            ));
            missing.push(Missing {
                rule: "DATA-2",
                run_id: days.runs_on(day).last().map(|r| r.id),
                run_day: day,
                day: day.plus_days(1),
                moment: PainMoment::Morning,
            });
        }
        MorningCheck::NotDue => {}
    }
    if let Some((on, m)) = v.unsettled
        && !matches!(v.check, MorningCheck::NotSettled(d, _) if d == on)
    {
        out.push(Reason::new(
            "DATA-2",
            Light::Red,
            format!(
                "On the morning of {on} your hip was at {m}/10, above {}, since your run on \
                 {day}. Any morning above your usual level after a run counts as not settled.",
                usual_words(v.usual)
            ),
        ));
    }
}

/// DATA-1: the reason and the entry to ask for when a run's pain is not known.
fn unknown_reason(
    v: &DayVerdict,
    days: &Days<'_>,
    out: &mut Vec<Reason>,
    missing: &mut Vec<Missing>,
) {
    let run = days.runs_on(v.day).last();
    let distance =
        run.map(|r| format!(" ({})", crate::reason::km(r.distance.get()))).unwrap_or_default();
    out.push(Reason::new(
        "DATA-1",
        Light::Amber,
        format!(
            "No pain is logged during or after your run on {}{distance}. Until it is, that run's \
             pain is not known: amber at best, no progression, and it cannot count as a load \
             that stayed green.",
            v.day
        ),
    ));
    missing.push(Missing {
        rule: "DATA-1",
        run_id: run.map(|r| r.id),
        run_day: v.day,
        day: v.day,
        moment: PainMoment::After,
    });
}

/// The reasons for one walked day. Days beyond the recent window are summed up by the caller.
fn day_reasons(
    v: &DayVerdict,
    days: &Days<'_>,
    t: &Thresholds,
    out: &mut Vec<Reason>,
    missing: &mut Vec<Missing>,
) {
    score_reasons(v, t, out);
    if v.run && !v.pain_known {
        unknown_reason(v, days, out, missing);
    }
    morning_reasons(v, days, t, out, missing);
}

/// The pain light on `today`.
pub fn pain_status(history: &History, today: LocalDay, t: &Thresholds) -> PainStatus {
    status_of(&Days::new(history, today, t), t)
}

pub(crate) fn status_of(days: &Days<'_>, t: &Thresholds) -> PainStatus {
    let today = days.today;
    let mut reasons = Vec::new();
    let mut missing = Vec::new();
    let recent_from = today.plus_days(-t.recent_run_days);
    let latest = days.activity.last().map(|d| verdict(days, *d, t));
    let mut red_since = None;
    let state = match walk(days, t) {
        Walk::Nothing => {
            reasons.push(Reason::new(
                "DATA-1",
                Light::Amber,
                "Your diary has no run, pain during or after activity, or exercise session with \
                 its pain yet, so runwell cannot judge your hip from it: pain not known, amber at \
                 best.",
            ));
            PainState::NotKnown
        }
        Walk::Judged { walked } => {
            let mut older_unknown = 0;
            for (i, v) in walked.iter().enumerate() {
                // The newest day, and any day since the last full judgement in the recent
                // window, are explained one by one; older gaps are counted.
                if i == 0 || v.day >= recent_from || i + 1 == walked.len() {
                    day_reasons(v, days, t, &mut reasons, &mut missing);
                } else if v.light != Light::Green {
                    older_unknown += 1;
                }
            }
            if older_unknown > 0 {
                reasons.push(Reason::new(
                    "DATA-1",
                    Light::Amber,
                    format!(
                        "{older_unknown} earlier activity days since your last run judged in \
                         full have pain missing or above green; none of them can count as green."
                    ),
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
                day_reasons(v, days, t, &mut reasons, &mut missing);
            }
            day_reasons(&red, days, t, &mut reasons, &mut missing);
            red_since = Some(red.day);
            red_holds(days, red.day, event, t, &mut reasons)
        }
        Walk::RedMorning { day, score, usual, walked } => {
            for v in walked.iter().filter(|v| v.day >= recent_from) {
                day_reasons(v, days, t, &mut reasons, &mut missing);
            }
            reasons.push(Reason::new(
                "DATA-2",
                Light::Red,
                format!(
                    "On the morning of {day} your hip was at {score}/10, above {}: not settled, \
                     whether or not a run came before it.",
                    usual_words(usual)
                ),
            ));
            red_since = Some(day);
            red_holds(days, day, day, t, &mut reasons)
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
            format!(
                "Morning pain is rising week on week: a mean of {w:.1}/10 over the last 7 days \
                 against {p:.1}/10 the week before ({} counts as rising). Pain should not \
                 build from week to week; consider reducing your running load.",
                default_of(format!("a rise of {} point", t.pain_weekly_rise))
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

fn morning_mean_of(days: &Days<'_>, from: LocalDay, to: LocalDay) -> (Option<f64>, usize) {
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
    days.activity
        .iter()
        .filter(|d| **d >= from)
        .filter(|d| verdict(days, **d, t).red_on_the_day(t))
        .copied()
        .collect()
}

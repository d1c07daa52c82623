//! Each activity day's verdict (PAIN-1/2 scores, DATA-1 pain known, DATA-2 morning check), and
//! the walk back from today that finds what still holds (DATA-3).

use crate::days::Days;
use crate::{Light, LocalDay, Thresholds};

use super::score_light;

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
    /// Whether `usual` is still the default (fewer mornings known than the rule needs).
    pub(crate) usual_default: bool,
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
    pub(super) fn red_on_the_day(&self, t: &Thresholds) -> bool {
        self.scores().any(|(_, s)| score_light(s, t) == Light::Red)
            || matches!(self.check, MorningCheck::NotSettled(..))
    }

    /// The latest day with red evidence: red pain on the day, or a morning that did not settle.
    pub(super) fn red_event(&self, t: &Thresholds) -> LocalDay {
        let unsettled = self.unsettled.map(|(d, _)| d);
        let on_day =
            self.scores().any(|(_, s)| score_light(s, t) == Light::Red).then_some(self.day);
        unsettled.max(on_day).unwrap_or(self.day)
    }

    pub(super) fn scores(&self) -> impl Iterator<Item = (&'static str, u8)> {
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
        usual_default: days.usual_is_default(day, t),
        unsettled,
        light,
    }
}

/// What walking back from today finds.
pub(super) enum Walk {
    /// Nothing logged to judge.
    Nothing,
    /// No red since the last run judged in full (or ever): the worst light walked.
    Judged { walked: Vec<DayVerdict> },
    /// A red that no later run has cleared. `walked` are the days after it, newest first.
    Red { red: DayVerdict, event: LocalDay, walked: Vec<DayVerdict> },
    /// No run judged in full, and a morning before the first run above the usual level: the
    /// hip is not settled whether or not a run was logged (DATA-2).
    RedMorning {
        day: LocalDay,
        score: u8,
        usual: f64,
        usual_default: bool,
        walked: Vec<DayVerdict>,
    },
}

/// Walks back over the activity days, newest first, until a red (which holds) or a run judged
/// in full (which settles what came before it).
pub(super) fn walk(days: &Days<'_>, t: &Thresholds) -> Walk {
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
            let usual_default = days.usual_is_default(day, t);
            return Walk::RedMorning { day, score, usual, usual_default, walked };
        }
    }
    if walked.is_empty() { Walk::Nothing } else { Walk::Judged { walked } }
}

/// DATA-3: the settled mornings in a row after `event`, when there are enough of them.
pub(super) fn settled_pair(
    days: &Days<'_>,
    event: LocalDay,
    t: &Thresholds,
) -> Option<Vec<(LocalDay, u8)>> {
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

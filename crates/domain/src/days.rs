//! The diary as it stood at the end of one day, read once into day-by-day form: each day's
//! highest pain per moment, the running days, and the activity days the pain model judges.
//!
//! Every rule that walks the diary day by day reads it through [`Days`], so that a long history
//! costs one pass and a lookup per day rather than a scan of every entry for every day.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::diary::{History, PainEntry, PainMoment, RunRecord, SessionPain};
use crate::{LocalDay, Thresholds, stats};

/// A day's highest score for each moment, after during and after entries have been placed on
/// the day of the run they belong to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DayPain {
    pub(crate) during: Option<u8>,
    pub(crate) after: Option<u8>,
    pub(crate) morning: Option<u8>,
    pub(crate) night: Option<u8>,
    /// The highest pain answered in an exercise session that day (DATA-7).
    pub(crate) session: Option<u8>,
    /// The highest pain in daily life: morning and daily entries on their own day (NRS-1).
    pub(crate) daily_life: Option<u8>,
}

fn raise(slot: &mut Option<u8>, score: u8) {
    *slot = Some(slot.map_or(score, |s| s.max(score)));
}

/// What the entries dated one day say, wherever the pain model places them: the TRIAGE-4 signs
/// read the diary by the day an entry was logged for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Logged {
    /// The highest score of any entry dated that day.
    pub(crate) highest: u8,
    /// An entry that day said the pain gets in the way of daily life.
    pub(crate) limits_daily_life: bool,
    /// An entry that day described the pain as sharp.
    pub(crate) sharp: bool,
}

#[derive(Debug)]
pub(crate) struct Days<'a> {
    pub(crate) today: LocalDay,
    /// Running runs on or before today, by day, then distance, then id.
    pub(crate) runs: Vec<&'a RunRecord>,
    /// The distinct days of `runs`, in order.
    pub(crate) run_days: Vec<LocalDay>,
    pain: ByDay<DayPain>,
    /// By the day each entry is dated.
    logged: ByDay<Logged>,
    /// Days with a run, pain logged during or after activity, or a session with its pain, in
    /// order: the days the pain model judges.
    pub(crate) activity: Vec<LocalDay>,
    /// [`Days::usual_morning`] as answered, by day and the thresholds it read: a day's usual
    /// level reads only mornings up to that day, which a walk forward never changes.
    usual: RefCell<HashMap<(LocalDay, i32, usize, u8), f64>>,
}

impl<'a> Days<'a> {
    /// Reads `history` as of the end of `today`; anything dated later is left out (DATA-9).
    pub(crate) fn new(history: &'a History, today: LocalDay, t: &Thresholds) -> Self {
        let mut walk = DayWalk::new(history);
        walk.advance(today, t);
        walk.days
    }

    pub(crate) fn pain(&self, day: LocalDay) -> DayPain {
        self.pain.get(day).copied().unwrap_or_default()
    }

    pub(crate) fn is_run_day(&self, day: LocalDay) -> bool {
        self.run_days.binary_search(&day).is_ok()
    }

    /// The first run day after `day`, if there is one by today.
    pub(crate) fn next_run_day(&self, day: LocalDay) -> Option<LocalDay> {
        let i = self.run_days.partition_point(|d| *d <= day);
        self.run_days.get(i).copied()
    }

    /// The last run day before `day`.
    pub(crate) fn run_day_before(&self, day: LocalDay) -> Option<LocalDay> {
        let i = self.run_days.partition_point(|d| *d < day);
        i.checked_sub(1).map(|i| self.run_days[i])
    }

    /// The runs of one day, shortest first.
    pub(crate) fn runs_on(&self, day: LocalDay) -> &[&'a RunRecord] {
        let from = self.runs.partition_point(|r| r.day < day);
        let to = self.runs.partition_point(|r| r.day <= day);
        &self.runs[from..to]
    }

    /// Each day's highest morning score on days `from..=to`, in day order.
    pub(crate) fn mornings(
        &self,
        from: LocalDay,
        to: LocalDay,
    ) -> impl Iterator<Item = (LocalDay, u8)> {
        self.pain.range(from, to).iter().filter_map(|(day, p)| p.morning.map(|m| (*day, m)))
    }

    /// Each day's highest morning score on every day up to `to`, in day order.
    pub(crate) fn mornings_until(&self, to: LocalDay) -> impl Iterator<Item = (LocalDay, u8)> {
        self.pain.until(to).iter().filter_map(|(day, p)| p.morning.map(|m| (*day, m)))
    }

    /// Each day's highest exercise-session pain on `from..=to`, in order (DATA-7).
    pub(crate) fn session_pain(
        &self,
        from: LocalDay,
        to: LocalDay,
    ) -> impl Iterator<Item = (LocalDay, u8)> {
        self.pain.range(from, to).iter().filter_map(|(day, p)| p.session.map(|s| (*day, s)))
    }

    /// What the entries dated on `from..=to` say, by day, in order.
    pub(crate) fn logged(
        &self,
        from: LocalDay,
        to: LocalDay,
    ) -> impl Iterator<Item = (LocalDay, Logged)> {
        self.logged.range(from, to).iter().copied()
    }

    /// Each day's highest pain in daily life (morning or daily entries) on `from..=to`, in order.
    pub(crate) fn daily_life(
        &self,
        from: LocalDay,
        to: LocalDay,
    ) -> impl Iterator<Item = (LocalDay, u8)> {
        self.pain.range(from, to).iter().filter_map(|(day, p)| p.daily_life.map(|s| (*day, s)))
    }

    /// The mean of [`Days::daily_life`] over `from..=to` (days with no entry left out).
    pub(crate) fn mean_daily_life(&self, from: LocalDay, to: LocalDay) -> Option<f64> {
        let values: Vec<f64> = self.daily_life(from, to).map(|(_, s)| f64::from(s)).collect();
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    }

    /// Days on `from..=to` with night pain at or above `min`, in order.
    pub(crate) fn painful_nights(
        &self,
        from: LocalDay,
        to: LocalDay,
        min: u8,
    ) -> Vec<(LocalDay, u8)> {
        self.pain
            .range(from, to)
            .iter()
            .filter_map(|(day, p)| p.night.filter(|n| *n >= min).map(|n| (*day, n)))
            .collect()
    }

    /// The runner's usual morning pain up to `day` (PAIN-2): the median of the mornings in the
    /// window up to and including that day's own (pre-run) morning. While fewer than the
    /// threshold are known it is the default, but never above the highest of those known: a
    /// morning left out of the diary must not make the usual level more forgiving.
    /// Whether the usual level up to `day` is still runwell's default (too few mornings known).
    pub(crate) fn usual_is_default(&self, day: LocalDay, t: &Thresholds) -> bool {
        self.mornings(day.plus_days(-t.usual_morning_days), day).count()
            < t.usual_morning_min_entries
    }

    pub(crate) fn usual_morning(&self, day: LocalDay, t: &Thresholds) -> f64 {
        if day > self.today {
            return self.usual_morning_now(day, t);
        }
        let key = (day, t.usual_morning_days, t.usual_morning_min_entries, t.usual_morning_default);
        if let Some(usual) = self.usual.borrow().get(&key) {
            return *usual;
        }
        let usual = self.usual_morning_now(day, t);
        self.usual.borrow_mut().insert(key, usual);
        usual
    }

    fn usual_morning_now(&self, day: LocalDay, t: &Thresholds) -> f64 {
        let scores: Vec<f64> = self
            .mornings(day.plus_days(-t.usual_morning_days), day)
            .map(|(_, m)| f64::from(m))
            .collect();
        let default = f64::from(t.usual_morning_default);
        if scores.len() < t.usual_morning_min_entries {
            return scores.iter().copied().reduce(f64::max).map_or(default, |m| m.min(default));
        }
        stats::median(scores).unwrap_or(default)
    }
}

/// The diary read forward a day at a time: each step adds only the entries dated in the days it
/// passes, so that answering every day of ten years reads each entry once rather than once a
/// day. [`Days::new`] is one step of it, so the two cannot disagree.
#[derive(Debug)]
pub(crate) struct DayWalk<'a> {
    /// Running runs, by day, then distance, then id (the order `Days::runs` keeps).
    runs: Vec<&'a RunRecord>,
    /// Pain entries and session pain by day.
    pain: Vec<&'a PainEntry>,
    session_pain: Vec<&'a SessionPain>,
    /// How many of each are read so far.
    read: (usize, usize, usize),
    run_day_of: HashMap<i64, LocalDay>,
    exact: bool,
    pub(crate) days: Days<'a>,
}

impl<'a> DayWalk<'a> {
    pub(crate) fn new(history: &'a History) -> Self {
        let mut runs: Vec<&RunRecord> =
            history.runs.iter().filter(|r| r.sport.is_running()).collect();
        runs.sort_by(|a, b| {
            a.day
                .cmp(&b.day)
                .then(a.distance.get().total_cmp(&b.distance.get()))
                .then(a.id.cmp(&b.id))
        });
        let mut pain: Vec<&PainEntry> = history.pain.iter().collect();
        pain.sort_by_key(|p| p.day);
        let mut session_pain: Vec<&SessionPain> = history.session_pain.iter().collect();
        session_pain.sort_by_key(|s| s.day);
        // An entry linked to a run dated after it belongs to that run's day only once the run is
        // in the diary: reading forward would already have placed it on its own day.
        let run_day: HashMap<i64, LocalDay> = runs.iter().map(|r| (r.id, r.day)).collect();
        let exact = !pain.iter().any(|p| {
            matches!(p.moment, PainMoment::During | PainMoment::After)
                && p.run_id.and_then(|id| run_day.get(&id)).is_some_and(|d| *d > p.day)
        });
        let days = Days {
            today: crate::plausible::first_day(),
            runs: Vec::new(),
            run_days: Vec::new(),
            pain: ByDay::default(),
            logged: ByDay::default(),
            activity: Vec::new(),
            usual: RefCell::default(),
        };
        Self { runs, pain, session_pain, read: (0, 0, 0), run_day_of: HashMap::new(), exact, days }
    }

    /// Whether every step reads the diary exactly as [`Days::new`] would on that day.
    pub(crate) fn is_exact(&self) -> bool {
        self.exact
    }

    /// The diary as of the end of `today`, which is never before the day of the last step.
    pub(crate) fn advance(&mut self, today: LocalDay, t: &Thresholds) -> &Days<'a> {
        debug_assert!(today >= self.days.today || self.read == (0, 0, 0), "walks forward only");
        let days = &mut self.days;
        days.today = today;
        while let Some(run) = self.runs.get(self.read.0).filter(|r| r.day <= today) {
            days.runs.push(run);
            if days.run_days.last() != Some(&run.day) {
                days.run_days.push(run.day);
            }
            self.run_day_of.insert(run.id, run.day);
            insert_day(&mut days.activity, run.day);
            self.read.0 += 1;
        }
        while let Some(entry) = self.pain.get(self.read.1).filter(|p| p.day <= today) {
            let score = entry.score.value();
            let logged = days.logged.entry(entry.day);
            logged.highest = logged.highest.max(score);
            logged.limits_daily_life |= entry.limits_daily_life;
            logged.sharp |= entry.character == Some(crate::diary::Character::Sharp);
            let day = match entry.moment {
                PainMoment::During | PainMoment::After => {
                    match entry.run_id.and_then(|id| self.run_day_of.get(&id)) {
                        Some(run_day) => *run_day,
                        None => unlinked_day(entry.day, entry.moment, &days.run_days, t),
                    }
                }
                _ => entry.day,
            };
            let slot = days.pain.entry(day);
            if matches!(entry.moment, PainMoment::Morning | PainMoment::Daily) {
                raise(&mut slot.daily_life, score);
            }
            match entry.moment {
                PainMoment::During => raise(&mut slot.during, score),
                PainMoment::After => raise(&mut slot.after, score),
                PainMoment::Morning => raise(&mut slot.morning, score),
                PainMoment::Night => raise(&mut slot.night, score),
                // Pain in daily life feeds the triage rules, which read the diary themselves.
                PainMoment::Daily => {}
            }
            if matches!(entry.moment, PainMoment::During | PainMoment::After) {
                insert_day(&mut days.activity, day);
            }
            self.read.1 += 1;
        }
        while let Some(session) = self.session_pain.get(self.read.2).filter(|s| s.day <= today) {
            raise(&mut days.pain.entry(session.day).session, session.score.value());
            insert_day(&mut days.activity, session.day);
            self.read.2 += 1;
        }
        &self.days
    }
}

/// Values by day, in day order. The walk forward adds days at the end or close to it (an
/// entry for a run's day is placed a day or two back), so a vector that looks from its end
/// finds a day's place sooner than a tree, and its ranges are slices.
#[derive(Debug)]
struct ByDay<T>(Vec<(LocalDay, T)>);

impl<T> Default for ByDay<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: Default> ByDay<T> {
    /// The value for `day`, put in its place as the default if there was none.
    fn entry(&mut self, day: LocalDay) -> &mut T {
        let days = &mut self.0;
        let at = match days.last() {
            Some((last, _)) if *last == day => days.len() - 1,
            Some((last, _)) if *last > day => match days.binary_search_by(|(d, _)| d.cmp(&day)) {
                Ok(i) => i,
                Err(i) => {
                    days.insert(i, (day, T::default()));
                    i
                }
            },
            _ => {
                days.push((day, T::default()));
                days.len() - 1
            }
        };
        &mut days[at].1
    }
}

impl<T> ByDay<T> {
    fn get(&self, day: LocalDay) -> Option<&T> {
        let i = self.0.binary_search_by(|(d, _)| d.cmp(&day)).ok()?;
        Some(&self.0[i].1)
    }

    /// The days `from..=to` (none when `from` is after `to`).
    fn range(&self, from: LocalDay, to: LocalDay) -> &[(LocalDay, T)] {
        let start = self.0.partition_point(|(d, _)| *d < from);
        let end = self.0.partition_point(|(d, _)| *d <= to).max(start);
        &self.0[start..end]
    }

    /// Every day up to `to`.
    fn until(&self, to: LocalDay) -> &[(LocalDay, T)] {
        &self.0[..self.0.partition_point(|(d, _)| *d <= to)]
    }
}

/// Puts `day` into the sorted, distinct `days`.
fn insert_day(days: &mut Vec<LocalDay>, day: LocalDay) {
    if let Err(at) = days.binary_search(&day) {
        days.insert(at, day);
    }
}

/// The day an unlinked during or after entry belongs to (one linked to a run belongs to that
/// run's day). An "after" entry on a day without a run of its own belongs to a run up to the
/// grace days before it (DATA-1: "by the end of the next day").
fn unlinked_day(
    day: LocalDay,
    moment: PainMoment,
    run_days: &[LocalDay],
    t: &Thresholds,
) -> LocalDay {
    if moment != PainMoment::After || run_days.binary_search(&day).is_ok() {
        return day;
    }
    let i = run_days.partition_point(|d| *d < day);
    match i.checked_sub(1).map(|i| run_days[i]) {
        Some(run_day) if day.days_since(run_day) <= t.pain_entry_grace_days => run_day,
        _ => day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> LocalDay {
        LocalDay::parse(text).unwrap()
    }

    #[test]
    fn days_added_out_of_order_are_kept_in_order_once_each() {
        let mut by_day: ByDay<u8> = ByDay::default();
        for (text, n) in
            [("2026-03-05", 1), ("2026-03-07", 2), ("2026-03-06", 3), ("2026-03-01", 4)]
        {
            *by_day.entry(day(text)) += n;
        }
        *by_day.entry(day("2026-03-07")) += 10;
        *by_day.entry(day("2026-03-06")) += 10;
        let days: Vec<(String, u8)> = by_day.0.iter().map(|(d, n)| (d.to_string(), *n)).collect();
        let want = [("2026-03-01", 4), ("2026-03-05", 1), ("2026-03-06", 13), ("2026-03-07", 12)];
        assert_eq!(days, want.map(|(d, n)| (d.to_owned(), n)));
        assert_eq!(by_day.get(day("2026-03-06")), Some(&13));
        assert_eq!(by_day.get(day("2026-03-02")), None);
        assert_eq!(by_day.range(day("2026-03-02"), day("2026-03-06")).len(), 2);
        assert!(by_day.range(day("2026-03-07"), day("2026-03-01")).is_empty());
        assert_eq!(by_day.until(day("2026-03-05")).len(), 2);
    }

    #[test]
    fn an_unlinked_after_entry_belongs_to_the_run_of_the_day_before() {
        let t = Thresholds::default();
        let runs = [day("2026-11-09"), day("2026-11-12")];
        // Each row: the entry's day and moment, the day it belongs to.
        let check = |on: &str, moment: PainMoment, belongs: &str| {
            assert_eq!(unlinked_day(day(on), moment, &runs, &t), day(belongs), "{on} {moment}");
        };
        check("2026-11-09", PainMoment::After, "2026-11-09");
        check("2026-11-10", PainMoment::After, "2026-11-09");
        check("2026-11-11", PainMoment::After, "2026-11-11");
        // "During" is felt during something on its own day.
        check("2026-11-10", PainMoment::During, "2026-11-10");
        // A day with a run of its own keeps its entries.
        check("2026-11-12", PainMoment::After, "2026-11-12");
        check("2026-11-08", PainMoment::After, "2026-11-08");
    }

    #[test]
    fn the_usual_morning_is_the_default_until_three_are_known_but_never_above_them() {
        let t = Thresholds::default();
        let check = |mornings: &[u8], usual: f64| {
            let pain = mornings
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let score = crate::PainScore::new(i64::from(*m)).unwrap();
                    let on = day("2026-11-01").plus_days(i as i32);
                    crate::diary::PainEntry::new(on, PainMoment::Morning, score)
                })
                .collect();
            let history = History { pain, ..History::default() };
            let days = Days::new(&history, day("2026-11-10"), &t);
            assert_eq!(days.usual_morning(day("2026-11-10"), &t), usual, "{mornings:?}");
        };
        check(&[], 2.0);
        check(&[0], 0.0);
        check(&[1, 5], 2.0);
        check(&[4, 4], 2.0);
        check(&[0, 0, 1], 0.0);
        check(&[3, 3, 5, 5], 4.0);
    }
}

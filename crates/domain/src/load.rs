//! Training load: distance and duration per day and week, session load (LOAD-1), the EWMA and
//! rolling load trend (LOAD-2, LOAD-3), monotony and strain (LOAD-4), TRIMP (LOAD-5), weekly
//! change (WEEK-1, WEEK-2) and the single-run spike with today's suggested cap (SPIKE-1).
//!
//! All of it is descriptive except SPIKE-1 and WEEK-1, which give lights. Only running counts
//! towards running distance; every session with an effort counts towards load.

use serde::Serialize;

use crate::diary::{History, RunRecord};
use crate::reason::Reason;
use crate::text::{Arg, Text};
use crate::{DistanceM, DistanceUnit, HeartRate, Light, LocalDay, Sex, Thresholds, stats};

fn running(history: &History) -> impl Iterator<Item = &RunRecord> {
    history.runs.iter().filter(|r| r.sport.is_running())
}

/// The running runs by day, then distance, then id: the order [`crate::days::Days`] keeps them
/// in, which the SPIKE-1 and WEEK-1 rules read windows of.
pub(crate) fn sorted_running(history: &History) -> Vec<&RunRecord> {
    let mut runs: Vec<&RunRecord> = running(history).collect();
    runs.sort_by(|a, b| {
        a.day.cmp(&b.day).then(a.distance.get().total_cmp(&b.distance.get())).then(a.id.cmp(&b.id))
    });
    runs
}

/// The runs of `runs` (sorted by day) on days `from..=to`.
pub(crate) fn window<'r, 'a>(
    runs: &'r [&'a RunRecord],
    from: LocalDay,
    to: LocalDay,
) -> &'r [&'a RunRecord] {
    let start = runs.partition_point(|r| r.day < from);
    let end = runs.partition_point(|r| r.day <= to).max(start);
    &runs[start..end]
}

/// Running distance in metres on days `from..=to`.
pub fn distance_between(history: &History, from: LocalDay, to: LocalDay) -> f64 {
    distance_in(&sorted_running(history), from, to)
}

/// [`distance_between`] over the running runs sorted by day.
pub(crate) fn distance_in(runs: &[&RunRecord], from: LocalDay, to: LocalDay) -> f64 {
    // `+ 0.0` turns the empty sum's -0.0 into 0.0, so nothing prints as "-0.0 km".
    window(runs, from, to).iter().map(|r| r.distance.get()).sum::<f64>() + 0.0
}

/// Running time in seconds on days `from..=to`.
pub fn duration_between(history: &History, from: LocalDay, to: LocalDay) -> f64 {
    running(history).filter(|r| r.day >= from && r.day <= to).map(|r| r.duration.get()).sum::<f64>()
        + 0.0
}

/// The RPE used for a session without one (LOAD-1's stated fallback): the median of the
/// runner's rated runs, or the default when none is rated.
pub fn fallback_rpe(history: &History, t: &Thresholds) -> f64 {
    let mut counts = [0usize; 11];
    for rpe in history.runs.iter().filter_map(|r| r.rpe) {
        counts[usize::from(rpe.value().min(10))] += 1;
    }
    stats::median_of_counts(&counts).unwrap_or(f64::from(t.rpe_fallback))
}

/// Session load (LOAD-1, Foster 2001): RPE × minutes, for every run and exercise session on
/// `day`.
pub fn day_load(history: &History, day: LocalDay, fallback: f64) -> f64 {
    let runs = history
        .runs
        .iter()
        .filter(|r| r.day == day)
        .map(|r| r.rpe.map_or(fallback, |x| f64::from(x.value())) * r.duration.minutes());
    let sessions = history
        .sessions
        .iter()
        .filter(|s| s.day == day)
        .map(|s| s.rpe.map_or(fallback, |x| f64::from(x.value())) * s.duration.minutes());
    runs.chain(sessions).sum::<f64>() + 0.0
}

/// The first day with any load, if there is one.
pub fn first_load_day(history: &History) -> Option<LocalDay> {
    history.runs.iter().map(|r| r.day).chain(history.sessions.iter().map(|s| s.day)).min()
}

/// The load trend on a day (LOAD-2, LOAD-3).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LoadTrend {
    pub today_load: f64,
    pub acute: f64,
    pub chronic: f64,
    /// Acute ÷ chronic, only from the 28th day of data and never when chronic is 0.
    pub ratio: Option<f64>,
    /// Mean load of the last 7 days ÷ mean of days t−27…t−7 (the uncoupled variant).
    pub rolling_ratio: Option<f64>,
    pub days_of_data: i32,
    /// LOAD-4: mean daily load ÷ its standard deviation over the last 7 days (rest days 0).
    pub monotony: Option<f64>,
    /// LOAD-4: the week's load × monotony.
    pub strain: Option<f64>,
    pub week_load: f64,
}

/// EWMA smoothing factor λ = 2/(N+1) (LOAD-2).
fn lambda(days: u32) -> f64 {
    2.0 / (f64::from(days) + 1.0)
}

/// The load trend on `today`, or `None` before any load. The EWMAs start from 0 on the day
/// before the first day with load.
pub fn load_trend(history: &History, today: LocalDay, t: &Thresholds) -> Option<LoadTrend> {
    LoadWalk::default().at(history, today, t)
}

/// [`load_trend`] on day after day of a history that only ever gains entries, appended and
/// dated after the last day asked (the weekly trend's walk): the same arithmetic, keeping the
/// day loads, the EWMAs and the RPE counts between days instead of reading every entry and
/// folding every day since the first again. The loads are folded again from the first day
/// whenever the fallback RPE (a median over every rated run) moves and a load folded so far
/// used it, because it weighs every unrated run and session.
#[derive(Debug, Default)]
pub(crate) struct LoadWalk {
    first: Option<LocalDay>,
    /// The fallback RPE the folded loads were weighed with, where `unrated`.
    fallback: f64,
    /// Whether a folded load used the fallback (a run or session without an RPE).
    unrated: bool,
    /// Rated runs by RPE, for the fallback, and how many runs and sessions are read.
    rpe_counts: [usize; 11],
    seen: (usize, usize),
    /// Day loads from `first` through the last day asked, and the EWMAs after them.
    loads: Vec<f64>,
    acute: f64,
    chronic: f64,
}

impl LoadWalk {
    pub(crate) fn at(
        &mut self,
        history: &History,
        today: LocalDay,
        t: &Thresholds,
    ) -> Option<LoadTrend> {
        let first = match self.first {
            Some(first) => first,
            None => *self.first.insert(first_load_day(history)?),
        };
        if first > today {
            return None;
        }
        let runs_seen = self.seen.0.min(history.runs.len());
        for rpe in history.runs[runs_seen..].iter().filter_map(|r| r.rpe) {
            self.rpe_counts[usize::from(rpe.value().min(10))] += 1;
        }
        let fallback =
            stats::median_of_counts(&self.rpe_counts).unwrap_or(f64::from(t.rpe_fallback));
        let days = today.days_since(first) + 1;
        let total = usize::try_from(days).unwrap_or(0);
        let mut folded = self.loads.len();
        let mut seen = (runs_seen, self.seen.1.min(history.sessions.len()));
        let moved = self.unrated && fallback.to_bits() != self.fallback.to_bits();
        if folded == 0 || folded > total || moved {
            (self.loads, self.acute, self.chronic, self.unrated) = (Vec::new(), 0.0, 0.0, false);
            (folded, seen) = (0, (0, 0));
        }
        // Every load folded so far is weighed with this fallback, or needs none.
        self.fallback = fallback;
        self.seen = (history.runs.len(), history.sessions.len());
        // One pass over the history into the new days' loads, so that long histories stay
        // linear.
        let mut fresh = vec![0.0; total - folded];
        let mut unrated = false;
        let mut add = |day: LocalDay, rpe: Option<crate::Rpe>, minutes: f64| {
            let index =
                usize::try_from(day.days_since(first)).ok().and_then(|i| i.checked_sub(folded));
            if let Some(slot) = index.and_then(|i| fresh.get_mut(i)) {
                unrated |= rpe.is_none();
                *slot += rpe.map_or(fallback, |x| f64::from(x.value())) * minutes;
            }
        };
        for r in &history.runs[seen.0..] {
            add(r.day, r.rpe, r.duration.minutes());
        }
        for s in &history.sessions[seen.1..] {
            add(s.day, s.rpe, s.duration.minutes());
        }
        self.unrated |= unrated;
        let (la, lc) = (lambda(t.acute_days), lambda(t.chronic_days));
        for load in &fresh {
            self.acute = la * load + (1.0 - la) * self.acute;
            self.chronic = lc * load + (1.0 - lc) * self.chronic;
        }
        self.loads.extend(fresh);
        Some(summary(&self.loads, self.acute, self.chronic, days, t))
    }
}

/// The trend from the day loads since the first day with load (the last is today's).
fn summary(loads: &[f64], acute: f64, chronic: f64, days: i32, t: &Thresholds) -> LoadTrend {
    let ratio = (days >= t.ratio_min_days && chronic > 0.0).then(|| acute / chronic);
    // Loads before the first day are zero, so windows reaching back before it are well defined.
    let load_at = |back: i32| -> f64 {
        let index = days - 1 - back;
        if index >= 0 { loads[index as usize] } else { 0.0 }
    };
    let recent: f64 = (0..7).map(load_at).sum::<f64>() / 7.0;
    let older: f64 = (7..28).map(load_at).sum::<f64>() / 21.0;
    let rolling_ratio = (days >= t.ratio_min_days && older > 0.0).then(|| recent / older);
    let week: Vec<f64> = (0..7).map(load_at).collect();
    let week_load: f64 = week.iter().sum();
    let mean = week_load / 7.0;
    let sd = (week.iter().map(|l| (l - mean).powi(2)).sum::<f64>() / 7.0).sqrt();
    let monotony = (sd > 0.0).then(|| mean / sd);
    LoadTrend {
        today_load: load_at(0),
        acute,
        chronic,
        ratio,
        rolling_ratio,
        days_of_data: days,
        monotony,
        strain: monotony.map(|m| week_load * m),
        week_load,
    }
}

/// LOAD-3: an amber hint when the ratio is above 1.5; never red, never overriding PAIN or SPIKE.
pub fn load_reason(trend: &LoadTrend, t: &Thresholds) -> Option<Reason> {
    let ratio = trend.ratio?;
    (ratio > t.ratio_amber + EPSILON).then(|| {
        Reason::new(
            "LOAD-3",
            Light::Amber,
            Text::new("advice-load-rising").with("ratio", Arg::Number(ratio, 2)),
        )
    })
}

/// Banister's TRIMP for one session (LOAD-5): minutes × HRr × weighting, with HRr the heart-rate
/// reserve used. With sex unknown, the mean of the two weightings *(default)*.
pub fn trimp(
    minutes: f64,
    avg: HeartRate,
    rest: HeartRate,
    max: HeartRate,
    sex: Option<Sex>,
) -> Option<f64> {
    if max <= rest {
        return None;
    }
    let hrr = ((f64::from(avg.bpm()) - f64::from(rest.bpm()))
        / (f64::from(max.bpm()) - f64::from(rest.bpm())))
    .clamp(0.0, 1.0);
    let male = 0.64 * (1.92 * hrr).exp();
    let female = 0.86 * (1.67 * hrr).exp();
    let weight = match sex {
        Some(Sex::Male) => male,
        Some(Sex::Female) => female,
        None => (male + female) / 2.0,
    };
    Some(minutes * hrr * weight)
}

/// A run's spike against the longest single run of the 30 days before it (SPIKE-1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spike {
    pub run_id: i64,
    pub day: LocalDay,
    pub distance_m: f64,
    pub longest_before_m: f64,
    /// distance ÷ longest − 1; `None` for the first run after more than 30 days without one,
    /// which is judged red (there is nothing to compare it with, and the break is the spike).
    pub spike: Option<f64>,
    pub light: Light,
}

/// Whether fewer than the spike window's days of running history lie before `day`, so that the
/// runner's declared recent longest run is used as well.
pub(crate) fn history_is_short(history: &History, day: LocalDay, t: &Thresholds) -> bool {
    short_in(&sorted_running(history), day, t)
}

pub(crate) fn short_in(runs: &[&RunRecord], day: LocalDay, t: &Thresholds) -> bool {
    runs.first().is_none_or(|first| day.days_since(first.day) < t.spike_window_days)
}

/// Whether the runner's declared recent longest run counts on `day`: while history is shorter
/// than the spike window (SPIKE-1), or when it was declared in the window up to `day` (DATA-5:
/// after a break, a fresh answer is the basis).
pub fn declared_counts(history: &History, day: LocalDay, t: &Thresholds) -> bool {
    declared_counts_in(&sorted_running(history), history, day, t)
}

pub(crate) fn declared_counts_in(
    runs: &[&RunRecord],
    history: &History,
    day: LocalDay,
    t: &Thresholds,
) -> bool {
    history.declared_longest.is_some()
        && (short_in(runs, day, t)
            || history
                .declared_on
                .is_some_and(|on| on <= day && day.days_since(on) <= t.spike_window_days))
}

/// The longest single run on days `day−30…day−1` (DATA-9), with the runner's declared longest
/// recent run counted while it counts ([`declared_counts`]).
pub fn longest_before(history: &History, day: LocalDay, t: &Thresholds) -> Option<DistanceM> {
    longest_before_in(&sorted_running(history), history, day, t)
}

/// [`longest_before`] with the running runs sorted by day (`history` gives the declaration).
pub(crate) fn longest_before_in(
    runs: &[&RunRecord],
    history: &History,
    day: LocalDay,
    t: &Thresholds,
) -> Option<DistanceM> {
    let from = day.plus_days(-t.spike_window_days);
    let recorded = window(runs, from, day.plus_days(-1))
        .iter()
        .map(|r| r.distance)
        .max_by(|a, b| a.get().total_cmp(&b.get()));
    let declared =
        if declared_counts_in(runs, history, day, t) { history.declared_longest } else { None };
    match (recorded, declared) {
        (Some(a), Some(b)) => Some(if a.get() >= b.get() { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Ratios are compared with a small tolerance, so that 11 km after 10 km is exactly +10 % as a
/// runner reads it, not 10.000000000000009 %.
const EPSILON: f64 = 1e-9;

pub fn spike_light(spike: f64, t: &Thresholds) -> Light {
    if spike <= t.spike_green_max + EPSILON {
        Light::Green
    } else if spike <= t.spike_amber_max + EPSILON {
        Light::Amber
    } else {
        Light::Red
    }
}

/// A run against the longest single run of the 30 days before it (SPIKE-1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RunSpike {
    /// distance ÷ longest − 1.
    Ratio(f64),
    /// Nothing to compare with and no history at all before it: not judged (DATA-5).
    NoBasis,
    /// Earlier history but no run in the 30 days before: the first run back, judged red.
    AfterBreak,
}

impl RunSpike {
    /// The SPIKE-1 light, `None` when it could not be judged.
    pub fn light(self, t: &Thresholds) -> Option<Light> {
        match self {
            RunSpike::Ratio(r) => Some(spike_light(r, t)),
            RunSpike::NoBasis => None,
            RunSpike::AfterBreak => Some(Light::Red),
        }
    }
}

pub fn run_spike(history: &History, run: &RunRecord, t: &Thresholds) -> RunSpike {
    run_spike_in(&sorted_running(history), history, run, t)
}

/// [`run_spike`] with the running runs sorted by day.
pub(crate) fn run_spike_in(
    runs: &[&RunRecord],
    history: &History,
    run: &RunRecord,
    t: &Thresholds,
) -> RunSpike {
    match longest_before_in(runs, history, run.day, t) {
        Some(longest) if longest.get() > 0.0 => {
            RunSpike::Ratio(run.distance.get() / longest.get() - 1.0)
        }
        _ if short_in(runs, run.day, t) => RunSpike::NoBasis,
        _ => RunSpike::AfterBreak,
    }
}

/// The spike of the most recent run within the recent window, if it can be judged.
pub fn last_run_spike(history: &History, today: LocalDay, t: &Thresholds) -> Option<Spike> {
    last_run_spike_in(&sorted_running(history), history, today, t)
}

/// [`last_run_spike`] with the running runs sorted by day.
pub(crate) fn last_run_spike_in(
    runs: &[&RunRecord],
    history: &History,
    today: LocalDay,
    t: &Thresholds,
) -> Option<Spike> {
    let from = today.plus_days(-t.recent_run_days);
    // The longest of the latest day's runs, so the result does not depend on logging order.
    let last = window(runs, from, today).iter().max_by(|a, b| {
        a.day.cmp(&b.day).then(a.distance.get().total_cmp(&b.distance.get())).then(b.id.cmp(&a.id))
    })?;
    let ratio = match run_spike_in(runs, history, last, t) {
        RunSpike::Ratio(r) => Some(r),
        RunSpike::NoBasis => return None,
        RunSpike::AfterBreak => None,
    };
    Some(Spike {
        run_id: last.id,
        day: last.day,
        distance_m: last.distance.get(),
        longest_before_m: longest_before_in(runs, history, last.day, t).map_or(0.0, |d| d.get()),
        spike: ratio,
        light: ratio.map_or(Light::Red, |r| spike_light(r, t)),
    })
}

pub fn spike_reason(spike: &Spike, t: &Thresholds, unit: DistanceUnit) -> Reason {
    let run = Arg::Distance(spike.distance_m, unit);
    let Some(ratio) = spike.spike else {
        return Reason::new(
            "SPIKE-1",
            Light::Red,
            Text::new("advice-spike-after-break")
                .with("day", spike.day)
                .with("run", run)
                .with("count", t.spike_window_days),
        );
    };
    let id = match spike.light {
        Light::Green => "advice-spike-green",
        Light::Amber => "advice-spike-amber",
        Light::Red if ratio > t.spike_severe => "advice-spike-double",
        Light::Red => "advice-spike-red",
    };
    let message = Text::new(id)
        .with("day", spike.day)
        .with("run", run)
        .with("rise", Arg::Percent(ratio * 100.0))
        .with("longest", Arg::Distance(spike.longest_before_m, unit));
    Reason::new("SPIKE-1", spike.light, message)
}

/// Today's suggested cap for a single run: 1.10 × the longest run of the previous 30 days.
pub fn spike_cap(history: &History, today: LocalDay, t: &Thresholds) -> Option<DistanceM> {
    longest_before(history, today, t)
        .and_then(|l| DistanceM::new(l.get() * t.spike_cap_factor).ok())
}

/// Distance in the last 7 days against the 7 days before (WEEK-1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekChange {
    pub this_week_m: f64,
    pub previous_week_m: f64,
    /// this ÷ previous − 1; `None` when the previous week had no running.
    pub change: Option<f64>,
    pub light: Light,
    /// WEEK-2: the optional conservative cap for this week (previous week + 10 %).
    pub conservative_cap_m: Option<f64>,
}

/// WEEK-1 over rolling 7-day windows ending `today`, so that the answer does not jump on
/// Mondays. DATA-9: no comparison when the 7 days before are empty (a first week back is
/// SPIKE-1's to judge).
pub fn week_change(history: &History, today: LocalDay, t: &Thresholds) -> WeekChange {
    week_change_in(&sorted_running(history), today, t)
}

/// [`week_change`] with the running runs sorted by day.
pub(crate) fn week_change_in(runs: &[&RunRecord], today: LocalDay, t: &Thresholds) -> WeekChange {
    let week = t.week_days;
    let this_week = distance_in(runs, today.plus_days(-(week - 1)), today);
    let previous = distance_in(runs, today.plus_days(-(2 * week - 1)), today.plus_days(-week));
    let change = (previous > 0.0).then(|| this_week / previous - 1.0);
    let light = match change {
        Some(c) if c > t.week_change_amber + EPSILON => Light::Amber,
        _ => Light::Green,
    };
    WeekChange {
        this_week_m: this_week,
        previous_week_m: previous,
        change,
        light,
        conservative_cap_m: (previous > 0.0).then_some(previous * (1.0 + t.week_conservative_cap)),
    }
}

pub fn week_reason(week: &WeekChange, t: &Thresholds, unit: DistanceUnit) -> Option<Reason> {
    let change = week.change?;
    Some(match week.light {
        Light::Amber => Reason::new(
            "WEEK-1",
            Light::Amber,
            Text::new("advice-week-amber")
                .with("this_week", Arg::Distance(week.this_week_m, unit))
                .with("change", Arg::Percent(change * 100.0))
                .with("previous", Arg::Distance(week.previous_week_m, unit))
                .with("limit", Arg::Number(t.week_change_amber * 100.0, 0)),
        ),
        _ => Reason::new(
            "WEEK-1",
            Light::Green,
            Text::new("advice-week-green")
                .with("change", Arg::Percent(change * 100.0))
                .with("this_week", Arg::Distance(week.this_week_m, unit))
                .with("previous", Arg::Distance(week.previous_week_m, unit)),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::SessionLoad;
    use crate::programme::RoutineKind;
    use crate::{DistanceM, DurationS, Rpe, Sport};

    #[test]
    fn the_walk_gives_load_trend_s_answer_on_every_day_of_a_growing_history() {
        // Ten weeks of runs and sessions, some without an RPE so the fallback weighs them and
        // moves as rated runs arrive; the walk reads a history grown day by day, as the weekly
        // trend does, and must agree with a fresh `load_trend` to the last bit. Unrated entries
        // from the start, only after the fallback has moved a while unused, and never.
        for unrated_from in [0, 40, i32::MAX] {
            walk_agrees(unrated_from);
        }
    }

    fn walk_agrees(unrated_from: i32) {
        let start = LocalDay::parse("2026-01-05").unwrap();
        let mut full = History::default();
        for d in 0..70 {
            let day = start.plus_days(d);
            let unrated = d >= unrated_from;
            if d % 3 != 1 {
                let rpe = (d % 4 != 0 || !unrated).then(|| Rpe::new(i64::from(d % 11)).unwrap());
                full.runs.push(RunRecord {
                    id: i64::from(d),
                    day,
                    sport: Sport::Run,
                    distance: DistanceM::from_km(5.0 + f64::from(d % 7)).unwrap(),
                    duration: DurationS::new(1500.0 + 37.0 * f64::from(d)).unwrap(),
                    rpe,
                    avg_hr: None,
                    surface: None,
                    shoe_id: None,
                    cadence_spm: None,
                });
            }
            if d % 5 == 2 {
                full.sessions.push(SessionLoad {
                    day,
                    routine: RoutineKind::Strength,
                    duration: DurationS::new(1800.0).unwrap(),
                    rpe: (d % 10 == 2 || !unrated).then(|| Rpe::new(6).unwrap()),
                });
            }
        }
        let t = Thresholds::default();
        let mut walk = LoadWalk::default();
        let mut grown = History::default();
        for d in -3..75 {
            let day = start.plus_days(d);
            grown.runs.extend(full.runs.iter().filter(|r| r.day == day).cloned());
            grown.sessions.extend(full.sessions.iter().filter(|s| s.day == day).cloned());
            let fresh = load_trend(&grown, day, &t);
            assert_eq!(walk.at(&grown, day, &t), fresh, "{day}, unrated from {unrated_from}");
        }
        assert!(walk.at(&grown, start.plus_days(80), &t).unwrap().ratio.is_some());
    }
}

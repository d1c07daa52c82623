//! The weekly trend: per training week (Monday to Sunday) the distance, runs, load, mean
//! next-morning pain, the worst light of the week, and whether pain is meaningfully better than
//! in the episode's first week (NRS-1).

use std::collections::HashMap;

use serde::Serialize;

use crate::advice::{advise, judge};
use crate::days::DayWalk;
use crate::diary::History;
use crate::load::{self, LoadWalk};
use crate::pain::morning_mean;
use crate::triage::{self, Answer};
use crate::{DistanceUnit, Light, LocalDay, Profile, Thresholds, shoes, surfaces};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekRow {
    pub week_start: LocalDay,
    pub distance_m: f64,
    pub runs: usize,
    /// LOAD-1 session load summed over the week.
    pub load: f64,
    pub mean_morning_pain: Option<f64>,
    /// The worst of the week's daily lights (up to `today` in the current week). `None` for a
    /// week with no running that is green or has nothing in the diary: an empty week is not a
    /// good week, nor a warning (a week of rest with pain logged keeps its amber or red).
    pub light: Option<Light>,
    pub improvement: ImprovementLabel,
    /// Share of the week's running on road or track, where surfaces are known.
    pub hard_surface_share: Option<f64>,
    /// SHOE-4: a shoe model first run in this week, marked beside the pain trend.
    pub new_shoe: Option<String>,
}

/// NRS-1 for a week, against the pain episode's first week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImprovementLabel {
    /// No pain episode (no morning or daily pain at the episode threshold) by this week.
    NoEpisode,
    /// The episode's first week, the baseline itself.
    Baseline,
    MeaningfullyBetter,
    NotYet,
    /// No morning or daily pain logged this week.
    NoData,
}

/// The last `weeks` training weeks up to the one holding `today`, oldest first.
///
/// Each day's light is the advice's own (steps 1–5), read in one pass: the diary is walked
/// forward a day at a time ([`DayWalk`]) and the history grows by the entries of each day, so
/// ten years cost each entry once rather than once a day. A diary the walk cannot read exactly
/// (an entry linked to a run dated after it) is read afresh for every day instead.
pub fn weekly_trend(
    history: &History,
    profile: &Profile,
    answers: &[Answer],
    today: LocalDay,
    weeks: u32,
    t: &Thresholds,
) -> Vec<WeekRow> {
    let current = today.week_start();
    let weeks = i32::try_from(weeks).unwrap_or(i32::MAX).max(1);
    let fallback = load::fallback_rpe(history, t);
    let episode = triage::improvement(history, today, t);
    let mut walk = DayWalk::new(history);
    let mut grown = Grown::new(history);
    let mut load_walk = LoadWalk::default();
    let exact = walk.is_exact();
    let first_use = first_uses(history);
    (0..weeks)
        .rev()
        .map(|back| {
            let start = current.plus_days(-7 * back);
            let end = start.plus_days(6).min(today);
            let days = end.days_since(start) + 1;
            let light = (0..days)
                .map(|i| {
                    let day = start.plus_days(i);
                    if !exact {
                        return advise(history, profile, answers, day, t, DistanceUnit::Km).light;
                    }
                    let so_far = grown.until(day);
                    let load = load_walk.at(so_far, day, t);
                    judge(so_far, walk.advance(day, t), load, answers, t, DistanceUnit::Km).light
                })
                .max()
                .unwrap_or(Light::Green);
            // Every figure below reads the week's own days only: the week's entries are enough.
            grown.until(end);
            let week = grown.window(start, end);
            let runs = week.runs.iter().filter(|r| r.sport.is_running()).count();
            let logged = !week.pain.is_empty();
            let light = (runs > 0 || (logged && light != Light::Green)).then_some(light);
            let daily = triage::mean_daily_pain(&week, start, end);
            let improvement = match &episode {
                None => ImprovementLabel::NoEpisode,
                Some(e) if end < e.episode_start => ImprovementLabel::NoEpisode,
                Some(e) if start <= e.episode_start => ImprovementLabel::Baseline,
                Some(e) => match daily {
                    None => ImprovementLabel::NoData,
                    Some(m) if triage::is_meaningful(e.baseline_mean, m, t) => {
                        ImprovementLabel::MeaningfullyBetter
                    }
                    Some(_) => ImprovementLabel::NotYet,
                },
            };
            WeekRow {
                week_start: start,
                hard_surface_share: surfaces::hard_share(&week, start, end),
                new_shoe: new_shoes(history, &week, (start, end), &first_use),
                distance_m: load::distance_between(&week, start, end),
                runs,
                load: (0..days).map(|i| load::day_load(&week, start.plus_days(i), fallback)).sum(),
                mean_morning_pain: morning_mean(&week, start, end).0,
                light,
                improvement,
            }
        })
        .collect()
}

/// The day each shoe was first run in.
fn first_uses(history: &History) -> HashMap<i64, LocalDay> {
    let mut first = HashMap::new();
    for run in &history.runs {
        if let Some(shoe) = run.shoe_id {
            let day = first.entry(shoe).or_insert(run.day);
            *day = (*day).min(run.day);
        }
    }
    first
}

/// SHOE-4: the models of `week`'s runs first run in `start..=end`, joined.
fn new_shoes(
    history: &History,
    week: &History,
    (start, end): (LocalDay, LocalDay),
    first_use: &HashMap<i64, LocalDay>,
) -> Option<String> {
    let mut shoe_ids: Vec<i64> = week.runs.iter().filter_map(|r| r.shoe_id).collect();
    shoe_ids.sort_unstable();
    shoe_ids.dedup();
    let new_shoe = shoe_ids
        .into_iter()
        .filter(|id| first_use.get(id).is_some_and(|d| *d >= start && *d <= end))
        .filter_map(|id| shoes::shoe_model(history, id))
        .collect::<Vec<_>>();
    (!new_shoe.is_empty()).then(|| new_shoe.join(", "))
}

/// The history as it stood at the end of a day, grown a day at a time from the entries sorted
/// by day: what `History::as_of` gives, without copying the whole history for every day.
struct Grown<'a> {
    source: &'a History,
    order: (Vec<usize>, Vec<usize>, Vec<usize>, Vec<usize>),
    taken: (usize, usize, usize, usize),
    history: History,
}

impl<'a> Grown<'a> {
    fn new(source: &'a History) -> Self {
        fn by_day<T>(items: &[T], day: impl Fn(&T) -> LocalDay) -> Vec<usize> {
            let mut order: Vec<usize> = (0..items.len()).collect();
            order.sort_by_key(|i| day(&items[*i]));
            order
        }
        let order = (
            by_day(&source.runs, |r| r.day),
            by_day(&source.pain, |p| p.day),
            by_day(&source.sessions, |s| s.day),
            by_day(&source.session_pain, |s| s.day),
        );
        let history = History {
            declared_longest: source.declared_longest,
            declared_on: source.declared_on,
            shoes: source.shoes.clone(),
            ..History::default()
        };
        Self { source, order, taken: (0, 0, 0, 0), history }
    }

    /// The entries dated `from..=to`, which lie no later than the last day asked for: a history
    /// of one week, for the figures that read only its days.
    fn window(&self, from: LocalDay, to: LocalDay) -> History {
        fn within<T: Clone>(
            items: &[T],
            on: impl Fn(&T) -> LocalDay,
            from: LocalDay,
            to: LocalDay,
        ) -> Vec<T> {
            let start = items.partition_point(|x| on(x) < from);
            let end = items.partition_point(|x| on(x) <= to).max(start);
            items[start..end].to_vec()
        }
        let h = &self.history;
        History {
            runs: within(&h.runs, |r| r.day, from, to),
            pain: within(&h.pain, |p| p.day, from, to),
            sessions: within(&h.sessions, |s| s.day, from, to),
            session_pain: within(&h.session_pain, |s| s.day, from, to),
            declared_longest: h.declared_longest,
            declared_on: h.declared_on,
            shoes: h.shoes.clone(),
        }
    }

    /// Everything dated up to `day`, which is never before the last day asked for.
    fn until(&mut self, day: LocalDay) -> &History {
        fn take<T: Clone>(
            from: &[T],
            order: &[usize],
            taken: &mut usize,
            into: &mut Vec<T>,
            on: impl Fn(&T) -> LocalDay,
            day: LocalDay,
        ) {
            while let Some(&i) = order.get(*taken).filter(|&&i| on(&from[i]) <= day) {
                into.push(from[i].clone());
                *taken += 1;
            }
        }
        let (s, h) = (self.source, &mut self.history);
        take(&s.runs, &self.order.0, &mut self.taken.0, &mut h.runs, |r| r.day, day);
        take(&s.pain, &self.order.1, &mut self.taken.1, &mut h.pain, |p| p.day, day);
        take(&s.sessions, &self.order.2, &mut self.taken.2, &mut h.sessions, |x| x.day, day);
        take(
            &s.session_pain,
            &self.order.3,
            &mut self.taken.3,
            &mut h.session_pain,
            |x| x.day,
            day,
        );
        &self.history
    }
}

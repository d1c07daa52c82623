//! The weekly trend: per training week (Monday to Sunday) the distance, runs, load, mean
//! next-morning pain, the worst light of the week, and whether pain is meaningfully better than
//! in the episode's first week (NRS-1).

use serde::Serialize;

use crate::advice::advise;
use crate::diary::History;
use crate::load;
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
    (0..weeks)
        .rev()
        .map(|back| {
            let start = current.plus_days(-7 * back);
            let end = start.plus_days(6).min(today);
            let days = end.days_since(start) + 1;
            let runs = history
                .runs
                .iter()
                .filter(|r| r.sport.is_running() && r.day >= start && r.day <= end)
                .count();
            let light = (0..days)
                .map(|i| {
                    advise(history, profile, answers, start.plus_days(i), t, DistanceUnit::Km).light
                })
                .max()
                .unwrap_or(Light::Green);
            let logged = history.pain.iter().any(|p| p.day >= start && p.day <= end);
            let light = (runs > 0 || (logged && light != Light::Green)).then_some(light);
            let (mean, _) = morning_mean(history, start, end);
            let improvement = match &episode {
                None => ImprovementLabel::NoEpisode,
                Some(e) if end < e.episode_start => ImprovementLabel::NoEpisode,
                Some(e) if start <= e.episode_start => ImprovementLabel::Baseline,
                Some(e) => match triage::mean_daily_pain(history, start, end) {
                    None => ImprovementLabel::NoData,
                    Some(m) if triage::is_meaningful(e.baseline_mean, m, t) => {
                        ImprovementLabel::MeaningfullyBetter
                    }
                    Some(_) => ImprovementLabel::NotYet,
                },
            };
            let first_use_this_week = |shoe: i64| {
                let first =
                    history.runs.iter().filter(|r| r.shoe_id == Some(shoe)).map(|r| r.day).min();
                first.is_some_and(|d| d >= start && d <= end)
            };
            let mut shoe_ids: Vec<i64> = history
                .runs
                .iter()
                .filter(|r| r.day >= start && r.day <= end)
                .filter_map(|r| r.shoe_id)
                .collect();
            shoe_ids.sort_unstable();
            shoe_ids.dedup();
            let new_shoe = shoe_ids
                .into_iter()
                .filter(|id| first_use_this_week(*id))
                .filter_map(|id| shoes::shoe_model(history, id))
                .collect::<Vec<_>>();
            WeekRow {
                week_start: start,
                hard_surface_share: surfaces::hard_share(history, start, end),
                new_shoe: (!new_shoe.is_empty()).then(|| new_shoe.join(", ")),
                distance_m: load::distance_between(history, start, end),
                runs,
                load: (0..days)
                    .map(|i| load::day_load(history, start.plus_days(i), fallback))
                    .sum(),
                mean_morning_pain: mean,
                light,
                improvement,
            }
        })
        .collect()
}

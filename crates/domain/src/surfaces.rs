//! Surfaces: the share of running on hard ground (road, track), the article's tip to move to
//! softer ground when pain rises, and next-morning pain grouped by surface or shoe — described,
//! never presented as cause.

use serde::Serialize;

use crate::diary::{History, PainMoment, RunRecord};
use crate::reason::Reason;
use crate::text::{Arg, Text};
use crate::{LocalDay, Thresholds};

/// The source the softer-ground tip cites: the article's own advice on surfaces.
pub const SURFACE_TIP_SOURCE: &str = "article-orlin-cohen";

/// Kilometres on road or track over kilometres with a known surface, on days `from..=to`.
pub fn hard_share(history: &History, from: LocalDay, to: LocalDay) -> Option<f64> {
    let (mut hard, mut known) = (0.0, 0.0);
    for run in history.runs.iter().filter(|r| r.sport.is_running() && r.day >= from && r.day <= to)
    {
        if let Some(surface) = run.surface {
            known += run.distance.km();
            if surface.is_hard() {
                hard += run.distance.km();
            }
        }
    }
    (known > 0.0).then(|| hard / known)
}

/// The article's softer-ground tip, when the hip is sore (pain logged above green, or red) and
/// most of the last 7 days' running was on hard ground. The tip is the article's, not a finding
/// of the PAIN rules, so it cites the article alone; the pain only decides when it is worth
/// showing. Pain that is not known is not sore: the tip waits for the diary.
pub fn softer_ground(
    history: &History,
    today: LocalDay,
    sore: bool,
    t: &Thresholds,
) -> Option<Reason> {
    if !sore {
        return None;
    }
    let share = hard_share(history, today.plus_days(-6), today)?;
    (share > t.hard_surface_share).then(|| {
        Reason::from_source(
            SURFACE_TIP_SOURCE,
            Text::new("advice-softer-ground").with("share", Arg::Number(share * 100.0, 0)),
        )
    })
}

/// Next-morning pain after runs in one group (a surface or a shoe).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainGroup {
    pub group: String,
    pub runs: usize,
    pub mean_next_morning_pain: f64,
}

/// Mean next-morning pain after runs, grouped by `key` (e.g. the surface). Runs without a
/// next-morning entry, or without a group, are left out. Descriptive only: a group's pain is not
/// caused by its surface or shoe.
pub fn next_morning_pain_by(
    history: &History,
    key: impl Fn(&RunRecord) -> Option<String>,
) -> Vec<PainGroup> {
    let mut groups: Vec<(String, Vec<f64>)> = Vec::new();
    for run in history.runs.iter().filter(|r| r.sport.is_running()) {
        let Some(group) = key(run) else { continue };
        let morning = history
            .pain
            .iter()
            .filter(|p| p.moment == PainMoment::Morning && p.day == run.day.plus_days(1))
            .map(|p| f64::from(p.score.value()))
            .reduce(f64::max);
        let Some(morning) = morning else { continue };
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, scores)) => scores.push(morning),
            None => groups.push((group, vec![morning])),
        }
    }
    let mut out: Vec<PainGroup> = groups
        .into_iter()
        .map(|(group, scores)| PainGroup {
            group,
            runs: scores.len(),
            mean_next_morning_pain: scores.iter().sum::<f64>() / scores.len() as f64,
        })
        .collect();
    out.sort_by(|a, b| a.group.cmp(&b.group));
    out
}

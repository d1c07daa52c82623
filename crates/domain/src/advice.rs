//! Today's advice: EVIDENCE.md's decision flow, in its order.
//!
//! 1. The red-flag gate (TRIAGE): urgent or emergency suspends every running suggestion.
//! 2. Pain status (PAIN).
//! 3. Single-run spike (SPIKE-1) and weekly change (WEEK-1).
//! 4. Load trend (LOAD), descriptive, an amber hint at most.
//! 5. The overall light is the worst of 2–4: green may progress, amber hold, red reduce.
//!
//! The suggested cap follows the light.

use serde::Serialize;

use crate::diary::History;
use crate::load::{self, LoadTrend, Spike, WeekChange};
use crate::pain::{self, PainStatus};
use crate::programme::RoutineKind;
use crate::reason::{Reason, km};
use crate::triage::{self, Answer, TriageResult};
use crate::{Light, LocalDay, Profile, Thresholds, shoes, surfaces};

/// A short disclaimer shown wherever advice is.
pub const DISCLAIMER: &str = "runwell offers general information from your own records and \
published evidence. It cannot examine you and does not diagnose; if you are worried about your \
hip, speak to a health professional.";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub date: LocalDay,
    pub light: Light,
    pub running_suspended: bool,
    pub triage: TriageResult,
    /// Every rule that was evaluated, worst first.
    pub reasons: Vec<Reason>,
    /// The longest single run suggested today, in metres; `None` when running is suspended or
    /// there is no history to base it on.
    pub suggested_max_m: Option<f64>,
    /// Whether today's exercise levels may move up (PROG-2: only on a green pain status).
    pub may_progress_exercises: bool,
    pub routines: Vec<RoutineKind>,
    /// Notes that inform without changing the light: shoe wear and rotation (SHOE-2, SHOE-3).
    pub notes: Vec<Reason>,
    pub metrics: Metrics,
    pub disclaimer: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metrics {
    pub pain: PainStatus,
    pub spike: Option<Spike>,
    pub week: WeekChange,
    pub load: Option<LoadTrend>,
    /// LOAD-5: TRIMP summed over the last 7 days, where heart rate and the profile allow.
    pub trimp_7d: Option<f64>,
    pub longest_30d_m: Option<f64>,
    /// Share of the last 7 days' running on road or track, where surfaces are known.
    pub hard_surface_share_7d: Option<f64>,
}

/// The routines a day holds: warm-up and cool-down around a run, strength on strength days.
pub fn routines_for(profile: &Profile, day: LocalDay, running_today: bool) -> Vec<RoutineKind> {
    let mut routines = Vec::new();
    if running_today && profile.run_days.contains(day.weekday()) {
        routines.push(RoutineKind::Warmup);
        routines.push(RoutineKind::Cooldown);
    }
    if profile.strength_days.contains(day.weekday()) {
        routines.push(RoutineKind::Strength);
    }
    routines
}

/// The distance of the last run, on or before `today`, that stayed green on pain.
fn last_green_run(history: &History, today: LocalDay, t: &Thresholds) -> Option<f64> {
    let mut runs: Vec<_> =
        history.runs.iter().filter(|r| r.sport.is_running() && r.day <= today).collect();
    runs.sort_by(|a, b| b.day.cmp(&a.day).then(b.distance.get().total_cmp(&a.distance.get())));
    runs.into_iter()
        .find(|r| {
            let judged_on = if r.day < today { r.day.plus_days(1) } else { r.day };
            let status = pain::pain_status(history, judged_on, t);
            status.session_day == Some(r.day) && status.light == Light::Green
        })
        .map(|r| r.distance.get())
}

fn trimp_7d(history: &History, profile: &Profile, today: LocalDay) -> Option<f64> {
    let (rest, max) = (profile.hr_rest?, profile.hr_max?);
    let from = today.plus_days(-6);
    let values: Vec<f64> = history
        .runs
        .iter()
        .filter(|r| r.day >= from && r.day <= today)
        .filter_map(|r| load::trimp(r.duration.minutes(), r.avg_hr?, rest, max, profile.sex))
        .collect();
    (!values.is_empty()).then(|| values.iter().sum())
}

/// Today's advice for a runner.
pub fn advise(
    history: &History,
    profile: &Profile,
    answers: &[Answer],
    today: LocalDay,
    t: &Thresholds,
) -> Advice {
    // 1. The red-flag gate comes first.
    let triage = triage::evaluate(answers, history, today, t);
    // 2–4 are computed either way so that the metrics are always shown.
    let pain = pain::pain_status(history, today, t);
    let spike = load::last_run_spike(history, today, t);
    let week = load::week_change(history, today, t);
    let load_trend = load::load_trend(history, today, t);
    let longest = load::longest_before(history, today, t).map(|d| d.get());
    let metrics = Metrics {
        pain: pain.clone(),
        spike: spike.clone(),
        week: week.clone(),
        load: load_trend.clone(),
        trimp_7d: trimp_7d(history, profile, today),
        longest_30d_m: longest,
        hard_surface_share_7d: surfaces::hard_share(history, today.plus_days(-6), today),
    };
    let notes = shoes::shoe_notes(history, &profile.shoes, today);

    if triage.running_suspended {
        let reasons = triage
            .reasons
            .iter()
            .filter(|r| r.level.suspends_running())
            .map(|r| {
                Reason::new(
                    r.rule,
                    Light::Red,
                    format!(
                        "{} Running advice is paused until a newer check answers no. {}",
                        r.message, triage.what_to_do
                    ),
                )
            })
            .collect();
        return Advice {
            date: today,
            light: Light::Red,
            running_suspended: true,
            triage,
            reasons,
            suggested_max_m: None,
            may_progress_exercises: false,
            routines: Vec::new(),
            notes,
            metrics,
            disclaimer: DISCLAIMER,
        };
    }

    let mut reasons = pain.reasons.clone();
    // The article's softer-ground tip, cited to the rule that made pain amber or red.
    if let Some(worst) =
        pain.reasons.iter().filter(|r| r.light != Light::Green).max_by_key(|r| r.light)
    {
        reasons.extend(surfaces::softer_ground(history, today, pain.light, worst.rule, t));
    }
    if let Some(spike) = &spike {
        reasons.push(load::spike_reason(spike, t));
    }
    reasons.extend(load::week_reason(&week, t));
    if let Some(trend) = &load_trend {
        reasons.extend(load::load_reason(trend, t));
    }
    // 5. The overall light is the worst of pain, spike, week and the load hint.
    let light = reasons.iter().map(|r| r.light).max().unwrap_or(Light::Green);

    let spike_cap = load::spike_cap(history, today, t).map(|d| d.get());
    let last_run = history
        .runs
        .iter()
        .filter(|r| r.sport.is_running() && r.day <= today)
        .max_by(|a, b| a.day.cmp(&b.day).then(a.distance.get().total_cmp(&b.distance.get())))
        .map(|r| r.distance.get());
    let suggested_max_m = match light {
        // Green: may progress, up to the SPIKE-1 cap.
        Light::Green => spike_cap,
        // Amber: hold, repeat the last run's distance, never above the cap.
        Light::Amber => min_some(last_run, spike_cap),
        // Red: reduce, back to the last load that stayed green *(default)*.
        Light::Red => min_some(last_green_run(history, today, t), spike_cap),
    };
    reasons.push(cap_reason(light, suggested_max_m, history));
    reasons.sort_by_key(|r| std::cmp::Reverse(r.light));
    let running_today = light != Light::Red || suggested_max_m.is_some();
    Advice {
        date: today,
        light,
        running_suspended: false,
        triage,
        reasons,
        suggested_max_m,
        may_progress_exercises: pain.light == Light::Green,
        routines: routines_for(profile, today, running_today),
        notes,
        metrics,
        disclaimer: DISCLAIMER,
    }
}

fn min_some(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The reason behind the suggested cap, so the number is never shown without its rule.
fn cap_reason(light: Light, cap: Option<f64>, history: &History) -> Reason {
    let message = match (light, cap) {
        (_, None) if history.runs.is_empty() && history.declared_longest.is_none() => {
            "No runs yet, so there is no suggested distance. Tell runwell your longest run of the \
             last month (`runwell init --recent-longest-km K`) or log your runs."
                .to_owned()
        }
        (Light::Red, None) => {
            "No recent run stayed green on pain, so runwell suggests no distance: \
             consider pausing running until the pain settles, and keep to pain-free exercises."
                .to_owned()
        }
        (_, None) => "No run in the last 30 days to base a distance on.".to_owned(),
        (Light::Green, Some(c)) => format!(
            "Today's suggested longest run is {}: 10 % above your longest run of the last 30 days.",
            km(c)
        ),
        (Light::Amber, Some(c)) => format!(
            "Today's suggested longest run is {}: hold at your last run's distance rather than \
             increasing.",
            km(c)
        ),
        (Light::Red, Some(c)) => format!(
            "Today's suggested longest run is {}: the last run that stayed green on pain. Consider \
             an easier pace as well.",
            km(c)
        ),
    };
    Reason::new("SPIKE-1", Light::Green, message)
}

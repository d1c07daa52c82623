//! Today's advice: EVIDENCE.md's decision flow, in its order.
//!
//! 1. The red-flag gate (TRIAGE): urgent or emergency suspends every running suggestion.
//! 2. Pain status (PAIN, read through DATA-1/2/3/7).
//! 3. Single-run spike (SPIKE-1) and weekly change (WEEK-1).
//! 4. Load trend (LOAD), descriptive, an amber hint at most.
//! 5. The overall light is the worst of 2–4: green may progress, amber hold, red reduce. Gaps in
//!    the records are judged by the DATA rules: a gap never makes the light greener (night pain
//!    holds amber, DATA-6; no basis for a distance holds amber, DATA-5).
//!
//! The suggested cap follows the light (SPIKE-1, DATA-4, DATA-5), and what the diary is missing
//! comes back as [`Ask`]s for the front ends to put to the runner.

use serde::Serialize;

use crate::days::Days;
use crate::diary::{History, PainMoment};
use crate::load::{self, LoadTrend, RunSpike, Spike, WeekChange};
use crate::pain::{self, PainStatus};
use crate::programme::RoutineKind;
use crate::reason::{Reason, default_of};
use crate::text::{Arg, Text};
use crate::triage::{self, Answer, TriageResult};
use crate::{DistanceUnit, Light, LocalDay, Profile, Thresholds, cap, shoes, surfaces};

/// A short disclaimer shown wherever advice is.
pub const DISCLAIMER: &str = "runwell offers general information from your own records and \
published evidence. It cannot examine you and does not diagnose; if you are worried about your \
hip, speak to a health professional.";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub date: LocalDay,
    pub light: Light,
    pub running_suspended: bool,
    /// Nothing is logged yet: runwell cannot judge, and says so rather than "may progress".
    pub first_visit: bool,
    pub triage: TriageResult,
    /// Every rule that was evaluated, worst first.
    pub reasons: Vec<Reason>,
    /// What runwell asks the runner for, most pressing first: the night/rest question (DATA-6),
    /// missing pain entries (DATA-1, DATA-2), the recent longest run (DATA-5).
    pub asks: Vec<Ask>,
    /// The longest single run suggested today, in metres; `None` when running is suspended or
    /// there is no basis for one.
    pub suggested_max_m: Option<f64>,
    /// What the suggestion is based on, with its rule (SPIKE-1, DATA-4, DATA-5); `None` while
    /// running is suspended.
    pub cap_note: Option<Reason>,
    /// Whether today's exercise levels may move up (PROG-2: only on a green pain status).
    pub may_progress_exercises: bool,
    pub routines: Vec<RoutineKind>,
    /// Notes that inform without judging: the article's softer-ground tip, shoe wear and
    /// rotation (SHOE-2, SHOE-3).
    pub notes: Vec<Reason>,
    pub metrics: Metrics,
    pub disclaimer: &'static str,
}

impl Advice {
    /// What the light means for today's run, in words (the light is never shown by colour
    /// alone). With nothing logged, runwell says it cannot judge rather than anything about
    /// progressing.
    pub fn verdict(&self) -> &'static str {
        match (self.running_suspended, self.light) {
            (true, _) => "Running is paused",
            (false, _) if self.first_visit => "runwell cannot judge yet: log your first run",
            (false, Light::Green) => "You may run, and may progress",
            (false, Light::Amber) => "You may run; hold your load",
            (false, Light::Red) => "Reduce your running",
        }
    }

    /// PROG-2 on today's pain, in a sentence: whether exercise levels may move up.
    pub fn progression_note(&self) -> &'static str {
        if self.may_progress_exercises {
            "Exercise levels may move up after a good session (PROG-2)."
        } else {
            "Keep exercise levels where they are until pain is green again (PROG-2)."
        }
    }
}

/// Something runwell asks for, with the rule that needs it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ask {
    pub rule: &'static str,
    pub message: Text,
    #[serde(flatten)]
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Answer one question of the check (a key of `triage::QUESTIONS`).
    Check { key: &'static str, question: &'static str },
    /// Log a pain entry: for the run (and its day), felt on `day` at `moment`.
    LogPain { run_id: Option<i64>, run_day: LocalDay, day: LocalDay, moment: PainMoment },
    /// Tell runwell the longest single run of the last month.
    RecentLongest,
    /// Log a run: nothing is logged yet.
    LogRun,
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
    /// DATA-4: the last load that stayed green, which caps an amber or red day.
    pub last_green: Option<cap::LastGreen>,
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

/// DATA-6: the night/rest question, while a painful night in the window is not yet answered.
fn night_ask(nights: &[(LocalDay, u8)], answers: &[Answer], today: LocalDay) -> Option<Ask> {
    let (latest, score) = *nights.last()?;
    let current = triage::current_answers(answers, today);
    if current.iter().any(|a| a.key == "night_or_rest_pain" && a.day >= latest) {
        return None;
    }
    let question = triage::question("night_or_rest_pain")?;
    Some(Ask {
        rule: "DATA-6",
        message: Text::new("ask-night")
            .with("score", Arg::Score(f64::from(score), 0))
            .with("day", latest),
        action: Action::Check { key: question.key, question: question.text },
    })
}

/// DATA-6: a painful night in the window holds the light at amber at best.
fn night_reason(nights: &[(LocalDay, u8)], t: &Thresholds) -> Option<Reason> {
    let (latest, _) = *nights.last()?;
    Some(Reason::new(
        "DATA-6",
        Light::Amber,
        Text::new("advice-night-pain")
            .with("score", Arg::Score(f64::from(t.night_pain_min), 0))
            .with("nights", nights.len())
            .with("count", t.night_window_days)
            .with("day", latest)
            .with("default", default_of(Arg::Score(f64::from(t.night_pain_min), 0))),
    ))
}

fn missing_ask(m: &pain::Missing) -> Ask {
    let message = match m.moment {
        PainMoment::Morning => {
            Text::new("ask-morning-pain").with("run_day", m.run_day).with("day", m.day)
        }
        _ => Text::new("ask-run-pain").with("run_day", m.run_day),
    };
    Ask {
        rule: m.rule,
        message,
        action: Action::LogPain {
            run_id: m.run_id,
            run_day: m.run_day,
            day: m.day,
            moment: m.moment,
        },
    }
}

/// DATA-5: the reasons when there is no basis for a distance, or the last run had none.
fn basis_reasons(
    history: &History,
    days: &Days<'_>,
    first_visit: bool,
    t: &Thresholds,
    unit: DistanceUnit,
    reasons: &mut Vec<Reason>,
) {
    let today = days.today;
    if first_visit {
        reasons.push(Reason::new("DATA-5", Light::Amber, Text::new("advice-first-visit")));
        return;
    }
    if load::longest_before_in(&days.runs, history, today, t).is_none() {
        reasons.push(Reason::new(
            "DATA-5",
            Light::Amber,
            Text::new("advice-no-basis").with("count", t.spike_window_days),
        ));
        return;
    }
    let from = today.plus_days(-t.recent_run_days);
    // The runs are in day order: the latest is the only one that can be in the window.
    if let Some(run) = days.runs.last().filter(|r| r.day >= from)
        && load::run_spike_in(&days.runs, history, run, t) == RunSpike::NoBasis
    {
        reasons.push(Reason::new(
            "DATA-5",
            Light::Amber,
            Text::new("advice-run-no-basis")
                .with("day", run.day)
                .with("distance", Arg::Distance(run.distance.get(), unit))
                .with("count", t.spike_window_days),
        ));
    }
}

/// Whether Today asks for the recent longest run (DATA-5): until an answer counts, while
/// history is short or there is no basis.
fn asks_for_longest(history: &History, today: LocalDay, t: &Thresholds) -> bool {
    !load::declared_counts(history, today, t)
        && (load::history_is_short(history, today, t)
            || load::longest_before(history, today, t).is_none())
}

/// Today's advice for a runner, its sentences giving distances in `unit`.
pub fn advise(
    history: &History,
    profile: &Profile,
    answers: &[Answer],
    today: LocalDay,
    t: &Thresholds,
    unit: DistanceUnit,
) -> Advice {
    // DATA-9: anything dated after the day is ignored.
    let history = &*history.as_of(today);
    advise_on(history, &Days::new(history, today, t), profile, answers, t, unit)
}

/// What judged the day: the gate, each rule's finding and the light they give (steps 1–5).
pub(crate) struct Judgement {
    pub(crate) triage: TriageResult,
    pub(crate) pain: PainStatus,
    pub(crate) spike: Option<Spike>,
    pub(crate) week: WeekChange,
    pub(crate) load: Option<LoadTrend>,
    pub(crate) nights: Vec<(LocalDay, u8)>,
    pub(crate) first_visit: bool,
    /// Worst first; while running is suspended, only what the gate is about.
    pub(crate) reasons: Vec<Reason>,
    pub(crate) light: Light,
}

/// Steps 1–5 of the decision flow on `days.today`, with the diary already read and the day's
/// load trend (`load::load_trend`) given: the light and its reasons, without the distance,
/// notes and asks that [`advise`] adds. `history` holds nothing dated after the day.
pub(crate) fn judge(
    history: &History,
    days: &Days<'_>,
    load_trend: Option<LoadTrend>,
    answers: &[Answer],
    t: &Thresholds,
    unit: DistanceUnit,
) -> Judgement {
    let today = days.today;
    // 1. The red-flag gate comes first.
    let triage = triage::evaluate_on(answers, days, t);
    // 2–4 are computed either way so that the metrics are always shown.
    let pain = pain::status_of(days, t, unit);
    // Days holds the running runs up to today sorted by day: the windows SPIKE-1 and WEEK-1 read.
    let spike = load::last_run_spike_in(&days.runs, history, today, t);
    let week = load::week_change_in(&days.runs, today, t);
    let first_visit = history.runs.is_empty()
        && history.pain.is_empty()
        && history.sessions.is_empty()
        && history.session_pain.is_empty();
    let nights = triage::nights_of(days, t);
    if triage.running_suspended {
        // Only what the gate is about: no distances, routines, exercise levels or diary gaps.
        let reasons = triage
            .reasons
            .iter()
            .filter(|r| r.level.suspends_running())
            .map(|r| Reason::new(r.rule, Light::Red, r.message.clone()))
            .collect();
        return Judgement {
            triage,
            pain,
            spike,
            week,
            load: load_trend,
            nights,
            first_visit,
            reasons,
            light: Light::Red,
        };
    }
    // On a first visit DATA-5 says it all: nothing is logged to judge by.
    let mut reasons: Vec<Reason> =
        pain.reasons.iter().filter(|r| !(first_visit && r.is("DATA-1"))).cloned().collect();
    if let Some(spike) = &spike {
        reasons.push(load::spike_reason(spike, t, unit));
    }
    basis_reasons(history, days, first_visit, t, unit, &mut reasons);
    reasons.extend(night_reason(&nights, t));
    reasons.extend(load::week_reason(&week, t, unit));
    if let Some(trend) = &load_trend {
        reasons.extend(load::load_reason(trend, t));
    }
    // 5. The overall light is the worst of everything that judged.
    let light = reasons.iter().map(|r| r.light).max().unwrap_or(Light::Green);
    reasons.sort_by_key(|r| std::cmp::Reverse(r.light));
    Judgement { triage, pain, spike, week, load: load_trend, nights, first_visit, reasons, light }
}

/// [`advise`] on `days.today`, with the diary already read.
fn advise_on(
    history: &History,
    days: &Days<'_>,
    profile: &Profile,
    answers: &[Answer],
    t: &Thresholds,
    unit: DistanceUnit,
) -> Advice {
    let today = days.today;
    let Judgement { triage, pain, spike, week, load, nights, first_visit, reasons, light } =
        judge(history, days, load::load_trend(history, today, t), answers, t, unit);
    let longest = load::longest_before_in(&days.runs, history, today, t).map(|d| d.get());
    let last_green = cap::last_green_load(days, history, t);
    let metrics = Metrics {
        pain: pain.clone(),
        spike,
        week,
        load,
        trimp_7d: trimp_7d(history, profile, today),
        longest_30d_m: longest,
        last_green: last_green.clone(),
        hard_surface_share_7d: surfaces::hard_share(history, today.plus_days(-6), today),
    };
    let night = night_ask(&nights, answers, today);

    if triage.running_suspended {
        return Advice {
            date: today,
            light,
            running_suspended: true,
            first_visit,
            triage,
            reasons,
            asks: night.into_iter().collect(),
            suggested_max_m: None,
            cap_note: None,
            may_progress_exercises: false,
            routines: Vec::new(),
            notes: Vec::new(),
            metrics,
            disclaimer: DISCLAIMER,
        };
    }

    let (suggested_max_m, cap_note) =
        cap::suggested_cap(light, pain.state, days, history, last_green.as_ref(), t, unit);
    let mut notes: Vec<Reason> =
        surfaces::softer_ground(history, today, pain.sore(), t).into_iter().collect();
    notes.extend(shoes::shoe_notes(history, &profile.shoes, today, t, unit));

    let mut asks: Vec<Ask> = night.into_iter().collect();
    asks.extend(pain.missing.iter().map(missing_ask));
    if asks_for_longest(history, today, t) {
        asks.push(Ask {
            rule: "DATA-5",
            message: Text::new("ask-recent-longest"),
            action: Action::RecentLongest,
        });
    }
    if first_visit {
        asks.push(Ask {
            rule: "DATA-5",
            message: Text::new("ask-log-run"),
            action: Action::LogRun,
        });
    }
    let running_today = light != Light::Red || suggested_max_m.is_some();
    Advice {
        date: today,
        light,
        running_suspended: false,
        first_visit,
        triage,
        reasons,
        asks,
        suggested_max_m,
        cap_note: Some(cap_note),
        may_progress_exercises: pain.light == Light::Green,
        routines: routines_for(profile, today, running_today),
        notes,
        metrics,
        disclaimer: DISCLAIMER,
    }
}

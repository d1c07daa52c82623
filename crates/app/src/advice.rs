//! Today's advice, the triage check and the weekly trend: the runner's history read from the
//! store, handed to the domain's rules, and each reason given its source.

use runwell_domain::Badge;
use runwell_domain::advice::{self, Action, Advice, Ask};
use runwell_domain::pain::PainState;
use runwell_domain::{Arg, Text};
use runwell_words::{Lang, Words};
use std::sync::Arc;

use runwell_domain::programme::RoutineKind;
use runwell_domain::triage::{self, TriageLevel, TriageResult};
use runwell_domain::{Light, LocalDay, Thresholds};
use serde::Serialize;

use crate::cache::MemoKey;
use crate::settings::{RECENT_LONGEST_DAY, RECENT_LONGEST_KM};
use crate::{App, AppError, local_today, programme};

/// Today's answer for a day.
#[derive(Debug, PartialEq, Eq, Hash)]
struct TodayKey(LocalDay);

impl MemoKey for TodayKey {
    type Value = TodayView;
}

/// A reason with the source it cites.
#[derive(Debug, Clone, Serialize)]
pub struct ReasonView {
    /// The EVIDENCE.md rule; `null` for advice that cites a content source alone.
    pub rule: Option<&'static str>,
    pub light: Light,
    /// What to show beside it: `ok` for a rule that passed (never a green mark), `amber`,
    /// `red`, or `note` for a note that judges nothing.
    pub badge: Badge,
    /// The sentence in English, for JSON; a page or terminal in another language words `text`.
    pub message: String,
    #[serde(skip)]
    pub text: Text,
    pub source: Option<String>,
    pub source_id: Option<String>,
}

/// Something runwell asks for (`runwell_domain::advice::Ask`), its sentence in English for JSON
/// beside the sentence to word in the runner's language.
#[derive(Debug, Clone, Serialize)]
pub struct AskView {
    pub rule: &'static str,
    pub message: String,
    #[serde(skip)]
    pub text: Text,
    #[serde(flatten)]
    pub action: Action,
}

/// A sentence in English: what JSON carries, whatever the runner reads.
fn english(text: &Text) -> String {
    Words::new(Lang::En).text(text)
}

#[derive(Debug, Clone, Serialize)]
pub struct TriageReasonView {
    pub rule: &'static str,
    pub level: TriageLevel,
    pub key: Option<&'static str>,
    pub message: String,
    #[serde(skip)]
    pub text: Text,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TriageView {
    pub date: LocalDay,
    pub level: TriageLevel,
    pub running_suspended: bool,
    pub what_to_do: &'static str,
    pub reasons: Vec<TriageReasonView>,
    /// The current answer to every question answered so far.
    pub answers: Vec<AnswerView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnswerView {
    pub key: String,
    pub answer: &'static str,
    pub date: LocalDay,
}

/// The numbers behind today's advice, each named with its unit.
#[derive(Debug, Clone, Serialize)]
pub struct MetricsView {
    pub week_km: f64,
    pub previous_week_km: f64,
    pub week_change_pct: Option<f64>,
    /// WEEK-2: the optional conservative cap for the week (previous week + 10 %).
    pub conservative_week_cap_km: Option<f64>,
    pub longest_30d_km: Option<f64>,
    pub last_run_spike_pct: Option<f64>,
    pub pain_during: Option<u8>,
    pub pain_after: Option<u8>,
    pub pain_next_morning: Option<u8>,
    pub usual_morning_pain: f64,
    /// What the diary says about the hip: green, amber, not_known, returning (after red, two
    /// settled mornings) or red (DATA-1…3).
    pub pain_state: PainState,
    /// DATA-3: the red day that still holds, while red or returning from it.
    pub red_since: Option<LocalDay>,
    /// DATA-4: the last load that stayed green, which caps an amber or red day.
    pub last_green_load_km: Option<f64>,
    pub last_green_load_day: Option<LocalDay>,
    pub morning_pain_7d_mean: Option<f64>,
    pub morning_pain_previous_7d_mean: Option<f64>,
    pub acute_load: Option<f64>,
    pub chronic_load: Option<f64>,
    pub load_ratio: Option<f64>,
    pub rolling_load_ratio: Option<f64>,
    pub monotony: Option<f64>,
    pub strain: Option<f64>,
    pub load_days_of_data: Option<i32>,
    pub trimp_7d: Option<f64>,
    pub hard_surface_share_7d_pct: Option<f64>,
}

/// Today's answer: can I run, how much, and what should I do for my hip.
#[derive(Debug, Clone, Serialize)]
pub struct TodayView {
    pub date: LocalDay,
    pub light: Light,
    pub running_suspended: bool,
    /// Nothing is logged yet: runwell says it cannot judge rather than "may progress".
    pub first_visit: bool,
    /// What the light means for today's run, in words.
    pub verdict: &'static str,
    pub triage: TriageView,
    pub reasons: Vec<ReasonView>,
    /// What runwell asks for, most pressing first (DATA-1, DATA-2, DATA-5, DATA-6).
    pub asks: Vec<AskView>,
    pub suggested_max_km: Option<f64>,
    /// Today's distance in a sentence with its rule ("Longest run suggested today: 8.8 km
    /// (SPIKE-1)."), or that there is none; `null` while running is suspended.
    pub cap: Option<String>,
    /// The same sentence to word in the runner's language.
    #[serde(skip)]
    pub cap_text: Option<Text>,
    /// What the suggestion is based on, with its rule; `null` while running is suspended.
    pub cap_note: Option<ReasonView>,
    pub may_progress_exercises: bool,
    /// PROG-2 on today's pain, in a sentence.
    pub progression_note: &'static str,
    pub routines: Vec<RoutineKind>,
    /// Notes that inform without judging: the softer-ground tip, shoe wear and rotation.
    pub notes: Vec<ReasonView>,
    pub metrics: MetricsView,
    pub disclaimer: &'static str,
    /// The unit the sentences give distances in; the numbers (`metrics`, `suggested_max_km`)
    /// stay metric, and the JSON does not carry it.
    #[serde(skip)]
    pub unit: runwell_domain::DistanceUnit,
}

fn round(value: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (value * factor).round() / factor
}

fn km(metres: f64) -> f64 {
    round(metres / 1000.0, 2)
}

fn reason_view(r: &runwell_domain::Reason, badge: Badge) -> ReasonView {
    let (source, source_id) = source_of(r.rule, r.source);
    ReasonView {
        rule: r.rule,
        light: r.light,
        badge,
        message: english(&r.message),
        text: r.message.clone(),
        source,
        source_id,
    }
}

/// The source a reason cites: its own override, else the first evidence source for its rule.
fn source_of(rule: Option<&str>, explicit: Option<&str>) -> (Option<String>, Option<String>) {
    let programme = programme().ok();
    let source = match (explicit, rule) {
        (Some(id), _) => programme.and_then(|p| p.source(id)),
        (None, Some(rule)) => programme.and_then(|p| p.source_for_rule(rule)),
        (None, None) => None,
    };
    (source.map(|s| s.citation.clone()), source.map(|s| s.id.clone()))
}

fn triage_view(result: &TriageResult, date: LocalDay) -> TriageView {
    TriageView {
        date,
        level: result.level,
        running_suspended: result.running_suspended,
        what_to_do: result.what_to_do,
        reasons: result
            .reasons
            .iter()
            .map(|r| TriageReasonView {
                rule: r.rule,
                level: r.level,
                key: r.key,
                message: english(&r.message),
                text: r.message.clone(),
                source: source_of(Some(r.rule), None).0,
            })
            .collect(),
        answers: result
            .answers
            .iter()
            .map(|(key, yes, day)| AnswerView {
                key: key.clone(),
                answer: if *yes { "yes" } else { "no" },
                date: *day,
            })
            .collect(),
    }
}

fn metrics_view(advice: &Advice) -> MetricsView {
    let m = &advice.metrics;
    let load = m.load.as_ref();
    MetricsView {
        week_km: km(m.week.this_week_m),
        previous_week_km: km(m.week.previous_week_m),
        week_change_pct: m.week.change.map(|c| round(c * 100.0, 1)),
        conservative_week_cap_km: m.week.conservative_cap_m.map(km),
        longest_30d_km: m.longest_30d_m.map(km),
        last_run_spike_pct: m.spike.as_ref().and_then(|s| s.spike).map(|s| round(s * 100.0, 1)),
        pain_during: m.pain.during,
        pain_after: m.pain.after,
        pain_next_morning: m.pain.morning,
        usual_morning_pain: round(m.pain.usual_morning, 1),
        pain_state: m.pain.state,
        red_since: m.pain.red_since,
        last_green_load_km: m.last_green.as_ref().map(|g| km(g.distance_m)),
        last_green_load_day: m.last_green.as_ref().and_then(|g| g.day),
        morning_pain_7d_mean: m.pain.weekly_morning_mean.map(|v| round(v, 2)),
        morning_pain_previous_7d_mean: m.pain.previous_weekly_morning_mean.map(|v| round(v, 2)),
        acute_load: load.map(|l| round(l.acute, 1)),
        chronic_load: load.map(|l| round(l.chronic, 1)),
        load_ratio: load.and_then(|l| l.ratio).map(|r| round(r, 2)),
        rolling_load_ratio: load.and_then(|l| l.rolling_ratio).map(|r| round(r, 2)),
        monotony: load.and_then(|l| l.monotony).map(|v| round(v, 2)),
        strain: load.and_then(|l| l.strain).map(|v| round(v, 0)),
        load_days_of_data: load.map(|l| l.days_of_data),
        trimp_7d: m.trimp_7d.map(|v| round(v, 1)),
        hard_surface_share_7d_pct: m.hard_surface_share_7d.map(|v| round(v * 100.0, 0)),
    }
}

/// Today's distance in a sentence with the rule it comes from; nothing about distances while
/// running is paused.
/// The distance is in the unit the runner reads (the JSON's `suggested_max_km` stays metric).
fn cap_sentence(advice: &Advice, unit: runwell_domain::DistanceUnit) -> Option<Text> {
    if advice.running_suspended {
        return None;
    }
    let rule = advice.cap_note.as_ref().and_then(|n| n.rule).unwrap_or("SPIKE-1");
    let rule = Arg::Verbatim(rule.to_owned());
    Some(match advice.suggested_max_m {
        Some(m) => {
            Text::new("cap-suggested").with("distance", Arg::Distance(m, unit)).with("rule", rule)
        }
        None => Text::new("cap-none").with("rule", rule),
    })
}

fn ask_view(ask: &Ask) -> AskView {
    AskView {
        rule: ask.rule,
        message: english(&ask.message),
        text: ask.message.clone(),
        action: ask.action.clone(),
    }
}

impl App {
    /// Records the runner's longest run of the last month (checked), used while history is
    /// short.
    pub(crate) async fn set_recent_longest_km(&self, km: f64) -> Result<(), AppError> {
        let day = local_today(&self.profile().await?);
        self.store().set_setting(self.runner, RECENT_LONGEST_KM, &km.to_string()).await?;
        self.store().set_setting(self.runner, RECENT_LONGEST_DAY, &day.to_string()).await?;
        Ok(())
    }

    /// The longest recent run the runner told runwell, in km, and the day they did.
    pub async fn declared_longest(&self) -> Result<Option<(f64, Option<LocalDay>)>, AppError> {
        let snapshot = self.snapshot().await?;
        let history = &snapshot.history;
        Ok(history.declared_longest.map(|d| (round(d.km(), 1), history.declared_on)))
    }

    /// Today's advice (EVIDENCE.md's decision flow), with every reason's source. `None` means
    /// today where the runner lives. Computed once per day and change to the data.
    pub async fn today(&self, day: Option<LocalDay>) -> Result<Arc<TodayView>, AppError> {
        let snapshot = self.snapshot().await?;
        let day = day.unwrap_or_else(|| local_today(&snapshot.profile));
        Ok(snapshot.memo(TodayKey(day), || {
            let advice = advice::advise(
                &snapshot.history,
                &snapshot.profile,
                &snapshot.answers,
                day,
                &Thresholds::default(),
                snapshot.unit,
            );
            let suggested_max_km = advice.suggested_max_m.map(|m| round(m / 1000.0, 1));
            let cap_text = cap_sentence(&advice, snapshot.unit);
            TodayView {
                date: advice.date,
                light: advice.light,
                running_suspended: advice.running_suspended,
                first_visit: advice.first_visit,
                verdict: advice.verdict(),
                triage: triage_view(&advice.triage, day),
                reasons: advice.reasons.iter().map(|r| reason_view(r, r.badge())).collect(),
                asks: advice.asks.iter().map(ask_view).collect(),
                notes: advice.notes.iter().map(|r| reason_view(r, Badge::Note)).collect(),
                suggested_max_km,
                cap: cap_text.as_ref().map(english),
                cap_text,
                cap_note: advice.cap_note.as_ref().map(|r| reason_view(r, Badge::Note)),
                may_progress_exercises: advice.may_progress_exercises,
                progression_note: advice.progression_note(),
                routines: advice.routines.clone(),
                metrics: metrics_view(&advice),
                disclaimer: advice.disclaimer,
                unit: snapshot.unit,
            }
        }))
    }

    /// Stores a check's answers (dated `day`) and returns the triage result.
    pub async fn check(
        &self,
        answers: &[(String, bool)],
        day: Option<LocalDay>,
    ) -> Result<TriageView, AppError> {
        for (key, _) in answers {
            if triage::question(key).is_none() {
                return Err(AppError::NotFound {
                    what: "question",
                    id: key.clone(),
                    known: triage::QUESTIONS.iter().map(|q| q.key).collect::<Vec<_>>().join(", "),
                });
            }
        }
        let profile = self.profile().await?;
        let day = day.unwrap_or_else(|| local_today(&profile));
        if !answers.is_empty() {
            self.store().insert_answers(self.runner, day, answers).await?;
        }
        let snapshot = self.snapshot().await?;
        let result =
            triage::evaluate(&snapshot.answers, &snapshot.history, day, &Thresholds::default());
        Ok(triage_view(&result, day))
    }
}

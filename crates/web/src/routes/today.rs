//! `GET /`: today's light, its reasons and sources, the distance cap, today's routines and the
//! triage banner.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use runwell_app::{ReasonView, TodayView};
use runwell_domain::advice::{Action, Ask};
use runwell_domain::diary::PainMoment;
use runwell_domain::pain::PainState;
use runwell_domain::triage::TriageLevel;
use serde::Deserialize;

use crate::acting::Acting;
use crate::charts::WeeklyChart;
use crate::day::Asked;
use crate::error::PageError;
use crate::views::Layout;

#[derive(Debug, Deserialize)]
pub(super) struct TodayQuery {
    logged: Option<String>,
    noted: Option<String>,
}

#[derive(Debug)]
struct ReasonRow {
    rule: Option<&'static str>,
    /// The word on the badge: "ok" for a rule that passed, never a green mark.
    badge: &'static str,
    badge_class: &'static str,
    message: String,
    source: Option<String>,
    source_id: Option<String>,
}

/// Something runwell asks for, as a link to the form that fills it or a question to answer.
#[derive(Debug)]
struct AskRow {
    rule: &'static str,
    message: String,
    /// Where the form is, prefilled (a log pain, log run or setup link).
    href: Option<String>,
    link_text: &'static str,
    /// A check question answered in place: its key and text.
    question: Option<(&'static str, &'static str)>,
}

#[derive(Debug)]
struct RoutineLink {
    title: &'static str,
    href: String,
}

#[derive(Debug)]
struct Banner {
    level: &'static str,
    what_to_do: &'static str,
    reasons: Vec<(&'static str, String)>,
    suspended: bool,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "today.html")]
pub(super) struct TodayPage {
    layout: Layout,
    date_long: String,
    light_class: &'static str,
    light_word: &'static str,
    verdict: &'static str,
    cap: String,
    /// Check questions to answer first (DATA-6), at the top of the page.
    questions: Vec<AskRow>,
    /// Entries and answers the diary is missing (DATA-1, DATA-2, DATA-5).
    missing: Vec<AskRow>,
    reasons: Vec<ReasonRow>,
    notes: Vec<ReasonRow>,
    suspended: bool,
    routines: Vec<RoutineLink>,
    banner: Option<Banner>,
    triage_level: &'static str,
    progress: &'static str,
    metrics: Vec<(&'static str, String)>,
    notice: Option<&'static str>,
    /// The last weeks, compactly; the Trends page has more.
    weekly: WeeklyChart,
    /// Notes clinicians left on the record (server mode): (day, author, text), newest first.
    clinician_notes: Vec<(String, String, String)>,
    /// The day a new note is written for (a clinician reading the record).
    note_day: String,
}

/// Weeks in Today's chart.
const TODAY_WEEKS: u32 = 8;

/// The cap with the rule it comes from and what it is based on.
fn cap_text(v: &TodayView) -> String {
    match (&v.cap, &v.cap_note) {
        (Some(cap), Some(note)) => format!("{cap} {}", note.message),
        (Some(cap), None) => cap.clone(),
        (None, _) => String::new(),
    }
}

fn reason_row(r: &ReasonView) -> ReasonRow {
    ReasonRow {
        rule: r.rule,
        badge: r.badge.word(),
        badge_class: r.badge.id(),
        message: r.message.clone(),
        source: r.source.clone(),
        source_id: r.source_id.clone(),
    }
}

fn ask_row(ask: &Ask, layout: &Layout) -> AskRow {
    let link = |href: String, link_text| AskRow {
        rule: ask.rule,
        message: ask.message.clone(),
        href: Some(href),
        link_text,
        question: None,
    };
    match &ask.action {
        Action::Check { key, question } => AskRow {
            rule: ask.rule,
            message: ask.message.clone(),
            href: Some(format!("{}#q-{key}", layout.href("/check"))),
            link_text: "All the check questions",
            question: Some((key, question)),
        },
        Action::LogPain { run_id, day, moment, .. } => {
            let mut query = format!("date={day}&when={}", moment.id());
            if let Some(id) = run_id {
                query.push_str(&format!("&run={id}"));
            }
            let text = match moment {
                PainMoment::Morning => "Log the morning pain",
                _ => "Log the pain after this run",
            };
            link(format!("{}#pain", layout.href_with("/log", &query)), text)
        }
        Action::RecentLongest => {
            link(format!("{}#recent_longest_km", layout.href("/setup")), "Tell runwell")
        }
        Action::LogRun => link(format!("{}#run", layout.href("/log")), "Log a run"),
    }
}

fn pain_state_words(state: PainState) -> &'static str {
    match state {
        PainState::Green => "green",
        PainState::Amber => "amber",
        PainState::NotKnown => "not known: amber at best",
        PainState::Returning => "amber, returning after red",
        PainState::Red => "red",
    }
}

fn metrics(v: &TodayView) -> Vec<(&'static str, String)> {
    let m = &v.metrics;
    // The view's numbers are kilometres; the runner reads her own unit.
    let distance = |km: f64| v.unit.short(km * 1000.0);
    let mut rows =
        vec![("This week", distance(m.week_km)), ("Last week", distance(m.previous_week_km))];
    let mut push = |label, value: Option<String>| {
        if let Some(value) = value {
            rows.push((label, value));
        }
    };
    push("Weekly change (WEEK-1)", m.week_change_pct.map(|p| format!("{p:+.0} %")));
    push("Longest run, last 30 days", m.longest_30d_km.map(distance));
    push("Last run against that (SPIKE-1)", m.last_run_spike_pct.map(|p| format!("{p:+.0} %")));
    push("Pain during the last run", m.pain_during.map(|p| format!("{p}/10")));
    push("Pain after it", m.pain_after.map(|p| format!("{p}/10")));
    push("Pain the next morning", m.pain_next_morning.map(|p| format!("{p}/10")));
    push("Pain status (DATA-1…3)", Some(pain_state_words(m.pain_state).to_owned()));
    push("Red since (DATA-3)", m.red_since.map(|d| d.to_string()));
    push(
        "Last load that stayed green (DATA-4)",
        m.last_green_load_km.map(|k| match m.last_green_load_day {
            Some(day) => format!("{} on {day}", distance(k)),
            None => format!("{} (the longest run you told runwell)", distance(k)),
        }),
    );
    push("Acute:chronic load (LOAD-2)", m.load_ratio.map(|r| format!("{r:.2}")));
    rows
}

impl TodayPage {
    fn new(
        v: &TodayView,
        layout: Layout,
        notice: Option<&'static str>,
        weekly: WeeklyChart,
    ) -> Self {
        let banner = (v.triage.level >= TriageLevel::Soon).then(|| Banner {
            level: v.triage.level.words(),
            what_to_do: v.triage.what_to_do,
            reasons: v.triage.reasons.iter().map(|r| (r.rule, r.message.clone())).collect(),
            suspended: v.running_suspended,
        });
        let (questions, missing) = v
            .asks
            .iter()
            .map(|a| ask_row(a, &layout))
            .partition(|row: &AskRow| row.question.is_some());
        Self {
            date_long: v.date.date().strftime("%A %-d %B %Y").to_string(),
            light_class: v.light.id(),
            light_word: v.light.word(),
            verdict: v.verdict,
            cap: cap_text(v),
            questions,
            missing,
            reasons: v.reasons.iter().map(reason_row).collect(),
            notes: v.notes.iter().map(reason_row).collect(),
            suspended: v.running_suspended,
            routines: v
                .routines
                .iter()
                .map(|k| RoutineLink {
                    title: k.title(),
                    href: layout.href(&format!("/session/{}", k.id())),
                })
                .collect(),
            banner,
            triage_level: v.triage.level.words(),
            progress: v.progression_note,
            metrics: metrics(v),
            notice,
            weekly,
            layout,
            clinician_notes: Vec::new(),
            note_day: v.date.to_string(),
        }
    }
}

pub(super) async fn page(
    Acting(app): Acting,
    asked: Asked,
    Query(q): Query<TodayQuery>,
) -> Result<TodayPage, PageError> {
    let view = app.today(asked.0).await?;
    let notice = match (q.logged.as_deref(), q.noted.is_some()) {
        (Some("pain"), _) => Some("Pain entry saved. Today's answer below includes it."),
        (Some("check"), _) => Some("Your answers are saved."),
        (_, true) => Some("Your note is saved; the runner reads it on her Today page."),
        _ => None,
    };
    // The chart's weeks end with the week of the day Today answers for.
    let weeks = app.trend(Some(view.date), TODAY_WEEKS).await?;
    let weekly = WeeklyChart::new("weekly-today", &weeks, true, view.unit);
    let mut page = TodayPage::new(&view, asked.layout("Today", "today"), notice, weekly);
    page.clinician_notes = app
        .clinician_notes()
        .await?
        .into_iter()
        .map(|n| (n.day.weekday_date_year(), n.author, n.body))
        .collect();
    Ok(page)
}

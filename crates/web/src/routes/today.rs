//! `GET /`: today's light, its reasons and sources, the distance cap, today's routines and the
//! triage banner.

use std::sync::Arc;

use askama::Template;
use axum::body::Bytes;
use axum::extract::Query;
use axum::response::Html;
use runwell_app::words::{Lang, Words};
use runwell_app::{AskView, ReasonView, TodayView};
use runwell_domain::advice::Action;
use runwell_domain::diary::PainMoment;
use runwell_domain::trend::WeekRow;
use runwell_domain::triage::TriageLevel;
use runwell_domain::{DistanceUnit, LocalDay};
use serde::Deserialize;

use crate::acting::Acting;
use crate::charts::WeeklyChart;
use crate::day::Asked;
use crate::error::PageError;
use crate::kept::{self, Held, Kept};
use crate::views::Layout;
use crate::who::{Who, who};

#[derive(Debug, Deserialize)]
pub(super) struct TodayQuery {
    logged: Option<String>,
    noted: Option<String>,
}

#[derive(Debug)]
struct ReasonRow {
    rule: Option<&'static str>,
    /// The word on the badge: "ok" for a rule that passed, never a green mark.
    badge: String,
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
    link_text: String,
    /// A check question answered in place: its key and text.
    question: Option<(&'static str, String)>,
}

#[derive(Debug)]
struct RoutineLink {
    title: String,
    href: String,
}

#[derive(Debug)]
struct Banner {
    level: String,
    what_to_do: String,
    reasons: Vec<(&'static str, String)>,
    suspended: bool,
}

#[derive(Debug, Template)]
#[template(path = "today.html")]
pub(super) struct TodayPage {
    layout: Layout,
    date_long: String,
    light_class: &'static str,
    light_word: String,
    verdict: String,
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
    triage_level: String,
    progress: String,
    metrics: Vec<(String, String)>,
    notice: Option<String>,
    /// The last weeks, compactly, as HTML ([`kept_chart`]); the Trends page has more.
    weekly: Arc<str>,
    /// Notes clinicians left on the record (server mode): (day, author, text), newest first.
    clinician_notes: Vec<(String, String, String)>,
    /// The day a new note is written for (a clinician reading the record).
    note_day: String,
}

/// Weeks in Today's chart.
const TODAY_WEEKS: u32 = 8;

/// Today's charts as written, by the weeks they show, language and unit.
static CHARTS: Kept<(usize, Lang, DistanceUnit), Arc<str>> = Kept::new(MOST_KEPT);

/// Today's pages as written on the runner's own machine, by the view and weeks they show,
/// language, the day asked for and the notice.
static PAGES: Kept<PageKey, Bytes> = Kept::new(MOST_KEPT);

type PageKey = (usize, usize, Lang, Option<LocalDay>, Option<&'static str>);

/// Most pages or charts kept: a runner's in each language and unit, for a server's many
/// runners.
const MOST_KEPT: usize = 512;

/// Today's chart of `weeks` as HTML, written once for the weeks the app computed (once per
/// change to the data) in each language and unit: its bars' and marks' titles and its text
/// alternative are a few dozen messages.
fn kept_chart(
    weeks: &Arc<Vec<WeekRow>>,
    unit: DistanceUnit,
    lang: Lang,
) -> Result<Arc<str>, PageError> {
    CHARTS.get_or_write(
        (kept::address(weeks), lang, unit),
        || vec![Arc::clone(weeks) as Held],
        || {
            WeeklyChart::new("weekly-today", weeks, true, unit)
                .render()
                .map_err(|e| PageError::Render(e.to_string()))
        },
    )
}

/// The cap with the rule it comes from and what it is based on.
fn cap_text(v: &TodayView, w: &Words) -> String {
    match (&v.cap_text, &v.cap_note) {
        (Some(cap), Some(note)) => format!("{} {}", w.text(cap), w.text(&note.text)),
        (Some(cap), None) => w.text(cap),
        (None, _) => String::new(),
    }
}

fn reason_row(r: &ReasonView, w: &Words) -> ReasonRow {
    ReasonRow {
        rule: r.rule,
        badge: w.badge(r.badge),
        badge_class: r.badge.id(),
        message: w.text(&r.text),
        source: r.source.clone(),
        source_id: r.source_id.clone(),
    }
}

fn ask_row(ask: &AskView, layout: &Layout) -> AskRow {
    let message = layout.words.text(&ask.text);
    let link = |href: String, link_text: &str| AskRow {
        rule: ask.rule,
        message: message.clone(),
        href: Some(href),
        link_text: layout.t(link_text),
        question: None,
    };
    match &ask.action {
        Action::Check { key, .. } => AskRow {
            rule: ask.rule,
            message,
            href: Some(format!("{}#q-{key}", layout.href("/check"))),
            link_text: layout.t("today-all-questions"),
            // The question's words are the message named by its fixed key.
            question: Some((key, layout.t(key))),
        },
        Action::LogPain { run_id, day, moment, .. } => {
            let mut query = format!("date={day}&when={}", moment.id());
            if let Some(id) = run_id {
                query.push_str(&format!("&run={id}"));
            }
            let text = match moment {
                PainMoment::Morning => "today-log-morning",
                _ => "today-log-after",
            };
            link(format!("{}#pain", layout.href_with("/log", &query)), text)
        }
        Action::RecentLongest => {
            link(format!("{}#recent_longest_km", layout.href("/setup")), "today-tell-runwell")
        }
        Action::LogRun => link(format!("{}#run", layout.href("/log")), "today-log-run"),
    }
}

fn metrics(v: &TodayView, w: &Words) -> Vec<(String, String)> {
    let m = &v.metrics;
    // The view's numbers are kilometres; the runner reads her own unit, written her way.
    let distance = |km: f64| w.distance(v.unit, km * 1000.0);
    let score = |p: u8| w.score(f64::from(p), 0);
    let mut rows = vec![
        (w.get("metric-this-week"), distance(m.week_km)),
        (w.get("metric-last-week"), distance(m.previous_week_km)),
    ];
    let mut push = |label: &str, value: Option<String>| {
        if let Some(value) = value {
            rows.push((w.get(label), value));
        }
    };
    push("metric-week-change", m.week_change_pct.map(|p| w.percent(p)));
    push("metric-longest-30d", m.longest_30d_km.map(distance));
    push("metric-last-spike", m.last_run_spike_pct.map(|p| w.percent(p)));
    push("metric-pain-during", m.pain_during.map(score));
    push("metric-pain-after", m.pain_after.map(score));
    push("metric-pain-morning", m.pain_next_morning.map(score));
    push("metric-pain-state", Some(w.pain_state(m.pain_state)));
    push("metric-red-since", m.red_since.map(|d| w.day(d)));
    push(
        "metric-last-green",
        m.last_green_load_km.map(|k| match m.last_green_load_day {
            Some(day) => w.with(
                "metric-last-green-on",
                &[("distance", distance(k).into()), ("day", w.day(day).into())],
            ),
            None => w.with("metric-last-green-declared", &[("distance", distance(k).into())]),
        }),
    );
    push("metric-load-ratio", m.load_ratio.map(|r| w.number(r, 2)));
    rows
}

impl TodayPage {
    fn new(v: &TodayView, layout: Layout, notice: Option<String>, weekly: Arc<str>) -> Self {
        let w = layout.words;
        let banner = (v.triage.level >= TriageLevel::Soon).then(|| Banner {
            level: w.triage_level(v.triage.level),
            what_to_do: w.triage_what_to_do(v.triage.level),
            reasons: v.triage.reasons.iter().map(|r| (r.rule, w.text(&r.text))).collect(),
            suspended: v.running_suspended,
        });
        let (questions, missing) = v
            .asks
            .iter()
            .map(|a| ask_row(a, &layout))
            .partition(|row: &AskRow| row.question.is_some());
        Self {
            date_long: w.long_date(v.date),
            light_class: v.light.id(),
            light_word: w.light(v.light),
            verdict: w.verdict(v.running_suspended, v.first_visit, v.light),
            cap: cap_text(v, &w),
            questions,
            missing,
            reasons: v.reasons.iter().map(|r| reason_row(r, &w)).collect(),
            notes: v.notes.iter().map(|r| reason_row(r, &w)).collect(),
            suspended: v.running_suspended,
            routines: v
                .routines
                .iter()
                .map(|k| RoutineLink {
                    title: w.routine_title(*k),
                    href: layout.href(&format!("/session/{}", k.id())),
                })
                .collect(),
            banner,
            triage_level: w.triage_level(v.triage.level),
            progress: w.progression_note(v.may_progress_exercises),
            metrics: metrics(v, &w),
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
) -> Result<Html<Bytes>, PageError> {
    let view = app.today(asked.0).await?;
    // The chart's weeks end with the week of the day Today answers for.
    let weeks = app.trend(Some(view.date), TODAY_WEEKS).await?;
    let notes = app.clinician_notes().await?;
    let notice = match (q.logged.as_deref(), q.noted.is_some()) {
        (Some("pain"), _) => Some("today-notice-pain"),
        (Some("check"), _) => Some("today-notice-check"),
        (_, true) => Some("today-notice-note"),
        _ => None,
    };
    let write = || {
        let layout = asked.layout(crate::lang::words().get("today-title"), "today");
        let weekly = kept_chart(&weeks, view.unit, layout.words.lang())?;
        let notice = notice.map(|id| layout.t(id));
        let mut page = TodayPage::new(&view, layout, notice, weekly);
        page.clinician_notes = notes
            .iter()
            .map(|n| (page.layout.words.day_year(n.day), n.author.clone(), n.body.clone()))
            .collect();
        page.render().map_err(|e| PageError::Render(e.to_string()))
    };
    // On the runner's own machine the page depends on nothing else, so it is written once per
    // change to the data; a signed-in or reading page (its menu names the account) and notes
    // left by clinicians are written afresh.
    if matches!(who(), Who::Local) && notes.is_empty() {
        let key = (
            kept::address(&view),
            kept::address(&weeks),
            crate::lang::words().lang(),
            asked.0,
            notice,
        );
        let held = || vec![Arc::clone(&view) as Held, Arc::clone(&weeks) as Held];
        return PAGES.get_or_write(key, held, write).map(Html);
    }
    write().map(|html| Html(html.into()))
}

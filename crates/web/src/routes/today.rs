//! `GET /`: today's light, its reasons and sources, the distance cap, today's routines and the
//! triage banner.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use runwell_app::{App, TodayView};
use runwell_domain::Light;
use runwell_domain::triage::TriageLevel;
use serde::Deserialize;

use crate::charts::WeeklyChart;
use crate::error::PageError;
use crate::views::{Layout, level_words, light_word, parse_day, routine_title, verdict};

#[derive(Debug, Deserialize)]
pub(super) struct TodayQuery {
    today: Option<String>,
    logged: Option<String>,
}

#[derive(Debug)]
struct ReasonRow {
    rule: &'static str,
    light: &'static str,
    light_class: &'static str,
    message: String,
    source: Option<String>,
    source_id: Option<String>,
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
    reasons: Vec<ReasonRow>,
    routines: Vec<RoutineLink>,
    banner: Option<Banner>,
    triage_level: &'static str,
    progress: &'static str,
    metrics: Vec<(&'static str, String)>,
    notice: Option<&'static str>,
    /// The last weeks, compactly; the Trends page has more.
    weekly: WeeklyChart,
}

/// Weeks in Today's chart.
const TODAY_WEEKS: u32 = 8;

fn light_class(light: Light) -> &'static str {
    light.id()
}

fn cap_text(v: &TodayView) -> String {
    match v.suggested_max_km {
        _ if v.running_suspended => "No running suggestion while a red flag is active.".to_owned(),
        Some(km) => format!("Longest run suggested today: {km:.1} km (SPIKE-1)."),
        None => "No distance suggestion yet: log a few runs, or tell runwell your longest run of \
                 the last month."
            .to_owned(),
    }
}

fn metrics(v: &TodayView) -> Vec<(&'static str, String)> {
    let m = &v.metrics;
    let mut rows = vec![
        ("This week", format!("{:.1} km", m.week_km)),
        ("Last week", format!("{:.1} km", m.previous_week_km)),
    ];
    let mut push = |label, value: Option<String>| {
        if let Some(value) = value {
            rows.push((label, value));
        }
    };
    push("Weekly change (WEEK-1)", m.week_change_pct.map(|p| format!("{p:+.0} %")));
    push("Longest run, last 30 days", m.longest_30d_km.map(|k| format!("{k:.1} km")));
    push("Last run against that (SPIKE-1)", m.last_run_spike_pct.map(|p| format!("{p:+.0} %")));
    push("Pain during the last run", m.pain_during.map(|p| format!("{p}/10")));
    push("Pain after it", m.pain_after.map(|p| format!("{p}/10")));
    push("Pain the next morning", m.pain_next_morning.map(|p| format!("{p}/10")));
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
            level: level_words(v.triage.level),
            what_to_do: v.triage.what_to_do,
            reasons: v.triage.reasons.iter().map(|r| (r.rule, r.message.clone())).collect(),
            suspended: v.running_suspended,
        });
        Self {
            date_long: v.date.date().strftime("%A %-d %B %Y").to_string(),
            light_class: light_class(v.light),
            light_word: light_word(v.light),
            verdict: verdict(v.light, v.running_suspended),
            cap: cap_text(v),
            reasons: v
                .reasons
                .iter()
                .map(|r| ReasonRow {
                    rule: r.rule,
                    light: light_word(r.light),
                    light_class: light_class(r.light),
                    message: r.message.clone(),
                    source: r.source.clone(),
                    source_id: r.source_id.clone(),
                })
                .collect(),
            routines: v
                .routines
                .iter()
                .map(|k| RoutineLink {
                    title: routine_title(*k),
                    href: layout.href(&format!("/session/{}", k.id())),
                })
                .collect(),
            banner,
            triage_level: level_words(v.triage.level),
            progress: if v.may_progress_exercises {
                "Exercise levels may move up after a good session (PROG-2)."
            } else {
                "Keep exercise levels where they are until pain is green again (PROG-2)."
            },
            metrics: metrics(v),
            notice,
            weekly,
            layout,
        }
    }
}

pub(super) async fn page(
    State(app): State<App>,
    Query(q): Query<TodayQuery>,
) -> Result<TodayPage, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let view = app.today(day).await?;
    let notice = match q.logged.as_deref() {
        Some("pain") => Some("Pain entry saved. Today's answer below includes it."),
        Some("check") => Some("Your answers are saved."),
        _ => None,
    };
    // The chart's weeks end with the week of the day Today answers for.
    let weeks = app.weekly_chart(Some(view.date), TODAY_WEEKS).await?;
    let weekly = WeeklyChart::new("weekly-today", &weeks, true);
    Ok(TodayPage::new(&view, Layout::new("Today", "today").day(day), notice, weekly))
}

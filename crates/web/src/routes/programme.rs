//! `/programme`: this week's plan, today's routines at the runner's levels, every movement's
//! card (steps, benefits, cues, mistakes, current level), adherence, and the calendar file
//! (`/programme/plan.ics`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use runwell_app::{App, MovementView};
use runwell_domain::adherence::{Adherence, WeekStatus};
use runwell_domain::programme::{RoutineDose, RoutineKind};
use serde::Deserialize;

use super::day_of;
use crate::error::PageError;
use crate::views::{Layout, minutes, parse_day};

/// Weeks of plan in the calendar file, and of adherence on the page.
const CALENDAR_WEEKS: u32 = 12;
const ADHERENCE_WEEKS: u32 = 8;

#[derive(Debug, Deserialize)]
pub(super) struct ProgrammeQuery {
    today: Option<String>,
}

#[derive(Debug)]
struct PlanRow {
    weekday: &'static str,
    date: String,
    is_today: bool,
    what: String,
}

#[derive(Debug)]
struct RoutineCard {
    id: &'static str,
    dose: RoutineDose,
    length: String,
}

#[derive(Debug)]
struct AdherenceRow {
    week: String,
    strength: String,
    warmups: String,
    status: &'static str,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "programme.html")]
pub(super) struct ProgrammePage {
    layout: Layout,
    plan: Vec<PlanRow>,
    routines: Vec<RoutineCard>,
    movements: Vec<MovementView>,
    adherence: (Vec<AdherenceRow>, String),
    calendar_weeks: u32,
}

impl ProgrammePage {
    fn dose_text(&self, v: &MovementView) -> String {
        v.current_level.dose.describe(v.movement.per_side)
    }
}

fn plan_what(routines: &[RoutineKind], run: bool) -> String {
    let mut parts = Vec::new();
    if run {
        parts.push("Run, with warm-up before and cool-down after");
    }
    if routines.contains(&RoutineKind::Strength) {
        parts.push("Hip strength session");
    }
    if parts.is_empty() { "Rest".to_owned() } else { parts.join("; ") }
}

fn status_words(status: WeekStatus) -> &'static str {
    match status {
        WeekStatus::Met => "Met",
        WeekStatus::Missed => "Missed",
        WeekStatus::NothingPlanned => "Nothing planned",
        WeekStatus::OnTrack => "On track",
        WeekStatus::Behind => "Behind",
    }
}

fn adherence_rows(a: &Adherence) -> (Vec<AdherenceRow>, String) {
    let rows = a
        .weeks
        .iter()
        .rev()
        .map(|w| AdherenceRow {
            week: w.week_start.to_string(),
            strength: format!("{} of {}", w.done_strength, w.strength_target),
            warmups: format!("{} of {}", w.done_warmups, w.planned_warmups),
            status: status_words(w.status),
        })
        .collect();
    let streak = match a.streak_weeks {
        0 => "No run of complete weeks yet.".to_owned(),
        1 => "1 week in a row met.".to_owned(),
        n => format!("{n} weeks in a row met."),
    };
    (rows, streak)
}

pub(super) async fn page(
    State(app): State<App>,
    Query(q): Query<ProgrammeQuery>,
) -> Result<ProgrammePage, PageError> {
    let asked = parse_day(q.today.as_deref())?;
    // The page is a dashboard over several use cases; they all answer for the same day.
    let today = day_of(&app, asked).await?;
    let plan = app.plan(Some(today), 1).await?;
    let mut routines = Vec::new();
    for kind in RoutineKind::ALL {
        let dose = app.routine(kind, None).await?;
        routines.push(RoutineCard { id: kind.id(), length: minutes(dose.estimated_s), dose });
    }
    let mut movements = Vec::new();
    for exercise in runwell_app::exercises()? {
        for m in &exercise.movements {
            movements.push(app.movement(&m.id).await?);
        }
    }
    let adherence = app.adherence(Some(today), ADHERENCE_WEEKS).await?;
    Ok(ProgrammePage {
        layout: Layout::new("Programme", "programme").day(asked),
        plan: plan
            .days
            .iter()
            .map(|d| PlanRow {
                weekday: d.weekday.long(),
                date: d.day.date().strftime("%-d %B").to_string(),
                is_today: d.day == today,
                what: plan_what(&d.routines, d.run),
            })
            .collect(),
        routines,
        movements,
        adherence: adherence_rows(&adherence),
        calendar_weeks: CALENDAR_WEEKS,
    })
}

/// `GET /programme/plan.ics`: the plan as a calendar file to import.
pub(super) async fn calendar(
    State(app): State<App>,
    Query(q): Query<ProgrammeQuery>,
) -> Result<Response, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let ics = app.plan_ics(day, CALENDAR_WEEKS).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"runwell-plan.ics\""),
        ],
        ics,
    )
        .into_response())
}

//! `/programme`: this week's plan, today's routines at the runner's levels, every movement's
//! card (steps, benefits, cues, mistakes, current level), adherence, and the calendar file
//! (`/programme/plan.ics`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use runwell_app::MovementView;
use runwell_app::words::{Arg, Words, dates};
use runwell_domain::LocalDay;
use runwell_domain::adherence::Adherence;
use runwell_domain::programme::{DosedItem, RoutineDose, RoutineKind};
use serde::Deserialize;

use crate::acting::Acting;
use crate::charts::{CalendarChart, LevelChart};
use crate::day::{Asked, Today};
use crate::error::PageError;
use crate::views::Layout;

/// Weeks of plan in the calendar file (the CLI's too), and of adherence on the page.
const CALENDAR_WEEKS: u32 = runwell_app::ICS_WEEKS;
const ADHERENCE_WEEKS: u32 = 8;

#[derive(Debug, Deserialize)]
pub(super) struct ProgrammeQuery {
    /// After a session was saved (`/session/...` redirects here): its routine, sets at target,
    /// sets in all, and the levels that moved as `movement:from:to,…`.
    saved: Option<String>,
    at_target: Option<u32>,
    sets: Option<u32>,
    moved: Option<String>,
}

/// What the page says after a session was saved.
#[derive(Debug)]
struct Saved {
    headline: String,
    moves: Vec<String>,
}

fn saved_notice(q: &ProgrammeQuery, words: Words) -> Option<Saved> {
    let routine = q.saved.as_deref()?.parse::<RoutineKind>().ok()?;
    let title = words.routine_title(routine);
    let count = |n: u32| Arg::Count(i64::from(n));
    let headline = match (q.at_target, q.sets) {
        (Some(done), Some(of)) => words.with(
            "programme-saved-counts",
            &[("routine", title.into()), ("done", count(done)), ("sets", count(of))],
        ),
        _ => words.with("programme-saved", &[("routine", title.into())]),
    };
    let moves = q
        .moved
        .as_deref()
        .unwrap_or("")
        .split(',')
        .filter_map(|m| {
            let mut parts = m.split(':');
            let movement = runwell_app::movement(parts.next()?).ok()?;
            let from: u8 = parts.next()?.parse().ok()?;
            let to: u8 = parts.next()?.parse().ok()?;
            let name = runwell_app::programme_in(words.lang())
                .ok()
                .and_then(|p| p.movement(&movement.id))
                .map_or(&movement.name, |m| &m.name);
            Some(words.text(&runwell_domain::progression::change_sentence(name, from, to)))
        })
        .collect();
    Some(Saved { headline, moves })
}

#[derive(Debug)]
struct PlanRow {
    weekday: String,
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
    status: String,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "programme.html")]
pub(super) struct ProgrammePage {
    layout: Layout,
    plan: Vec<PlanRow>,
    routines: Vec<RoutineCard>,
    movements: Vec<MovementView>,
    level_charts: Vec<LevelChart>,
    adherence: (Vec<AdherenceRow>, String),
    calendar: CalendarChart,
    calendar_weeks: u32,
    saved: Option<Saved>,
}

impl ProgrammePage {
    fn dose_text(&self, v: &MovementView) -> String {
        self.layout.words.dose(v.current_level.dose, v.movement.per_side)
    }

    /// "(level 2 of 4: band around the knees)" beside a routine's item.
    fn item_level(&self, item: &DosedItem) -> String {
        let count = |n: u8| Arg::Count(i64::from(n));
        self.layout.words.with(
            "programme-item-level",
            &[
                ("level", count(item.level)),
                ("top", count(item.top_level)),
                ("variant", item.variant.as_str().into()),
            ],
        )
    }

    /// The movement's level chart (every movement has one).
    fn level_chart(&self, index: &usize) -> Option<&LevelChart> {
        self.level_charts.get(*index)
    }
}

fn plan_what(routines: &[RoutineKind], run: bool, words: Words) -> String {
    let mut parts = Vec::new();
    if run {
        parts.push(words.get("programme-plan-run"));
    }
    if routines.contains(&RoutineKind::Strength) {
        parts.push(words.get("programme-plan-strength"));
    }
    if parts.is_empty() { words.get("programme-plan-rest") } else { parts.join("; ") }
}

/// The weeks from `from` (the calendar's first), latest first.
fn adherence_rows(
    a: &Adherence,
    from: Option<LocalDay>,
    words: Words,
) -> (Vec<AdherenceRow>, String) {
    let of = |done: u32, planned: u32| {
        let count = |n: u32| Arg::Count(i64::from(n));
        words.with("programme-of", &[("done", count(done)), ("planned", count(planned))])
    };
    let rows = a
        .weeks
        .iter()
        .filter(|w| from.is_none_or(|f| w.week_start >= f))
        .rev()
        .map(|w| AdherenceRow {
            week: w.week_start.to_string(),
            strength: of(w.done_strength, w.strength_target),
            warmups: of(w.done_warmups, w.planned_warmups),
            status: words.week_status(w.status),
        })
        .collect();
    (rows, words.with("programme-streak", &[("weeks", Arg::Count(i64::from(a.streak_weeks)))]))
}

pub(super) async fn page(
    Acting(app): Acting,
    Today { asked, day: today }: Today,
    Query(q): Query<ProgrammeQuery>,
) -> Result<ProgrammePage, PageError> {
    // The page is a dashboard over several use cases; they all answer for the same day.
    let words = crate::lang::words();
    let plan = app.plan(Some(today), 1).await?;
    let mut routines = Vec::new();
    for kind in RoutineKind::ALL {
        let dose = app.routine_in(kind, None, crate::lang::words().lang()).await?;
        routines.push(RoutineCard {
            id: kind.id(),
            length: format!("{} min", dose.about_minutes()),
            dose,
        });
    }
    let movements = app.movements_in(words.lang()).await?;
    let adherence = app.adherence(Some(today), ADHERENCE_WEEKS).await?;
    let calendar = app.adherence_calendar(Some(today), ADHERENCE_WEEKS).await?;
    let since = calendar.weeks.first().map(|w| w.week_start);
    let histories = app.level_histories(Some(today)).await?;
    // In the cards' order; the app lists every movement of the programme.
    let level_charts = movements
        .iter()
        .map(|v| {
            let history = histories.iter().find(|h| h.movement == v.movement.id);
            history.map(LevelChart::new).ok_or_else(|| {
                PageError::App(runwell_app::AppError::Content(format!(
                    "no level history for {}",
                    v.movement.id
                )))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let layout = asked.layout(words.get("programme-title"), "programme");
    Ok(ProgrammePage {
        saved: saved_notice(&q, words),
        calendar: CalendarChart::new("calendar", &calendar),
        level_charts,
        plan: plan
            .days
            .iter()
            .map(|d| PlanRow {
                weekday: layout.weekday(&d.weekday),
                date: dates::day_month_long(words.lang(), d.day),
                is_today: d.day == today,
                what: plan_what(&d.routines, d.run, words),
            })
            .collect(),
        layout,
        routines,
        movements,
        adherence: adherence_rows(&adherence, since, words),
        calendar_weeks: CALENDAR_WEEKS,
    })
}

/// `?alarm=MINUTES` for the calendar file: how long before each day its alarm goes off.
#[derive(Debug, serde::Deserialize)]
pub(super) struct IcsQuery {
    alarm: Option<u32>,
}

/// `GET /programme/plan.ics`: the plan as a calendar file to import, with an alarm an hour
/// before each day (`?alarm=0` for none).
pub(super) async fn calendar(
    Acting(app): Acting,
    asked: Asked,
    axum::extract::Query(q): axum::extract::Query<IcsQuery>,
) -> Result<Response, PageError> {
    let ics = app.plan_ics(asked.0, Some(CALENDAR_WEEKS), q.alarm).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"runwell-plan.ics\""),
        ],
        ics,
    )
        .into_response())
}

//! `/session/{routine}`: the guided session in the browser, and `POST` to store what was done
//! with the pain and effort answers (as `runwell session` stores it). `/session/{routine}/log`:
//! the same routine logged by hand, for a browser without JavaScript.
//!
//! The page carries the routine's timeline (see `crate::session`) for `static/session.js` to
//! play. The record it posts back is checked against the programme before anything is stored:
//! every set must be a set of this routine's movements at a real level with that level's target,
//! and nothing may count more than its target.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::{App, AppError, SessionInput, SessionSaved};
use runwell_domain::programme::{Programme, RoutineDose, RoutineKind};
use runwell_domain::session::{Script, SessionRecord, Side, Timing};
use runwell_domain::{PainScore, Rpe};
use serde::Deserialize;

use super::day_of;
use crate::assets::ASSETS;
use crate::error::PageError;
use crate::form::FormState;
use crate::session::Timeline;
use crate::views::{Layout, minutes, parse_day};

/// The longest a session may say it lasted: a day. Anything longer is not a session.
const LONGEST_S: u32 = 24 * 3600;

const SCORES: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

#[derive(Debug, Deserialize)]
pub(super) struct SessionQuery {
    today: Option<String>,
}

/// A movement of the routine as the page lists it, with its picture.
#[derive(Debug)]
struct Item {
    index: usize,
    movement: String,
    name: String,
    dose_text: String,
    level: u8,
    top_level: u8,
    variant: String,
    /// Inline SVG from the content (checked when the content is built: no script, no
    /// external reference), inlined so that it follows the page's colours.
    svg: &'static str,
    sets: u32,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "session.html")]
pub(super) struct SessionPage {
    layout: Layout,
    routine: &'static str,
    action: String,
    log_href: String,
    /// The routine's card on the programme page, to read or print.
    routine_href: String,
    name: String,
    summary: String,
    when: String,
    length: String,
    items: Vec<Item>,
    timeline: String,
    script_js: &'static str,
    /// The end questions' form, empty: the page's own answers are chosen in the browser.
    form: FormState,
    scores: [&'static str; 11],
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "session_questions.html")]
pub(super) struct QuestionsPage {
    layout: Layout,
    action: String,
    name: String,
    summary: String,
    record: String,
    form: FormState,
    scores: [&'static str; 11],
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "session_log.html")]
pub(super) struct LogPage {
    layout: Layout,
    action: String,
    guided_href: String,
    name: String,
    items: Vec<Item>,
    form: FormState,
    scores: [&'static str; 11],
}

impl LogPage {
    fn choices(&self, item: &Item) -> Vec<String> {
        (0..=item.sets).rev().map(|n| n.to_string()).collect()
    }
}

fn routine_of(text: &str) -> Result<RoutineKind, PageError> {
    text.parse::<RoutineKind>().map_err(|_| {
        PageError::NotFound(format!(
            "There is no routine called {text:?}. The routines are warmup, cooldown and strength."
        ))
    })
}

fn items(dose: &RoutineDose, programme: &'static Programme) -> Vec<Item> {
    dose.items
        .iter()
        .enumerate()
        .map(|(index, d)| Item {
            index,
            movement: d.movement.clone(),
            name: d.name.clone(),
            dose_text: d.dose_text.clone(),
            level: d.level,
            top_level: d.top_level,
            variant: d.variant.clone(),
            svg: programme.movement(&d.movement).map_or("", |m| m.illustration_svg.as_str()),
            sets: d.dose.sets(),
        })
        .collect()
}

/// `GET /session/{routine}`.
pub(super) async fn page(
    State(app): State<App>,
    Path(routine): Path<String>,
    Query(q): Query<SessionQuery>,
) -> Result<SessionPage, PageError> {
    let kind = routine_of(&routine)?;
    let asked = parse_day(q.today.as_deref())?;
    day_of(&app, asked).await?;
    let dose = app.routine(kind, None).await?;
    let programme = runwell_app::programme()?;
    let script = Script::new(&dose, programme, &Timing::default());
    let layout = Layout::new(kind.title(), "programme").day(asked);
    Ok(SessionPage {
        action: layout.link("/session/", kind.id()),
        log_href: layout.link("/session/", format!("{}/log", kind.id())),
        routine_href: format!("{}#{}", layout.href("/programme"), kind.id()),
        layout,
        routine: kind.id(),
        name: dose.name.clone(),
        summary: dose.summary.clone(),
        when: dose.when.clone(),
        length: minutes(u32::try_from(script.total_ms() / 1000).unwrap_or(u32::MAX)),
        items: items(&dose, programme),
        timeline: Timeline::new(&script).to_script_json(),
        script_js: ASSETS.session_js.as_str(),
        form: FormState::default(),
        scores: SCORES,
    })
}

/// Checks a record posted by the page against the programme: the routine's own movements, real
/// levels, each level's target, nothing beyond it. The message says what was wrong.
fn check_record(record: &SessionRecord, kind: RoutineKind) -> Result<(), String> {
    let programme = runwell_app::programme().map_err(|e| e.to_string())?;
    let routine = programme.routine(kind).ok_or("the routine is missing from the programme")?;
    if record.routine != kind {
        return Err(format!("the record is for the {} routine, not this one", record.routine));
    }
    if record.sets.is_empty() || record.sets.len() > 200 {
        return Err("the record has no sets, or far too many".into());
    }
    if record.duration_s > LONGEST_S {
        return Err("the record says the session lasted more than a day".into());
    }
    for set in &record.sets {
        let movement = programme
            .movement(&set.movement)
            .filter(|m| routine.items.iter().any(|i| i.movement == m.id))
            .ok_or_else(|| format!("{} is not a movement of this routine", set.movement))?;
        if set.level == 0 || set.level > movement.top_level() {
            return Err(format!("{} has no level {}", movement.name, set.level));
        }
        let dose = movement.level(set.level).dose;
        if set.target != dose.per_set() || set.set_no == 0 || set.set_no > dose.sets() {
            return Err(format!(
                "set {} of {} does not match its level",
                set.set_no, movement.name
            ));
        }
        if set.done > set.target {
            return Err(format!(
                "set {} of {} counts more than its target",
                set.set_no, movement.name
            ));
        }
    }
    // Every set of every movement, once, at one level: progression reads "all sets at target"
    // off these, so a record missing sets must not pass for a whole session.
    for item in &routine.items {
        let movement = programme.movement(&item.movement).ok_or("the programme is incomplete")?;
        let sets: Vec<_> = record.sets.iter().filter(|s| s.movement == movement.id).collect();
        let Some(level) = sets.first().map(|s| s.level) else {
            return Err(format!("{} is missing", movement.name));
        };
        let sides: &[Side] =
            if movement.per_side { &[Side::Left, Side::Right] } else { &[Side::Both] };
        let count = movement.level(level).dose.sets();
        let complete = sets.len() == sides.len() * count as usize
            && sets.iter().all(|s| s.level == level && sides.contains(&s.side))
            && (1..=count).all(|n| {
                sides.iter().all(|side| sets.iter().any(|s| s.set_no == n && s.side == *side))
            });
        if !complete {
            return Err(format!("the sets of {} are not those of its level", movement.name));
        }
    }
    Ok(())
}

/// Where a saved session leads: the programme, with what was saved and the levels that moved.
fn saved_redirect(layout: &Layout, saved: &SessionSaved) -> Response {
    let moved: Vec<String> =
        saved.level_changes.iter().map(|c| format!("{}:{}:{}", c.movement, c.from, c.to)).collect();
    let mut query = format!(
        "saved={}&at_target={}&sets={}",
        saved.routine.id(),
        saved.sets_done,
        saved.sets_planned
    );
    if !moved.is_empty() {
        query.push_str(&format!("&moved={}", moved.join(",")));
    }
    Redirect::to(&format!("{}#saved", layout.href_with("/programme", &query))).into_response()
}

fn answers(form: &mut FormState) -> Option<(PainScore, Rpe)> {
    let mut score = |name: &'static str, what: &str| match form.optional(name) {
        None => {
            form.add_error(name, format!("Choose {what}: a number from 0 to 10."));
            None
        }
        Some(text) => match text.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                form.add_error(name, format!("{what} is a whole number from 0 to 10."));
                None
            }
        },
    };
    let pain = score("pain", "the pain during the session");
    let rpe = score("rpe", "the effort");
    let pain = pain.and_then(|p| form.check("pain", PainScore::new(p)));
    let rpe = rpe.and_then(|r| form.check("rpe", Rpe::new(r)));
    Some((pain?, rpe?))
}

/// `POST /session/{routine}`: the record from the page, with pain and effort.
pub(super) async fn save(
    State(app): State<App>,
    Path(routine): Path<String>,
    Query(q): Query<SessionQuery>,
    Form(values): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let kind = routine_of(&routine)?;
    let day = parse_day(q.today.as_deref())?;
    let layout = Layout::new(kind.title(), "programme").day(day);
    let mut form = FormState::new(values);
    let text = form.value("record").to_owned();
    let mut record: SessionRecord = serde_json::from_str(&text).map_err(|_| {
        PageError::BadRequest(
            "The session's record could not be read, so nothing was saved. Start the session \
             again, or log it by hand."
                .into(),
        )
    })?;
    check_record(&record, kind).map_err(|why| {
        PageError::BadRequest(format!("That session cannot be saved: {why}. Nothing was saved."))
    })?;
    if !record.anything_done() {
        return Err(PageError::BadRequest("Nothing was done, so nothing is saved.".into()));
    }
    let Some((pain, rpe)) = answers(&mut form) else {
        let page = QuestionsPage {
            action: layout.link("/session/", kind.id()),
            layout,
            name: app.routine(kind, None).await?.name,
            summary: record.summary(),
            record: text,
            form,
            scores: SCORES,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    record.pain = Some(pain);
    record.rpe = Some(rpe);
    let saved = app.record_session(&record, day, true).await?;
    Ok(saved_redirect(&layout, &saved))
}

/// `GET /session/{routine}/log`: the routine as a form, for a session done without guidance.
pub(super) async fn log_page(
    State(app): State<App>,
    Path(routine): Path<String>,
    Query(q): Query<SessionQuery>,
) -> Result<LogPage, PageError> {
    let kind = routine_of(&routine)?;
    let asked = parse_day(q.today.as_deref())?;
    day_of(&app, asked).await?;
    let dose = app.routine(kind, None).await?;
    let items = items(&dose, runwell_app::programme()?);
    let defaults: Vec<(String, String)> =
        items.iter().map(|i| (format!("done-{}", i.movement), i.sets.to_string())).collect();
    let layout = Layout::new(format!("Log: {}", dose.name), "programme").day(asked);
    Ok(LogPage {
        action: layout.link("/session/", format!("{}/log", kind.id())),
        guided_href: layout.link("/session/", kind.id()),
        layout,
        name: dose.name,
        items,
        form: FormState::new(defaults),
        scores: SCORES,
    })
}

/// `POST /session/{routine}/log`.
pub(super) async fn log_save(
    State(app): State<App>,
    Path(routine): Path<String>,
    Query(q): Query<SessionQuery>,
    Form(values): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let kind = routine_of(&routine)?;
    let asked = parse_day(q.today.as_deref())?;
    let layout = Layout::new("Log a session", "programme").day(asked);
    let dose = app.routine(kind, None).await?;
    let mut form = FormState::new(values);
    let mut done = Vec::new();
    for item in &dose.items {
        let field = format!("done-{}", item.movement);
        let n = form.value(&field).parse::<u32>().unwrap_or(0).min(item.dose.sets());
        done.push((item.movement.clone(), n));
    }
    if let Some((pain, rpe)) = answers(&mut form) {
        let input = SessionInput {
            routine: kind.id().to_owned(),
            date: asked.map(|d| d.to_string()),
            all: false,
            done,
            pain: i64::from(pain.value()),
            rpe: i64::from(rpe.value()),
        };
        match app.log_session(&input).await {
            Ok(saved) => return Ok(saved_redirect(&layout, &saved)),
            Err(AppError::Invalid(e)) => form.add_error("form", e.to_string()),
            Err(other) => return Err(other.into()),
        }
    }
    let page = LogPage {
        action: layout.link("/session/", format!("{}/log", kind.id())),
        guided_href: layout.link("/session/", kind.id()),
        layout: Layout::new(format!("Log: {}", dose.name), "programme").day(asked),
        items: items(&dose, runwell_app::programme()?),
        name: dose.name,
        form,
        scores: SCORES,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

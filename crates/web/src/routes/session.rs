//! `/session/{routine}`: the guided session in the browser, and `POST` to store what was done
//! with the pain and effort answers (as `runwell session` stores it). `/session/{routine}/log`:
//! the same routine logged by hand, for a browser without JavaScript.
//!
//! The page carries the routine's timeline (see `crate::session`) for `static/session.js` to
//! play. The record it posts back is checked by the app (`SessionRecord::check`) before anything
//! is stored; one that cannot be stored is a bad request, while missing answers come back as the
//! questions' form.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::words::Arg;
use runwell_app::{AppError, SessionAnswers, SessionInput, SessionSaved};
use runwell_domain::programme::{Programme, RoutineDose, RoutineKind};
use runwell_domain::session::{Script, SessionRecord, Timing};

use super::{Page, Reply, unprocessable};
use crate::acting::Acting;
use crate::assets::ASSETS;
use crate::day::{Asked, Today};
use crate::error::PageError;
use crate::form::{FormState, capitalise};
use crate::session::Timeline;
use crate::views::Layout;

const SCORES: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

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
    /// "(level 2 of 4: band around the knees)" in the page's language.
    level_text: String,
    /// Inline SVG from the content (checked when the content is built: no script, no
    /// external reference), inlined so that it follows the page's colours.
    svg: &'static str,
    /// How to do it, step by step: folded under the picture, and moved into the live view for
    /// the movement under way.
    steps: &'static [String],
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
    /// The words the player writes itself, with `{name}` holes for its numbers (JSON).
    player_words: String,
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

    /// "3 × 10, level 2 of 4: the variant".
    fn hint(&self, item: &Item) -> String {
        self.layout.words.with(
            "session-log-hint",
            &[
                ("dose", item.dose_text.as_str().into()),
                ("level", item.level.to_string().into()),
                ("top", item.top_level.to_string().into()),
                ("variant", item.variant.as_str().into()),
            ],
        )
    }
}

/// The log page's title: "Log: Hip strength session".
fn log_title(name: &str) -> String {
    crate::lang::words().with("session-log-heading", &[("routine", name.into())])
}

/// The routine a `/session/{routine}` path names, at the runner's levels.
#[derive(Debug)]
pub(super) struct Routine {
    kind: RoutineKind,
    dose: RoutineDose,
}

impl<S: Send + Sync> FromRequestParts<S> for Routine {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        let app = Acting::of(parts)?;
        let Path(text) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| PageError::NotFound(e.body_text()))?;
        let kind = text.parse::<RoutineKind>().map_err(|_| {
            PageError::NotFound(
                crate::lang::words().with("session-no-such-routine", &[("name", text.into())]),
            )
        })?;
        Ok(Routine { kind, dose: app.routine_in(kind, None, crate::lang::words().lang()).await? })
    }
}

fn items(dose: &RoutineDose, programme: &'static Programme) -> Vec<Item> {
    let words = crate::lang::words();
    let count = |n: u8| Arg::Count(i64::from(n));
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
            level_text: words.with(
                "session-item-level",
                &[
                    ("level", count(d.level)),
                    ("top", count(d.top_level)),
                    ("variant", d.variant.as_str().into()),
                ],
            ),
            svg: programme.movement(&d.movement).map_or("", |m| m.illustration_svg.as_str()),
            steps: programme.movement(&d.movement).map_or(&[], |m| m.steps.as_slice()),
            sets: d.dose.sets(),
        })
        .collect()
}

/// `GET /session/{routine}`.
pub(super) async fn page(Routine { kind, dose }: Routine, today: Today) -> Page<SessionPage> {
    let words = crate::lang::words();
    // The movements' names, steps and cues in the page's language.
    let programme = runwell_app::programme_in(words.lang())?;
    let script = Script::new(&dose, programme, &Timing::default());
    let layout = today.asked.layout(words.routine_title(kind), "programme");
    let player_words = player_words(&layout);
    Ok(SessionPage {
        action: layout.link("/session/", kind.id()),
        log_href: layout.link("/session/", format!("{}/log", kind.id())),
        routine_href: format!("{}#{}", layout.href("/programme"), kind.id()),
        layout,
        routine: kind.id(),
        name: dose.name.clone(),
        summary: dose.summary.clone(),
        when: dose.when.clone(),
        // The same figure the programme page announces (`RoutineDose::estimated_s` is the
        // script's length).
        length: format!("{} min", dose.about_minutes()),
        items: items(&dose, programme),
        timeline: Timeline::new(&script, &words).to_script_json(),
        player_words,
        script_js: ASSETS.session_js.as_str(),
        form: FormState::default(),
        scores: SCORES,
    })
}

/// The words `static/session.js` writes itself as the session plays, in the page's language:
/// each message with its arguments as `{name}` holes, which the player fills.
fn player_words(layout: &Layout) -> String {
    layout.script_words(&[
        ("get_ready", "player-get-ready", &[]),
        ("hold", "player-hold", &[]),
        ("go", "player-go", &[]),
        ("rest", "player-rest", &[]),
        ("paused_phase", "player-paused-phase", &["phase"]),
        ("next", "player-next", &["name"]),
        ("set_line", "player-set-line", &["set", "sets", "side", "level", "variant"]),
        ("leg_left", "session-leg-left", &[]),
        ("leg_right", "session-leg-right", &[]),
        ("rep", "player-rep", &["rep", "reps"]),
        ("left", "player-left", &["step", "steps", "done", "left"]),
        ("pause", "player-pause", &[]),
        ("resume", "player-resume", &[]),
        ("stopped", "player-stopped", &[]),
        ("well_done", "player-well-done", &[]),
        ("stopped_kept", "player-stopped-kept", &[]),
        ("summary", "player-summary", &["at", "sets", "time"]),
        ("movement_line", "player-movement-line", &["name", "level", "at", "sets"]),
    ])
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

/// The end questions' fields.
const ANSWERS: &[&str] = &["pain", "rpe"];

fn answers(form: &FormState) -> SessionAnswers {
    SessionAnswers { pain: form.optional("pain"), rpe: form.optional("rpe") }
}

/// A record the app refused as a whole (not this routine's, incomplete, nothing done, a day
/// after today) is a bad request: the page that sent it cannot be answered with a form. Any
/// other outcome is passed on.
fn unless_whole_record_refused<T>(
    result: Result<T, AppError>,
) -> Result<Result<T, AppError>, PageError> {
    match &result {
        Err(AppError::Invalid(fields)) if fields.iter().any(|f| !ANSWERS.contains(&f.field)) => {
            let why: Vec<String> = fields.iter().map(|f| capitalise(&f.message)).collect();
            Err(PageError::BadRequest(format!("{}.", why.join(". "))))
        }
        _ => Ok(result),
    }
}

/// `POST /session/{routine}`: the record from the page, with pain and effort.
pub(super) async fn save(
    Acting(app): Acting,
    asked: Asked,
    Routine { kind, dose }: Routine,
    mut form: FormState,
) -> Reply {
    let words = crate::lang::words();
    let layout = asked.layout(words.routine_title(kind), "programme");
    let text = form.value("record").to_owned();
    let record: SessionRecord = serde_json::from_str(&text)
        .map_err(|_| PageError::BadRequest(words.get("session-unreadable")))?;
    if record.routine != kind {
        return Err(PageError::BadRequest(
            words.with("session-other-routine", &[("routine", record.routine.to_string().into())]),
        ));
    }
    let summary = words.record_summary(&record);
    let saved = app.record_answered_session(record, &answers(&form), asked.0).await;
    if let Some(saved) = form.outcome(unless_whole_record_refused(saved)?, ANSWERS)? {
        return Ok(saved_redirect(&layout, &saved));
    }
    let action = layout.link("/session/", kind.id());
    let (name, record, scores) = (dose.name, text, SCORES);
    unprocessable(QuestionsPage { layout, action, name, summary, record, form, scores })
}

fn log_page_for(layout: Layout, dose: RoutineDose, form: FormState) -> Page<LogPage> {
    let kind = dose.id;
    Ok(LogPage {
        action: layout.link("/session/", format!("{}/log", kind.id())),
        guided_href: layout.link("/session/", kind.id()),
        items: items(&dose, runwell_app::programme_in(layout.words.lang())?),
        name: dose.name,
        layout,
        form,
        scores: SCORES,
    })
}

/// `GET /session/{routine}/log`: the routine as a form, for a session done without guidance.
pub(super) async fn log_page(Routine { dose, .. }: Routine, today: Today) -> Page<LogPage> {
    let defaults: Vec<(String, String)> = dose
        .items
        .iter()
        .map(|i| (format!("done-{}", i.movement), i.dose.sets().to_string()))
        .collect();
    let layout = today.asked.layout(log_title(&dose.name), "programme");
    log_page_for(layout, dose, FormState::new(defaults))
}

/// `POST /session/{routine}/log`.
pub(super) async fn log_save(
    Acting(app): Acting,
    Routine { kind, dose }: Routine,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let done = dose
        .items
        .iter()
        .map(|item| {
            let n = form.value(&format!("done-{}", item.movement)).parse::<u32>().unwrap_or(0);
            (item.movement.clone(), n.min(item.dose.sets()))
        })
        .collect();
    let input = SessionInput {
        routine: kind.id().to_owned(),
        date: asked.0.map(|d| d.to_string()),
        all: false,
        done,
        answers: answers(&form),
    };
    if let Some(saved) = form.outcome(app.log_session(&input).await, ANSWERS)? {
        return Ok(saved_redirect(&asked.layout("Log a session", "programme"), &saved));
    }
    let layout = asked.layout(log_title(&dose.name), "programme");
    unprocessable(log_page_for(layout, dose, form)?)
}

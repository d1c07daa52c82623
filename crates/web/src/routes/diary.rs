//! `/diary`: the pain diary read back, newest first, with a month calendar of each day's worst
//! pain (colour and number); `/diary/pain/{id}`, `/diary/session/{id}` and `/diary/answer/{id}`:
//! one entry's form, to change it (deleting goes through `delete.rs`, which asks first).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::IntoResponse;
use runwell_app::{AnswerEditInput, App, DiaryView, SessionEditInput};
use runwell_domain::LocalDay;
use serde::Deserialize;

use super::log::{CHOICES, PAIN_FIELDS, PainEditPage, PainText, pain_input};
use super::runs::parse_id;
use super::{Reply, see_other, unprocessable};
use crate::acting::Acting;
use crate::day::{Asked, Today};
use crate::error::PageError;
use crate::form::FormState;
use crate::views::Layout;

#[derive(Debug, Deserialize)]
pub(super) struct DiaryQuery {
    from: Option<String>,
    to: Option<String>,
    saved: Option<String>,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "diary.html")]
pub(super) struct DiaryPage {
    layout: Layout,
    diary: DiaryView,
    notice: Option<&'static str>,
    weekdays: [&'static str; 7],
}

fn day_param(text: Option<&String>, name: &str) -> Result<Option<LocalDay>, PageError> {
    text.map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map(LocalDay::parse)
        .transpose()
        .map_err(|e| PageError::BadRequest(format!("{name}: {e}")))
}

pub(super) async fn page(
    Acting(app): Acting,
    today: Today,
    Query(q): Query<DiaryQuery>,
) -> Result<DiaryPage, PageError> {
    let from = day_param(q.from.as_ref(), "from")?;
    let to = day_param(q.to.as_ref(), "to")?.or(Some(today.day));
    let diary = app.diary(from, to).await?;
    Ok(DiaryPage {
        layout: today.asked.layout("Diary", "diary"),
        diary,
        notice: q.saved.is_some().then_some("Changes saved."),
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    })
}

fn pain_page(layout: Layout, id: i64, pain: FormState, run: Option<String>) -> PainEditPage {
    let pain_text = PainText {
        heading: "Change this pain entry",
        action: layout.link("/diary/pain/", id),
        htmx: false,
        run,
        submit: "Save changes",
    };
    PainEditPage { layout, pain, pain_done: None, choices: CHOICES, pain_text, id }
}

fn pain_form(input: &runwell_app::PainInput) -> FormState {
    let limits = input.limits_daily_life.then(|| "yes".to_owned());
    FormState::filled(&[
        ("date", Some(&input.date)),
        ("when", Some(&input.when)),
        ("score", Some(&input.score)),
        ("side", input.side.as_ref()),
        ("region", input.region.as_ref()),
        ("character", input.character.as_ref()),
        ("run", input.run.as_ref()),
        ("note", input.note.as_ref()),
        ("limits_daily_life", limits.as_ref()),
    ])
}

async fn run_text(app: &App, form: &FormState) -> Option<String> {
    let id = form.value("run").parse::<i64>().ok()?;
    app.run(id).await.ok().map(|r| r.short_text())
}

pub(super) async fn pain_edit_page(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
) -> Result<PainEditPage, PageError> {
    let id = parse_id(&id)?;
    let form = pain_form(&app.pain_input(id).await?);
    let run = run_text(&app, &form).await;
    Ok(pain_page(asked.layout("Pain entry", "diary"), id, form, run))
}

pub(super) async fn pain_edit(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let layout = asked.layout("Pain entry", "diary");
    let edited = app.edit_pain(id, &pain_input(&form)).await;
    if form.outcome(edited, PAIN_FIELDS)?.is_some() {
        return see_other(&layout.href_with("/diary", "saved=1"));
    }
    let run = run_text(&app, &form).await;
    unprocessable(pain_page(layout, id, form, run))
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "session_edit.html")]
pub(super) struct SessionEditPage {
    layout: Layout,
    id: i64,
    label: String,
    form: FormState,
    scores: [&'static str; 11],
}

const SESSION_FIELDS: &[&str] = &["date", "pain", "rpe", "duration"];

fn session_form(input: &SessionEditInput) -> FormState {
    FormState::filled(&[
        ("date", Some(&input.date)),
        ("pain", input.pain.as_ref()),
        ("rpe", input.rpe.as_ref()),
        ("duration", input.duration.as_ref()),
    ])
}

fn session_page(layout: Layout, id: i64, label: String, form: FormState) -> SessionEditPage {
    SessionEditPage {
        layout,
        id,
        label,
        form,
        scores: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    }
}

pub(super) async fn session_edit_page(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
) -> Reply {
    let id = parse_id(&id)?;
    let (input, label) = app.session_input(id).await?;
    let page = session_page(asked.layout("Session", "diary"), id, label, session_form(&input));
    Ok(page.into_response())
}

pub(super) async fn session_edit(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let layout = asked.layout("Session", "diary");
    let input = SessionEditInput {
        date: form.value("date").to_owned(),
        pain: form.optional("pain"),
        rpe: form.optional("rpe"),
        duration: form.optional("duration"),
    };
    let edited = app.edit_session(id, &input).await;
    if form.outcome(edited, SESSION_FIELDS)?.is_some() {
        return see_other(&layout.href_with("/diary", "saved=1"));
    }
    let (_, label) = app.session_input(id).await?;
    unprocessable(session_page(layout, id, label, form))
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "answer_edit.html")]
pub(super) struct AnswerEditPage {
    layout: Layout,
    id: i64,
    question: String,
    form: FormState,
}

pub(super) async fn answer_edit_page(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
) -> Reply {
    let id = parse_id(&id)?;
    let (input, question) = app.answer_input(id).await?;
    let form = FormState::filled(&[("date", Some(&input.date)), ("answer", Some(&input.answer))]);
    let layout = asked.layout("Check answer", "diary");
    Ok(AnswerEditPage { layout, id, question, form }.into_response())
}

pub(super) async fn answer_edit(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let layout = asked.layout("Check answer", "diary");
    let input = AnswerEditInput {
        date: form.value("date").to_owned(),
        answer: form.value("answer").to_owned(),
    };
    let edited = app.edit_answer(id, &input).await;
    if form.outcome(edited, &["date", "answer"])?.is_some() {
        return see_other(&layout.href_with("/diary", "saved=1"));
    }
    let (_, question) = app.answer_input(id).await?;
    unprocessable(AnswerEditPage { layout, id, question, form })
}

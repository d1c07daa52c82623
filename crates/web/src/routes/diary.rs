//! `/diary`: the pain diary read back, newest first, with a month calendar of each day's worst
//! pain (colour and number); `/diary/pain/{id}`, `/diary/session/{id}` and `/diary/answer/{id}`:
//! one entry's form, to change it (deleting goes through `delete.rs`, which asks first).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::IntoResponse;
use runwell_app::words::{Words, dates};
use runwell_app::{
    AnswerEditInput, App, DiaryDay, DiaryMonth, DiaryView, PainView, RunView, SessionEditInput,
    SessionView,
};
use runwell_domain::{Light, LocalDay, Weekday};
use serde::Deserialize;

use super::log::{
    PAIN_FIELDS, PainEditPage, PainText, pain_choices, pain_input, run_named, run_short,
};
use super::runs::parse_id;
use super::{Reply, see_other, unprocessable};
use crate::acting::Acting;
use crate::day::{Asked, Today};
use crate::error::PageError;
use crate::form::{FormState, capitalise};
use crate::views::{Layout, PainLine};

#[derive(Debug, Deserialize)]
pub(super) struct DiaryQuery {
    from: Option<String>,
    to: Option<String>,
    saved: Option<String>,
}

/// An exercise session as the diary lists it.
#[derive(Debug)]
struct SessionLine {
    id: i64,
    text: String,
}

/// A check answer as the diary lists it, its question in the page's language.
#[derive(Debug)]
struct AnswerLine {
    id: i64,
    question: String,
    yes: bool,
}

#[derive(Debug)]
struct DayLines {
    day: LocalDay,
    heading: String,
    /// "worst 6/10".
    worst: Option<String>,
    light: Option<Light>,
    pain: Vec<PainLine>,
    sessions: Vec<SessionLine>,
    answers: Vec<AnswerLine>,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "diary.html")]
pub(super) struct DiaryPage {
    layout: Layout,
    diary: DiaryView,
    lead: String,
    /// Each month's calendar with its title ("November 2026").
    months: Vec<(String, DiaryMonth)>,
    days: Vec<DayLines>,
    notice: Option<String>,
    weekdays: Vec<String>,
}

/// A pain entry in words: the moment and, when it names one, the run.
pub(super) fn pain_text(w: &Words, p: &PainView, run: Option<&str>) -> String {
    let moment = w.moment(p.entry.moment);
    match run {
        Some(run) => {
            w.with("diary-pain-for-run", &[("moment", moment.into()), ("run", run.into())])
        }
        None => w.with("diary-pain", &[("moment", moment.into())]),
    }
}

fn session_text(w: &Words, s: &SessionView) -> String {
    let mut text = w.with(
        "diary-session",
        &[
            ("routine", s.routine.id().into()),
            ("done", s.sets_done.to_string().into()),
            ("sets", s.sets.to_string().into()),
        ],
    );
    if let Some(p) = s.pain {
        text.push_str(", ");
        text.push_str(&w.with("diary-session-pain", &[("score", w.score(f64::from(p), 0).into())]));
    }
    if let Some(r) = s.rpe {
        text.push_str(", ");
        text.push_str(&w.with("diary-session-effort", &[("rpe", r.to_string().into())]));
    }
    text
}

fn day_lines(w: &Words, runs: &[RunView], day: &DiaryDay) -> DayLines {
    let run_of = |id: Option<i64>| {
        id.and_then(|id| runs.iter().find(|r| r.id == id)).map(|r| run_short(w, r))
    };
    DayLines {
        day: day.day,
        heading: w.day(day.day),
        worst: day
            .worst
            .map(|s| w.with("diary-worst", &[("score", w.score(f64::from(s), 0).into())])),
        light: day.light,
        pain: day
            .pain
            .iter()
            .map(|p| PainLine::new(w, p, pain_text(w, p, run_of(p.entry.run_id).as_deref())))
            .collect(),
        sessions: day
            .sessions
            .iter()
            .map(|s| SessionLine { id: s.id, text: session_text(w, s) })
            .collect(),
        answers: day
            .answers
            .iter()
            .map(|a| AnswerLine { id: a.id, question: w.get(&a.key), yes: a.yes })
            .collect(),
    }
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
    let mut diary = app.diary(from, to).await?;
    let layout = today.asked.layout(crate::lang::words().get("diary-title"), "diary");
    let w = layout.words;
    // The runs the entries name, to say which run a pain entry was for.
    let mut runs: Vec<RunView> = Vec::new();
    for id in diary.days.iter().flat_map(|d| &d.pain).filter_map(|p| p.entry.run_id) {
        if !runs.iter().any(|r| r.id == id)
            && let Ok(run) = app.run(id).await
        {
            runs.push(run);
        }
    }
    let days = diary.days.iter().map(|d| day_lines(&w, &runs, d)).collect();
    let months = std::mem::take(&mut diary.months)
        .into_iter()
        .map(|month| {
            let first = month.weeks.iter().flatten().flatten().next().map(|c| c.day);
            (first.map(|d| w.month_title(d)).unwrap_or_else(|| month.title.clone()), month)
        })
        .collect();
    let lead = w.with(
        "diary-lead",
        &[("from", w.day_year(diary.from).into()), ("to", w.day_year(diary.to).into())],
    );
    Ok(DiaryPage {
        notice: q.saved.is_some().then(|| w.get("diary-saved")),
        weekdays: Weekday::ALL
            .iter()
            .map(|d| capitalise(dates::weekday_short(w.lang(), *d)))
            .collect(),
        lead,
        months,
        days,
        diary,
        layout,
    })
}

fn pain_page(layout: Layout, id: i64, pain: FormState, run: Option<String>) -> PainEditPage {
    let pain_text = PainText {
        heading: layout.t("pain-edit-form"),
        action: layout.link("/diary/pain/", id),
        htmx: false,
        run,
        submit: layout.t("form-save-changes"),
    };
    let choices = pain_choices(&layout.words);
    PainEditPage { layout, pain, pain_done: None, choices, pain_text, id }
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

pub(super) async fn pain_edit_page(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
) -> Result<PainEditPage, PageError> {
    let id = parse_id(&id)?;
    let form = pain_form(&app.pain_input(id).await?);
    let run = run_named(&app, &form).await;
    Ok(pain_page(asked.layout(title("pain-edit-title"), "diary"), id, form, run))
}

pub(super) async fn pain_edit(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let layout = asked.layout(title("pain-edit-title"), "diary");
    let edited = app.edit_pain(id, &pain_input(&form)).await;
    if form.outcome(edited, PAIN_FIELDS)?.is_some() {
        return see_other(&layout.href_with("/diary", "saved=1"));
    }
    let run = run_named(&app, &form).await;
    unprocessable(pain_page(layout, id, form, run))
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "session_edit.html")]
pub(super) struct SessionEditPage {
    layout: Layout,
    id: i64,
    /// "Session: strength, Sat 28 Nov".
    heading: String,
    form: FormState,
    /// The two 0–10 fields: name and label.
    scales: [(&'static str, String); 2],
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

/// A page's title in the language of the request.
fn title(id: &str) -> String {
    crate::lang::words().get(id)
}

/// The edit page's heading: "Session: strength, Sat 28 Nov".
async fn session_heading(app: &App, w: &Words, id: i64) -> Result<String, PageError> {
    let (routine, day) = app.session_of(id).await?;
    Ok(w.with(
        "session-edit-heading",
        &[("routine", routine.id().into()), ("day", w.day(day).into())],
    ))
}

fn session_page(layout: Layout, id: i64, heading: String, form: FormState) -> SessionEditPage {
    SessionEditPage {
        scales: [("pain", layout.t("session-edit-pain")), ("rpe", layout.t("run-effort-rpe"))],
        layout,
        id,
        heading,
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
    let (input, _) = app.session_input(id).await?;
    let layout = asked.layout(title("session-edit-title"), "diary");
    let heading = session_heading(&app, &layout.words, id).await?;
    let page = session_page(layout, id, heading, session_form(&input));
    Ok(page.into_response())
}

pub(super) async fn session_edit(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let layout = asked.layout(title("session-edit-title"), "diary");
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
    let heading = session_heading(&app, &layout.words, id).await?;
    unprocessable(session_page(layout, id, heading, form))
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
    let (input, _) = app.answer_input(id).await?;
    let question = crate::lang::words().get(&app.answer_key(id).await?);
    let form = FormState::filled(&[("date", Some(&input.date)), ("answer", Some(&input.answer))]);
    let layout = asked.layout(title("answer-edit-title"), "diary");
    Ok(AnswerEditPage { layout, id, question, form }.into_response())
}

pub(super) async fn answer_edit(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let layout = asked.layout(title("answer-edit-title"), "diary");
    let input = AnswerEditInput {
        date: form.value("date").to_owned(),
        answer: form.value("answer").to_owned(),
    };
    let edited = app.edit_answer(id, &input).await;
    if form.outcome(edited, &["date", "answer"])?.is_some() {
        return see_other(&layout.href_with("/diary", "saved=1"));
    }
    let question = layout.t(&app.answer_key(id).await?);
    unprocessable(AnswerEditPage { layout, id, question, form })
}

//! `/check`: the triage questions, grouped by rule, with the runner's current answers filled in;
//! answering stores the answers (`App::check`) and shows the level and what to do.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::TriageView;
use runwell_app::words::Words;
use runwell_domain::triage::{QUESTIONS, Question, TriageLevel};
use serde::Deserialize;

use crate::acting::Acting;
use crate::day::Asked;
use crate::error::PageError;
use crate::views::Layout;

#[derive(Debug, Deserialize)]
pub(super) struct CheckQuery {
    saved: Option<String>,
}

/// The rules in the order they are asked, each with the message that says what a yes to it
/// means.
const GROUPS: &[(&str, &str)] = &[
    ("TRIAGE-1", "check-group-today"),
    ("TRIAGE-2", "check-group-days"),
    ("TRIAGE-3", "check-group-soon"),
    ("TRIAGE-4", "check-group-physio"),
    ("TRIAGE-7", "check-group-self"),
];

#[derive(Debug)]
struct Group {
    rule: &'static str,
    title: String,
    questions: Vec<QuestionRow>,
}

#[derive(Debug)]
struct QuestionRow {
    key: &'static str,
    text: String,
    /// "yes", "no" or "" when not answered.
    answer: &'static str,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "check.html")]
pub(super) struct CheckPage {
    layout: Layout,
    groups: Vec<Group>,
    level: String,
    level_class: &'static str,
    answered: bool,
    what_to_do: String,
    reasons: Vec<(&'static str, String)>,
    suspended: bool,
    saved: bool,
}

fn groups(view: &TriageView, words: &Words) -> Vec<Group> {
    let answer =
        |q: &Question| view.answers.iter().find(|a| a.key == q.key).map_or("", |a| a.answer);
    GROUPS
        .iter()
        .map(|(rule, title)| Group {
            rule,
            title: words.get(title),
            questions: QUESTIONS
                .iter()
                .filter(|q| q.rule == *rule)
                // Each question's words are the message named by its fixed key.
                .map(|q| QuestionRow { key: q.key, text: words.get(q.key), answer: answer(q) })
                .collect(),
        })
        .filter(|g| !g.questions.is_empty())
        .collect()
}

pub(super) async fn page(
    Acting(app): Acting,
    asked: Asked,
    Query(q): Query<CheckQuery>,
) -> Result<CheckPage, PageError> {
    let view = app.check(&[], asked.0).await?;
    let w = crate::lang::words();
    Ok(CheckPage {
        layout: asked.layout(w.get("nav-check"), "check"),
        groups: groups(&view, &w),
        level: w.triage_level(view.level),
        level_class: if view.level >= TriageLevel::Urgent {
            "stop"
        } else if view.level >= TriageLevel::Soon {
            "soon"
        } else {
            "calm"
        },
        answered: view.level != TriageLevel::None,
        what_to_do: w.triage_what_to_do(view.level),
        reasons: view.reasons.iter().map(|r| (r.rule, w.text(&r.text))).collect(),
        suspended: view.running_suspended,
        saved: q.saved.is_some(),
    })
}

/// Reads `key=yes|no` pairs; unanswered questions (an empty value) are left out.
fn answers(values: Vec<(String, String)>) -> Result<Vec<(String, bool)>, PageError> {
    values
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(key, value)| match value.trim() {
            "yes" => Ok((key, true)),
            "no" => Ok((key, false)),
            other => Err(PageError::BadRequest(format!(
                "{other:?} is not an answer to {key}: answer yes or no"
            ))),
        })
        .collect()
}

pub(super) async fn answer(
    Acting(app): Acting,
    asked: Asked,
    Form(values): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let answers = answers(values)?;
    app.check(&answers, asked.0).await?;
    let layout = asked.layout("Check", "check");
    Ok(Redirect::to(&format!("{}#result", layout.href_with("/check", "saved=1"))).into_response())
}

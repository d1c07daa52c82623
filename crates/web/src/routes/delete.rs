//! `/delete/{what}/{id}`: deleting a run, a pain entry, a session, a triage answer or a shoe,
//! in two steps: a page that says what will go and asks, then the POST that deletes it and says
//! what happened, in the app's words (the CLI prints the same). The page's own words, and what a
//! run, a pain entry or a shoe is, are in the page's language; a session and an answer are
//! described in the app's words.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Path;
use runwell_app::words::{Arg, Words, numbers};
use runwell_app::{App, AppError};

use super::runs::parse_id;
use crate::acting::Acting;
use crate::day::Asked;
use crate::error::PageError;
use crate::views::Layout;

#[derive(Debug, Template, WebTemplate)]
#[template(path = "delete.html")]
pub(super) struct DeletePage {
    layout: Layout,
    /// What will go, in a few words.
    described: String,
    /// Where the form posts, and where "Keep it" goes back to.
    action: String,
    back: String,
    /// After the delete: what happened.
    done: Option<String>,
    /// Where to go after the delete.
    next: String,
    next_label: String,
}

/// The kinds of record a page can delete, with the page each lives on.
fn kind(what: &str) -> Result<&'static str, PageError> {
    ["run", "pain", "session", "answer", "shoe"].into_iter().find(|k| *k == what).ok_or_else(|| {
        let what = Arg::Text(format!("{what:?}"));
        PageError::NotFound(crate::lang::words().with("delete-nothing-called", &[("what", what)]))
    })
}

/// Where the record lives (the form's way back), where to go after the delete, and its label.
fn pages(layout: &Layout, what: &str, id: i64) -> (String, String, String) {
    let (back, next, label) = match what {
        "run" => (layout.link("/runs/", id), layout.href("/runs"), "delete-all-runs"),
        "pain" => (layout.link("/diary/pain/", id), layout.href("/diary"), "delete-the-diary"),
        "session" => {
            (layout.link("/diary/session/", id), layout.href("/diary"), "delete-the-diary")
        }
        "shoe" => (layout.href("/shoes"), layout.href("/shoes"), "delete-your-shoes"),
        _ => (layout.href("/diary"), layout.href("/diary"), "delete-the-diary"),
    };
    (back, next, layout.t(label))
}

async fn describe(app: &App, what: &str, id: i64, words: &Words) -> Result<String, AppError> {
    let lang = words.lang();
    let id_text = Arg::Text(id.to_string());
    match what {
        "shoe" => {
            let (shoes, unit) = (app.shoes(None).await?, app.distance_unit().await?);
            shoes
                .iter()
                .find(|s| s.shoe.id == id)
                .map(|s| {
                    let on = numbers::distance_places(lang, unit, s.km * 1000.0, 0);
                    let runs = words.with("delete-shoe-runs", &[("count", Arg::from(s.runs))]);
                    words.with(
                        "delete-shoe",
                        &[
                            ("name", Arg::from(s.shoe.name.as_str())),
                            ("distance", Arg::Text(on)),
                            ("runs", Arg::Text(runs)),
                        ],
                    )
                })
                .ok_or(AppError::NotFound {
                    what: "shoe",
                    id: id.to_string(),
                    known: String::new(),
                })
        }
        "run" => {
            let run = app.run(id).await?;
            let distance = numbers::distance_places(lang, run.unit, run.distance_m, 2);
            Ok(words.with(
                "delete-run",
                &[
                    ("id", id_text),
                    ("day", Arg::Text(words.day(run.day))),
                    ("distance", Arg::Text(distance)),
                ],
            ))
        }
        "pain" => {
            let p = app.pain_entry(id).await?;
            Ok(words.with(
                "delete-pain",
                &[
                    ("id", id_text),
                    ("day", Arg::Text(words.day(p.day))),
                    ("moment", Arg::Text(words.moment(p.moment))),
                    ("score", Arg::Text(words.score(f64::from(p.score.value()), 0))),
                ],
            ))
        }
        _ => app.describe_record(what, id).await,
    }
}

/// The record a delete page is about: its kind, its id, and what it is in words.
async fn target(app: &App, what: &str, id: &str) -> Result<(&'static str, i64, String), PageError> {
    let what = kind(what)?;
    let id = parse_id(id)?;
    let described = describe(app, what, id, &crate::lang::words()).await?;
    Ok((what, id, described))
}

pub(super) async fn confirm(
    Acting(app): Acting,
    Path((what, id)): Path<(String, String)>,
    asked: Asked,
) -> Result<DeletePage, PageError> {
    let (what, id, described) = target(&app, &what, &id).await?;
    let layout = asked.layout(crate::lang::words().get("delete-title"), "");
    let (back, next, next_label) = pages(&layout, what, id);
    let action = layout.link(&format!("/delete/{what}/"), id);
    Ok(DeletePage { layout, described, action, back, done: None, next, next_label })
}

pub(super) async fn delete(
    Acting(app): Acting,
    Path((what, id)): Path<(String, String)>,
    asked: Asked,
) -> Result<DeletePage, PageError> {
    let (what, id, described) = target(&app, &what, &id).await?;
    let layout = asked.layout(crate::lang::words().get("delete-done-title"), "");
    let message = match what {
        "run" => app.delete_run(id).await?.message,
        "pain" => app.delete_pain(id).await?.message,
        "session" => app.delete_session(id).await?.message,
        "answer" => app.delete_answer(id).await?.message,
        _ => app.delete_shoe(id).await?,
    };
    let (_, next, next_label) = pages(&layout, what, id);
    Ok(DeletePage {
        layout,
        described,
        action: String::new(),
        back: next.clone(),
        done: Some(message),
        next,
        next_label,
    })
}

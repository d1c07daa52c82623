//! `/delete/{what}/{id}`: deleting a run, a pain entry, a session, a triage answer or a shoe,
//! in two steps: a page that says what will go and asks, then the POST that deletes it and says
//! what happened, in the app's words (the CLI prints the same).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Path;
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
    next_label: &'static str,
}

/// The kinds of record a page can delete, with the page each lives on.
fn kind(what: &str) -> Result<&'static str, PageError> {
    ["run", "pain", "session", "answer", "shoe"]
        .into_iter()
        .find(|k| *k == what)
        .ok_or_else(|| PageError::NotFound(format!("there is nothing called {what:?} to delete")))
}

fn pages(layout: &Layout, what: &str, id: i64) -> (String, String, &'static str) {
    match what {
        "run" => (layout.link("/runs/", id), layout.href("/runs"), "All runs"),
        "pain" => (layout.link("/diary/pain/", id), layout.href("/diary"), "The diary"),
        "session" => (layout.link("/diary/session/", id), layout.href("/diary"), "The diary"),
        "shoe" => (layout.href("/shoes"), layout.href("/shoes"), "Your shoes"),
        _ => (layout.href("/diary"), layout.href("/diary"), "The diary"),
    }
}

async fn describe(app: &App, what: &str, id: i64) -> Result<String, AppError> {
    if what == "shoe" {
        let (shoes, unit) = (app.shoes(None).await?, app.distance_unit().await?);
        return shoes
            .iter()
            .find(|s| s.shoe.id == id)
            .map(|s| {
                let on = unit.whole(s.km * 1000.0);
                format!("the shoe {} ({on}, {} runs)", s.shoe.name, s.runs)
            })
            .ok_or(AppError::NotFound { what: "shoe", id: id.to_string(), known: String::new() });
    }
    app.describe_record(what, id).await
}

/// The record a delete page is about: its kind, its id, and what it is in words.
async fn target(app: &App, what: &str, id: &str) -> Result<(&'static str, i64, String), PageError> {
    let what = kind(what)?;
    let id = parse_id(id)?;
    let described = describe(app, what, id).await?;
    Ok((what, id, described))
}

pub(super) async fn confirm(
    Acting(app): Acting,
    Path((what, id)): Path<(String, String)>,
    asked: Asked,
) -> Result<DeletePage, PageError> {
    let (what, id, described) = target(&app, &what, &id).await?;
    let layout = asked.layout("Delete?", "");
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
    let layout = asked.layout("Deleted", "");
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

//! The routes, one module per page. Each handler reads its input, calls one `runwell-app`
//! function and renders a template; a form that is refused comes back with the runner's values
//! and a message next to each field, and one that is accepted redirects (POST, redirect, GET).

mod cadence;
mod check;
mod import;
mod import_glue;
mod learn;
mod log;
mod programme;
mod runs;
mod session;
mod setup;
mod today;
mod trends;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use runwell_app::{App, AppError};
use runwell_domain::LocalDay;

use crate::error::{PageError, not_found};
use crate::{WebConfig, assets};

pub(crate) fn routes(app: App, config: &WebConfig) -> Router {
    Router::new()
        .route("/", get(today::page))
        .route("/setup", get(setup::page).post(setup::save))
        .route("/log", get(log::page))
        .route("/log/run", post(log::run))
        .route("/log/pain", post(log::pain))
        .route(
            "/import",
            get(import::page)
                .post(import::upload)
                .layer(DefaultBodyLimit::max(config.upload_limit)),
        )
        .route("/runs", get(runs::list))
        .route("/runs/{id}", get(runs::page).post(runs::edit))
        .route("/programme", get(programme::page))
        .route("/programme/plan.ics", get(programme::calendar))
        .route("/check", get(check::page).post(check::answer))
        .route("/learn", get(learn::page))
        .route("/trends", get(trends::page))
        .route("/cadence", get(cadence::page))
        .route("/session/{routine}", get(session::page).post(session::save))
        .route("/session/{routine}/log", get(session::log_page).post(session::log_save))
        .route("/static/{*path}", get(assets::serve))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(config.form_limit))
        .layer(import::UploadSettings::layer(config))
        .with_state(app)
}

/// Whether htmx sent the request (and so wants a fragment to swap, not a whole page).
fn is_htmx(headers: &HeaderMap) -> bool {
    headers.get("hx-request").is_some_and(|v| v == "true")
}

/// The day a page answers for: the one asked for, or today where the runner lives.
async fn day_of(app: &App, day: Option<LocalDay>) -> Result<LocalDay, PageError> {
    match day {
        Some(day) => Ok(day),
        None => Ok(runwell_app::local_today(&app.profile().await?)),
    }
}

/// Pages that read only the programme still lead a first visit through the setup.
async fn require_profile(app: &App) -> Result<(), PageError> {
    match app.profile().await {
        Ok(_) => Ok(()),
        Err(AppError::NoProfile) => Err(AppError::NoProfile.into()),
        Err(other) => Err(other.into()),
    }
}

//! The routes, one module per page. Each handler reads its input, calls one `runwell-app`
//! function and renders a template; a form that is refused comes back with the runner's values
//! and a message next to each field, and one that is accepted redirects (POST, redirect, GET).

mod account;
mod cadence;
mod check;
mod clinic;
mod delete;
mod diary;
mod import;
mod import_glue;
mod language;
mod learn;
mod log;
mod offline;
mod pairing;
mod programme;
mod report;
mod runs;
mod session;
mod settings;
mod setup;
mod shoes;
mod today;
mod trends;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::error::{PageError, not_found};
use crate::{WebConfig, assets, pwa};

pub(crate) fn routes(config: &WebConfig) -> Router {
    let mut router = Router::new()
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
        .route("/diary", get(diary::page))
        .route("/diary/pain/{id}", get(diary::pain_edit_page).post(diary::pain_edit))
        .route("/diary/session/{id}", get(diary::session_edit_page).post(diary::session_edit))
        .route("/diary/answer/{id}", get(diary::answer_edit_page).post(diary::answer_edit))
        .route("/delete/{what}/{id}", get(delete::confirm).post(delete::delete))
        .route("/shoes", get(shoes::page).post(shoes::add))
        .route("/shoes/{id}", post(shoes::change))
        .route("/programme", get(programme::page))
        .route("/programme/plan.ics", get(programme::calendar))
        .route("/check", get(check::page).post(check::answer))
        .route("/learn", get(learn::page))
        .route("/report", get(report::show))
        .route("/report/notes", post(report::save_notes))
        .route("/report/page.css", get(report::page_style))
        .route("/settings", get(settings::page))
        .route("/settings/shoes", post(settings::shoes))
        .route("/settings/language", post(settings::language))
        .route("/settings/erase", post(settings::erase))
        .route(
            "/settings/restore",
            post(settings::restore).layer(DefaultBodyLimit::max(config.upload_limit)),
        )
        .route("/export", get(settings::export))
        .route("/trends", get(trends::page))
        .route("/cadence", get(cadence::page))
        .route("/session/{routine}", get(session::page).post(session::save))
        .route("/session/{routine}/log", get(session::log_page).post(session::log_save))
        .route("/static/{*path}", get(assets::serve))
        // Installing and offline use (`crate::pwa`): fixed paths at the root.
        .route("/sw.js", get(pwa::worker))
        .route("/manifest.webmanifest", get(pwa::manifest))
        .route("/offline", get(offline::page))
        // Paired phones, listed on the settings page; typing a phone's code needs `--lan`.
        .route("/settings/devices/confirm", post(settings::confirm_device))
        .route("/settings/devices/{id}/remove", post(settings::remove_device));
    if config.lan.is_some() {
        // The phone's side of pairing, which needs the device sessions `--lan` brings.
        router = router
            .route("/pair/wait", get(pairing::wait))
            .route("/pair/{token}", get(pairing::open));
    }
    router
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(config.form_limit))
        .layer(import::UploadSettings::layer(config))
        .layer(axum::middleware::from_fn(language::choose))
}

pub(crate) use clinic::PublicUrl;
pub(crate) use language::choose as choose_language;
pub(crate) use pairing::pair_first_page;
pub(crate) use report::document as report_document;

/// Server mode's own routes: signing in, up and out, the account, sharing, and the clinic with
/// a runner's pages read-only under `/clinic/runners/{id}` (the same handlers as her own: the
/// gate in `auth.rs` hands them her record through a store that refuses writes).
pub(crate) fn server_routes(config: &WebConfig) -> Router {
    let read_only = Router::new()
        .route("/", get(today::page))
        .route("/trends", get(trends::page))
        .route("/diary", get(diary::page))
        .route("/programme", get(programme::page))
        .route("/notes", post(clinic::note));
    Router::new()
        .route("/signin", get(account::signin_page).post(account::signin))
        .route("/signout", post(account::signout))
        .route("/join/{token}", get(account::join_page).post(account::join))
        .route("/account", get(account::account))
        .route("/account/password", post(account::change_password))
        .route("/sharing", get(account::sharing).post(account::share))
        .route("/sharing/{clinician}/stop", post(account::unshare))
        .route("/clinic", get(clinic::page))
        .route("/clinic/invite", post(clinic::invite))
        .route("/clinic/code", post(clinic::code))
        .nest("/clinic/runners/{runner}", read_only)
        // Server mode's own pages in the runner's language, as her pages in `routes` are.
        .layer(axum::middleware::from_fn(language::choose))
        .merge(routes(config))
}

/// What a handler that may redirect answers.
type Reply = Result<Response, PageError>;
/// What a handler that shows a page answers.
type Page<T> = Result<T, PageError>;

/// A form taken: on to the page that shows the result (POST, redirect, GET).
fn see_other(to: &str) -> Reply {
    Ok(Redirect::to(to).into_response())
}

/// A form refused: the page again with the reasons beside the fields.
fn unprocessable(page: impl IntoResponse) -> Reply {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// Whether htmx sent the request (and so wants a fragment to swap, not a whole page).
fn is_htmx(headers: &HeaderMap) -> bool {
    headers.get("hx-request").is_some_and(|v| v == "true")
}

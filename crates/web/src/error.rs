//! The errors of the web app: [`WebError`] for starting the server, [`PageError`] for a request.
//! A `PageError` becomes a page that tells the runner what happened and what to do; the detail
//! of an unexpected failure goes to the log, not to the page.

use std::net::SocketAddr;

use askama::Template;
use askama_web::WebTemplate;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::AppError;
use runwell_app::words::Arg;

use crate::views::Layout;

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error(
        "runwell serves only this machine ({0} is not a loopback address) unless it runs as a \
         server with accounts: use 127.0.0.1 or ::1, or `runwell serve --server --public-url \
         https://NAME` with --tls-cert and --tls-key (or --behind-proxy) on a PostgreSQL database"
    )]
    NotLoopback(SocketAddr),
    #[error("{0}")]
    Config(String),
    #[error("cannot read the TLS {what} {path}: {detail}")]
    Tls { what: &'static str, path: std::path::PathBuf, detail: String },
    #[error("cannot listen on {addr}: {source} (is another runwell already running there?)")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("the web server stopped: {0}")]
    Serve(std::io::Error),
    #[error("the page could not be written: {0}")]
    Render(String),
    #[error("{0}")]
    App(#[from] AppError),
}

/// Why a request could not be answered with the page it asked for.
#[derive(Debug)]
pub(crate) enum PageError {
    App(AppError),
    /// A query parameter or path that cannot be read, with a message saying what is allowed.
    BadRequest(String),
    NotFound(String),
    /// An upload that could not be read, with the status multer gave (413 when too large).
    Upload(StatusCode, String),
    /// A part of the page that could not be written (askama's error).
    Render(String),
}

impl From<AppError> for PageError {
    fn from(error: AppError) -> Self {
        Self::App(error)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    heading: String,
    message: String,
}

/// The error page with the heading `heading` (a message id) in the page's language. The
/// message is the app's where it says what went wrong (its words are English yet).
fn error_page(status: StatusCode, heading: &str, message: String) -> Response {
    let heading = crate::lang::words().get(heading);
    let page = ErrorPage { layout: Layout::new(heading.clone(), ""), heading, message };
    (status, page).into_response()
}

/// A fault of runwell's own: the detail goes to the server's log, the page says only that
/// something went wrong.
fn went_wrong(detail: &str) -> Response {
    eprintln!("runwell-web: {detail}");
    error_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        "errors-went-wrong",
        crate::lang::words().get("errors-went-wrong-text"),
    )
}

/// The message `id` in the page's language, with the detail `detail` in it.
fn with_detail(id: &str, detail: String) -> String {
    crate::lang::words().with(id, &[("detail", Arg::Text(detail))])
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            // A first visit: lead the runner through setting up the profile.
            PageError::App(AppError::NoProfile) => Redirect::to("/setup").into_response(),
            PageError::App(
                e @ (AppError::NoSuchRun(_) | AppError::NotFound { .. } | AppError::Missing(_)),
            ) => error_page(StatusCode::NOT_FOUND, "errors-not-found", e.to_string()),
            PageError::App(AppError::NotVisible) => error_page(
                StatusCode::NOT_FOUND,
                "errors-not-found",
                crate::lang::words().get("errors-not-visible"),
            ),
            PageError::App(e) if e.is_read_only() => {
                error_page(StatusCode::FORBIDDEN, "errors-read-only", e.to_string())
            }
            PageError::App(e @ AppError::Invalid(_)) => {
                error_page(StatusCode::BAD_REQUEST, "errors-cannot-use", e.to_string())
            }
            PageError::App(e @ AppError::Pairing(_)) => {
                error_page(StatusCode::FORBIDDEN, "errors-not-paired", e.to_string())
            }
            PageError::App(e @ AppError::ImportBusy) => {
                error_page(StatusCode::TOO_MANY_REQUESTS, "errors-import-busy", e.to_string())
            }
            PageError::App(e) => went_wrong(&e.to_string()),
            PageError::Render(detail) => {
                went_wrong(&format!("the page could not be written: {detail}"))
            }
            PageError::BadRequest(message) => {
                error_page(StatusCode::BAD_REQUEST, "errors-cannot-use", message)
            }
            PageError::NotFound(message) => {
                error_page(StatusCode::NOT_FOUND, "errors-not-found", message)
            }
            PageError::Upload(status, detail) if status == StatusCode::PAYLOAD_TOO_LARGE => {
                error_page(status, "errors-too-large", with_detail("errors-too-large-text", detail))
            }
            PageError::Upload(status, detail) if status == StatusCode::REQUEST_TIMEOUT => {
                error_page(status, "errors-stalled", with_detail("errors-stalled-text", detail))
            }
            PageError::Upload(status, detail) => {
                error_page(status, "errors-upload", with_detail("errors-upload-text", detail))
            }
        }
    }
}

/// The answer to a request for a path that does not exist.
pub(crate) async fn not_found(uri: axum::http::Uri) -> Response {
    let words = crate::lang::words();
    PageError::NotFound(words.with("errors-no-page", &[("path", Arg::from(uri.path()))]))
        .into_response()
}

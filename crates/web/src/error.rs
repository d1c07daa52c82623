//! The errors of the web app: [`WebError`] for starting the server, [`PageError`] for a request.
//! A `PageError` becomes a page that tells the runner what happened and what to do; the detail
//! of an unexpected failure goes to the log, not to the page.

use std::net::SocketAddr;

use askama::Template;
use askama_web::WebTemplate;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::AppError;

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
    heading: &'static str,
    message: String,
}

fn error_page(status: StatusCode, heading: &'static str, message: String) -> Response {
    let page = ErrorPage { layout: Layout::new(heading, ""), heading, message };
    (status, page).into_response()
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            // A first visit: lead the runner through setting up the profile.
            PageError::App(AppError::NoProfile) => Redirect::to("/setup").into_response(),
            PageError::App(
                e @ (AppError::NoSuchRun(_) | AppError::NotFound { .. } | AppError::Missing(_)),
            ) => error_page(StatusCode::NOT_FOUND, "Not found", e.to_string()),
            PageError::App(AppError::NotVisible) => error_page(
                StatusCode::NOT_FOUND,
                "Not found",
                "There is nothing here for this account. The menu above lists your pages."
                    .to_owned(),
            ),
            PageError::App(e) if e.is_read_only() => {
                error_page(StatusCode::FORBIDDEN, "Read-only", e.to_string())
            }
            PageError::App(e @ AppError::Invalid(_)) => {
                error_page(StatusCode::BAD_REQUEST, "That cannot be used", e.to_string())
            }
            PageError::App(e @ AppError::Pairing(_)) => {
                error_page(StatusCode::FORBIDDEN, "This phone is not paired yet", e.to_string())
            }
            PageError::App(e @ AppError::ImportBusy) => {
                error_page(StatusCode::TOO_MANY_REQUESTS, "An import is running", e.to_string())
            }
            PageError::App(e) => {
                eprintln!("runwell-web: {e}");
                error_page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "runwell could not read or write its data. Nothing was changed by this \
                     request; the detail is in the terminal where `runwell serve` runs."
                        .to_owned(),
                )
            }
            PageError::BadRequest(message) => {
                error_page(StatusCode::BAD_REQUEST, "That cannot be used", message)
            }
            PageError::NotFound(message) => error_page(StatusCode::NOT_FOUND, "Not found", message),
            PageError::Upload(status, detail) if status == StatusCode::PAYLOAD_TOO_LARGE => {
                error_page(
                    status,
                    "Too large",
                    format!(
                        "The upload is larger than runwell accepts at once ({detail}). Import the \
                         files in smaller batches."
                    ),
                )
            }
            PageError::Upload(status, detail) if status == StatusCode::REQUEST_TIMEOUT => {
                error_page(
                    status,
                    "The upload stalled",
                    format!(
                        "The upload stopped arriving ({detail}), so nothing of it was imported. \
                         Choose the files again and retry."
                    ),
                )
            }
            PageError::Upload(status, detail) => error_page(
                status,
                "That upload cannot be read",
                format!("{detail}. Choose the files again and retry."),
            ),
        }
    }
}

/// The answer to a request for a path that does not exist.
pub(crate) async fn not_found(uri: axum::http::Uri) -> Response {
    PageError::NotFound(format!(
        "There is no page at {}. The menu above lists every page.",
        uri.path()
    ))
    .into_response()
}

//! The layer that chooses a request's language: the runner's choice (a setting), else the
//! browser's `Accept-Language`, else English; it answers within `lang::WORDS`. A clinician
//! reading a runner's record reads it in her own browser's language, not the runner's.

use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, HeaderValue, VARY};
use axum::middleware::Next;
use axum::response::Response;
use runwell_app::App;
use runwell_app::words::{Lang, Words, choose};

use crate::acting::Acting;
use crate::lang::WORDS;
use crate::who::{Who, who};

/// The language for a request: the runner's own choice first, then the browser's.
async fn language_of(app: Option<App>, browser: Option<Lang>) -> Lang {
    let chosen = match app {
        // A choice that cannot be read (a database that fails) leaves it to the browser; the
        // page itself will then say what went wrong.
        Some(app) => app.language().await.ok().flatten(),
        None => None,
    };
    chosen.or(browser).unwrap_or_default()
}

/// The layer: chooses the language and answers within it. The answer varies with the
/// browser's `Accept-Language`, which `Vary` says.
pub(crate) async fn choose(request: Request, next: Next) -> Response {
    // What the choice needs is taken out of the request first: its body is not `Sync`, so a
    // borrow of it cannot be held across an await.
    let app = match who() {
        Who::Reading { .. } => None,
        _ => request.extensions().get::<Acting>().map(|a| a.0.clone()),
    };
    let browser = request
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(choose::from_accept_language);
    let words = Words::new(language_of(app, browser).await);
    let mut response = WORDS.scope(words, next.run(request)).await;
    response.headers_mut().append(VARY, HeaderValue::from_static("accept-language"));
    response
}

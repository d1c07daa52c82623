//! Server mode's gate (issue 18), in front of every route: who is asking, and whose record the
//! request acts on. Without a valid session only the sign-in and sign-up pages and the static
//! files answer; a page asked for by a browser leads to the sign-in page, anything else (a form
//! posted, htmx, the phone's outbox) gets 401. A session is valid while its account exists at
//! the `auth_version` it signed in with, so a password change ends every older session.
//!
//! A runner acts on her own record. A clinician acts on none of her own: under
//! `/clinic/runners/{id}/` she reads that runner's record, read-only, when the runner shares
//! with her (`Server::shared_app` decides, and records the view), and is told "not found"
//! otherwise, exactly as for a runner who does not exist. Which is which is decided in the app;
//! this gate only asks it.
//!
//! `who::WHO` carries the answer to the page layout (`views.rs`) for the request's whole handling,
//! so that every page's menu and links follow it without each handler passing it on.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::{Account, AccountRole, AppError, Server};
use tower_sessions::Session;

use crate::acting::Acting;
use crate::error::PageError;
use crate::web_sessions::{ACCOUNT_KEY, VERSION_KEY};
use crate::who::{WHO, Who};

/// What the gate needs.
#[derive(Debug, Clone)]
pub(crate) struct Gate {
    pub(crate) server: Server,
    pub(crate) behind_proxy: bool,
}

/// The signed-in account, for the account, sharing and clinic handlers.
#[derive(Debug, Clone)]
pub(crate) struct Signed(pub(crate) Account);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Signed {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, PageError> {
        parts.extensions.get::<Signed>().cloned().ok_or(PageError::App(AppError::NotVisible))
    }
}

/// The address a request came from: the peer, or behind a proxy on loopback the last address
/// the proxy names in `X-Forwarded-For`.
#[derive(Debug, Clone)]
pub(crate) struct Address(pub(crate) String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Address {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Address>().cloned().unwrap_or(Address("unknown".to_owned())))
    }
}

fn peer(request: &Request) -> Option<SocketAddr> {
    request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0)
}

fn forwarded_for(headers: &HeaderMap) -> Option<String> {
    let value = headers.get("x-forwarded-for")?.to_str().ok()?;
    let last = value.rsplit(',').next()?.trim();
    last.parse::<IpAddr>().ok().map(|ip| ip.to_string())
}

/// Pages anyone may ask for: signing in and up, and what every page loads.
fn is_public(path: &str) -> bool {
    matches!(path, "/signin" | "/sw.js" | "/manifest.webmanifest" | "/offline")
        || path.starts_with("/join/")
        || path.starts_with("/static/")
}

/// `/clinic/runners/{id}` or below: the runner id.
fn reading(path: &str) -> Option<Result<i64, ()>> {
    let rest = path.strip_prefix("/clinic/runners/")?;
    let id = rest.split('/').next().unwrap_or("");
    Some(id.parse::<i64>().map_err(|_| ()))
}

fn signed_out(request: &Request) -> Response {
    let page_asked = matches!(*request.method(), Method::GET | Method::HEAD)
        && request.headers().get("hx-request").is_none();
    if page_asked {
        let next = request.uri().path_and_query().map_or("/", |p| p.as_str());
        let next: String = url_escape(next);
        Redirect::to(&format!("/signin?next={next}")).into_response()
    } else {
        // In the browser's language (`security.rs` set it): the runner's choice is in her record.
        let message = crate::lang::words().get("errors-sign-in-first");
        (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Cookie")], message).into_response()
    }
}

/// Percent-escapes everything but unreserved characters and `/`.
pub(crate) fn url_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The gate itself (see the module's comment).
pub(crate) async fn gate(
    State(gate): State<Arc<Gate>>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = peer(&request);
    let from_loopback = peer.is_some_and(|p| p.ip().is_loopback());
    if gate.behind_proxy && peer.is_some() && !from_loopback {
        let message = crate::lang::words().get("errors-around-proxy");
        return (StatusCode::FORBIDDEN, message).into_response();
    }
    let address = match (gate.behind_proxy, forwarded_for(request.headers())) {
        (true, Some(forwarded)) => forwarded,
        _ => peer.map_or_else(|| "unknown".to_owned(), |p| p.ip().to_string()),
    };
    request.extensions_mut().insert(Address(address.clone()));
    let path = request.uri().path().to_owned();
    let account = match signed_in(&gate.server, &session).await {
        Ok(account) => account,
        Err(e) => return PageError::App(e).into_response(),
    };
    let Some(account) = account else {
        if is_public(&path) {
            return WHO.scope(Who::Visitor, next.run(request)).await;
        }
        return signed_out(&request);
    };
    request.extensions_mut().insert(Signed(account.clone()));
    let who = match (account.role, reading(&path)) {
        (AccountRole::Clinician, Some(Ok(runner))) => {
            match gate.server.shared_app(&account, runner, &address).await {
                Ok((app, runner_name)) => {
                    request.extensions_mut().insert(Acting(app));
                    Who::Reading { clinician: account, runner_id: runner, runner_name }
                }
                Err(e) => {
                    return WHO
                        .scope(Who::Signed(account), async { PageError::App(e).into_response() })
                        .await;
                }
            }
        }
        (_, Some(_)) | (AccountRole::Runner, _) if path.starts_with("/clinic") => {
            return WHO
                .scope(Who::Signed(account), async {
                    PageError::App(AppError::NotVisible).into_response()
                })
                .await;
        }
        (AccountRole::Clinician, _) => {
            if path == "/" {
                return Redirect::to("/clinic").into_response();
            }
            Who::Signed(account)
        }
        (AccountRole::Runner, _) => match gate.server.own_app(&account).await {
            Ok(app) => {
                request.extensions_mut().insert(Acting(app));
                Who::Signed(account)
            }
            Err(e) => return PageError::App(e).into_response(),
        },
    };
    WHO.scope(who, next.run(request)).await
}

/// The account the session signs in, if it is still valid; a stale one is forgotten.
async fn signed_in(server: &Server, session: &Session) -> Result<Option<Account>, AppError> {
    let id = session.get::<i64>(ACCOUNT_KEY).await.ok().flatten();
    let version = session.get::<i64>(VERSION_KEY).await.ok().flatten();
    let (Some(id), Some(version)) = (id, version) else { return Ok(None) };
    let account = server.signed_in(id, version).await?;
    if account.is_none() {
        let _ = session.flush().await;
    }
    Ok(account)
}

/// Marks the session as signed in to `account`, under a new id (so that an id planted before
/// sign-in is worth nothing after it).
pub(crate) async fn sign_in_session(session: &Session, account: &Account) -> Result<(), PageError> {
    let fail = |e: tower_sessions::session::Error| {
        PageError::App(AppError::Server(format!("the session could not be kept: {e}")))
    };
    session.cycle_id().await.map_err(fail)?;
    session.insert(ACCOUNT_KEY, account.id).await.map_err(fail)?;
    session.insert(VERSION_KEY, account.auth_version).await.map_err(fail)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_paths_and_reading_paths() {
        for (path, public) in [
            ("/signin", true),
            ("/join/abc", true),
            ("/static/app.css", true),
            ("/", false),
            ("/signinx", false),
            ("/clinic", false),
            ("/export", false),
        ] {
            assert_eq!(is_public(path), public, "{path}");
        }
        assert_eq!(reading("/clinic/runners/7"), Some(Ok(7)));
        assert_eq!(reading("/clinic/runners/7/trends"), Some(Ok(7)));
        assert_eq!(reading("/clinic/runners/x"), Some(Err(())));
        assert_eq!(reading("/clinic"), None);
        assert_eq!(url_escape("/runs?x=1&y=ø"), "/runs%3Fx%3D1%26y%3D%C3%B8");
    }
}

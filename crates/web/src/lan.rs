//! Local mode on the home network (`runwell serve --lan`, issue 19): which listener a request
//! came in on, and the gate in front of every route that lets a phone in only once it is paired.
//!
//! Requests are told apart by the listener that accepted them, not by their address: the
//! computer's own browser comes in on loopback, a phone on the LAN address (and a test's stand-in
//! LAN, 127.0.0.2, is loopback too). From the LAN only the pairing pages and what every page
//! loads answer until the phone is paired; then it is the runner's own app, except that pairing
//! and removing devices stay on the computer. The language layer runs outside this gate too, so
//! what it answers is in the runner's (or the phone's) language.

use std::net::SocketAddr;

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use runwell_app::Pairing;
use tower_sessions::Session;

use crate::error::PageError;
use crate::lang::words;
use crate::routes::pair_first_page;
use crate::who::{WHO, Who};

/// The listener a request came in on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// The computer's own loopback address: the runner at her desk.
    Loopback,
    /// The LAN address of `--lan`: a phone on the home network.
    Lan,
}

/// Where a request came in: the listener's mark, or loopback when there is none (a test driving
/// the router directly).
pub(crate) fn via(request: &axum::http::request::Parts) -> Via {
    request.extensions.get::<Via>().copied().unwrap_or(Via::Loopback)
}

/// What the pages need of `--lan`: pairing, and the address a phone opens.
#[derive(Debug, Clone)]
pub(crate) struct LanMode {
    pub(crate) pairing: Pairing,
    pub(crate) address: SocketAddr,
    /// The LAN listener speaks TLS (`--tls-cert`/`--tls-key` with `--lan`).
    pub(crate) https: bool,
}

impl LanMode {
    /// The address a phone opens to pair, with the current one-time token.
    pub(crate) fn pairing_address(&self) -> Result<String, runwell_app::AppError> {
        let host = match self.address {
            SocketAddr::V4(v4) => v4.to_string(),
            SocketAddr::V6(v6) => format!("[{}]:{}", v6.ip(), v6.port()),
        };
        let scheme = if self.https { "https" } else { "http" };
        Ok(format!("{scheme}://{host}/pair/{}", self.pairing.address_token()?))
    }
}

/// The session data's key: the paired device a phone's session lets in.
pub(crate) const DEVICE_KEY: &str = "device";
/// The session data's key: the pairing request a phone waits on.
pub(crate) const REQUEST_KEY: &str = "pairing_request";

/// Paths a phone may ask for before it is paired: pairing itself, and what every page loads.
fn open_to_unpaired(path: &str) -> bool {
    matches!(path, "/sw.js" | "/manifest.webmanifest" | "/offline")
        || path.starts_with("/pair/")
        || path.starts_with("/static/")
}

/// Paths only the computer itself may use: pairing a phone and removing one.
fn computer_only(path: &str) -> bool {
    path.starts_with("/settings/devices")
}

/// The gate itself (see the module's comment).
pub(crate) async fn gate(
    State(lan): State<LanMode>,
    session: Session,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    if via(&parts) == Via::Loopback {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let path = parts.uri.path();
    if computer_only(path) {
        return (StatusCode::FORBIDDEN, words().get("devices-computer-only")).into_response();
    }
    if open_to_unpaired(path) {
        return WHO.scope(Who::Unpaired, next.run(Request::from_parts(parts, body))).await;
    }
    let device = session.get::<i64>(DEVICE_KEY).await.ok().flatten();
    let paired = match device {
        Some(device) => match lan.pairing.app().is_paired(device).await {
            Ok(paired) => paired,
            Err(e) => return PageError::App(e).into_response(),
        },
        None => false,
    };
    if paired {
        return next.run(Request::from_parts(parts, body)).await;
    }
    if device.is_some() {
        // Removed on the computer: the session is worth nothing now.
        let _ = session.flush().await;
    }
    let page_asked = matches!(parts.method, Method::GET | Method::HEAD)
        && parts.headers.get("hx-request").is_none();
    if page_asked {
        WHO.scope(Who::Unpaired, async { pair_first_page() }).await
    } else {
        (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Cookie")],
            words().get("pair-first-short"),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_an_unpaired_phone_may_ask_for() {
        for (path, open) in [
            ("/pair/abc", true),
            ("/pair/wait", true),
            ("/static/app.css", true),
            ("/sw.js", true),
            ("/", false),
            ("/pairing", false),
            ("/settings", false),
            ("/export", false),
        ] {
            assert_eq!(open_to_unpaired(path), open, "{path}");
        }
        assert!(computer_only("/settings/devices/confirm"));
        assert!(computer_only("/settings/devices/3/remove"));
        assert!(!computer_only("/settings"));
    }
}

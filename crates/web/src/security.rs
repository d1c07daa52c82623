//! The layers every request and response passes: a Host allow-list (DNS rebinding), tower-http's
//! `CsrfLayer` (cross-site writes), a time limit per request (`WebConfig::request_timeout`; an
//! upload has its own idle limit instead) and the security headers. Body sizes are limited per
//! route with axum's `DefaultBodyLimit` (see `routes`), which answers 413 however the body
//! arrives. What these layers refuse is said in the browser's language: they answer before the
//! runner's own choice, which is read from her database further in, is known.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Response, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::IntoResponse;
use runwell_app::words::{Arg, Words, choose};
use tower_http::csrf::{CsrfLayer, ProtectionError};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::WebConfig;

/// No inline script or style anywhere: scripts and styles come only from `/static`.
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'";

/// Wraps the routes in every security layer. The header layers are outermost, so that even a
/// refused request gets them.
pub(crate) fn wrap(routes: Router, config: &WebConfig) -> Router {
    let headers: [(HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        (HeaderName::from_static("cross-origin-resource-policy"), "same-origin"),
    ];
    let mut router = routes
        .layer(middleware::from_fn_with_state(config.request_timeout, time_limit))
        .layer(CsrfLayer::new().with_rejection_response(cross_site_refused))
        .layer(middleware::from_fn_with_state(Arc::new(config.clone()), check_host))
        .layer(middleware::from_fn(browser_language));
    for (name, value) in headers {
        router =
            router.layer(SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value)));
    }
    // Pages show health data and change with every entry: browsers keep no copy of them (on
    // disk, or for the back button), and ask again rather than show a stale light. Static
    // files set their own, long, caching.
    router.layer(SetResponseHeaderLayer::if_not_present(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    ))
}

/// Answers within the browser's language (`Accept-Language`, else English), so that the refusals
/// below, the gates' and an error page outside the routes' own language layer are in it.
async fn browser_language(request: Request, next: Next) -> axum::response::Response {
    let lang = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(choose::from_accept_language)
        .unwrap_or_default();
    crate::lang::WORDS.scope(Words::new(lang), next.run(request)).await
}

/// Answers 408 when a request (its body included) takes longer than `limit`, so that a client
/// sending a form a byte at a time does not hold a connection. An upload is left to its own
/// idle limit, since a large one may rightly take minutes.
async fn time_limit(
    State(limit): State<std::time::Duration>,
    request: Request,
    next: Next,
) -> axum::response::Response {
    if request.method() == axum::http::Method::POST && request.uri().path() == "/import" {
        return next.run(request).await;
    }
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => (StatusCode::REQUEST_TIMEOUT, crate::lang::words().get("errors-too-slow"))
            .into_response(),
    }
}

fn cross_site_refused(_: ProtectionError) -> Response<Body> {
    (StatusCode::FORBIDDEN, crate::lang::words().get("errors-cross-site")).into_response()
}

/// Answers only requests addressed to one of the configured host names. A hostile web page whose
/// DNS name resolves to 127.0.0.1 still sends its own name, and is refused here.
async fn check_host(
    State(config): State<Arc<WebConfig>>,
    request: Request,
    next: Next,
) -> axum::response::Response {
    let host = match request.uri().authority() {
        Some(authority) => Some(authority.as_str()),
        None => request.headers().get(header::HOST).and_then(|h| h.to_str().ok()),
    };
    match host {
        Some(host) if config.allows_host(host) => next.run(request).await,
        _ => {
            let host = Arg::from(config.allowed_hosts[0].as_str());
            let message = crate::lang::words().with("errors-wrong-host", &[("host", host)]);
            (StatusCode::MISDIRECTED_REQUEST, message).into_response()
        }
    }
}

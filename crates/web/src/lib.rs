//! runwell's web app, served by `runwell serve`: the Today page, logging, import, the runs, the
//! programme, the triage check and the knowledge pages, rendered on the server.
//!
//! [`router`] builds the whole app as an axum [`Router`] (tests drive it with
//! `tower::ServiceExt::oneshot`), [`serve`] binds it to a loopback address from [`WebConfig`],
//! and [`validate_bind`] refuses any other address. Every handler parses its input, calls one
//! `runwell-app` function and renders an askama template; every form works as a plain POST
//! followed by a redirect, and htmx (vendored, its checksum recorded) only enhances. Every
//! response passes the layers in `security`: a Host allow-list against DNS rebinding,
//! tower-http's `CsrfLayer` against cross-site writes, body limits and security headers.
//!
//! This crate may depend on `runwell-app` and `runwell-domain`, never on the store or content
//! crates directly, and never on the CLI.

mod assets;
mod charts;
mod config;
mod error;
mod form;
mod routes;
mod security;
mod session;
mod views;

use std::net::SocketAddr;

use axum::Router;
use runwell_app::App;

pub use config::{DEFAULT_BIND, WebConfig, validate_bind};
pub use error::WebError;

/// The whole web app for `app`, with every security layer that `config` sets.
pub fn router(app: App, config: WebConfig) -> Router {
    security::wrap(routes::routes(app, &config), &config)
}

/// Binds to `config.bind` (refusing a non-loopback address), prints the address and serves until
/// Ctrl-C.
pub async fn serve(app: App, config: WebConfig) -> Result<(), WebError> {
    validate_bind(config.bind)?;
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| WebError::Bind { addr: config.bind, source })?;
    let addr = listener.local_addr().map_err(WebError::Serve)?;
    println!("runwell is running at http://{} (Ctrl-C stops it)", display_addr(addr));
    serve_on(listener, app, config).await
}

/// Serves on a listener already bound (a test or the load benchmark binds port 0 and passes a
/// config made with [`WebConfig::new`] for the address it got).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    app: App,
    config: WebConfig,
) -> Result<(), WebError> {
    let local = listener.local_addr().map_err(WebError::Serve)?;
    validate_bind(local)?;
    axum::serve(listener, router(app, config))
        .with_graceful_shutdown(async {
            // If the signal handler cannot be installed, serve until the process is killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
        .map_err(WebError::Serve)
}

fn display_addr(addr: SocketAddr) -> String {
    match addr {
        SocketAddr::V4(v4) => v4.to_string(),
        SocketAddr::V6(v6) => format!("[{}]:{}", v6.ip(), v6.port()),
    }
}

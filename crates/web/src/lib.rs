//! runwell's web app, served by `runwell serve`: the Today page, logging, import, the runs, the
//! programme, the triage check and the knowledge pages, rendered on the server.
//!
//! [`router`] builds the whole app as an axum [`Router`] (tests drive it with
//! `tower::ServiceExt::oneshot`), [`serve`] binds it to a loopback address from [`WebConfig`],
//! and [`validate_bind`] refuses any other address. Every handler parses its input, calls one
//! `runwell-app` function and renders an askama template; every form works as a plain POST
//! followed by a redirect, and htmx (vendored, its checksum recorded) only enhances. Every
//! response passes the layers in `security`: a Host allow-list against DNS rebinding,
//! tower-http's `CsrfLayer` against cross-site writes, body limits, a time limit and security
//! headers. [`serve_on`] runs its own accept loop on hyper, so that slow or idle connections
//! are closed (a header-read timeout) and at most `WebConfig::max_connections` are open.
//!
//! This crate may depend on `runwell-app` and `runwell-domain`, never on the store or content
//! crates directly, and never on the CLI.

mod assets;
mod charts;
mod config;
mod day;
mod error;
mod form;
mod pwa;
mod routes;
mod security;
mod session;
mod views;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use runwell_app::App;
use tokio::sync::Semaphore;

pub use config::{DEFAULT_BIND, WebConfig, validate_bind};
pub use error::WebError;

/// The physio report as one self-contained HTML file (its styles inside), for `runwell report`.
pub fn report_html(report: runwell_app::ReportView) -> Result<String, WebError> {
    routes::report_document(report).map_err(|e| WebError::Render(e.to_string()))
}

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

/// How long Ctrl-C waits for requests under way to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);
/// How long to wait before accepting again after the system refused a connection (out of file
/// descriptors, say), instead of spinning.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);

/// Serves on a listener already bound (a test or the load benchmark binds port 0 and passes a
/// config made with [`WebConfig::new`] for the address it got), until Ctrl-C.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    app: App,
    config: WebConfig,
) -> Result<(), WebError> {
    serve_until(listener, app, config, async {
        // If the signal handler cannot be installed, serve until the process is killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
    .await
}

/// [`serve_on`] until `stop` completes. A connection is accepted only while fewer than
/// `max_connections` are open (the rest wait in the system's queue); each must send its
/// headers, and each next request on a kept-alive connection, within `header_read_timeout`.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    app: App,
    config: WebConfig,
    stop: impl std::future::Future<Output = ()>,
) -> Result<(), WebError> {
    let local = listener.local_addr().map_err(WebError::Serve)?;
    validate_bind(local)?;
    let header_read_timeout = config.header_read_timeout;
    let open = Arc::new(Semaphore::new(config.max_connections.max(1)));
    let service = TowerToHyperService::new(router(app, config));
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&open).acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut stop => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => {
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new()).header_read_timeout(header_read_timeout);
        let connection =
            graceful.watch(http.serve_connection(TokioIo::new(stream), service.clone()));
        tokio::spawn(async move {
            // A connection that fails (a client gone, a timeout) only ends itself.
            let _ = connection.await;
            drop(permit);
        });
    }
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await;
    Ok(())
}

fn display_addr(addr: SocketAddr) -> String {
    match addr {
        SocketAddr::V4(v4) => v4.to_string(),
        SocketAddr::V6(v6) => format!("[{}]:{}", v6.ip(), v6.port()),
    }
}

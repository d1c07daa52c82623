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

mod acting;
mod assets;
mod auth;
mod charts;
mod config;
mod day;
mod error;
mod form;
mod lang;
mod pwa;
mod routes;
mod security;
mod session;
mod tls;
mod views;
mod web_sessions;
mod who;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use runwell_app::{App, Server};
use tokio::sync::Semaphore;
use tower::Layer as _;

pub use config::{DEFAULT_BIND, ServerMode, TlsFiles, WebConfig, validate_bind};
pub use error::WebError;

/// The physio report as one self-contained HTML file (its styles inside), for `runwell report`.
pub fn report_html(report: runwell_app::ReportView) -> Result<String, WebError> {
    routes::report_document(report).map_err(|e| WebError::Render(e.to_string()))
}

/// What a web app serves: one runner on her own machine, or a server's many (issue 18).
#[derive(Debug, Clone)]
pub enum Site {
    Local(App),
    Server(Server),
}

impl From<App> for Site {
    fn from(app: App) -> Self {
        Site::Local(app)
    }
}

impl From<Server> for Site {
    fn from(server: Server) -> Self {
        Site::Server(server)
    }
}

/// How long a server session lasts after it was last changed (signed in, password changed).
const SESSION_DAYS: i64 = 14;

/// The whole web app for `site`, with every security layer that `config` sets.
pub fn router(site: impl Into<Site>, config: WebConfig) -> Router {
    match site.into() {
        Site::Local(app) => {
            let routes = routes::routes(&config).layer(axum::Extension(acting::Acting(app)));
            security::wrap(routes, &config)
        }
        Site::Server(server) => {
            let mode = config.server.clone().unwrap_or_default();
            let public = mode.public_url.clone().unwrap_or_else(|| {
                let scheme = if mode.tls.is_some() { "https" } else { "http" };
                format!("{scheme}://{}", config.allowed_hosts[0])
            });
            let gate =
                Arc::new(auth::Gate { server: server.clone(), behind_proxy: mode.behind_proxy });
            let sessions = tower_sessions::SessionManagerLayer::new(
                web_sessions::DatabaseSessions::new(server.clone()),
            )
            .with_name("runwell_session")
            .with_http_only(true)
            .with_secure(config.secure_cookies())
            .with_same_site(tower_sessions::cookie::SameSite::Lax)
            .with_expiry(tower_sessions::Expiry::OnInactivity(time::Duration::days(SESSION_DAYS)));
            let routes = routes::server_routes(&config)
                .layer(axum::middleware::from_fn_with_state(gate, auth::gate))
                .layer(sessions)
                .layer(axum::Extension(routes::PublicUrl(public.trim_end_matches('/').to_owned())))
                .layer(axum::Extension(server));
            security::wrap(routes, &config)
        }
    }
}

/// Binds to `config.bind` (refusing an address beyond loopback unless the config is a server's
/// that may), prints the address and serves until Ctrl-C.
pub async fn serve(site: impl Into<Site>, config: WebConfig) -> Result<(), WebError> {
    config.check_bind(config.bind)?;
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| WebError::Bind { addr: config.bind, source })?;
    let addr = listener.local_addr().map_err(WebError::Serve)?;
    let scheme = match &config.server {
        Some(ServerMode { tls: Some(_), .. }) => "https",
        _ => "http",
    };
    match config.server.as_ref().and_then(|s| s.public_url.as_deref()) {
        Some(public) => println!(
            "runwell is running as a server at {public} (listening on {scheme}://{}; Ctrl-C stops it)",
            display_addr(addr)
        ),
        None => {
            println!("runwell is running at {scheme}://{} (Ctrl-C stops it)", display_addr(addr))
        }
    }
    serve_on(listener, site, config).await
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
    site: impl Into<Site>,
    config: WebConfig,
) -> Result<(), WebError> {
    serve_until(listener, site, config, async {
        // If the signal handler cannot be installed, serve until the process is killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
    .await
}

/// [`serve_on`] until `stop` completes. A connection is accepted only while fewer than
/// `max_connections` are open (the rest wait in the system's queue); each must send its
/// headers, and each next request on a kept-alive connection, within `header_read_timeout`
/// (a TLS handshake, too).
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    site: impl Into<Site>,
    config: WebConfig,
    stop: impl std::future::Future<Output = ()>,
) -> Result<(), WebError> {
    let local = listener.local_addr().map_err(WebError::Serve)?;
    config.check_bind(local)?;
    let tls = match config.server.as_ref().and_then(|s| s.tls.as_ref()) {
        Some(files) => Some(tls::acceptor(files)?),
        None => None,
    };
    let header_read_timeout = config.header_read_timeout;
    let open = Arc::new(Semaphore::new(config.max_connections.max(1)));
    let router = router(site, config);
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
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(_) => {
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Each request learns the address it came from (the sign-in limit and the audit).
        let service =
            TowerToHyperService::new(axum::Extension(ConnectInfo(peer)).layer(router.clone()));
        let watcher = graceful.watcher();
        let tls = tls.clone();
        tokio::spawn(async move {
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new()).header_read_timeout(header_read_timeout);
            // A connection that fails (a client gone, a timeout, a failed handshake) only ends
            // itself.
            match tls {
                None => {
                    let _ =
                        watcher.watch(http.serve_connection(TokioIo::new(stream), service)).await;
                }
                Some(acceptor) => {
                    let handshake =
                        tokio::time::timeout(header_read_timeout, acceptor.accept(stream));
                    if let Ok(Ok(stream)) = handshake.await {
                        let _ = watcher
                            .watch(http.serve_connection(TokioIo::new(stream), service))
                            .await;
                    }
                }
            }
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

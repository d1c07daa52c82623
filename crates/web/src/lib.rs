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
mod kept;
mod lan;
mod lang;
mod pwa;
mod qr;
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

pub use config::{
    DEFAULT_BIND, ServerMode, TlsFiles, WebConfig, first_private_ipv4, validate_bind,
};
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
    router_with(site.into(), config, None)
}

/// [`router`], pairing phones through `pairing` when `config.lan` is set (a new one if `None`).
fn router_with(site: Site, config: WebConfig, pairing: Option<runwell_app::Pairing>) -> Router {
    match site {
        Site::Local(app) => match config.lan {
            None => {
                let routes = routes::routes(&config).layer(axum::Extension(acting::Acting(app)));
                security::wrap(routes, &config)
            }
            Some(address) => {
                let pairing = pairing.unwrap_or_else(|| runwell_app::Pairing::new(app.clone()));
                let https = config.lan_tls.is_some();
                let lan = lan::LanMode { pairing, address, https };
                // A phone's session: short while it waits to be confirmed, long once paired
                // (`routes/pairing.rs` sets that). Secure when the LAN address speaks TLS.
                let sessions = tower_sessions::SessionManagerLayer::new(
                    web_sessions::DatabaseSessions::new(app.clone()),
                )
                .with_name("runwell_device")
                .with_http_only(true)
                .with_secure(https)
                .with_same_site(tower_sessions::cookie::SameSite::Lax)
                .with_expiry(tower_sessions::Expiry::OnInactivity(
                    time::Duration::seconds(
                        i64::try_from(runwell_app::PAIRING_WAIT.as_secs()).unwrap_or(600),
                    ),
                ));
                let routes = routes::routes(&config)
                    .layer(axum::middleware::from_fn_with_state(lan.clone(), lan::gate))
                    // The gate's own answers ("pair this phone first") in the page's language.
                    .layer(axum::middleware::from_fn(routes::choose_language))
                    .layer(sessions)
                    .layer(axum::Extension(lan))
                    .layer(axum::Extension(acting::Acting(app)));
                security::wrap(routes, &config)
            }
        },
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
/// that may) and, with `--lan`, to the LAN address at the same port; prints the address (and how
/// to pair a phone) and serves until Ctrl-C.
pub async fn serve(site: impl Into<Site>, config: WebConfig) -> Result<(), WebError> {
    serve_speaking(site, config, runwell_app::words::Words::default()).await
}

/// [`serve`], printing its lines in `words`' language: the binary decides the language (the
/// runner's choice, then the terminal's), as it does for every other command.
pub async fn serve_speaking(
    site: impl Into<Site>,
    config: WebConfig,
    words: runwell_app::words::Words,
) -> Result<(), WebError> {
    config.check_bind(config.bind)?;
    // A certificate that cannot be used is said before anything listens.
    let server_tls = config.server.as_ref().and_then(|s| s.tls.as_ref());
    for files in server_tls.into_iter().chain(&config.lan_tls) {
        tls::acceptor(files)?;
    }
    let bind = |addr: SocketAddr| async move {
        tokio::net::TcpListener::bind(addr).await.map_err(|source| WebError::Bind { addr, source })
    };
    let listener = bind(config.bind).await?;
    let addr = listener.local_addr().map_err(WebError::Serve)?;
    let scheme = match &config.server {
        Some(ServerMode { tls: Some(_), .. }) => "https",
        _ => "http",
    };
    match config.server.as_ref().and_then(|s| s.public_url.as_deref()) {
        Some(public) => println!(
            "{}",
            words.with(
                "cli-serve-server",
                &[
                    ("public", public.into()),
                    ("address", format!("{scheme}://{}", display_addr(addr)).into()),
                ],
            )
        ),
        None => println!(
            "{}",
            words.with(
                "cli-serve-running",
                &[("address", format!("{scheme}://{}", display_addr(addr)).into())],
            )
        ),
    }
    let site = site.into();
    let mut listeners = vec![(listener, lan::Via::Loopback)];
    let mut pairing = None;
    if let (Some(lan_addr), Site::Local(app)) = (config.lan, &site) {
        config.check_bind(lan_addr)?;
        listeners.push((bind(lan_addr).await?, lan::Via::Lan));
        let paired = runwell_app::Pairing::new(app.clone());
        // Sessions that ran out while runwell was stopped go before the first phone asks.
        app.sweep_device_sessions().await?;
        let https = config.lan_tls.is_some();
        let address =
            lan::LanMode { pairing: paired.clone(), address: lan_addr, https }.pairing_address()?;
        print_pairing(&words, &address, addr, https);
        pairing = Some(paired);
    }
    let router = router_with(site, config.clone(), pairing);
    serve_listeners(listeners, router, &config, async {
        // If the signal handler cannot be installed, serve until the process is killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
    .await
}

/// How to pair a phone, in the terminal: the address, its QR code, and (over plain HTTP) the
/// trade-off.
fn print_pairing(words: &runwell_app::words::Words, address: &str, local: SocketAddr, https: bool) {
    use std::io::IsTerminal as _;
    let colour = std::io::stdout().is_terminal();
    let settings = format!("http://{}/settings#devices", display_addr(local));
    println!(
        "\n{}\n  {address}\n{}",
        words.get("cli-serve-pair-scan"),
        words.with("cli-serve-pair-type", &[("settings", settings.into())])
    );
    print!("{}", qr::terminal(address, colour));
    if https {
        println!("{}\n", words.get("cli-serve-pair-https"));
        return;
    }
    println!("{}\n", words.get("cli-serve-pair-plain"));
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
    let router = router(site, config.clone());
    serve_listeners(vec![(listener, lan::Via::Loopback)], router, &config, stop).await
}

/// [`serve_until`] with `--lan`: `loopback` is the computer's own listener, `lan` the one phones
/// reach (bound to `config.lan`; a test binds 127.0.0.2, a stand-in LAN).
pub async fn serve_lan_until(
    loopback: tokio::net::TcpListener,
    lan: tokio::net::TcpListener,
    site: impl Into<Site>,
    config: WebConfig,
    stop: impl std::future::Future<Output = ()>,
) -> Result<(), WebError> {
    let at = lan.local_addr().map_err(WebError::Serve)?;
    if config.lan != Some(at) {
        return Err(WebError::Config(format!(
            "the LAN listener is at {at}, but the config's LAN address is {:?}",
            config.lan
        )));
    }
    let router = router(site, config.clone());
    let listeners = vec![(loopback, lan::Via::Loopback), (lan, lan::Via::Lan)];
    serve_listeners(listeners, router, &config, stop).await
}

/// Accepts on every listener, marking each connection's requests with the listener's [`lan::Via`].
async fn serve_listeners(
    listeners: Vec<(tokio::net::TcpListener, lan::Via)>,
    router: Router,
    config: &WebConfig,
    stop: impl std::future::Future<Output = ()>,
) -> Result<(), WebError> {
    for (listener, _) in &listeners {
        config.check_bind(listener.local_addr().map_err(WebError::Serve)?)?;
    }
    let tls = match config.server.as_ref().and_then(|s| s.tls.as_ref()) {
        Some(files) => Some(tls::acceptor(files)?),
        None => None,
    };
    // `--lan` over HTTPS: the phone's listener only.
    let lan_tls = match &config.lan_tls {
        Some(files) => Some(tls::acceptor(files)?),
        None => None,
    };
    let header_read_timeout = config.header_read_timeout;
    let open = Arc::new(Semaphore::new(config.max_connections.max(1)));
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
        let (stream, peer, via) = tokio::select! {
            (accepted, via) = accept_any(&listeners) => match accepted {
                Ok((stream, peer)) => (stream, peer, via),
                Err(_) => {
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Each request learns the address it came from (the sign-in limit and the audit) and
        // the listener that took it (a paired phone's gate, `lan.rs`).
        let service = TowerToHyperService::new(
            axum::Extension(ConnectInfo(peer)).layer(axum::Extension(via).layer(router.clone())),
        );
        let watcher = graceful.watcher();
        let tls = match via {
            lan::Via::Lan => lan_tls.clone().or_else(|| tls.clone()),
            lan::Via::Loopback => tls.clone(),
        };
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

/// The next connection on any of the (one or two) listeners, with the listener's mark.
async fn accept_any(
    listeners: &[(tokio::net::TcpListener, lan::Via)],
) -> (std::io::Result<(tokio::net::TcpStream, SocketAddr)>, lan::Via) {
    match listeners {
        [] => std::future::pending().await,
        [(only, via)] => (only.accept().await, *via),
        [(first, a), (second, b), ..] => tokio::select! {
            accepted = first.accept() => (accepted, *a),
            accepted = second.accept() => (accepted, *b),
        },
    }
}

fn display_addr(addr: SocketAddr) -> String {
    match addr {
        SocketAddr::V4(v4) => v4.to_string(),
        SocketAddr::V6(v6) => format!("[{}]:{}", v6.ip(), v6.port()),
    }
}

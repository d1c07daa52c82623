//! Server mode exposed (issue 18): TLS spoken by runwell itself, with a certificate made for
//! the test, and a proxy in front, whose forwarded address is believed from loopback only.
//! Talks to 127.0.0.1 only; needs the PostgreSQL test server (see `server.rs`).

use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{StatusCode, header};
use runwell_app::{AccountRole, Database, Server};
use runwell_web::{ServerMode, TlsFiles, WebConfig, router, serve_until};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio_rustls::rustls;
use tower::ServiceExt as _;

use crate::support::browser;

async fn server(what: &str) -> Option<Server> {
    let url = crate::server::server_url(what)?;
    Some(Server::open(&Database::Url(url)).await.unwrap())
}

/// One request over TLS to 127.0.0.1:`port`, trusting only `cert`; the whole answer.
async fn over_tls(port: u16, cert: &rcgen::Certificate, request: &str) -> String {
    over_tls_at(std::net::SocketAddr::from(([127, 0, 0, 1], port)), cert, request).await
}

/// One request over TLS to `addr`, trusting only `cert` (made for `localhost`); the whole answer.
pub(crate) async fn over_tls_at(
    addr: std::net::SocketAddr,
    cert: &rcgen::Certificate,
    request: &str,
) -> String {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert.der().clone()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let name = rustls_pki_types::ServerName::try_from("localhost").unwrap();
    let mut tls = connector.connect(name, tcp).await.expect("the TLS handshake");
    tls.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let _ = tls.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runwell_speaks_tls_with_its_certificate_and_marks_cookies_secure() {
    let Some(server) = server("the TLS test").await else { return };
    let tag = format!("{}-{}", std::process::id(), jiff::Timestamp::now().as_nanosecond());
    let email = format!("tls.{tag}@test.example");
    server.add_account(&email, "Tia", AccountRole::Runner, "a long enough password").await.unwrap();
    let made = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = TlsFiles { cert: dir.path().join("cert.pem"), key: dir.path().join("key.pem") };
    std::fs::write(&files.cert, made.cert.pem()).unwrap();
    std::fs::write(&files.key, made.signing_key.serialize_pem()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let config = WebConfig::new(addr)
        .with_server(ServerMode { public_url: None, tls: Some(files), behind_proxy: false })
        .unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(serve_until(listener, server, config, async {
        let _ = stopped.await;
    }));
    let host = format!("127.0.0.1:{}", addr.port());
    let page = over_tls(
        addr.port(),
        &made.cert,
        &format!("GET /signin HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    )
    .await;
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("<h1>Sign in</h1>"));
    let form = format!("email={email}&password=a+long+enough+password&next=/");
    let signed = over_tls(
        addr.port(),
        &made.cert,
        &format!(
            "POST /signin HTTP/1.1\r\nHost: {host}\r\nOrigin: https://{host}\r\nSec-Fetch-Site: same-origin\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            form.len()
        ),
    )
    .await;
    assert!(signed.starts_with("HTTP/1.1 303"), "{signed}");
    let cookie =
        signed.lines().find(|l| l.to_ascii_lowercase().starts_with("set-cookie:")).unwrap();
    assert!(cookie.contains("Secure") && cookie.contains("HttpOnly"), "{cookie}");
    // Plain HTTP to the TLS port gets no page.
    let mut plain = tokio::net::TcpStream::connect(addr).await.unwrap();
    plain
        .write_all(format!("GET /signin HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), plain.read_to_end(&mut answer))
        .await;
    assert!(!String::from_utf8_lossy(&answer).contains("Sign in"));
    let _ = stop.send(());
    serving.await.unwrap().unwrap();
}

#[tokio::test]
async fn behind_a_proxy_only_loopback_is_answered_and_its_forwarded_address_believed() {
    let Some(server) = server("the proxy test").await else { return };
    let tag = format!("{}-{}", std::process::id(), jiff::Timestamp::now().as_nanosecond());
    let email = format!("proxy.{tag}@test.example");
    let account = server
        .add_account(&email, "Pål", AccountRole::Runner, "a long enough password")
        .await
        .unwrap();
    let config = WebConfig::default()
        .with_server(ServerMode {
            public_url: Some("https://runwell.clinic.example".to_owned()),
            tls: None,
            behind_proxy: true,
        })
        .unwrap();
    let app = router(server.clone(), config);
    let form = format!("email={email}&password=a+long+enough+password&next=/");
    let request = |peer: &str| {
        browser("POST", "/signin")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("x-forwarded-for", "198.51.100.1, 203.0.113.9")
            .header("x-forwarded-proto", "https")
            .extension(ConnectInfo(peer.parse::<std::net::SocketAddr>().unwrap()))
            .body(Body::from(form.clone()))
            .unwrap()
    };
    let around = app.clone().oneshot(request("10.20.30.40:5555")).await.unwrap();
    assert_eq!(around.status(), StatusCode::FORBIDDEN);
    let through = app.clone().oneshot(request("127.0.0.1:5555")).await.unwrap();
    assert_eq!(through.status(), StatusCode::SEE_OTHER);
    let set = through.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap();
    assert!(set.contains("Secure"), "the public URL is https: {set}");
    let audit = server.audit_log(&account).await.unwrap();
    let sign_in = audit.iter().find(|l| l.kind == "sign_in").unwrap();
    assert_eq!(sign_in.address.as_deref(), Some("203.0.113.9"));
    // The public URL's host is answered; another is not.
    let other = axum::http::Request::builder()
        .uri("/signin")
        .header(header::HOST, "evil.example")
        .extension(ConnectInfo("127.0.0.1:1".parse::<std::net::SocketAddr>().unwrap()))
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.oneshot(other).await.unwrap().status(), StatusCode::MISDIRECTED_REQUEST);
}

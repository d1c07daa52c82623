//! `runwell serve` itself, on loopback: a client that sends its headers too slowly, or keeps a
//! connection idle, is disconnected, and no more than `max_connections` are open at once.

use std::net::SocketAddr;
use std::time::Duration;

use runwell_web::{WebConfig, serve_until};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::support::Web;

/// A server on a port of its own with `edit` applied to its config; it stops when the sender
/// is dropped.
async fn server(
    edit: impl FnOnce(&mut WebConfig),
) -> (SocketAddr, tokio::sync::oneshot::Sender<()>, Web) {
    let web = Web::new().await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut config = WebConfig::new(addr);
    edit(&mut config);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = web.app.clone();
    tokio::spawn(async move {
        let _ = serve_until(listener, app, config, async {
            let _ = stopped.await;
        })
        .await;
    });
    (addr, stop, web)
}

/// Reads until the server closes the connection; what it sent.
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut out)).await;
    assert!(read.is_ok(), "the server kept the connection open");
    String::from_utf8_lossy(&out).into_owned()
}

fn request(addr: SocketAddr, keep_alive: bool) -> String {
    let connection = if keep_alive { "keep-alive" } else { "close" };
    format!("GET /learn HTTP/1.1\r\nHost: {addr}\r\nConnection: {connection}\r\n\r\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_headers_and_idle_connections_are_closed() {
    let (addr, _stop, _web) = server(|c| c.header_read_timeout = Duration::from_millis(300)).await;
    // Half a request line, then nothing.
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: ").await.unwrap();
    let answer = until_closed(&mut slow).await;
    assert!(!answer.contains("200 OK"), "{answer}");
    // A kept-alive connection is answered, then closed once it sits idle.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    idle.write_all(request(addr, true).as_bytes()).await.unwrap();
    let answer = until_closed(&mut idle).await;
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_beyond_the_cap_wait_their_turn() {
    let (addr, _stop, _web) = server(|c| c.max_connections = 1).await;
    // The one connection allowed, held without a request.
    let holder = TcpStream::connect(addr).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut waiting = TcpStream::connect(addr).await.unwrap();
    waiting.write_all(request(addr, false).as_bytes()).await.unwrap();
    let mut first = [0u8; 1];
    let early = tokio::time::timeout(Duration::from_millis(500), waiting.read(&mut first)).await;
    assert!(early.is_err(), "answered while the only connection allowed was taken");
    // Once the first connection goes, the waiting one is accepted and answered.
    drop(holder);
    let answer = until_closed(&mut waiting).await;
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
}

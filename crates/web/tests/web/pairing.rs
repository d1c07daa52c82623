//! Pairing a phone with `runwell serve --lan` (issue 19), over real sockets: 127.0.0.1 is the
//! computer, 127.0.0.2 stands in for the home network (the listener a request came in on is what
//! counts, so a second loopback address is as good as a LAN and sends nothing beyond this
//! machine).

use std::net::SocketAddr;
use std::time::Duration;

use runwell_web::{TlsFiles, WebConfig, serve_lan_until, serve_until};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::support::Web;

/// A plain HTTP/1.1 exchange: the status, the headers (lower-cased names) and the body.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The cookie the answer sets, as a request sends it back.
    fn cookie(&self) -> Option<String> {
        let set = self.header("set-cookie")?;
        Some(set.split(';').next()?.to_owned())
    }
}

async fn send(
    to: SocketAddr,
    host: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: &str,
) -> Answer {
    send_in(to, host, method, path, cookie, form, "en-GB").await
}

/// [`send`] from a browser that asks for `language`.
async fn send_in(
    to: SocketAddr,
    host: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: &str,
    language: &str,
) -> Answer {
    let mut stream = TcpStream::connect(to).await.unwrap();
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\
         Accept-Language: {language}\r\n"
    );
    request.push_str("User-Agent: Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/120.0 Mobile Safari/537.36\r\n");
    if let Some(cookie) = cookie {
        request.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    if method == "POST" {
        request.push_str(&format!(
            "Origin: http://{host}\r\nSec-Fetch-Site: same-origin\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            form.len()
        ));
    }
    request.push_str("\r\n");
    request.push_str(form);
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut raw))
        .await
        .expect("an answer")
        .unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Answer { status, headers, body: body.to_owned() }
}

/// The first run of ASCII digits and spaces after `marker` in `text`, digits only.
fn digits_after(text: &str, marker: &str) -> String {
    let at = text.find(marker).unwrap_or_else(|| panic!("no {marker:?} in {text}")) + marker.len();
    text[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ' ')
        .filter(char::is_ascii_digit)
        .collect()
}

/// The computer's side (127.0.0.1) and the stand-in LAN (127.0.0.2) at one port.
async fn lan_server() -> (SocketAddr, SocketAddr, tokio::sync::oneshot::Sender<()>, Web) {
    lan_server_with(|config| config).await
}

async fn lan_server_with(
    edit: impl FnOnce(WebConfig) -> WebConfig,
) -> (SocketAddr, SocketAddr, tokio::sync::oneshot::Sender<()>, Web) {
    let web = Web::new().await;
    let loopback = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let computer = loopback.local_addr().unwrap();
    let phone_side = SocketAddr::new("127.0.0.2".parse().unwrap(), computer.port());
    let lan = TcpListener::bind(phone_side).await.expect("127.0.0.2 at the same port");
    let config = edit(WebConfig::new(computer).with_lan(phone_side.ip()).unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = web.app.clone();
    tokio::spawn(async move {
        serve_lan_until(loopback, lan, app, config, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (computer, phone_side, stop, web)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_is_let_in_only_once_its_code_is_typed_on_the_computer() {
    let (computer, phone, _stop, web) = lan_server().await;
    let (desk, lan) = (computer.to_string(), phone.to_string());

    // An unpaired device on the network is asked to pair, for pages and for writes alike, and
    // its write stores nothing.
    let refused = send(phone, &lan, "GET", "/", None, "").await;
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("Pair this phone first"), "{}", refused.body);
    let before = web.count_rows("pain_entries").await;
    let write =
        send(phone, &lan, "POST", "/log/pain", None, "date=2026-11-30&when=morning&score=3").await;
    assert_eq!(write.status, 401);
    assert_eq!(web.count_rows("pain_entries").await, before);
    // Only the LAN address in use is answered there.
    assert_eq!(
        send(phone, &format!("127.0.0.3:{}", phone.port()), "GET", "/", None, "").await.status,
        421
    );

    // The computer's settings page offers the address, as text and as a QR code.
    let settings = send(computer, &desk, "GET", "/settings", None, "").await;
    assert_eq!(settings.status, 200);
    assert!(
        settings.body.contains("<svg role=\"img\" aria-label=\"QR code of the pairing address\"")
    );
    let prefix = format!("http://{lan}/pair/");
    let at = settings.body.find(&prefix).expect("the pairing address") + prefix.len();
    let token: String = settings.body[at..].chars().take_while(char::is_ascii_hexdigit).collect();
    assert_eq!(token.len(), 32);

    // The phone opens it and is shown a code; the address is then used up.
    let opened = send(phone, &lan, "GET", &format!("/pair/{token}"), None, "").await;
    assert_eq!(opened.status, 303);
    assert_eq!(opened.header("location"), Some("/pair/wait"));
    let waiting_cookie = opened.cookie().expect("a session for the waiting phone");
    assert!(opened.header("set-cookie").unwrap().contains("HttpOnly"));
    let again = send(phone, &lan, "GET", &format!("/pair/{token}"), None, "").await;
    assert_eq!(again.status, 403, "an address works once");
    let waiting = send(phone, &lan, "GET", "/pair/wait", Some(&waiting_cookie), "").await;
    assert_eq!(waiting.status, 200);
    let code = digits_after(&waiting.body, "aria-label=\"Pairing code\">");
    assert_eq!(code.len(), 6);
    // The waiting session is no way in.
    assert_eq!(send(phone, &lan, "GET", "/", Some(&waiting_cookie), "").await.status, 403);
    let listed = send(computer, &desk, "GET", "/settings", None, "").await.body;
    assert!(listed.contains("Waiting: Chrome · Android"), "{listed}");
    assert!(
        !listed.contains(&code),
        "the computer does not show the code: it is read off the phone"
    );

    // The phone cannot confirm itself; the computer refuses a wrong code and takes the right one.
    let form = format!("code={code}");
    let own =
        send(phone, &lan, "POST", "/settings/devices/confirm", Some(&waiting_cookie), &form).await;
    assert_eq!(own.status, 403);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let refused =
        send(computer, &desk, "POST", "/settings/devices/confirm", None, &format!("code={wrong}"))
            .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("No phone is waiting with the code"), "{}", refused.body);
    let confirmed = send(computer, &desk, "POST", "/settings/devices/confirm", None, &form).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);

    // The phone moves on with a new, long-lived session, and is the runner's own app now.
    let paired = send(phone, &lan, "GET", "/pair/wait", Some(&waiting_cookie), "").await;
    assert_eq!(paired.status, 303);
    assert_eq!(paired.header("location"), Some("/"));
    let device_cookie = paired.cookie().expect("the paired session");
    assert_ne!(device_cookie, waiting_cookie, "a new session id once paired");
    let set = paired.header("set-cookie").unwrap();
    let max_age: u64 = set
        .split("; ")
        .find_map(|part| part.strip_prefix("Max-Age="))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a lasting cookie: {set}"));
    assert!(max_age > 300 * 86_400, "a lasting cookie: {set}");
    assert_eq!(send(phone, &lan, "GET", "/", Some(&device_cookie), "").await.status, 200);
    let logged = send(
        phone,
        &lan,
        "POST",
        "/log/pain",
        Some(&device_cookie),
        "date=2026-11-30&when=morning&score=3",
    )
    .await;
    assert_eq!(logged.status, 303, "{}", logged.body);
    assert_eq!(web.count_rows("pain_entries").await, before + 1);
    let on_phone = send(phone, &lan, "GET", "/settings", Some(&device_cookie), "").await.body;
    assert!(on_phone.contains("This phone is paired"));
    assert!(!on_phone.contains("/remove"), "a phone does not remove devices");
    assert!(!on_phone.contains("<svg role=\"img\" aria-label=\"QR code"), "nor offers pairing");

    // The computer lists it and removes it: the phone is asked to pair again at once.
    let listed = send(computer, &desk, "GET", "/settings", None, "").await.body;
    assert!(listed.contains("Chrome · Android, paired "), "{listed}");
    let list = &listed[listed.find("device-list").expect("the device list")..];
    let id = digits_after(list, "/settings/devices/");
    let removed =
        send(computer, &desk, "POST", &format!("/settings/devices/{id}/remove"), None, "").await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    assert_eq!(send(phone, &lan, "GET", "/", Some(&device_cookie), "").await.status, 403);
    assert_eq!(web.count_rows("device_sessions").await, 0);
    assert!(
        send(computer, &desk, "GET", "/settings", None, "")
            .await
            .body
            .contains("No phone or tablet is paired")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_phone_is_asked_to_pair_in_its_language() {
    let (computer, phone, _stop, _web) = lan_server().await;
    let lan = phone.to_string();
    for (language, heading, short) in [
        ("da-DK,da;q=0.9", "Par telefonen først", "Par enheden først"),
        ("sv-SE", "Koppla telefonen först", "Koppla enheten först"),
        ("en-GB", "Pair this phone first", "Pair this device first"),
    ] {
        let page = send_in(phone, &lan, "GET", "/", None, "", language).await;
        assert_eq!(page.status, 403);
        assert!(page.body.contains(heading), "{language}: {}", page.body);
        let form = send_in(phone, &lan, "POST", "/log/pain", None, "score=2", language).await;
        assert!(form.body.starts_with(short), "{language}: {}", form.body);
    }
    let danish = send_in(computer, &computer.to_string(), "GET", "/settings", None, "", "da").await;
    assert!(danish.body.contains("Telefoner og tablets"), "{}", danish.body);
    assert!(danish.body.contains("aria-label=\"QR-kode med parringsadressen\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_lan_nothing_changes() {
    let web = Web::new().await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (_stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = web.app.clone();
    tokio::spawn(serve_until(listener, app, WebConfig::new(addr), async {
        let _ = stopped.await;
    }));
    let host = addr.to_string();
    assert_eq!(
        send(addr, &host, "GET", "/pair/0123456789abcdef0123456789abcdef", None, "").await.status,
        404
    );
    let settings = send(addr, &host, "GET", "/settings", None, "").await;
    assert!(settings.body.contains("runwell serve --lan"));
    assert!(!settings.body.contains("aria-label=\"QR code"));
    let confirm = send(addr, &host, "POST", "/settings/devices/confirm", None, "code=123456").await;
    assert_eq!(confirm.status, 400);
    // The LAN stand-in is not answered under its own name.
    assert_eq!(
        send(addr, &format!("127.0.0.2:{}", addr.port()), "GET", "/", None, "").await.status,
        421
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_certificate_the_phone_reaches_runwell_over_https() {
    let made = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = TlsFiles { cert: dir.path().join("cert.pem"), key: dir.path().join("key.pem") };
    std::fs::write(&files.cert, made.cert.pem()).unwrap();
    std::fs::write(&files.key, made.signing_key.serialize_pem()).unwrap();
    let (computer, phone, _stop, _web) =
        lan_server_with(|config| config.with_lan_tls(files).unwrap()).await;
    let lan = phone.to_string();

    // The computer's own address stays plain HTTP and offers an https pairing address.
    let settings = send(computer, &computer.to_string(), "GET", "/settings", None, "").await;
    assert_eq!(settings.status, 200);
    assert!(settings.body.contains("over HTTPS with the certificate"), "{}", settings.body);
    assert!(!settings.body.contains("speaks plain HTTP"));
    let prefix = format!("https://{lan}/pair/");
    let at = settings.body.find(&prefix).expect("an https pairing address") + prefix.len();
    let token: String = settings.body[at..].chars().take_while(char::is_ascii_hexdigit).collect();

    // The phone's side speaks TLS with the certificate given: unpaired, then waiting, with a
    // cookie sent over TLS only.
    let get =
        |path: &str| format!("GET {path} HTTP/1.1\r\nHost: {lan}\r\nConnection: close\r\n\r\n");
    let refused = crate::server_tls::over_tls_at(phone, &made.cert, &get("/")).await;
    assert!(refused.starts_with("HTTP/1.1 403"), "{refused}");
    assert!(refused.contains("Pair this phone first"));
    let opened =
        crate::server_tls::over_tls_at(phone, &made.cert, &get(&format!("/pair/{token}"))).await;
    assert!(opened.starts_with("HTTP/1.1 303"), "{opened}");
    let cookie =
        opened.lines().find(|l| l.to_ascii_lowercase().starts_with("set-cookie:")).unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
    // Plain HTTP is not answered there.
    let mut plain = TcpStream::connect(phone).await.unwrap();
    plain.write_all(get("/").as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), plain.read_to_end(&mut raw)).await;
    assert!(!String::from_utf8_lossy(&raw).contains("HTTP/1.1 200"));
}

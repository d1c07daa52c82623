//! The security layers: Host allow-list, cross-site writes, body limits, headers, escaping.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use crate::support::{DAY, HOST, Web};

fn post_with(headers: &[(&str, &str)]) -> Request<Body> {
    let mut request = Request::builder()
        .method("POST")
        .uri(format!("/log/pain?today={DAY}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(Body::from(format!("date={DAY}&when=morning&score=3"))).unwrap()
}

#[tokio::test]
async fn a_foreign_host_is_refused() {
    let web = Web::new().await;
    for host in ["evil.example:7878", "evil.example", "127.0.0.1:9999", "localhost"] {
        let request =
            Request::builder().uri("/").header(header::HOST, host).body(Body::empty()).unwrap();
        let reply = web.send(request).await;
        assert_eq!(reply.status, StatusCode::MISDIRECTED_REQUEST, "{host}");
        assert!(reply.body.contains("http://127.0.0.1:7878/"), "{}", reply.body);
    }
    let no_host = web.send(Request::builder().uri("/").body(Body::empty()).unwrap()).await;
    assert_eq!(no_host.status, StatusCode::MISDIRECTED_REQUEST);
    for host in [HOST, "localhost:7878", "[::1]:7878"] {
        let request =
            Request::builder().uri("/").header(header::HOST, host).body(Body::empty()).unwrap();
        assert_eq!(web.send(request).await.status, StatusCode::OK, "{host}");
    }
}

#[tokio::test]
async fn cross_site_writes_are_refused_and_nothing_is_stored() {
    let web = Web::new().await;
    for headers in [
        vec![("host", HOST), ("sec-fetch-site", "cross-site")],
        vec![("host", HOST), ("sec-fetch-site", "same-site")],
        vec![("host", HOST), ("origin", "http://evil.example")],
        vec![("host", HOST), ("origin", "http://localhost:7878")],
    ] {
        let reply = web.send(post_with(&headers)).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert!(reply.body.contains("came from another site"), "{}", reply.body);
    }
    assert_eq!(pain_entries(&web).await, 0, "a refused write stored nothing");
    // The same request from runwell's own page goes through.
    let ok = web
        .send(post_with(&[
            ("host", HOST),
            ("sec-fetch-site", "same-origin"),
            ("origin", "http://127.0.0.1:7878"),
        ]))
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    // A client that sends neither header (curl, a script on this machine) is allowed.
    let plain = web.send(post_with(&[("host", HOST)])).await;
    assert_eq!(plain.status, StatusCode::SEE_OTHER);
    assert_eq!(pain_entries(&web).await, 2, "the count sees what is stored");
}

/// The rows of the pain diary, read from the database file itself.
async fn pain_entries(web: &Web) -> i64 {
    web.count_rows("pain_entries").await
}

#[tokio::test]
async fn an_oversized_form_is_refused() {
    let web = Web::new().await;
    let note = "a".repeat(70 * 1024);
    let reply =
        web.post("/log/pain", &format!("date={DAY}&when=morning&score=3&note={note}")).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let web = Web::new().await;
    let wrong_host = web
        .send(
            Request::builder().uri("/").header("host", "evil.example").body(Body::empty()).unwrap(),
        )
        .await;
    let cross_site = web.send(post_with(&[("host", HOST), ("sec-fetch-site", "cross-site")])).await;
    let replies = [
        ("/", web.get("/").await),
        ("/learn", web.get("/learn").await),
        ("missing", web.get("/no-such-page").await),
        ("css", web.get(&static_path(&web.get("/").await.body, ".css")).await),
        ("wrong host", wrong_host),
        ("cross site", cross_site),
    ];
    for (what, reply) in replies {
        let h = |name: &str| {
            reply.headers.get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
        };
        let csp = h("content-security-policy");
        assert!(csp.contains("script-src 'self'"), "{what}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{what}");
        assert_eq!(h("x-content-type-options"), "nosniff", "{what}");
        assert_eq!(h("x-frame-options"), "DENY", "{what}");
        assert_eq!(h("referrer-policy"), "no-referrer", "{what}");
    }
}

/// The first `/static/...` URL in a page that ends with `suffix`.
fn static_path(page: &str, suffix: &str) -> String {
    page.split('"')
        .find(|part| part.starts_with("/static/") && part.ends_with(suffix))
        .unwrap_or_else(|| panic!("no {suffix} in the page"))
        .to_owned()
}

#[tokio::test]
async fn static_files_are_compiled_in_and_cached_for_long() {
    let web = Web::new().await;
    let page = web.get("/").await.body;
    for (suffix, kind) in [
        (".css", "text/css"),
        ("app-", "text/javascript"),
        ("htmx-2.0.11.min.js", "text/javascript"),
    ] {
        let path = if suffix == "app-" {
            page.split('"')
                .find(|p| p.starts_with("/static/app-") && p.ends_with(".js"))
                .unwrap()
                .to_owned()
        } else {
            static_path(&page, suffix)
        };
        let reply = web.get(&path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        let h = |name| reply.headers.get(name).unwrap().to_str().unwrap().to_owned();
        assert!(h(header::CONTENT_TYPE).starts_with(kind), "{path}");
        assert_eq!(h(header::CACHE_CONTROL), "public, max-age=31536000, immutable");
    }
    assert_eq!(web.get("/static/app-000000000000.css").await.status, StatusCode::NOT_FOUND);
    // Pages themselves are always asked for again.
    let today = web.get("/").await;
    assert_eq!(today.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
}

#[tokio::test]
async fn what_a_runner_types_is_escaped() {
    let web = Web::new().await;
    let reply = web
        .post(
            &format!("/log/run?today={DAY}"),
            &format!(
                "date={DAY}&time=07:30&distance_km=5&duration=30:00&shoe=%3Cb%3Ebold%3C%2Fb%3E\
                 &note=%3Cscript%3Ealert(1)%3C%2Fscript%3E"
            ),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let page = web.get(reply.location()).await.body;
    assert!(
        page.contains("&#60;script&#62;alert(1)&#60;/script&#62;")
            || page.contains("&lt;script&gt;"),
        "{page}"
    );
    assert!(!page.contains("<script>alert"), "a note is never markup");
    assert!(!page.contains("<b>bold"), "a shoe name is never markup");
    let list = web.get("/runs").await.body;
    assert!(!list.contains("<b>bold"));
}

#[tokio::test]
async fn a_page_asked_for_with_a_bad_day_says_what_is_allowed() {
    let web = Web::new().await;
    let reply = web.get("/?today=14/03/2026").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("YYYY-MM-DD"), "{}", reply.body);
    // A day far outside a runner's life is refused before any page is computed for it.
    for path in ["/trends?today=9999-12-31", "/?today=0001-01-01", "/runs?today=1989-12-31"] {
        let reply = web.get(path).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(reply.body.contains("is not a plausible day"), "{path}: {}", reply.body);
    }
}

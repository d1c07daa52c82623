//! Installing and offline use: the manifest and the service worker at fixed paths at the root,
//! held to the same Host check and headers as every page; the offline page; a session record
//! posted twice under its key stored once.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use crate::support::{DAY, Web};

fn h(reply: &crate::support::Reply, name: header::HeaderName) -> String {
    reply.headers.get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn the_manifest_and_the_worker_are_served_at_the_root_and_revalidated() {
    let web = Web::new().await;
    let page = web.get(&format!("/?today={DAY}")).await.body;
    assert!(page.contains(r#"<link rel="manifest" href="/manifest.webmanifest">"#));
    assert!(page.contains(r#"<script type="module" src="/static/offline-"#));
    for (path, kind) in
        [("/manifest.webmanifest", "application/manifest+json"), ("/sw.js", "text/javascript")]
    {
        let reply = web.get(path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert!(h(&reply, header::CONTENT_TYPE).starts_with(kind), "{path}");
        // Asked for again on every load, so a new runwell is picked up at once.
        assert_eq!(h(&reply, header::CACHE_CONTROL), "no-cache", "{path}");
        assert!(h(&reply, header::CONTENT_SECURITY_POLICY).contains("script-src 'self'"));
        // And only at runwell's own address, as every page.
        let foreign = Request::builder()
            .uri(path)
            .header(header::HOST, "evil.example:7878")
            .body(Body::empty())
            .unwrap();
        assert_eq!(web.send(foreign).await.status, StatusCode::MISDIRECTED_REQUEST, "{path}");
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&web.get("/manifest.webmanifest").await.body).unwrap();
    for icon in manifest["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        let reply = web.get(src).await;
        assert_eq!(reply.status, StatusCode::OK, "{src}");
        assert_eq!(h(&reply, header::CONTENT_TYPE), icon["type"].as_str().unwrap(), "{src}");
    }
    // The worker keeps what the pages load, by their hashed paths.
    let worker = web.get("/sw.js").await.body;
    let css = page.split('"').find(|p| p.starts_with("/static/app-") && p.ends_with(".css"));
    assert!(worker.contains(&format!("\"{}\"", css.unwrap())));
}

#[tokio::test]
async fn the_offline_page_says_nothing_about_the_runner() {
    let web = Web::new().await;
    web.run("2026-03-12", 6.0, "30:00", Some(4)).await;
    let reply = web.get("/offline").await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    assert!(main.contains("cannot be reached") && main.contains(r#"href="/session/strength""#));
    for private in ["6.00 km", "Pegasus", "green", "amber"] {
        assert!(!main.contains(private), "{private}");
    }
    // It needs no profile: a phone may keep it before the set-up is done.
    assert_eq!(Web::empty().await.get("/offline").await.status, StatusCode::OK);
}

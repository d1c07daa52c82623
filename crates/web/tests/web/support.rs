//! A fresh runwell per test and requests as a same-origin browser would send them.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use runwell_app::{App, PainInput, ProfileInput, RunInput};
use runwell_web::{WebConfig, router};
use tower::ServiceExt as _;

/// The day every test answers for, so that pages and snapshots never depend on the clock.
pub(crate) const DAY: &str = "2026-03-14";
pub(crate) const HOST: &str = "127.0.0.1:7878";

pub(crate) struct Web {
    pub(crate) app: App,
    pub(crate) config: WebConfig,
    _dir: tempfile::TempDir,
}

pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: String,
}

impl Reply {
    pub(crate) fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// The `<main>` element, what a page says apart from the frame every page shares, with
    /// content hashes in asset paths replaced so that a CSS change does not churn snapshots.
    pub(crate) fn main(&self) -> String {
        let start = self.body.find("<main").expect("a <main> element");
        let end = self.body.find("</main>").expect("</main>") + "</main>".len();
        self.body[start..end].to_owned()
    }

    pub(crate) fn page(&self) -> String {
        redact_hashes(&self.body)
    }
}

/// `/static/app-0123456789ab.css` → `/static/app-HASH.css`, for every hashed file (the CSS,
/// the scripts, the icons), so that a change to one does not churn every page's snapshot.
pub(crate) fn redact_hashes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("/static/") {
        let (before, after) = rest.split_at(at + "/static/".len());
        out.push_str(before);
        let name_len = after.find(['"', '\'', ' ', '<', ')']).unwrap_or(after.len());
        let name = &after[..name_len];
        // `stem-HASH.ext`: the hash is the 12 hex digits after the last hyphen.
        match name.rfind('-') {
            Some(dash)
                if name.len() > dash + 13
                    && name[dash + 1..dash + 13].chars().all(|c| c.is_ascii_hexdigit())
                    && name.as_bytes()[dash + 13] == b'.' =>
            {
                out.push_str(&name[..=dash]);
                out.push_str("HASH");
                out.push_str(&name[dash + 13..]);
            }
            _ => out.push_str(name),
        }
        rest = &after[name_len..];
    }
    out.push_str(rest);
    out
}

impl Web {
    /// A runwell with an empty database: no profile yet.
    pub(crate) async fn empty() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let app = App::open(Some(&dir.path().join("runwell.db"))).await.unwrap();
        Self { app, config: WebConfig::default(), _dir: dir }
    }

    /// A runwell set up in London: runs on Monday, Wednesday and Saturday, strength on Tuesday
    /// and Friday.
    pub(crate) async fn new() -> Self {
        let web = Self::empty().await;
        web.app
            .save_profile(&ProfileInput {
                time_zone: "Europe/London".into(),
                run_days: "mon,wed,sat".into(),
                strength_days: "tue,fri".into(),
                ..ProfileInput::default()
            })
            .await
            .unwrap();
        web
    }

    pub(crate) fn router(&self) -> Router {
        router(self.app.clone(), self.config.clone())
    }

    pub(crate) async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// The rows of `table`, read from the database file itself.
    pub(crate) async fn count_rows(&self, table: &str) -> i64 {
        let options =
            sqlx::sqlite::SqliteConnectOptions::new().filename(self.app.db_path().expect("a file"));
        let mut db =
            <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
        // The table names are the tests' own words, never input.
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&mut db)
            .await
            .unwrap()
    }

    pub(crate) async fn get(&self, path: &str) -> Reply {
        self.send(browser("GET", path).body(Body::empty()).unwrap()).await
    }

    /// A same-origin form POST, as the browser sends one from runwell's own page.
    pub(crate) async fn post(&self, path: &str, form: &str) -> Reply {
        let request = browser("POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form.to_owned()))
            .unwrap();
        self.send(request).await
    }

    pub(crate) async fn run(&self, date: &str, km: f64, duration: &str, rpe: Option<i64>) -> i64 {
        let input = RunInput {
            date: date.into(),
            time: Some("07:30".into()),
            distance_km: km.to_string(),
            duration: duration.into(),
            rpe: rpe.map(|r| r.to_string()),
            surface: Some("road".into()),
            shoe: Some("Pegasus".into()),
            ..RunInput::default()
        };
        self.app.log_run(&input).await.unwrap().id
    }

    pub(crate) async fn pain(&self, date: &str, when: &str, score: i64) {
        let input = PainInput {
            date: date.into(),
            when: when.into(),
            score: score.to_string(),
            ..PainInput::default()
        };
        self.app.log_pain(&input).await.unwrap();
    }
}

/// A request with the headers a browser on runwell's own page sends.
pub(crate) fn browser(method: &str, path: &str) -> axum::http::request::Builder {
    Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, HOST)
        .header("sec-fetch-site", "same-origin")
        .header(header::ORIGIN, format!("http://{HOST}"))
}

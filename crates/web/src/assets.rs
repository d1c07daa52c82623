//! The static files, compiled into the binary and served under paths that change when their
//! content does (a content hash, or htmx's version), so browsers may cache them for a year.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

const CSS: &str = include_str!("../static/app.css");
const JS: &str = include_str!("../static/app.js");
/// htmx 2.0.x from the npm registry's `htmx.org` package, `dist/htmx.min.js`, unchanged; its
/// sha256 is in `static/vendor/CHECKSUMS` and checked by a test.
const HTMX_VERSION: &str = "2.0.11";
const HTMX: &str = include_str!("../static/vendor/htmx-2.0.11.min.js");

/// The URL of each asset, for the templates.
#[derive(Debug)]
pub(crate) struct Assets {
    pub(crate) css: String,
    pub(crate) js: String,
    pub(crate) htmx: String,
}

struct File {
    path: String,
    content_type: &'static str,
    body: &'static str,
}

fn short_hash(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

static FILES: LazyLock<Vec<File>> = LazyLock::new(|| {
    vec![
        File {
            path: format!("app-{}.css", short_hash(CSS)),
            content_type: "text/css; charset=utf-8",
            body: CSS,
        },
        File {
            path: format!("app-{}.js", short_hash(JS)),
            content_type: "text/javascript; charset=utf-8",
            body: JS,
        },
        File {
            path: format!("vendor/htmx-{HTMX_VERSION}.min.js"),
            content_type: "text/javascript; charset=utf-8",
            body: HTMX,
        },
    ]
});

pub(crate) static ASSETS: LazyLock<Assets> = LazyLock::new(|| Assets {
    css: format!("/static/{}", FILES[0].path),
    js: format!("/static/{}", FILES[1].path),
    htmx: format!("/static/{}", FILES[2].path),
});

/// `GET /static/{*path}`.
pub(crate) async fn serve(Path(path): Path<String>) -> Response {
    match FILES.iter().find(|f| f.path == path) {
        Some(file) => (
            [
                (header::CONTENT_TYPE, file.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            file.body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "no such file").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendored_htmx_matches_its_recorded_checksum() {
        let recorded = include_str!("../static/vendor/CHECKSUMS");
        let line = recorded
            .lines()
            .find(|l| l.ends_with(&format!("htmx-{HTMX_VERSION}.min.js")))
            .expect("CHECKSUMS has a line for the vendored htmx");
        let expected = line.split_whitespace().next().unwrap();
        let actual: String =
            Sha256::digest(HTMX.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(actual, expected, "static/vendor/htmx-{HTMX_VERSION}.min.js was changed");
        assert!(HTMX.contains(&format!("version:\"{HTMX_VERSION}\"")));
    }

    #[test]
    fn asset_paths_carry_a_content_hash() {
        assert!(ASSETS.css.starts_with("/static/app-") && ASSETS.css.ends_with(".css"));
        assert_eq!(ASSETS.css.len(), "/static/app-".len() + 12 + ".css".len());
        assert_eq!(ASSETS.htmx, "/static/vendor/htmx-2.0.11.min.js");
    }
}

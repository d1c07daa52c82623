//! The static files, compiled into the binary and served under paths that change when their
//! content does (a content hash, or htmx's version), so browsers may cache them for a year.
//!
//! A module that imports another names it as written in `static/` (`./session-player.js`); the
//! import is rewritten here to the other file's hashed path before the importer's own hash is
//! taken, so that a change to either file changes every path that depends on it.
//!
//! Two files cannot move: the service worker's scope is the folder it is served from, and a
//! browser looks for an update at the address it registered, so `/sw.js` and the manifest it
//! names (`/manifest.webmanifest`) are served from the root at fixed paths, revalidated on
//! every load (`no-cache`), and are written in `pwa.rs` from the hashed paths below.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

pub(crate) const APP_CSS: &str = include_str!("../static/app.css");
/// The report's own page and print rules (A4, page numbers), on top of `app.css`.
pub(crate) const REPORT_CSS: &str = include_str!("../static/report.css");
const PHONE_CSS: &str = include_str!("../static/phone.css");
const JS: &str = include_str!("../static/app.js");
const SESSION_JS: &str = include_str!("../static/session.js");
const SESSION_PLAYER_JS: &str = include_str!("../static/session-player.js");
const METRONOME_JS: &str = include_str!("../static/metronome.js");
const OFFLINE_JS: &str = include_str!("../static/offline.js");
const OUTBOX_JS: &str = include_str!("../static/outbox.js");
/// The app's icon, drawn by hand as SVG; the PNGs are rendered from it by Chromium
/// (`e2e/render-icons.js`, checked against the SVG by `e2e/install.test.js`).
pub(crate) const ICON_SVG: &str = include_str!("../static/icons/icon.svg");
const ICON_192: &[u8] = include_bytes!("../static/icons/icon-192.png");
const ICON_512: &[u8] = include_bytes!("../static/icons/icon-512.png");
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
    pub(crate) session_js: String,
    pub(crate) metronome_js: String,
    pub(crate) offline_js: String,
    pub(crate) icon_svg: String,
    pub(crate) icon_192: String,
    pub(crate) icon_512: String,
    pub(crate) phone_css: String,
    /// Loaded by the service worker (`importScripts`) and imported by `offline.js`.
    pub(crate) outbox_js: String,
    pub(crate) report_css: String,
    /// Fixed, at the root (see the module's note).
    pub(crate) manifest: &'static str,
}

pub(crate) struct File {
    pub(crate) path: String,
    content_type: &'static str,
    body: Vec<u8>,
}

pub(crate) fn short_hash(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

pub(crate) const JS_TYPE: &str = "text/javascript; charset=utf-8";

/// `stem-HASH.ext` for `body`.
fn hashed(stem: &str, ext: &str, content_type: &'static str, body: impl Into<Vec<u8>>) -> File {
    let body = body.into();
    File { path: format!("{stem}-{}.{ext}", short_hash(&body)), content_type, body }
}

static FILES: LazyLock<Vec<File>> = LazyLock::new(|| {
    let player = hashed("session-player", "js", JS_TYPE, SESSION_PLAYER_JS.to_owned());
    let session = SESSION_JS.replace("\"./session-player.js\"", &format!("\"./{}\"", player.path));
    let outbox = hashed("outbox", "js", JS_TYPE, OUTBOX_JS);
    let offline = OFFLINE_JS.replace("\"./outbox.js\"", &format!("\"./{}\"", outbox.path));
    vec![
        hashed("app", "css", "text/css; charset=utf-8", APP_CSS),
        hashed("app", "js", JS_TYPE, JS),
        File {
            path: format!("vendor/htmx-{HTMX_VERSION}.min.js"),
            content_type: JS_TYPE,
            body: HTMX.into(),
        },
        hashed("session", "js", JS_TYPE, session),
        hashed("metronome", "js", JS_TYPE, METRONOME_JS),
        hashed("offline", "js", JS_TYPE, offline),
        hashed("icon", "svg", "image/svg+xml", ICON_SVG),
        hashed("icon-192", "png", "image/png", ICON_192),
        hashed("icon-512", "png", "image/png", ICON_512),
        hashed("phone", "css", "text/css; charset=utf-8", PHONE_CSS),
        outbox,
        player,
        hashed("report", "css", "text/css; charset=utf-8", REPORT_CSS),
    ]
});

/// Every hashed file, for the service worker to keep.
pub(crate) fn files() -> &'static [File] {
    &FILES
}

fn url(index: usize) -> String {
    format!("/static/{}", FILES[index].path)
}

pub(crate) static ASSETS: LazyLock<Assets> = LazyLock::new(|| Assets {
    css: url(0),
    js: url(1),
    htmx: url(2),
    session_js: url(3),
    metronome_js: url(4),
    offline_js: url(5),
    icon_svg: url(6),
    icon_192: url(7),
    icon_512: url(8),
    phone_css: url(9),
    outbox_js: url(10),
    report_css: url(12),
    manifest: "/manifest.webmanifest",
});

/// `GET /static/{*path}`.
pub(crate) async fn serve(Path(path): Path<String>) -> Response {
    match FILES.iter().find(|f| f.path == path) {
        Some(file) => (
            [
                (header::CONTENT_TYPE, file.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            file.body.as_slice(),
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
        assert!(ASSETS.session_js.starts_with("/static/session-"));
        assert!(ASSETS.metronome_js.starts_with("/static/metronome-"));
    }

    #[test]
    fn the_offline_module_imports_the_hashed_outbox() {
        let offline = FILES.iter().find(|f| format!("/static/{}", f.path) == ASSETS.offline_js);
        let body = String::from_utf8_lossy(&offline.unwrap().body);
        assert!(body.contains(&format!("\"./{}\"", &ASSETS.outbox_js["/static/".len()..])));
    }

    #[test]
    fn the_session_module_imports_the_hashed_player() {
        let session = FILES.iter().find(|f| format!("/static/{}", f.path) == ASSETS.session_js);
        let body = String::from_utf8_lossy(&session.unwrap().body);
        assert!(!body.contains("\"./session-player.js\""), "the import was rewritten");
        let player = FILES.iter().find(|f| f.path.starts_with("session-player-")).unwrap();
        assert!(body.contains(&format!("\"./{}\"", player.path)));
    }
}

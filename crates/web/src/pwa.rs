//! Installing runwell on a phone and using it offline: the web app manifest and the service
//! worker, both at fixed paths at the root (a worker controls only the folder it is served
//! from, and the browser checks for a new one at the address it registered).
//!
//! The worker (`static/sw.js`) is sent with the hashed paths of every static file and a
//! version made from them, so that a new build of runwell is a new worker: the browser installs
//! it, it keeps the new files and drops the old ones. Both answers are `no-cache` (the browser
//! asks again each time, so an update is seen at once) and pass the same Host check and
//! security headers as every page; the worker's script is plain JavaScript from this origin,
//! which the page's CSP (`script-src 'self'`) allows.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::assets::{self, ASSETS, JS_TYPE};

const SW_JS: &str = include_str!("../static/sw.js");
/// The theme colour: the header's accent, so the phone's status bar matches the page.
const THEME: &str = "#0b5cad";
const BACKGROUND: &str = "#ffffff";

static WORKER: LazyLock<String> = LazyLock::new(|| {
    let files: Vec<String> =
        assets::files().iter().map(|f| format!("/static/{}", f.path)).collect();
    let list = serde_json::to_string(&files).unwrap_or_else(|_| "[]".into());
    let version = assets::short_hash(format!("{SW_JS}{list}{}", *MANIFEST).as_bytes());
    SW_JS
        .replace("\"__RUNWELL_VERSION__\"", &format!("\"{version}\""))
        .replace("[\"__RUNWELL_ASSETS__\"]", &list)
        .replace("\"__RUNWELL_OUTBOX__\"", &format!("\"{}\"", ASSETS.outbox_js))
});

/// The manifest stays English (`lang` says so): a browser asks for it without the runner's
/// cookie, so her choice of language cannot be read, and it is one answer for all, as the
/// worker's version, a hash over it, needs. Its only sentence is the description an install
/// dialog may show.
static MANIFEST: LazyLock<String> = LazyLock::new(|| {
    json!({
        "name": "runwell",
        "short_name": "runwell",
        "description": "Your runs, your hip pain diary and the hip programme, on this phone.",
        "lang": "en-GB",
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME,
        "background_color": BACKGROUND,
        "icons": [
            { "src": ASSETS.icon_svg, "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
            { "src": ASSETS.icon_192, "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": ASSETS.icon_512, "sizes": "512x512", "type": "image/png", "purpose": "any" },
            {
                "src": ASSETS.icon_512,
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable"
            }
        ]
    })
    .to_string()
});

/// `GET /sw.js`.
pub(crate) async fn worker() -> Response {
    ([(header::CONTENT_TYPE, JS_TYPE), (header::CACHE_CONTROL, "no-cache")], WORKER.as_str())
        .into_response()
}

/// `GET /manifest.webmanifest`.
pub(crate) async fn manifest() -> Response {
    (
        [(header::CONTENT_TYPE, "application/manifest+json"), (header::CACHE_CONTROL, "no-cache")],
        MANIFEST.as_str(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_knows_every_hashed_file_and_its_own_version() {
        assert!(!WORKER.contains("__RUNWELL_"), "every placeholder was filled");
        for file in assets::files() {
            assert!(WORKER.contains(&format!("\"/static/{}\"", file.path)), "{}", file.path);
        }
        assert!(WORKER.contains(&format!("\"{}\"", ASSETS.css)));
        assert!(WORKER.contains(&format!("importScripts(\"{}\")", ASSETS.outbox_js)));
    }

    #[test]
    fn the_manifest_has_what_installing_needs() {
        let manifest: serde_json::Value = serde_json::from_str(&MANIFEST).unwrap();
        assert_eq!(manifest["start_url"], "/");
        assert_eq!(manifest["display"], "standalone");
        let sizes: Vec<&str> = manifest["icons"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["sizes"].as_str())
            .collect();
        assert!(sizes.contains(&"192x192") && sizes.contains(&"512x512"), "{sizes:?}");
    }
}

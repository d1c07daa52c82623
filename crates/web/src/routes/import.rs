//! `/import`: upload activity files (FIT, GPX, TCX, also `.gz`) or an export ZIP. An upload
//! costs what the same files cost `runwell import`, no more:
//!
//! - one import at a time per runner: another upload while one runs is refused at once (429),
//!   before any of it is read;
//! - an upload whose `Content-Length` is over `WebConfig::upload_limit` is refused at once (413),
//!   and one that turns out larger stops at the limit (axum's `DefaultBodyLimit` on this route);
//! - the files are streamed to a temporary folder as they arrive, never held in memory, and
//!   imported from there with the CLI's own limits; an upload that sends nothing for
//!   `WebConfig::upload_idle_timeout` is given up.
//!
//! The outcome of every file is shown as the CLI prints it.

use std::io::Write as _;
use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Extension, Multipart};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use runwell_app::ImportLimits;

use super::import_glue::{self, FileOutcome, Upload};
use crate::WebConfig;
use crate::acting::Acting;
use crate::day::{Asked, Today};
use crate::error::PageError;
use crate::views::Layout;

/// What the upload handler needs from the config (an `Extension` on this route).
#[derive(Debug, Clone)]
pub(super) struct UploadSettings {
    pub(super) limit: u64,
    pub(super) idle: Duration,
    pub(super) limits: ImportLimits,
}

impl UploadSettings {
    pub(super) fn layer(config: &WebConfig) -> Extension<Arc<UploadSettings>> {
        Extension(Arc::new(UploadSettings {
            limit: config.upload_limit as u64,
            idle: config.upload_idle_timeout,
            limits: config.import_limits.clone(),
        }))
    }
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "import.html")]
pub(super) struct ImportPage {
    layout: Layout,
    outcomes: Vec<FileOutcome>,
    error: Option<String>,
}

impl ImportPage {
    fn new(layout: Layout) -> Self {
        Self { layout, outcomes: Vec::new(), error: None }
    }

    fn count(&self, outcome: import_glue::Outcome) -> usize {
        self.outcomes.iter().filter(|o| o.outcome == outcome).count()
    }

    fn imported(&self) -> usize {
        self.count(import_glue::Outcome::Imported)
    }

    /// "3 imported, 1 skipped".
    fn result(&self) -> String {
        let skipped = self.outcomes.len() - self.imported();
        self.layout.words.with(
            "import-result",
            &[("imported", self.imported().into()), ("skipped", skipped.into())],
        )
    }
}

/// The upload form; a first visit is led through the setup as every page does.
pub(super) async fn page(today: Today) -> ImportPage {
    ImportPage::new(today.asked.layout(crate::lang::words().get("import-title"), "import"))
}

/// The next part of an upload, or why it stopped: too large (413), malformed, or idle.
async fn next<T, E: Into<PageError>>(
    idle: Duration,
    step: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, PageError> {
    match tokio::time::timeout(idle, step).await {
        Ok(result) => result.map_err(Into::into),
        Err(_) => Err(PageError::Upload(
            StatusCode::REQUEST_TIMEOUT,
            format!("nothing arrived for {} s", idle.as_secs()),
        )),
    }
}

impl From<axum::extract::multipart::MultipartError> for PageError {
    fn from(e: axum::extract::multipart::MultipartError) -> Self {
        PageError::Upload(e.status(), e.body_text())
    }
}

pub(super) fn stored(e: std::io::Error) -> PageError {
    PageError::Upload(
        StatusCode::INSUFFICIENT_STORAGE,
        format!("runwell could not keep the upload in a temporary file ({e})"),
    )
}

/// What an upload form sent: its files, and the names of its ticked checkboxes (whether runs
/// the runner deleted come back; whether a restore merges).
pub(super) struct Sent {
    pub(super) uploads: Vec<Upload>,
    pub(super) checked: Vec<String>,
}

/// Streams every file of the form into `dir`, one temporary file each.
pub(super) async fn uploads(
    mut multipart: Multipart,
    dir: &std::path::Path,
    idle: Duration,
) -> Result<Sent, PageError> {
    let mut uploads = Vec::new();
    let mut checked = Vec::new();
    while let Some(mut field) = next(idle, multipart.next_field()).await? {
        let Some(name) = field.file_name().map(str::to_owned) else {
            // A field that is not a file is a checkbox; its value is not read.
            checked.extend(field.name().map(str::to_owned));
            continue;
        };
        let path = dir.join(format!("upload-{}", uploads.len()));
        // Written with blocking calls: each chunk is small and lands in the page cache, and the
        // handler must work on the single-threaded runtime the tests use.
        let mut file = std::fs::File::create(&path).map_err(stored)?;
        let mut written = 0usize;
        while let Some(chunk) = next(idle, field.chunk()).await? {
            file.write_all(&chunk).map_err(stored)?;
            written += chunk.len();
        }
        if name.is_empty() && written == 0 {
            // A file input left empty still sends an empty part.
            continue;
        }
        uploads.push(Upload { name, path });
    }
    Ok(Sent { uploads, checked })
}

impl UploadSettings {
    /// An upload whose `Content-Length` is over the limit is refused (413) before it is read.
    pub(super) fn refuse_declared_over_limit(&self, headers: &HeaderMap) -> Result<(), PageError> {
        let declared =
            headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
        match declared.filter(|&d| d > self.limit) {
            Some(declared) => Err(PageError::Upload(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("it says it is {declared} bytes, over the {} allowed", self.limit),
            )),
            None => Ok(()),
        }
    }
}

pub(super) async fn upload(
    Acting(app): Acting,
    Extension(settings): Extension<Arc<UploadSettings>>,
    asked: Asked,
    headers: HeaderMap,
    multipart: Multipart,
) -> Result<Response, PageError> {
    settings.refuse_declared_over_limit(&headers)?;
    // Claimed before the body is read, so that a second upload costs nothing while one runs.
    let turn = app.import_turn()?;
    let mut page =
        ImportPage::new(asked.layout(crate::lang::words().get("import-title"), "import"));
    let dir = tempfile::tempdir().map_err(stored)?;
    let sent = uploads(multipart, dir.path(), settings.idle).await?;
    if sent.uploads.is_empty() {
        page.error = Some(page.layout.t("import-choose"));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let include_deleted = sent.checked.iter().any(|c| c == "include_deleted");
    page.outcomes =
        import_glue::import(&app, &turn, sent.uploads, &settings.limits, include_deleted).await?;
    Ok(page.into_response())
}

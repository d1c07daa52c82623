//! `/import`: upload activity files (FIT, GPX, TCX, also `.gz`) or an export ZIP. The body is
//! limited to `WebConfig::upload_limit` on this route only; the outcome of every file is shown
//! as the CLI prints it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use runwell_app::App;
use serde::Deserialize;

use super::import_glue::{self, FileOutcome, Upload};
use super::require_profile;
use crate::error::PageError;
use crate::views::{Layout, parse_day};

#[derive(Debug, Deserialize)]
pub(super) struct ImportQuery {
    today: Option<String>,
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

    fn skipped(&self) -> usize {
        self.outcomes.len() - self.imported()
    }
}

pub(super) async fn page(
    State(app): State<App>,
    Query(q): Query<ImportQuery>,
) -> Result<ImportPage, PageError> {
    let day = parse_day(q.today.as_deref())?;
    require_profile(&app).await?;
    Ok(ImportPage::new(Layout::new("Import", "import").day(day)))
}

/// Reads every file of the `files` field. A body over the limit ends here with 413.
async fn uploads(mut multipart: Multipart) -> Result<Vec<Upload>, PageError> {
    let mut uploads = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(PageError::Upload(e.status(), e.body_text())),
        };
        let Some(name) = field.file_name().map(str::to_owned) else { continue };
        let bytes =
            field.bytes().await.map_err(|e| PageError::Upload(e.status(), e.body_text()))?;
        if name.is_empty() && bytes.is_empty() {
            // A file input left empty still sends an empty part.
            continue;
        }
        uploads.push(Upload { name, bytes: bytes.to_vec() });
    }
    Ok(uploads)
}

pub(super) async fn upload(
    State(app): State<App>,
    Query(q): Query<ImportQuery>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let mut page = ImportPage::new(Layout::new("Import", "import").day(day));
    let files = uploads(multipart).await?;
    if files.is_empty() {
        page.error = Some("Choose at least one file to import.".to_owned());
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    page.outcomes = import_glue::import(&app, files).await?;
    Ok(page.into_response())
}

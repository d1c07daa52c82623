//! Whose record a request acts on. The layer in front of the routes (`auth.rs`) decides it —
//! on a runner's own machine the one runner's, in server mode the signed-in runner's own, or a
//! sharing runner's, read-only, under `/clinic/runners/{id}/` — and puts the [`App`] in the
//! request; every handler takes it with the [`Acting`] extractor, so no handler chooses a
//! runner itself. A request with none (a clinician asking for a runner's page of her own) is
//! "not found".

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use runwell_app::App;

use crate::error::PageError;

/// The app acting for the runner whose record this request reads or changes.
#[derive(Debug, Clone)]
pub(crate) struct Acting(pub(crate) App);

impl Acting {
    /// The app the request acts with, from its extensions.
    pub(crate) fn of(parts: &Parts) -> Result<App, PageError> {
        parts.extensions.get::<Acting>().map(|a| a.0.clone()).ok_or_else(|| {
            PageError::NotFound(
                "There is no runner's record here for this account. Clinicians find the runners \
                 who share with them on the clinic page."
                    .to_owned(),
            )
        })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Acting {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, PageError> {
        Acting::of(parts).map(Acting)
    }
}

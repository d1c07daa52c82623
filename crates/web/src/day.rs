//! The day a page answers for. Every page takes `?today=YYYY-MM-DD`, so that a whole visit can
//! be reproduced (the CLI's `--today`); these extractors read it once for every route.
//!
//! [`Asked`] is the day asked for, if any. A day outside the plausible range of
//! `runwell_domain::plausible` (1990 to next year) is refused: a page for the year 9999 would
//! only cost time. [`Today`] also resolves "no day asked" to today where the runner lives, which
//! needs the profile: a first visit without one is led to the setup page.

use axum::extract::{FromRequestParts, Query};
use axum::http::Uri;
use axum::http::request::Parts;
use runwell_domain::LocalDay;
use serde::Deserialize;

use crate::acting::Acting;
use crate::error::PageError;
use crate::views::Layout;

#[derive(Debug, Deserialize)]
struct DayQuery {
    today: Option<String>,
}

/// `?today=`, checked: the day asked for, or `None` for today.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Asked(pub(crate) Option<LocalDay>);

impl Asked {
    /// The page's frame, carrying the day on every link.
    pub(crate) fn layout(self, title: impl Into<String>, nav: &'static str) -> Layout {
        Layout::new(title, nav).day(self.0)
    }
}

/// Reads `?today=` from a request's address.
fn parse(uri: &Uri) -> Result<Option<LocalDay>, PageError> {
    let Query(DayQuery { today }) = Query::try_from_uri(uri).map_err(|_| {
        PageError::BadRequest(
            "The address's query cannot be read. Follow a link from the menu instead.".to_owned(),
        )
    })?;
    let Some(text) = today.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    LocalDay::parse(text)
        .and_then(|day| runwell_domain::plausible::day(day, runwell_app::utc_today()))
        .map(Some)
        .map_err(|e| PageError::BadRequest(e.to_string()))
}

impl<S: Send + Sync> FromRequestParts<S> for Asked {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, PageError> {
        parse(&parts.uri).map(Asked)
    }
}

/// The day a page answers for: the one asked for, or today where the runner lives.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Today {
    pub(crate) asked: Asked,
    pub(crate) day: LocalDay,
}

impl<S: Send + Sync> FromRequestParts<S> for Today {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        let asked = Asked::from_request_parts(parts, state).await?;
        let app = Acting::of(parts)?;
        // The profile is read even when a day is asked for: a first visit goes to the setup.
        let profile = app.profile().await?;
        let day = asked.0.unwrap_or_else(|| runwell_app::local_today(&profile));
        Ok(Today { asked, day })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_or_refused() {
        let check = |uri: &str, expected: Option<Option<&str>>| {
            let got = parse(&uri.parse().unwrap()).ok().map(|d| d.map(|d| d.to_string()));
            assert_eq!(got.as_ref().map(|d| d.as_deref()), expected, "{uri}");
        };
        check("/", Some(None));
        check("/?today=%20", Some(None));
        check("/log?logged=pain", Some(None));
        check("/?today=2026-03-14&logged=pain", Some(Some("2026-03-14")));
        check("/?today=1990-01-01", Some(Some("1990-01-01")));
        check("/?today=14/03/2026", None);
        check("/?today=1989-12-31", None);
        check("/?today=9999-12-31", None);
        check("/?today=0001-01-01", None);
    }
}

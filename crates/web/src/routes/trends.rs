//! `GET /trends`: the weeks at a glance (distance, morning pain, lights, new shoes) and the
//! training load over the last twelve weeks.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use runwell_app::App;
use serde::Deserialize;

use crate::charts::{LoadChart, WeeklyChart};
use crate::error::PageError;
use crate::views::{Layout, parse_day};

/// Weeks in the weekly chart here (Today shows fewer), and days of load.
pub(super) const TREND_WEEKS: u32 = 16;
const LOAD_DAYS: u32 = 84;

#[derive(Debug, Deserialize)]
pub(super) struct TrendsQuery {
    today: Option<String>,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "trends.html")]
pub(super) struct TrendsPage {
    layout: Layout,
    weekly: WeeklyChart,
    load: LoadChart,
}

pub(super) async fn page(
    State(app): State<App>,
    Query(q): Query<TrendsQuery>,
) -> Result<TrendsPage, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let weeks = app.trend(day, TREND_WEEKS).await?;
    let load = app.load_chart(day, LOAD_DAYS).await?;
    Ok(TrendsPage {
        layout: Layout::new("Trends", "trends").day(day),
        weekly: WeeklyChart::new("weekly", &weeks, false),
        load: LoadChart::new("load", &load),
    })
}

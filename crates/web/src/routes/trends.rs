//! `GET /trends`: the weeks at a glance (distance, morning pain, lights, new shoes) and the
//! training load over the last twelve weeks.

use askama::Template;
use askama_web::WebTemplate;

use crate::acting::Acting;
use crate::charts::{LoadChart, WeeklyChart};
use crate::day::Asked;
use crate::error::PageError;
use crate::views::Layout;

/// Weeks in the weekly chart here (Today shows fewer), and days of load.
pub(super) const TREND_WEEKS: u32 = 16;
const LOAD_DAYS: u32 = 84;

#[derive(Debug, Template, WebTemplate)]
#[template(path = "trends.html")]
pub(super) struct TrendsPage {
    layout: Layout,
    weekly: WeeklyChart,
    load: LoadChart,
}

pub(super) async fn page(Acting(app): Acting, asked: Asked) -> Result<TrendsPage, PageError> {
    let weeks = app.trend(asked.0, TREND_WEEKS).await?;
    let load = app.load_chart(asked.0, LOAD_DAYS).await?;
    let unit = app.distance_unit().await?;
    Ok(TrendsPage {
        layout: asked.layout(crate::lang::words().get("trends-title"), "trends"),
        weekly: WeeklyChart::new("weekly", &weeks, false, unit),
        load: LoadChart::new("load", &load),
    })
}

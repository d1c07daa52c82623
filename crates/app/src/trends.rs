//! The Trends page's data and Today's weekly chart: the weekly rows (distance, morning pain,
//! lights, shoes, NRS-1) and the load trend day by day (LOAD-2), each computed once per snapshot
//! because they ask the rules for every day they cover.

use std::sync::Arc;

use runwell_domain::diary::History;
use runwell_domain::trend::{self, WeekRow};
use runwell_domain::{LocalDay, Thresholds, load, plan};
use serde::Serialize;

use crate::cache::MemoKey;
use crate::{App, AppError, local_today};

/// The load trend on each of a run of days, for the acute and chronic lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LoadSeries {
    /// The last day of the series.
    pub day: LocalDay,
    /// Days of data up to `day` (LOAD-2 reads the ratio only from the 28th).
    pub days_of_data: i32,
    /// Days of data needed before the chart means anything (`Thresholds::ratio_min_days`).
    pub days_needed: i32,
    /// One point per day from the first day with load (or the window's start) to `day`; empty
    /// until `days_of_data` reaches `days_needed`.
    pub points: Vec<LoadPoint>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LoadPoint {
    pub day: LocalDay,
    /// LOAD-1 session load of the day (RPE × minutes).
    pub load: f64,
    /// LOAD-2: the 7-day EWMA.
    pub acute: f64,
    /// LOAD-2: the 28-day EWMA.
    pub chronic: f64,
}

/// The weekly rows up to a day.
#[derive(Debug, PartialEq, Eq, Hash)]
struct WeeksKey {
    day: LocalDay,
    weeks: u32,
}

impl MemoKey for WeeksKey {
    type Value = Vec<WeekRow>;
}

/// The load series up to a day.
#[derive(Debug, PartialEq, Eq, Hash)]
struct LoadKey {
    day: LocalDay,
    days: u32,
}

impl MemoKey for LoadKey {
    type Value = LoadSeries;
}

impl App {
    /// The last `weeks` training weeks up to `day`, computed once per snapshot: `runwell trend`,
    /// the Trends page and Today's chart.
    pub async fn trend(
        &self,
        day: Option<LocalDay>,
        weeks: u32,
    ) -> Result<Arc<Vec<WeekRow>>, AppError> {
        let snapshot = self.snapshot().await?;
        let day = day.unwrap_or_else(|| local_today(&snapshot.profile));
        Ok(snapshot.memo(WeeksKey { day, weeks }, || {
            trend::weekly_trend(
                &snapshot.history,
                &snapshot.profile,
                &snapshot.answers,
                day,
                weeks,
                &Thresholds::default(),
            )
        }))
    }

    /// The acute and chronic load (LOAD-2) on each of the last `days` days up to `day`, computed
    /// once per snapshot. The points are left out until 28 days of data exist.
    pub async fn load_chart(
        &self,
        day: Option<LocalDay>,
        days: u32,
    ) -> Result<Arc<LoadSeries>, AppError> {
        let snapshot = self.snapshot().await?;
        let day = day.unwrap_or_else(|| local_today(&snapshot.profile));
        let days = days.clamp(1, plan::MAX_WEEKS * 7);
        Ok(snapshot.memo(LoadKey { day, days }, || load_series(&snapshot.history, day, days)))
    }
}

fn load_series(history: &History, day: LocalDay, days: u32) -> LoadSeries {
    let t = Thresholds::default();
    let days_of_data = load::load_trend(history, day, &t).map_or(0, |l| l.days_of_data);
    let mut points = Vec::new();
    if days_of_data >= t.ratio_min_days {
        let span = i32::try_from(days).unwrap_or(1).min(days_of_data);
        let fallback = load::fallback_rpe(history, &t);
        for back in (0..span).rev() {
            let d = day.plus_days(-back);
            if let Some(trend) = load::load_trend(history, d, &t) {
                points.push(LoadPoint {
                    day: d,
                    load: load::day_load(history, d, fallback),
                    acute: trend.acute,
                    chronic: trend.chronic,
                });
            }
        }
    }
    LoadSeries { day, days_of_data, days_needed: t.ratio_min_days, points }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{app, day, run};

    #[tokio::test(flavor = "multi_thread")]
    async fn the_load_chart_waits_for_28_days_and_is_computed_once() {
        let (_dir, app) = app().await;
        let start = day("2026-02-01");
        for i in (0..27).step_by(3) {
            run(&app, start.plus_days(i).to_string(), 5).await;
        }
        let early = app.load_chart(Some(start.plus_days(26)), 84).await.unwrap();
        assert_eq!((early.days_of_data, early.days_needed), (27, 28));
        assert!(early.points.is_empty());
        let ready = app.load_chart(Some(start.plus_days(27)), 84).await.unwrap();
        assert_eq!(ready.points.len(), 28, "from the first day of data, not 84 days back");
        assert_eq!(ready.points[0].day, start);
        assert!((ready.points[0].load - 180.0).abs() < 1e-9, "5 × 36 min");
        let last = ready.points.last().unwrap();
        assert!(last.acute > 0.0 && last.chronic > 0.0);
        let again = app.load_chart(Some(start.plus_days(27)), 84).await.unwrap();
        assert!(Arc::ptr_eq(&ready, &again), "the same snapshot answers from the memo");
        run(&app, start.plus_days(27).to_string(), 6).await;
        let fresh = app.load_chart(Some(start.plus_days(27)), 84).await.unwrap();
        assert!(!Arc::ptr_eq(&ready, &fresh), "a write starts a new snapshot");
        assert!(fresh.points.last().unwrap().acute > last.acute);
        let weeks = app.trend(Some(start.plus_days(27)), 4).await.unwrap();
        assert_eq!(weeks.len(), 4);
        assert!(Arc::ptr_eq(&weeks, &app.trend(Some(start.plus_days(27)), 4).await.unwrap()));
    }
}

//! A run's samples as its page shows them: the splits (per kilometre, or per mile for a runner
//! who reads miles) and the chart's line, read
//! through one path, so that a damaged blob is said the same way to the terminal and the browser
//! and never hides the run's summary.

use runwell_domain::DistanceUnit;
use runwell_domain::streams::{self, RunSeries};
use runwell_store::StoreError;
use serde::Serialize;

use crate::{App, AppError};

/// One kilometre (or mile) of a run, for `runwell run ID` and the run page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SplitView {
    /// The split's number, counting from 1 (the JSON's splits are always kilometres).
    #[serde(rename = "km")]
    pub index: u32,
    pub distance_m: f64,
    pub duration_s: f64,
    /// Always per kilometre; [`RunSamples::unit`] says how to show it.
    pub pace_s_per_km: f64,
    pub avg_hr: Option<f64>,
    pub avg_cadence: Option<f64>,
}

/// What a run's samples give: nothing for a run without them (logged by hand, or a file
/// without samples), the splits and the chart's line, or why they cannot be read.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RunSamples {
    pub splits: Vec<SplitView>,
    /// Pace, heart rate and cadence along the distance, thinned for a chart.
    #[serde(skip)]
    pub chart: Option<RunSeries>,
    /// The samples are stored but damaged: what to do about it. The run itself is intact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// The unit of the splits: each is one of these long, the last one shorter.
    #[serde(skip)]
    pub unit: DistanceUnit,
}

impl SplitView {
    /// Whether this is a whole split (a shorter last one shows its own distance).
    pub fn is_whole(&self, unit: DistanceUnit) -> bool {
        self.distance_m >= unit.metres() - 0.5
    }
}

impl App {
    /// Run `id`'s splits per `unit` and its line in at most `max_points` points.
    pub async fn run_samples(
        &self,
        id: i64,
        max_points: usize,
        unit: DistanceUnit,
    ) -> Result<RunSamples, AppError> {
        let mut streams = match self.store().run_streams(self.runner, id).await {
            Ok(Some(streams)) => streams,
            Ok(None) => return Ok(RunSamples { unit, ..RunSamples::default() }),
            Err(e @ StoreError::DamagedStreams { .. }) => {
                let problem = Some(e.to_string());
                return Ok(RunSamples { problem, unit, ..RunSamples::default() });
            }
            Err(other) => return Err(other.into()),
        };
        // The import gives a file without a distance channel one from its positions; filling
        // here too costs nothing and keeps the splits and the chart on the same distances
        // whatever stored the blob.
        streams.fill_distance_from_positions();
        // One reading of the splits, in the runner's unit, for the list and the chart's table.
        let chart = streams::run_series(&streams, max_points, unit.metres());
        let without_chart;
        let raw = match &chart {
            Some(chart) => &chart.splits,
            None => {
                without_chart = streams.splits_every(unit.metres());
                &without_chart
            }
        };
        let splits = raw
            .iter()
            .map(|s| SplitView {
                index: s.index,
                distance_m: s.distance_m,
                duration_s: s.duration_s,
                pace_s_per_km: s.pace_s_per_km,
                avg_hr: s.avg_heart_rate_bpm,
                avg_cadence: s.avg_cadence_per_min,
            })
            .collect();
        Ok(RunSamples { splits, chart, problem: None, unit })
    }
}

#[cfg(test)]
mod tests {
    use runwell_import::corpus::{self, Run};

    use super::*;
    use crate::ImportLimits;
    use crate::test_support::app;

    #[tokio::test(flavor = "multi_thread")]
    async fn one_path_gives_the_splits_and_the_line_or_says_why_not() {
        let (dir, app) = app().await;
        let file = dir.path().join("run.fit");
        std::fs::write(&file, corpus::fit(&Run { start: 1_700_000_000, seconds: 900, seed: 3 }))
            .unwrap();
        let report =
            app.import_paths(vec![file], &ImportLimits::default(), false, |_| {}).await.unwrap();
        let id = report.files[0].run_ids[0];
        let samples = app.run_samples(id, 50, DistanceUnit::Km).await.unwrap();
        assert!(!samples.splits.is_empty() && samples.problem.is_none(), "{samples:?}");
        let chart = samples.chart.unwrap();
        assert!(!chart.points.is_empty() && chart.points.len() <= 51, "{}", chart.points.len());
        assert_eq!(chart.splits.len(), samples.splits.len(), "one reading for both");
        assert_eq!(
            app.run_samples(id + 1, 50, DistanceUnit::Km).await.unwrap(),
            RunSamples::default()
        );
        app.store().overwrite_streams_for_test(app.runner, id, 1, &[1, 7]).await.unwrap();
        let damaged = app.run_samples(id, 50, DistanceUnit::Km).await.unwrap();
        assert!(damaged.splits.is_empty() && damaged.chart.is_none());
        assert!(damaged.problem.unwrap().contains("re-import"));
        assert!(app.run(id).await.is_ok(), "the run's summary stays readable");
    }
}

//! The runs as both front ends show them. A [`RunView`] resolves a run's local start once, in
//! the runner's own zone (the day the rules count it on), with its pace and its title, so that
//! the runs list, the run page and the terminal can never show two different times. Views are
//! what the app returns; the store's rows stay inside it.

use runwell_domain::{DistanceUnit, DurationS, LocalDay, Rpe, RunnerZone, Sport, Surface};
use runwell_store::StoredRun;
use serde::Serialize;

use crate::{App, AppError};

/// Below this distance (m) a run has no pace worth showing.
const PACE_MIN_DISTANCE_M: f64 = 50.0;

/// One run, ready to show. The serialised form is `runwell runs --json`'s, which scripts read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunView {
    pub id: i64,
    /// The start in UTC (RFC 3339).
    pub start: String,
    pub sport: Sport,
    pub distance_m: f64,
    pub moving_s: Option<f64>,
    pub elapsed_s: f64,
    pub ascent_m: Option<f64>,
    pub avg_hr: Option<u16>,
    pub avg_cadence_spm: Option<f64>,
    /// Median steps/min over the run's running stretches, from its samples (CAD-1).
    pub cadence_median_spm: Option<f64>,
    pub device: Option<String>,
    /// `manual`, or the file the run came from.
    pub source: String,
    pub rpe: Option<Rpe>,
    pub surface: Option<Surface>,
    pub shoe: Option<String>,
    /// The run's own name: an export's (Strava's "Morning Run") or the runner's.
    pub name: Option<String>,
    pub note: Option<String>,
    /// The local day and time of the start, where the runner lives.
    #[serde(skip)]
    pub day: LocalDay,
    /// `HH:MM`.
    #[serde(skip)]
    pub time: String,
    /// The name, or "Trail run on Fri 20 Nov 2026" for a run without one.
    #[serde(skip)]
    pub title: String,
    /// The time the run counts: moving time where known, else elapsed.
    #[serde(skip)]
    pub duration: DurationS,
    /// Seconds per km over that time; `None` for a run too short to have one, and for a ride
    /// or a swim, whose pace is not a running pace.
    #[serde(skip)]
    pub pace_s_per_km: Option<f64>,
    #[serde(skip)]
    pub descent_m: Option<f64>,
    #[serde(skip)]
    pub max_hr: Option<u16>,
    /// The gear name the file gave.
    #[serde(skip)]
    pub gear_name: Option<String>,
    /// The file ended early or had a damaged part; what could be read is kept.
    #[serde(skip)]
    pub partial: bool,
    /// The unit the runner reads distances and paces in (the JSON stays metric).
    #[serde(skip)]
    pub unit: DistanceUnit,
}

/// "trail run".
fn sport_words(sport: Sport) -> String {
    sport.id().replace('_', " ")
}

impl RunView {
    pub(crate) fn new(r: &StoredRun, zone: &RunnerZone, unit: DistanceUnit) -> Self {
        let start = jiff::Timestamp::from_second(r.run.start_utc).unwrap_or_default();
        let local = zone.tz().to_datetime(start);
        let day = LocalDay::new(local.date());
        let sport = r.run.sport.unwrap_or(Sport::Run);
        let duration =
            DurationS::new(r.run.moving_s.unwrap_or(r.run.elapsed_s)).unwrap_or_default();
        let mut title = sport_words(sport);
        if let Some(first) = title.get(..1) {
            title =
                format!("{}{} on {}", first.to_uppercase(), &title[1..], day.weekday_date_year());
        }
        let name = r.run.title.clone().filter(|t| !t.trim().is_empty());
        if let Some(name) = &name {
            title.clone_from(name);
        }
        Self {
            id: r.id,
            start: start.to_string(),
            sport,
            distance_m: r.run.distance_m,
            moving_s: r.run.moving_s,
            elapsed_s: r.run.elapsed_s,
            ascent_m: r.run.ascent_m,
            avg_hr: r.run.avg_hr,
            avg_cadence_spm: r.run.avg_cadence_spm,
            cadence_median_spm: r.run.cadence_median_spm,
            device: r.run.device.clone(),
            source: r.run.source.clone(),
            rpe: r.run.rpe,
            surface: r.run.surface,
            shoe: r.shoe.clone(),
            name,
            note: r.run.note.clone(),
            day,
            time: format!("{:02}:{:02}", local.hour(), local.minute()),
            title,
            duration,
            pace_s_per_km: (r.run.distance_m > PACE_MIN_DISTANCE_M && sport.is_running())
                .then(|| duration.get() / (r.run.distance_m / 1000.0)),
            descent_m: r.run.descent_m,
            max_hr: r.run.max_hr,
            gear_name: r.run.gear_name.clone(),
            partial: r.run.partial,
            unit,
        }
    }

    /// "trail run".
    pub fn sport_words(&self) -> String {
        sport_words(self.sport)
    }

    /// "Sat 28 Nov · 8.40 km": the run as the runner knows it, where an id would mean nothing.
    pub fn short_text(&self) -> String {
        format!("{} \u{b7} {}", self.day.weekday_date(), self.distance_text())
    }

    /// "8.40 km", or "5.22 mi" for a runner who reads miles.
    pub fn distance_text(&self) -> String {
        self.unit.show(self.distance_m)
    }

    /// "48:10" or "1:02:03".
    pub fn duration_text(&self) -> String {
        self.duration.to_string()
    }

    /// "5:44 /km" (or "/mi"), or "–" for a run too short, or a sport, to have a pace.
    pub fn pace_text(&self) -> String {
        match self.pace_s_per_km {
            Some(pace) => {
                let per_unit = pace * self.unit.metres() / 1000.0;
                format!("{} /{}", DurationS::new(per_unit).unwrap_or_default(), self.unit.id())
            }
            None => "–".to_owned(),
        }
    }

    /// "1:02:03", the elapsed time, pauses included.
    pub fn elapsed_text(&self) -> String {
        DurationS::new(self.elapsed_s).unwrap_or_default().to_string()
    }
}

impl App {
    /// The runner's runs on or after `since` (a local day), oldest first.
    pub async fn runs(&self, since: Option<LocalDay>) -> Result<Vec<RunView>, AppError> {
        let snapshot = self.snapshot().await?;
        Ok(snapshot
            .runs()
            .await?
            .iter()
            .filter(|r| since.is_none_or(|day| r.day >= day))
            .cloned()
            .collect())
    }

    /// One page of the runs list, newest first, with the total count: served from the cached
    /// snapshot, copying only the page.
    pub async fn runs_page(
        &self,
        offset: usize,
        limit: usize,
    ) -> Result<(usize, Vec<RunView>), AppError> {
        let snapshot = self.snapshot().await?;
        let runs = snapshot.runs().await?;
        Ok((runs.len(), runs.iter().rev().skip(offset).take(limit).cloned().collect()))
    }

    pub async fn run(&self, id: i64) -> Result<RunView, AppError> {
        let snapshot = self.snapshot().await?;
        let runs = snapshot.runs().await?;
        runs.iter().find(|r| r.id == id).cloned().ok_or(AppError::NoSuchRun(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RunInput;
    use crate::test_support::app;

    #[tokio::test(flavor = "multi_thread")]
    async fn the_list_and_the_page_show_one_local_start() {
        let (_dir, app) = app().await;
        let input = |date: &str, km: &str| RunInput {
            date: date.into(),
            time: Some("07:05".into()),
            distance_km: km.into(),
            duration: "47:30".into(),
            ..RunInput::default()
        };
        // Summer time in London: 07:05 local is 06:05 UTC.
        let logged = app.log_run(&input("2026-07-01", "8,5")).await.unwrap();
        assert_eq!((logged.day.to_string(), logged.time.as_str()), ("2026-07-01".into(), "07:05"));
        assert_eq!(logged.start, "2026-07-01T06:05:00Z");
        assert_eq!(logged.title, "Run on Wed 1 Jul 2026");
        assert_eq!(
            (logged.distance_text(), logged.duration_text(), logged.pace_text()),
            ("8.50 km".into(), "47:30".into(), "5:35 /km".into())
        );
        // Short enough to be doubted, so confirmed as right.
        let short = RunInput { force: true, ..input("2026-07-02", "0,04") };
        let short = app.log_run(&short).await.unwrap();
        assert_eq!(short.pace_text(), "–");
        assert_eq!(app.run(logged.id).await.unwrap(), logged);
        let (total, page) = app.runs_page(0, 1).await.unwrap();
        assert_eq!((total, page), (2, vec![short.clone()]), "newest first");
        assert_eq!(app.runs(LocalDay::parse("2026-07-02").ok()).await.unwrap(), vec![short]);
        assert!(matches!(app.run(99).await, Err(AppError::NoSuchRun(99))));
    }
}

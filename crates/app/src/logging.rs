//! Logging runs and pain, and editing a run: every value is checked before anything is stored.

use runwell_domain::diary::{PainEntry, PainMoment};
use runwell_domain::{DistanceM, DomainError, DurationS, LocalDay, PainScore, Rpe, Surface};
use runwell_store::{NewRun, RunEdit, StoredRun};

use crate::{App, AppError};

/// A run as a runner types it.
#[derive(Debug, Clone, Default)]
pub struct RunInput {
    pub date: String,
    /// `HH:MM`, local time; noon when not given.
    pub time: Option<String>,
    pub distance_km: f64,
    /// `MM:SS` or `H:MM:SS`.
    pub duration: String,
    pub rpe: Option<i64>,
    pub surface: Option<String>,
    pub shoe: Option<String>,
    pub note: Option<String>,
}

/// A pain entry as a runner types it.
#[derive(Debug, Clone, Default)]
pub struct PainInput {
    pub date: String,
    pub when: String,
    pub score: i64,
    pub side: Option<String>,
    pub region: Option<String>,
    pub character: Option<String>,
    pub limits_daily_life: bool,
    pub run: Option<i64>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct RunEditInput {
    pub rpe: Option<i64>,
    pub surface: Option<String>,
    pub shoe: Option<String>,
    pub note: Option<String>,
}

fn parse_time(text: &str) -> Result<jiff::civil::Time, DomainError> {
    let bad =
        || DomainError::Value(format!("{text:?} is not a time of day: use HH:MM, e.g. 07:30"));
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let (h, m) = (h.parse::<i8>().map_err(|_| bad())?, m.parse::<i8>().map_err(|_| bad())?);
    jiff::civil::Time::new(h, m, 0, 0).map_err(|_| bad())
}

/// DATA-9: entries dated after today where the runner lives are refused at entry.
fn refuse_future(day: LocalDay, profile: &runwell_domain::Profile) -> Result<(), AppError> {
    let today = crate::local_today(profile);
    if day > today { Err(AppError::FutureDate { day, today }) } else { Ok(()) }
}

fn clean_note(note: Option<&String>) -> Option<String> {
    note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty())
}

impl App {
    /// Logs a run by hand. The date and time are the runner's local ones.
    pub async fn log_run(&self, input: &RunInput) -> Result<StoredRun, AppError> {
        let profile = self.profile().await?;
        let day = LocalDay::parse(&input.date)?;
        refuse_future(day, &profile)?;
        let time = input
            .time
            .as_deref()
            .map(parse_time)
            .transpose()?
            .unwrap_or(jiff::civil::time(12, 0, 0, 0));
        if input.distance_km.is_nan() || input.distance_km <= 0.0 {
            return Err(DomainError::Value(format!(
                "a run's distance is in kilometres and more than 0 (e.g. 8.5); got {}",
                input.distance_km
            ))
            .into());
        }
        let distance = DistanceM::from_km(input.distance_km)?;
        let duration = DurationS::parse_clock(&input.duration)?;
        if duration.get() <= 0.0 {
            return Err(DomainError::Duration("0: a run lasts more than no time".into()).into());
        }
        let rpe = input.rpe.map(Rpe::new).transpose()?;
        let surface = match input.surface.as_deref().map(str::parse::<Surface>).transpose()? {
            Some(surface) => Some(surface),
            None => self.default_surface().await?,
        };
        let zoned = day
            .date()
            .to_datetime(time)
            .to_zoned_datetime(profile.time_zone.tz().clone())
            .map_err(|e| {
                DomainError::Value(format!("{day} {time} does not exist in your time zone: {e}"))
            })?;
        let shoe_id = match input.shoe.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(name) => Some(self.store().shoe_id(name).await?),
            // New runs get the default shoe (SHOE-1 counts its kilometres).
            None => self.store().default_shoe().await?,
        };
        let run = NewRun {
            start_utc: zoned.timestamp().as_second(),
            utc_offset_s: Some(zoned.offset().seconds()),
            sport: Some(runwell_domain::Sport::Run),
            distance_m: distance.get(),
            moving_s: Some(duration.get()),
            elapsed_s: duration.get(),
            rpe,
            surface,
            shoe_id,
            note: clean_note(input.note.as_ref()),
            source: "manual".to_owned(),
            ..NewRun::default()
        };
        let id = self.store().insert_run(&run).await?;
        self.run(id).await
    }

    /// The runner's runs on or after `since` (a local day), oldest first, with the profile used
    /// to place them.
    pub async fn runs(
        &self,
        since: Option<LocalDay>,
    ) -> Result<(runwell_domain::Profile, Vec<StoredRun>), AppError> {
        let snapshot = self.snapshot().await?;
        let zone = &snapshot.profile.time_zone;
        let day_of = |r: &StoredRun| {
            zone.day_of(jiff::Timestamp::from_second(r.run.start_utc).unwrap_or_default())
        };
        let runs = snapshot
            .runs
            .iter()
            .filter(|r| since.is_none_or(|day| day_of(r) >= day))
            .cloned()
            .collect();
        Ok((snapshot.profile.clone(), runs))
    }

    /// One page of the runs list, newest first, with the total count: served from the cached
    /// snapshot, copying only the page.
    pub async fn runs_page(
        &self,
        offset: usize,
        limit: usize,
    ) -> Result<(runwell_domain::Profile, usize, Vec<StoredRun>), AppError> {
        let snapshot = self.snapshot().await?;
        let page = snapshot.runs.iter().rev().skip(offset).take(limit).cloned().collect();
        Ok((snapshot.profile.clone(), snapshot.runs.len(), page))
    }

    pub async fn run(&self, id: i64) -> Result<StoredRun, AppError> {
        self.store().run(id).await?.ok_or_else(|| AppError::NoSuchRun(id))
    }

    /// Changes an existing run's effort, surface, shoe or note.
    pub async fn edit_run(&self, id: i64, input: &RunEditInput) -> Result<StoredRun, AppError> {
        let rpe = input.rpe.map(Rpe::new).transpose()?;
        let surface = input.surface.as_deref().map(str::parse::<Surface>).transpose()?;
        if self.store().run(id).await?.is_none() {
            return Err(AppError::NoSuchRun(id));
        }
        let shoe_id = match input.shoe.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(name) => Some(self.store().shoe_id(name).await?),
            None => None,
        };
        let edit = RunEdit { rpe, surface, shoe_id, note: clean_note(input.note.as_ref()) };
        self.store().edit_run(id, &edit).await?;
        self.run(id).await
    }

    /// Logs a pain entry.
    pub async fn log_pain(&self, input: &PainInput) -> Result<PainEntry, AppError> {
        let mut entry = PainEntry {
            id: 0,
            day: LocalDay::parse(&input.date)?,
            moment: input.when.parse::<PainMoment>()?,
            score: PainScore::new(input.score)?,
            side: input.side.as_deref().map(str::parse).transpose()?,
            region: input.region.as_deref().map(str::parse).transpose()?,
            character: input.character.as_deref().map(str::parse).transpose()?,
            limits_daily_life: input.limits_daily_life,
            run_id: input.run,
            note: clean_note(input.note.as_ref()),
        };
        refuse_future(entry.day, &self.profile().await?)?;
        if let Some(run) = input.run
            && self.store().run(run).await?.is_none()
        {
            return Err(AppError::NoSuchRun(run));
        }
        entry.id = self.store().insert_pain(&entry).await?;
        // A morning entry can settle a session's verdict (PROG-2).
        if entry.moment == PainMoment::Morning {
            self.update_levels(entry.day).await?;
        }
        Ok(entry)
    }
}

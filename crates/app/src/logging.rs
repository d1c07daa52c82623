//! Logging runs and pain, and editing a run: every value is checked before anything is stored,
//! and every field that cannot be used is said at once (`input.rs`).

use runwell_domain::diary::{PainEntry, PainMoment};
use runwell_domain::{
    DistanceM, DomainError, DurationS, LocalDay, PainScore, Profile, Rpe, Surface,
};
use runwell_store::{NewRun, RunEdit};

use crate::input::{Fields, given, not_after, positive, whole};
use crate::{App, AppError, RunView, local_today};

/// A run as a runner types it: every field as text, checked by [`App::log_run`].
#[derive(Debug, Clone, Default)]
pub struct RunInput {
    pub date: String,
    /// `HH:MM`, local time; noon when not given.
    pub time: Option<String>,
    /// Kilometres, with a point or a comma.
    pub distance_km: String,
    /// `MM:SS` or `H:MM:SS`.
    pub duration: String,
    /// Effort, 0–10.
    pub rpe: Option<String>,
    pub surface: Option<String>,
    pub shoe: Option<String>,
    pub note: Option<String>,
}

/// A pain entry as a runner types it.
#[derive(Debug, Clone, Default)]
pub struct PainInput {
    pub date: String,
    pub when: String,
    /// 0–10.
    pub score: String,
    pub side: Option<String>,
    pub region: Option<String>,
    pub character: Option<String>,
    pub limits_daily_life: bool,
    /// The run the pain belongs to, by number.
    pub run: Option<String>,
    pub note: Option<String>,
}

/// What may change on a stored run; a field left empty keeps what the run has.
#[derive(Debug, Clone, Default)]
pub struct RunEditInput {
    pub rpe: Option<String>,
    pub surface: Option<String>,
    pub shoe: Option<String>,
    pub note: Option<String>,
}

fn parse_time(text: &str) -> Result<jiff::civil::Time, DomainError> {
    let bad =
        || DomainError::Value(format!("{text:?} is not a time of day: use HH:MM, e.g. 07:30"));
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    if m.len() != 2 {
        return Err(bad());
    }
    let (h, m) = (h.parse::<i8>().map_err(|_| bad())?, m.parse::<i8>().map_err(|_| bad())?);
    jiff::civil::Time::new(h, m, 0, 0).map_err(|_| bad())
}

fn clean_note(note: Option<&String>) -> Option<String> {
    note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty())
}

fn shoe_name(shoe: Option<&String>) -> Option<&str> {
    given(shoe.map(String::as_str))
}

/// A run as checked: everything but the shoe, which needs the store.
struct CheckedRun {
    start: jiff::ZonedDateTime,
    distance: DistanceM,
    duration: DurationS,
    rpe: Option<Rpe>,
    surface: Option<Surface>,
}

impl RunInput {
    /// Every field checked against what is allowed, with the runner's zone and today.
    fn check(&self, profile: &Profile, today: LocalDay) -> Result<CheckedRun, AppError> {
        let mut f = Fields::default();
        let day = f.check("date", LocalDay::parse(&self.date).and_then(|d| not_after(d, today)));
        let time = f.optional("time", self.time.as_deref(), parse_time);
        let distance = f.check(
            "distance_km",
            positive(
                &self.distance_km,
                "a run's distance is in kilometres and more than 0, e.g. 8.5",
            )
            .and_then(DistanceM::from_km),
        );
        let duration = f.check(
            "duration",
            DurationS::parse_clock(&self.duration).and_then(|d| {
                if d.get() > 0.0 {
                    Ok(d)
                } else {
                    Err(DomainError::Duration("0: a run lasts more than no time".into()))
                }
            }),
        );
        let rpe = f.optional("rpe", self.rpe.as_deref(), str::parse::<Rpe>);
        let surface = f.optional("surface", self.surface.as_deref(), str::parse::<Surface>);
        let start = match (day, &time) {
            (Some(day), Some(time)) => {
                let time = time.unwrap_or(jiff::civil::time(12, 0, 0, 0));
                let zoned = day
                    .date()
                    .to_datetime(time)
                    .to_zoned_datetime(profile.time_zone.tz().clone())
                    .map_err(|e| {
                        DomainError::Value(format!(
                            "{day} {time} does not exist in your time zone: {e}"
                        ))
                    });
                f.check("time", zoned)
            }
            _ => None,
        };
        f.finish()?;
        match (start, distance, duration, rpe, surface) {
            (Some(start), Some(distance), Some(duration), Some(rpe), Some(surface)) => {
                Ok(CheckedRun { start, distance, duration, rpe, surface })
            }
            // `finish` has refused any field that is missing here.
            _ => Err(AppError::invalid("form", "the run could not be read")),
        }
    }
}

impl PainInput {
    /// Every field checked but the run it names, which needs the store.
    fn check(&self, today: LocalDay) -> Result<PainEntry, AppError> {
        let mut f = Fields::default();
        let day = f.check("date", LocalDay::parse(&self.date).and_then(|d| not_after(d, today)));
        let moment = f.check("when", self.when.parse::<PainMoment>());
        let score = match given(Some(&self.score)) {
            None => {
                f.refuse("score", "choose how much it hurts, from 0 (no pain) to 10");
                None
            }
            Some(text) => f.check("score", text.parse::<PainScore>()),
        };
        let side = f.optional("side", self.side.as_deref(), str::parse);
        let region = f.optional("region", self.region.as_deref(), str::parse);
        let character = f.optional("character", self.character.as_deref(), str::parse);
        let run = f.optional("run", self.run.as_deref(), |t| whole(t, "a run's number"));
        f.finish()?;
        match (day, moment, score, side, region, character, run) {
            (
                Some(day),
                Some(moment),
                Some(score),
                Some(side),
                Some(region),
                Some(character),
                Some(run_id),
            ) => Ok(PainEntry {
                id: 0,
                day,
                moment,
                score,
                side,
                region,
                character,
                limits_daily_life: self.limits_daily_life,
                run_id,
                note: clean_note(self.note.as_ref()),
            }),
            _ => Err(AppError::invalid("form", "the pain entry could not be read")),
        }
    }

    /// The fields checked without a database, so that a command can refuse a wrong entry
    /// before it opens (or creates) one: everything but "after today" and the run's number.
    pub fn check_form(&self) -> Result<(), AppError> {
        self.check(LocalDay::new(jiff::civil::date(9999, 12, 31))).map(|_| ())
    }
}

impl App {
    /// Logs a run by hand. The date and time are the runner's local ones.
    pub async fn log_run(&self, input: &RunInput) -> Result<RunView, AppError> {
        let profile = self.profile().await?;
        let run = input.check(&profile, local_today(&profile))?;
        let surface = match run.surface {
            Some(surface) => Some(surface),
            None => self.default_surface().await?,
        };
        let shoe = shoe_name(input.shoe.as_ref());
        // New runs get the default shoe (SHOE-1 counts its kilometres).
        let default_shoe = match shoe {
            Some(_) => None,
            None => self.store().default_shoe().await?,
        };
        let new = NewRun {
            start_utc: run.start.timestamp().as_second(),
            utc_offset_s: Some(run.start.offset().seconds()),
            sport: Some(runwell_domain::Sport::Run),
            distance_m: run.distance.get(),
            moving_s: Some(run.duration.get()),
            elapsed_s: run.duration.get(),
            rpe: run.rpe,
            surface,
            shoe_id: default_shoe,
            note: clean_note(input.note.as_ref()),
            source: "manual".to_owned(),
            ..NewRun::default()
        };
        let id = self.store().insert_run(&new, shoe).await?;
        self.run(id).await
    }

    /// Changes an existing run's effort, surface, shoe or note.
    pub async fn edit_run(&self, id: i64, input: &RunEditInput) -> Result<RunView, AppError> {
        let mut f = Fields::default();
        let rpe = f.optional("rpe", input.rpe.as_deref(), str::parse::<Rpe>);
        let surface = f.optional("surface", input.surface.as_deref(), str::parse::<Surface>);
        f.finish()?;
        let edit = RunEdit {
            rpe: rpe.flatten(),
            surface: surface.flatten(),
            shoe: shoe_name(input.shoe.as_ref()).map(str::to_owned),
            note: clean_note(input.note.as_ref()),
        };
        if !self.store().edit_run(id, &edit).await? {
            return Err(AppError::NoSuchRun(id));
        }
        self.run(id).await
    }

    /// Logs a pain entry.
    pub async fn log_pain(&self, input: &PainInput) -> Result<PainEntry, AppError> {
        let profile = self.profile().await?;
        let mut entry = input.check(local_today(&profile))?;
        if let Some(run) = entry.run_id
            && self.store().run(run).await?.is_none()
        {
            return Err(AppError::invalid(
                "run",
                format!("there is no run with id {run}: leave it out, or choose one of your runs"),
            ));
        }
        entry.id = self.store().insert_pain(&entry).await?;
        // A morning entry can settle a session's verdict (PROG-2).
        if entry.moment == PainMoment::Morning {
            self.update_levels(entry.day).await?;
        }
        Ok(entry)
    }
}

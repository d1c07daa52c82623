//! Logging runs and pain: every value is checked before anything is stored, and every field
//! that cannot be used is said at once (`input.rs`). The same checks hold for an edit
//! (`records.rs`).

use runwell_domain::diary::{PainEntry, PainMoment};
use runwell_domain::{
    DistanceM, DistanceUnit, DomainError, DurationS, LocalDay, PainScore, Profile, Rpe, Sport,
    Surface, plausible,
};
use runwell_store::NewRun;

use runwell_domain::text::{Arg, Text};

use crate::input::{Fields, Refused, clock, day_up_to, given, positive_as, refused, whole};
use crate::{App, AppError, RunView, local_today};

/// A run as a runner types it: every field as text, checked by [`App::log_run`] and
/// [`App::edit_run`]. For an edit every field is written, so a field left empty is cleared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunInput {
    /// `YYYY-MM-DD`; today where the runner lives when empty.
    pub date: String,
    /// `HH:MM`, local time; noon when not given.
    pub time: Option<String>,
    /// The sport's id (`run`, `trail_run`, `ride`…); a run when not given.
    pub sport: Option<String>,
    /// Kilometres (miles when `miles`), with a point or a comma.
    pub distance_km: String,
    /// The distance is typed in miles: the runner reads miles (a profile setting).
    pub miles: bool,
    /// The moving time, `MM:SS` or `H:MM:SS`.
    pub duration: String,
    /// The elapsed time, pauses included; the moving time when not given.
    pub elapsed: Option<String>,
    /// Effort, 0–10.
    pub rpe: Option<String>,
    pub surface: Option<String>,
    pub shoe: Option<String>,
    /// The run's name, e.g. "Parkrun".
    pub title: Option<String>,
    pub note: Option<String>,
    /// Keeps values that look wrong (a pace faster than 2:00 /km…) after the runner confirmed
    /// them: `--force`, or "Yes, this is right".
    pub force: bool,
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

fn parse_time(text: &str) -> Result<jiff::civil::Time, Refused> {
    let bad = || {
        Refused::from(
            Text::new("form-refused-time-of-day").with("got", Arg::Verbatim(format!("{text:?}"))),
        )
    };
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    if m.len() != 2 {
        return Err(bad());
    }
    let (h, m) = (h.parse::<i8>().map_err(|_| bad())?, m.parse::<i8>().map_err(|_| bad())?);
    jiff::civil::Time::new(h, m, 0, 0).map_err(|_| bad())
}

pub(crate) fn clean_note(note: Option<&String>) -> Option<String> {
    note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty())
}

pub(crate) fn shoe_name(shoe: Option<&String>) -> Option<&str> {
    given(shoe.map(String::as_str))
}

/// A run as checked: everything but the shoe, which needs the store.
pub(crate) struct CheckedRun {
    pub(crate) start: jiff::ZonedDateTime,
    pub(crate) sport: Sport,
    pub(crate) distance: DistanceM,
    pub(crate) moving: DurationS,
    pub(crate) elapsed: DurationS,
    pub(crate) rpe: Option<Rpe>,
    pub(crate) surface: Option<Surface>,
}

/// A run's time as typed: more than no time, in the form the runner is told.
fn run_time(text: &str) -> Result<DurationS, Refused> {
    let d = clock(text)?;
    if d.get() > 0.0 {
        Ok(plausible::duration_s(d.get())?)
    } else {
        Err(Text::new("form-refused-no-time").into())
    }
}

/// The day typed, or today when the field was left empty (`log run` without `--date`).
fn day_or_today(text: &str, today: LocalDay) -> Result<LocalDay, Refused> {
    match given(Some(text)) {
        None => Ok(today),
        Some(text) => day_up_to(text, today),
    }
}

impl RunInput {
    /// Every field checked against what is allowed, with the runner's zone and today: the
    /// plausibility rules every run meets, and the doubts a run typed by hand must be
    /// confirmed past (`plausible::entered_run`).
    pub(crate) fn check(&self, profile: &Profile, today: LocalDay) -> Result<CheckedRun, AppError> {
        let mut f = Fields::default();
        let day = f.check("date", day_or_today(&self.date, today));
        let time = f.optional("time", self.time.as_deref(), parse_time);
        let sport = f.optional("sport", self.sport.as_deref(), str::parse::<Sport>);
        let distance = f.check(
            "distance_km",
            positive_as(
                &self.distance_km,
                if self.miles { "form-refused-distance-mi" } else { "form-refused-distance-km" },
            )
            .and_then(|n| {
                let unit = if self.miles { DistanceUnit::Mi } else { DistanceUnit::Km };
                Ok(plausible::distance_m(n * unit.metres())?)
            }),
        );
        let moving = match given(Some(&self.duration)) {
            None => {
                f.refuse("duration", Text::new("form-refused-duration-missing"));
                None
            }
            Some(text) => f.check("duration", run_time(text)),
        };
        let elapsed = f.optional("elapsed", self.elapsed.as_deref(), run_time);
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
        if let (Some(moving), Some(Some(elapsed))) = (moving, elapsed)
            && elapsed.get() < moving.get()
        {
            f.refuse("elapsed", Text::new("form-refused-elapsed-shorter"));
        }
        let sport = sport.map(|s| s.unwrap_or(Sport::Run));
        if let (Some(sport), Some(distance), Some(moving)) = (sport, distance, moving)
            && !self.force
        {
            let unit = if self.miles { DistanceUnit::Mi } else { DistanceUnit::Km };
            let doubts = plausible::entered_run(sport, distance, moving, unit);
            for doubt in &doubts {
                f.refuse(doubt.field, doubt.text.clone());
            }
            if !doubts.is_empty() {
                // The reason beside "Yes, this is right", the same in both front ends.
                f.refuse("force", Text::new("form-refused-confirm"));
            }
        }
        f.finish()?;
        match (start, sport, distance, moving, elapsed, rpe, surface) {
            (
                Some(start),
                Some(sport),
                Some(distance),
                Some(moving),
                Some(elapsed),
                Some(rpe),
                Some(surface),
            ) => Ok(CheckedRun {
                start,
                sport,
                distance,
                moving,
                elapsed: elapsed.unwrap_or(moving),
                rpe,
                surface,
            }),
            // `finish` has refused any field that is missing here.
            _ => Err(AppError::invalid("form", "the run could not be read")),
        }
    }
}

impl PainInput {
    /// Every field checked but the run it names, which needs the store.
    pub(crate) fn check(&self, today: LocalDay) -> Result<PainEntry, AppError> {
        let mut f = Fields::default();
        let day = f.check("date", day_or_today(&self.date, today));
        let moment = f.check("when", self.when.parse::<PainMoment>());
        let score = match given(Some(&self.score)) {
            None => {
                f.refuse("score", Text::new("form-refused-score-missing"));
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
            None => self.store().default_shoe(self.runner).await?,
        };
        let new = NewRun {
            start_utc: run.start.timestamp().as_second(),
            utc_offset_s: Some(run.start.offset().seconds()),
            sport: Some(run.sport),
            distance_m: run.distance.get(),
            moving_s: Some(run.moving.get()),
            elapsed_s: run.elapsed.get(),
            rpe: run.rpe,
            surface,
            shoe_id: default_shoe,
            title: clean_note(input.title.as_ref()),
            note: clean_note(input.note.as_ref()),
            source: "manual".to_owned(),
            ..NewRun::default()
        };
        let id = self.store().insert_run(self.runner, &new, shoe).await?;
        self.run(id).await
    }

    /// Logs a pain entry.
    pub async fn log_pain(&self, input: &PainInput) -> Result<PainEntry, AppError> {
        let mut entry = self.checked_pain(input).await?;
        entry.id = self.store().insert_pain(self.runner, &entry).await?;
        // A morning entry can settle a session's verdict (PROG-2).
        if entry.moment == PainMoment::Morning {
            self.update_levels(entry.day).await?;
        }
        Ok(entry)
    }

    /// A pain entry checked, the run it names included (its `id` is 0).
    pub(crate) async fn checked_pain(&self, input: &PainInput) -> Result<PainEntry, AppError> {
        let profile = self.profile().await?;
        let entry = input.check(local_today(&profile))?;
        if let Some(run) = entry.run_id
            && self.store().run(self.runner, run).await?.is_none()
        {
            let text = Text::new("form-refused-no-run").with("id", Arg::Verbatim(run.to_string()));
            return Err(refused("run", text));
        }
        Ok(entry)
    }
}

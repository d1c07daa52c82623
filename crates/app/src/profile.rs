use runwell_domain::text::Text;
use runwell_domain::{
    DistanceUnit, DomainError, HeartRate, Profile, ProfileWarning, RunnerZone, Sex, ShoeThresholds,
    WeekdaySet,
};
use serde::Serialize;

use crate::input::{Fields, Refused, positive_as};
use crate::settings::DISTANCE_UNIT;
use crate::{App, AppError};

/// What a runner gives to set up their profile, as text from a form or the command line.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub time_zone: String,
    pub run_days: String,
    pub strength_days: String,
    /// Beats per minute.
    pub hr_rest: Option<String>,
    pub hr_max: Option<String>,
    pub sex: Option<String>,
    /// The longest single run of the last month in km, when given (SPIKE-1, DATA-5).
    pub recent_longest_km: Option<String>,
    /// `km` or `mi`: how distances are shown and typed; kept as it is when not given.
    pub distance_unit: Option<String>,
}

/// A saved profile and what the runner should know about their choices.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileSaved {
    pub profile: Profile,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    pub rule: Option<&'static str>,
    pub message: String,
}

impl From<ProfileWarning> for Warning {
    fn from(w: ProfileWarning) -> Self {
        Self { rule: w.rule(), message: w.message() }
    }
}

/// A heart rate typed in beats per minute.
fn heart_rate(text: &str) -> Result<HeartRate, DomainError> {
    text.trim()
        .parse::<i64>()
        .map_err(|_| DomainError::HeartRate(format!("{:?}", text.trim())))
        .and_then(HeartRate::new)
}

impl ProfileInput {
    /// Checks every field, so that nothing is stored unless all of it is valid; every field
    /// that cannot be used is said at once. The longest recent run comes back in km.
    pub fn parse(&self) -> Result<(Profile, Vec<Warning>), AppError> {
        self.checked().map(|c| (c.profile, c.warnings))
    }

    fn checked(&self) -> Result<Checked, AppError> {
        let mut f = Fields::default();
        let time_zone = if self.time_zone.trim().is_empty() {
            f.refuse("time_zone", Text::new("form-refused-zone-missing"));
            None
        } else {
            f.check("time_zone", RunnerZone::new(self.time_zone.trim()))
        };
        // An empty choice is refused rather than saved as a profile with no plan in it.
        let days = |text: &str, none: &'static str| {
            WeekdaySet::parse(text)
                .map_err(Refused::from)
                .and_then(|set| if set.is_empty() { Err(Text::new(none).into()) } else { Ok(set) })
        };
        let run_days = f.check("run_days", days(&self.run_days, "form-refused-run-days-missing"));
        let strength_days = f.check(
            "strength_days",
            days(&self.strength_days, "form-refused-strength-days-missing"),
        );
        let hr_rest = f.optional("hr_rest", self.hr_rest.as_deref(), heart_rate);
        let hr_max = f.optional("hr_max", self.hr_max.as_deref(), heart_rate);
        let sex = f.optional("sex", self.sex.as_deref(), str::parse::<Sex>);
        let recent = f.optional("recent_longest_km", self.recent_longest_km.as_deref(), |t| {
            positive_as(t, "form-refused-longest-km")
        });
        let unit =
            f.optional("distance_unit", self.distance_unit.as_deref(), str::parse::<DistanceUnit>);
        f.finish()?;
        let Some(unit) = unit else {
            return Err(AppError::invalid("form", "the profile could not be read"));
        };
        let (
            Some(time_zone),
            Some(run_days),
            Some(strength_days),
            Some(hr_rest),
            Some(hr_max),
            Some(sex),
            Some(recent),
        ) = (time_zone, run_days, strength_days, hr_rest, hr_max, sex, recent)
        else {
            return Err(AppError::invalid("form", "the profile could not be read"));
        };
        let profile = Profile {
            time_zone,
            run_days,
            strength_days,
            hr_rest,
            hr_max,
            sex,
            shoes: ShoeThresholds::default(),
        };
        // With the default shoe thresholds, the one check a profile typed in can fail is its
        // heart rates (resting at or above maximum), which the form shows by the maximum.
        let warnings = profile
            .check()
            .map_err(|e| AppError::invalid("hr_max", e.to_string()))?
            .into_iter()
            .map(Warning::from)
            .collect();
        Ok(Checked { profile, warnings, recent_longest_km: recent, unit })
    }
}

/// A profile input as checked: what is stored, what is said about it, and the settings beside it.
struct Checked {
    profile: Profile,
    warnings: Vec<Warning>,
    recent_longest_km: Option<f64>,
    unit: Option<DistanceUnit>,
}

impl App {
    /// Sets up (or replaces) the runner's profile. Shoe thresholds already chosen are kept.
    pub async fn save_profile(&self, input: &ProfileInput) -> Result<ProfileSaved, AppError> {
        let Checked { mut profile, warnings, recent_longest_km, unit } = input.checked()?;
        if let Some(existing) = self.store().profile(self.runner).await? {
            profile.shoes = existing.shoes;
        }
        self.store().save_profile(self.runner, &profile).await?;
        if let Some(km) = recent_longest_km {
            self.set_recent_longest_km(km).await?;
        }
        if let Some(unit) = unit {
            self.store().set_setting(self.runner, DISTANCE_UNIT, unit.id()).await?;
        }
        Ok(ProfileSaved { profile, warnings })
    }

    /// The unit the runner reads distances in (kilometres until she chooses miles).
    pub async fn distance_unit(&self) -> Result<DistanceUnit, AppError> {
        Ok(self
            .store()
            .setting(self.runner, DISTANCE_UNIT)
            .await?
            .and_then(|u| u.parse().ok())
            .unwrap_or_default())
    }

    /// The profile saved in the database at `db` (or the default one), without creating a
    /// database when there is none yet: `runwell init` keeps what it is not given again.
    pub async fn saved_profile(db: &crate::Database) -> Result<Option<Profile>, AppError> {
        if let crate::Database::File(path) = db {
            let path = match path {
                Some(path) => path.to_owned(),
                None => runwell_store::default_path()?,
            };
            if !path.exists() {
                return Ok(None);
            }
        }
        let app = App::open_at(db).await?;
        let profile = app.store().profile(app.runner).await?;
        app.close().await;
        Ok(profile)
    }

    /// The runner's profile: the snapshot's when it is current (every page asks for it, and
    /// on a server each read is a round trip), else read from the store alone.
    pub async fn profile(&self) -> Result<Profile, AppError> {
        if let Some(snapshot) = self.current_snapshot() {
            return Ok(snapshot.profile.clone());
        }
        self.store().profile(self.runner).await?.ok_or(AppError::NoProfile)
    }
}

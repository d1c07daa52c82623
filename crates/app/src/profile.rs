use runwell_domain::{
    HeartRate, Profile, ProfileWarning, RunnerZone, Sex, ShoeThresholds, WeekdaySet,
};
use serde::Serialize;

use crate::{App, AppError};

/// What a runner gives to set up their profile, as text from a form or the command line.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub time_zone: String,
    pub run_days: String,
    pub strength_days: String,
    pub hr_rest: Option<i64>,
    pub hr_max: Option<i64>,
    pub sex: Option<String>,
    /// The longest single run of the last month in km, when given (SPIKE-1, DATA-5).
    pub recent_longest_km: Option<f64>,
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

impl ProfileInput {
    /// Checks every field, so that nothing is stored unless all of it is valid.
    pub fn parse(&self) -> Result<(Profile, Vec<Warning>), AppError> {
        let profile = Profile {
            time_zone: RunnerZone::new(&self.time_zone)?,
            run_days: WeekdaySet::parse(&self.run_days)?,
            strength_days: WeekdaySet::parse(&self.strength_days)?,
            hr_rest: self.hr_rest.map(HeartRate::new).transpose()?,
            hr_max: self.hr_max.map(HeartRate::new).transpose()?,
            sex: self.sex.as_deref().map(str::parse::<Sex>).transpose()?,
            shoes: ShoeThresholds::default(),
        };
        if let Some(km) = self.recent_longest_km {
            crate::advice::recent_longest(km)?;
        }
        let warnings = profile.check()?.into_iter().map(Warning::from).collect();
        Ok((profile, warnings))
    }
}

impl App {
    /// Sets up (or replaces) the runner's profile. Shoe thresholds already chosen are kept.
    pub async fn save_profile(&self, input: &ProfileInput) -> Result<ProfileSaved, AppError> {
        let (mut profile, warnings) = input.parse()?;
        if let Some(existing) = self.store().profile().await? {
            profile.shoes = existing.shoes;
        }
        self.store().save_profile(&profile).await?;
        if let Some(km) = input.recent_longest_km {
            self.set_recent_longest_km(km).await?;
        }
        Ok(ProfileSaved { profile, warnings })
    }

    /// The profile saved in the database at `db` (or the default one), without creating a
    /// database when there is none yet: `runwell init` keeps what it is not given again.
    pub async fn saved_profile(db: Option<&std::path::Path>) -> Result<Option<Profile>, AppError> {
        let path = match db {
            Some(path) => path.to_owned(),
            None => runwell_store::default_path()?,
        };
        if !path.exists() {
            return Ok(None);
        }
        let app = App::open(Some(&path)).await?;
        let profile = app.store().profile().await?;
        app.close().await;
        Ok(profile)
    }

    pub async fn profile(&self) -> Result<Profile, AppError> {
        self.store().profile().await?.ok_or(AppError::NoProfile)
    }
}

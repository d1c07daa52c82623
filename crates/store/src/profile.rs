use crate::engine::native::{Fields, native};
use crate::error::corrupt;
use crate::{RunnerId, Store, StoreError, unix_now};
use runwell_domain::{HeartRate, Profile, RunnerZone, ShoeThresholds, WeekdaySet};

/// The profile's row, its columns in the order `Store::profile` reads them.
fn profile_from_row(row: &impl Fields) -> Result<Profile, StoreError> {
    let heart_rate = |v: Option<i64>| v.map(HeartRate::new).transpose();
    Ok(Profile {
        time_zone: RunnerZone::new(&row.text(0)?).map_err(corrupt("time zone"))?,
        run_days: WeekdaySet::parse(&row.text(1)?).map_err(corrupt("run days"))?,
        strength_days: WeekdaySet::parse(&row.text(2)?).map_err(corrupt("strength days"))?,
        hr_rest: heart_rate(row.opt_int(3)?).map_err(corrupt("resting heart rate"))?,
        hr_max: heart_rate(row.opt_int(4)?).map_err(corrupt("maximum heart rate"))?,
        sex: row.opt_text(5)?.map(|s| s.parse()).transpose().map_err(corrupt("sex"))?,
        shoes: ShoeThresholds { inspect_km: row.real(6)?, replace_km: row.real(7)? },
    })
}

impl Store {
    /// The runner's profile, or `None` before `runwell init`.
    pub async fn profile(&self, runner: RunnerId) -> Result<Option<Profile>, StoreError> {
        let sql = "SELECT time_zone, run_days, strength_days, hr_rest, hr_max, sex, \
                   shoe_inspect_km, shoe_replace_km FROM profile WHERE runner_id = $1";
        native!(self.native(), |pool| {
            let row = sqlx::query(sql).bind(runner.get()).fetch_optional(pool).await?;
            row.as_ref().map(profile_from_row).transpose()
        })
    }

    /// When the profile was first saved (UTC epoch seconds): the day the runner started.
    pub async fn profile_created_utc(&self, runner: RunnerId) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar("SELECT created_at FROM profile WHERE runner_id = $1")
            .bind(runner.get())
            .fetch_optional(self.reader())
            .await?)
    }

    /// Creates or replaces the runner's profile.
    pub async fn save_profile(
        &self,
        runner: RunnerId,
        profile: &Profile,
    ) -> Result<(), StoreError> {
        let now = unix_now();
        let mut tx = self.write(runner).await?;
        sqlx::query(
            "INSERT INTO profile (runner_id, time_zone, run_days, strength_days, hr_rest, hr_max, \
             sex, shoe_inspect_km, shoe_replace_km, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             ON CONFLICT (runner_id) DO UPDATE SET time_zone = excluded.time_zone, \
             run_days = excluded.run_days, strength_days = excluded.strength_days, \
             hr_rest = excluded.hr_rest, hr_max = excluded.hr_max, sex = excluded.sex, \
             shoe_inspect_km = excluded.shoe_inspect_km, shoe_replace_km = excluded.shoe_replace_km, \
             updated_at = excluded.updated_at",
        )
        .bind(runner.get())
        .bind(profile.time_zone.name())
        .bind(profile.run_days.to_string())
        .bind(profile.strength_days.to_string())
        .bind(profile.hr_rest.map(|h| i64::from(h.bpm())))
        .bind(profile.hr_max.map(|h| i64::from(h.bpm())))
        .bind(profile.sex.map(|s| match s {
            runwell_domain::Sex::Female => "female",
            runwell_domain::Sex::Male => "male",
        }))
        .bind(profile.shoes.inspect_km)
        .bind(profile.shoes.replace_km)
        .bind(now)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

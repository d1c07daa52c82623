use std::collections::BTreeMap;

use runwell_domain::LocalDay;

use crate::{RunnerId, Store, StoreError};

/// A movement's current level on its ladder and why it is there (PROG-2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLevel {
    pub level: u8,
    pub changed_on: String,
    pub reason: String,
}

impl Store {
    /// Every movement's stored level; a movement missing here is at level 1.
    pub async fn movement_levels(
        &self,
        runner: RunnerId,
    ) -> Result<BTreeMap<String, StoredLevel>, StoreError> {
        let rows: Vec<(String, i64, String, String)> = sqlx::query_as(
            "SELECT movement, level, changed_on, reason FROM movement_levels WHERE runner_id = $1",
        )
        .bind(runner.get())
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(movement, level, changed_on, reason)| {
                let level = u8::try_from(level.clamp(1, 255)).unwrap_or(1);
                (movement, StoredLevel { level, changed_on, reason })
            })
            .collect())
    }

    /// Sets a movement's level, with the day and the reason shown to the runner.
    pub async fn set_movement_level(
        &self,
        runner: RunnerId,
        movement: &str,
        level: u8,
        day: LocalDay,
        reason: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query(
            "INSERT INTO movement_levels (runner_id, movement, level, changed_on, reason) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (runner_id, movement) DO UPDATE SET level = excluded.level, \
             changed_on = excluded.changed_on, reason = excluded.reason",
        )
        .bind(runner.get())
        .bind(movement)
        .bind(i64::from(level.max(1)))
        .bind(day.to_string())
        .bind(reason)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Forgets a movement's stored level (it is at 1 again): its sessions were deleted.
    pub async fn clear_movement_level(
        &self,
        runner: RunnerId,
        movement: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query("DELETE FROM movement_levels WHERE runner_id = $1 AND movement = $2")
            .bind(runner.get())
            .bind(movement)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

//! What a full export, a restore and an erase need beyond the everyday operations: every
//! setting, the deleted runs' tombstones and the file fingerprints read and written as they are,
//! the day the profile was made, and deleting every row, each for one runner. The SQL both
//! engines speak (ARCHITECTURE.md, "Adding a store method").

use crate::{RunnerId, Store, StoreError};

/// A run the runner deleted that came from a file, as `deleted_runs` keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedRunRow {
    pub content_hash: String,
    pub start_utc: i64,
    pub distance_m: f64,
    pub source: String,
    pub deleted_at: i64,
}

/// Every table of a runner's record, children before the tables they refer to: the order an
/// erase deletes in (the runner itself stays).
pub const TABLES: [&str; 12] = [
    "session_sets",
    "exercise_sessions",
    "run_streams",
    "pain_entries",
    "triage_answers",
    "runs",
    "shoes",
    "movement_levels",
    "deleted_runs",
    "file_fingerprints",
    "settings",
    "profile",
];

/// `$prefix TABLE $suffix` for each table of [`TABLES`], as static strings (every SQL string is
/// a literal).
macro_rules! per_table {
    ($prefix:literal, $suffix:literal) => {
        [
            concat!($prefix, "session_sets", $suffix),
            concat!($prefix, "exercise_sessions", $suffix),
            concat!($prefix, "run_streams", $suffix),
            concat!($prefix, "pain_entries", $suffix),
            concat!($prefix, "triage_answers", $suffix),
            concat!($prefix, "runs", $suffix),
            concat!($prefix, "shoes", $suffix),
            concat!($prefix, "movement_levels", $suffix),
            concat!($prefix, "deleted_runs", $suffix),
            concat!($prefix, "file_fingerprints", $suffix),
            concat!($prefix, "settings", $suffix),
            concat!($prefix, "profile", $suffix),
        ]
    };
}

impl Store {
    /// Every setting of `runner`, by key.
    pub async fn settings(&self, runner: RunnerId) -> Result<Vec<(String, String)>, StoreError> {
        Ok(sqlx::query_as("SELECT key, value FROM settings WHERE runner_id = $1 ORDER BY key")
            .bind(runner.get())
            .fetch_all(self.reader())
            .await?)
    }

    /// Every deleted run's tombstone, by start.
    pub async fn deleted_runs(&self, runner: RunnerId) -> Result<Vec<DeletedRunRow>, StoreError> {
        let rows: Vec<(String, i64, f64, String, i64)> = sqlx::query_as(
            "SELECT content_hash, start_utc, distance_m, source, deleted_at FROM deleted_runs \
             WHERE runner_id = $1 ORDER BY start_utc, id",
        )
        .bind(runner.get())
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(content_hash, start_utc, distance_m, source, deleted_at)| DeletedRunRow {
                content_hash,
                start_utc,
                distance_m,
                source,
                deleted_at,
            })
            .collect())
    }

    /// Keeps a deleted run's tombstone (a restore), unless the same one is kept already.
    pub async fn insert_deleted_run(
        &self,
        runner: RunnerId,
        row: &DeletedRunRow,
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        let known: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM deleted_runs WHERE runner_id = $1 AND content_hash = $2 \
             AND start_utc = $3",
        )
        .bind(runner.get())
        .bind(&row.content_hash)
        .bind(row.start_utc)
        .fetch_optional(&mut *tx)
        .await?;
        if known.is_none() {
            sqlx::query(
                "INSERT INTO deleted_runs (runner_id, content_hash, start_utc, distance_m, \
                 source, deleted_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(runner.get())
            .bind(&row.content_hash)
            .bind(row.start_utc)
            .bind(row.distance_m)
            .bind(&row.source)
            .bind(row.deleted_at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records a file's fingerprint (a restore), keeping one already recorded.
    pub async fn remember_fingerprint(
        &self,
        runner: RunnerId,
        fingerprint: &str,
        content_hash: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query(
            "INSERT INTO file_fingerprints (runner_id, fingerprint, content_hash) \
             VALUES ($1, $2, $3) ON CONFLICT (runner_id, fingerprint) DO NOTHING",
        )
        .bind(runner.get())
        .bind(fingerprint)
        .bind(content_hash)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets the day the runner started (the profile's creation), as a restore brings it back.
    pub async fn set_profile_created_utc(
        &self,
        runner: RunnerId,
        created_utc: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query("UPDATE profile SET created_at = $1 WHERE runner_id = $2")
            .bind(created_utc)
            .bind(runner.get())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The number of `runner`'s rows in each of [`TABLES`].
    pub async fn row_counts(
        &self,
        runner: RunnerId,
    ) -> Result<Vec<(&'static str, i64)>, StoreError> {
        let mut out = Vec::with_capacity(TABLES.len());
        for (table, sql) in
            TABLES.iter().zip(per_table!("SELECT COUNT(*) FROM ", " WHERE runner_id = $1"))
        {
            let n: i64 =
                sqlx::query_scalar(sql).bind(runner.get()).fetch_one(self.reader()).await?;
            out.push((*table, n));
        }
        Ok(out)
    }

    /// Deletes every row of `runner`'s record in one transaction: all of it, or on any error
    /// nothing. The schema and the runner stay, so a file is an empty runwell database
    /// afterwards, and a server database keeps its other runners.
    pub async fn erase_everything(&self, runner: RunnerId) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        for sql in per_table!("DELETE FROM ", " WHERE runner_id = $1") {
            sqlx::query(sql).bind(runner.get()).execute(&mut *tx).await?;
        }
        // The phones paired with this machine lose their way in too.
        Store::forget_devices_in(&mut tx, runner).await?;
        tx.commit().await?;
        Ok(())
    }
}

//! What a full export, a restore and an erase need beyond the everyday operations: every
//! setting, the deleted runs' tombstones and the file fingerprints read and written as they are,
//! the day the profile was made, and deleting every row. Portable SQL only (no engine's own
//! syntax), so that the PostgreSQL engine ports it as it is.

use crate::{Store, StoreError};

/// A run the runner deleted that came from a file, as `deleted_runs` keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedRunRow {
    pub content_hash: String,
    pub start_utc: i64,
    pub distance_m: f64,
    pub source: String,
    pub deleted_at: i64,
}

/// Every table, children before the tables they refer to: the order an erase deletes in.
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

/// `$sql` for each table of [`TABLES`], as static strings (every SQL string is a literal).
macro_rules! per_table {
    ($prefix:literal) => {
        [
            concat!($prefix, "session_sets"),
            concat!($prefix, "exercise_sessions"),
            concat!($prefix, "run_streams"),
            concat!($prefix, "pain_entries"),
            concat!($prefix, "triage_answers"),
            concat!($prefix, "runs"),
            concat!($prefix, "shoes"),
            concat!($prefix, "movement_levels"),
            concat!($prefix, "deleted_runs"),
            concat!($prefix, "file_fingerprints"),
            concat!($prefix, "settings"),
            concat!($prefix, "profile"),
        ]
    };
}

impl Store {
    /// Every setting, by key.
    pub async fn settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        Ok(sqlx::query_as("SELECT key, value FROM settings ORDER BY key")
            .fetch_all(self.reader())
            .await?)
    }

    /// Every deleted run's tombstone, by start.
    pub async fn deleted_runs(&self) -> Result<Vec<DeletedRunRow>, StoreError> {
        let rows: Vec<(String, i64, f64, String, i64)> = sqlx::query_as(
            "SELECT content_hash, start_utc, distance_m, source, deleted_at FROM deleted_runs \
             ORDER BY start_utc, id",
        )
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
    pub async fn insert_deleted_run(&self, row: &DeletedRunRow) -> Result<(), StoreError> {
        let mut tx = self.write().await?;
        let known: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM deleted_runs WHERE content_hash = ? AND start_utc = ?",
        )
        .bind(&row.content_hash)
        .bind(row.start_utc)
        .fetch_optional(&mut *tx)
        .await?;
        if known.is_none() {
            sqlx::query(
                "INSERT INTO deleted_runs (content_hash, start_utc, distance_m, source, deleted_at) \
                 VALUES (?, ?, ?, ?, ?)",
            )
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
        fingerprint: &str,
        content_hash: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO file_fingerprints (fingerprint, content_hash) VALUES (?, ?) \
             ON CONFLICT (fingerprint) DO NOTHING",
        )
        .bind(fingerprint)
        .bind(content_hash)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets the day the runner started (the profile's creation), as a restore brings it back.
    pub async fn set_profile_created_utc(&self, created_utc: i64) -> Result<(), StoreError> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE profile SET created_at = ? WHERE id = 1")
            .bind(created_utc)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The number of rows in each of [`TABLES`].
    pub async fn row_counts(&self) -> Result<Vec<(&'static str, i64)>, StoreError> {
        let mut out = Vec::with_capacity(TABLES.len());
        for (table, sql) in TABLES.iter().zip(per_table!("SELECT COUNT(*) FROM ")) {
            let n: i64 = sqlx::query_scalar(sql).fetch_one(self.reader()).await?;
            out.push((*table, n));
        }
        Ok(out)
    }

    /// Deletes every row of every table in one transaction: all of it, or on any error nothing.
    /// The schema stays, so the file is an empty runwell database afterwards.
    pub async fn erase_everything(&self) -> Result<(), StoreError> {
        let mut tx = self.write().await?;
        for sql in per_table!("DELETE FROM ") {
            sqlx::query(sql).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

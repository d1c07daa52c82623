//! Storing an imported file: all of its runs in one transaction, or none of them.
//!
//! A file already stored (same content hash) is a no-op, and a run already stored from another
//! source — starting within 2 minutes and within 3 % of the distance — is not stored twice.

use crate::runs::{NewRun, insert_run_in};
use crate::{Store, StoreError};

/// Two runs are the same run when they start this close…
pub const SAME_RUN_START_S: i64 = 120;
/// …and their distances differ by no more than this fraction.
pub const SAME_RUN_DISTANCE: f64 = 0.03;

/// One activity of a file, with its streams blob when it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedRun {
    pub run: NewRun,
    pub streams: Option<(i64, Vec<u8>)>,
}

/// What storing one file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredFile {
    /// New runs stored, and runs of the file that were already stored from another source.
    Imported { run_ids: Vec<i64>, duplicates_of: Vec<i64> },
    /// Every run of the file was already stored from another source.
    Duplicate { of: Vec<i64> },
    /// This very file was imported before.
    AlreadyImported { run_ids: Vec<i64> },
}

impl Store {
    /// Runs already stored from this file's bytes.
    pub async fn runs_with_hash(&self, hash: &str) -> Result<Vec<i64>, StoreError> {
        Ok(sqlx::query_scalar("SELECT id FROM runs WHERE content_hash = ? ORDER BY id")
            .bind(hash)
            .fetch_all(self.reader())
            .await?)
    }

    /// Stores one file's runs in a single transaction: all of them or, on any error, none.
    pub async fn store_file(
        &self,
        hash: &str,
        runs: &[ImportedRun],
    ) -> Result<StoredFile, StoreError> {
        let mut tx = self.write().await?;
        let existing: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM runs WHERE content_hash = ? ORDER BY id")
                .bind(hash)
                .fetch_all(&mut *tx)
                .await?;
        if !existing.is_empty() {
            tx.rollback().await;
            return Ok(StoredFile::AlreadyImported { run_ids: existing });
        }
        let mut run_ids = Vec::new();
        let mut duplicates_of = Vec::new();
        for imported in runs {
            let run = &imported.run;
            let same: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM runs WHERE start_utc BETWEEN ? AND ? \
                 AND ABS(distance_m - ?) <= ? * MAX(distance_m, ?) ORDER BY ABS(start_utc - ?) LIMIT 1",
            )
            .bind(run.start_utc - SAME_RUN_START_S)
            .bind(run.start_utc + SAME_RUN_START_S)
            .bind(run.distance_m)
            .bind(SAME_RUN_DISTANCE)
            .bind(run.distance_m)
            .bind(run.start_utc)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = same {
                duplicates_of.push(id);
                continue;
            }
            // Every run of the file carries the file's hash, which is how a re-import is found.
            let run = NewRun { content_hash: Some(hash.to_owned()), ..run.clone() };
            let id = insert_run_in(&mut tx, &run).await?;
            if let Some((format, data)) = &imported.streams {
                sqlx::query("INSERT INTO run_streams (run_id, format, data) VALUES (?, ?, ?)")
                    .bind(id)
                    .bind(format)
                    .bind(data.as_slice())
                    .execute(&mut *tx)
                    .await?;
            }
            run_ids.push(id);
        }
        tx.commit().await?;
        Ok(if run_ids.is_empty() && !duplicates_of.is_empty() {
            StoredFile::Duplicate { of: duplicates_of }
        } else {
            StoredFile::Imported { run_ids, duplicates_of }
        })
    }

    /// A run's streams blob and its format version.
    pub async fn run_streams(&self, run_id: i64) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        Ok(sqlx::query_as("SELECT format, data FROM run_streams WHERE run_id = ?")
            .bind(run_id)
            .fetch_optional(self.reader())
            .await?)
    }
}

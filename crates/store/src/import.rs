//! Storing an imported file: all of its runs in one transaction, or none of them.
//!
//! A file already stored (same content hash) is a no-op, and a run already stored from another
//! source — starting within 2 minutes and within 3 % of the distance — is not stored twice. A
//! run the runner deleted stays deleted: the same file, or the same run from another source, is
//! left out unless the import is asked to restore deleted runs.

use std::collections::HashMap;

use runwell_domain::streams::Streams;

use crate::blob::{self, StreamsBlob};
use crate::runs::{NewRun, insert_run_with_samples, shoe_id_in};
use crate::write::{Paired, paired};
use crate::{RunnerId, Store, StoreError};

/// Two runs are the same run when they start this close…
pub const SAME_RUN_START_S: i64 = 120;
/// …and their distances differ by no more than this fraction.
pub const SAME_RUN_DISTANCE: f64 = 0.03;

/// One activity of a file, with its samples when it has them.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedRun {
    pub run: NewRun,
    pub streams: Option<StreamsBlob>,
    /// The shoe to count the run on, by name: found, or created in the file's transaction (so
    /// that a file that fails leaves no shoe behind). Overrides `run.shoe_id`.
    pub shoe: Option<String>,
}

/// What storing one file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredFile {
    /// New runs stored, runs of the file that were already stored from another source, and
    /// how many were left out because the runner had deleted them.
    Imported { run_ids: Vec<i64>, duplicates_of: Vec<i64>, deleted: usize },
    /// Every run of the file was already stored from another source.
    Duplicate { of: Vec<i64> },
    /// This very file was imported before.
    AlreadyImported { run_ids: Vec<i64> },
    /// Every run of the file was deleted by the runner; nothing was stored.
    Deleted { count: usize },
}

impl Store {
    /// Runs already stored from this file's bytes.
    pub async fn runs_with_hash(
        &self,
        runner: RunnerId,
        hash: &str,
    ) -> Result<Vec<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM runs WHERE runner_id = $1 AND content_hash = $2 ORDER BY id",
        )
        .bind(runner.get())
        .bind(hash)
        .fetch_all(self.reader())
        .await?)
    }

    /// Whether any of the runner's runs carries a content hash that does not start with
    /// `prefix`: one imported before the hash it names (see `runwell_import::HashScheme`).
    pub async fn has_hashes_without(
        &self,
        runner: RunnerId,
        prefix: &str,
    ) -> Result<bool, StoreError> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM runs WHERE runner_id = $1 AND content_hash IS NOT NULL \
             AND substr(content_hash, 1, length($2)) <> $2 LIMIT 1",
        )
        .bind(runner.get())
        .bind(prefix)
        .fetch_optional(self.reader())
        .await?;
        Ok(found.is_some())
    }

    /// Every file fingerprint recorded by an import, with the content hash of what it gave.
    pub async fn known_fingerprints(
        &self,
        runner: RunnerId,
    ) -> Result<HashMap<String, String>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT fingerprint, content_hash FROM file_fingerprints WHERE runner_id = $1",
        )
        .bind(runner.get())
        .fetch_all(self.reader())
        .await?;
        Ok(rows.into_iter().collect())
    }

    /// The runs stored from each imported file, by the file's content hash (the runs of a file
    /// stored in parts, `hash#2`…, under the file's own).
    pub async fn runs_by_file(
        &self,
        runner: RunnerId,
    ) -> Result<HashMap<String, Vec<i64>>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT content_hash, id FROM runs WHERE runner_id = $1 AND content_hash IS NOT NULL \
             ORDER BY id",
        )
        .bind(runner.get())
        .fetch_all(self.reader())
        .await?;
        let mut by_file: HashMap<String, Vec<i64>> = HashMap::new();
        for (hash, id) in rows {
            let file = hash.split_once('#').map_or(hash.as_str(), |(file, _)| file);
            by_file.entry(file.to_owned()).or_default().push(id);
        }
        Ok(by_file)
    }

    /// Stores one file's runs in a single transaction: all of them or, on any error, none.
    /// Runs the runner deleted are left out, unless `restore_deleted`: then they are stored
    /// again (even from a file otherwise already imported) and forgotten as deleted.
    pub async fn store_file(
        &self,
        runner: RunnerId,
        hash: &str,
        runs: &[ImportedRun],
        restore_deleted: bool,
    ) -> Result<StoredFile, StoreError> {
        self.store_file_fingerprinted(runner, hash, None, runs, restore_deleted).await
    }

    /// [`Store::store_file`], recording in the same transaction the file's `fingerprint` (see
    /// `file_fingerprints`), by which the next import knows it without reading it. Give it with
    /// the file's last part only, so that a file is known only once all of it is stored; a file
    /// with a run the runner deleted is not recorded (it is read again, and said to be deleted).
    pub async fn store_file_fingerprinted(
        &self,
        runner: RunnerId,
        hash: &str,
        fingerprint: Option<&str>,
        runs: &[ImportedRun],
        restore_deleted: bool,
    ) -> Result<StoredFile, StoreError> {
        let mut tx = self.write_with_first(runner).await?;
        let (existing, mut nearby, gone) = around(&mut tx, hash, runs).await?;
        if !existing.is_empty() && !restore_deleted {
            let run_ids = existing.iter().map(|e| e.0).collect();
            match fingerprint {
                Some(fingerprint) => remember_and_commit(tx, fingerprint, hash).await?,
                None => tx.rollback().await,
            }
            return Ok(StoredFile::AlreadyImported { run_ids });
        }
        let mut run_ids = Vec::new();
        let mut duplicates_of = Vec::new();
        let mut deleted = 0;
        for imported in runs {
            let run = &imported.run;
            if existing.iter().any(|e| e.1 == run.start_utc) {
                // A file already imported, asked to restore: this run of it is still stored.
                continue;
            }
            if let Some(tomb) = same_run(&gone, run.start_utc, run.distance_m) {
                if !restore_deleted {
                    deleted += 1;
                    continue;
                }
                sqlx::query("DELETE FROM deleted_runs WHERE id = $1")
                    .bind(tomb)
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(id) = same_run(&nearby, run.start_utc, run.distance_m) {
                duplicates_of.push(id);
                continue;
            }
            let shoe_id = match &imported.shoe {
                Some(name) => Some(shoe_id_in(&mut tx, name).await?),
                None => run.shoe_id,
            };
            // Every run of the file carries the file's hash, which is how a re-import is found.
            let run = NewRun { content_hash: Some(hash.to_owned()), shoe_id, ..run.clone() };
            let samples =
                imported.streams.as_ref().map(|s| (i64::from(blob::VERSION), s.as_bytes()));
            let id = insert_run_with_samples(&mut tx, &run, samples).await?;
            let at = nearby.partition_point(|n| n.0 < run.start_utc);
            nearby.insert(at, (run.start_utc, run.distance_m, id));
            run_ids.push(id);
        }
        if run_ids.is_empty() && !existing.is_empty() {
            // Asked to restore, but nothing of this file was deleted.
            tx.rollback().await;
            return Ok(StoredFile::AlreadyImported {
                run_ids: existing.iter().map(|e| e.0).collect(),
            });
        }
        match fingerprint.filter(|_| deleted == 0) {
            Some(fingerprint) => remember_and_commit(tx, fingerprint, hash).await?,
            None => tx.commit().await?,
        }
        Ok(if run_ids.is_empty() && !duplicates_of.is_empty() {
            StoredFile::Duplicate { of: duplicates_of }
        } else if run_ids.is_empty() && deleted > 0 {
            StoredFile::Deleted { count: deleted }
        } else {
            StoredFile::Imported { run_ids, duplicates_of, deleted }
        })
    }

    /// A run's samples, when it was stored with them. A blob that cannot be read is
    /// [`StoreError::DamagedStreams`]: the run is intact, its samples are not.
    pub async fn run_streams(
        &self,
        runner: RunnerId,
        run_id: i64,
    ) -> Result<Option<Streams>, StoreError> {
        let row: Option<(i64, Vec<u8>)> = sqlx::query_as(
            "SELECT format, data FROM run_streams WHERE runner_id = $1 AND run_id = $2",
        )
        .bind(runner.get())
        .bind(run_id)
        .fetch_optional(self.reader())
        .await?;
        match row {
            None => Ok(None),
            Some((format, _)) if format != i64::from(blob::VERSION) => {
                Err(StoreError::DamagedStreams {
                    detail: format!("format version {format} is not one this runwell can read"),
                })
            }
            Some((_, data)) => blob::decode(&data).map(Some),
        }
    }
}

impl Store {
    /// Gives the runner's runs stored with content hash `from` the hash `to`, and forgets the
    /// runner's file fingerprints, so that a test can meet a database an older runwell wrote.
    #[doc(hidden)]
    pub async fn rehash_for_test(
        &self,
        runner: RunnerId,
        from: &str,
        to: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query("UPDATE runs SET content_hash = $1 WHERE runner_id = $2 AND content_hash = $3")
            .bind(to)
            .bind(runner.get())
            .bind(from)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM file_fingerprints WHERE runner_id = $1")
            .bind(runner.get())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces a run's stored samples with `data` as format `format`, so that a test can meet
    /// damaged samples.
    #[doc(hidden)]
    pub async fn overwrite_streams_for_test(
        &self,
        runner: RunnerId,
        run_id: i64,
        format: i64,
        data: &[u8],
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query("UPDATE run_streams SET format = $1, data = $2 WHERE run_id = $3")
            .bind(format)
            .bind(data)
            .bind(run_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// A stored run as [`same_run`] reads it: (start, distance, id).
type Near = (i64, f64, i64);

/// What storing a file needs to know first, in one round trip (on a server each is one, for
/// every file of an import): the runs already stored from a file with this `hash` (id, start)
/// by id, and the runs stored and deleted around the file's own, sorted by start. The runs
/// around are read once rather than once per run (a file may have hundreds): the same-run test
/// is then made here, and sees the file's own runs too.
async fn around(
    tx: &mut crate::write::Write<'_>,
    hash: &str,
    runs: &[ImportedRun],
) -> Result<(Vec<(i64, i64)>, Vec<Near>, Vec<Near>), StoreError> {
    let first = runs.iter().map(|r| r.run.start_utc).min().unwrap_or(0);
    let last = runs.iter().map(|r| r.run.start_utc).max().unwrap_or(0);
    // Deleted runs are matched like stored ones, so that the same run from another export
    // stays deleted too.
    // The transaction's first statement: on SQLite its `BEGIN` goes with it.
    const AROUND: Paired = paired!(
        "SELECT CAST(0 AS BIGINT), id, start_utc, CAST(0 AS DOUBLE PRECISION) FROM runs \
         WHERE runner_id = $1 AND content_hash = $2 \
         UNION ALL SELECT CAST(1 AS BIGINT), id, start_utc, distance_m FROM runs \
         WHERE runner_id = $1 AND start_utc BETWEEN $3 AND $4 \
         UNION ALL SELECT CAST(2 AS BIGINT), id, start_utc, distance_m FROM deleted_runs \
         WHERE runner_id = $1 AND start_utc BETWEEN $3 AND $4"
    );
    let sql = tx.first(&AROUND);
    // `fetch_all`: each statement of `BEGIN IMMEDIATE; SELECT …` runs only as rows are read.
    let rows: Vec<(i64, i64, i64, f64)> = sqlx::query_as(sql)
        .bind(tx.runner())
        .bind(hash)
        .bind(first.saturating_sub(SAME_RUN_START_S))
        .bind(last.saturating_add(SAME_RUN_START_S))
        .fetch_all(&mut **tx)
        .await?;
    let (mut existing, mut nearby, mut gone) = (Vec::new(), Vec::new(), Vec::new());
    for (kind, id, start, distance) in rows {
        match kind {
            0 => existing.push((id, start)),
            1 => nearby.push((start, distance, id)),
            _ => gone.push((start, distance, id)),
        }
    }
    existing.sort_unstable();
    nearby.sort_by_key(|n| (n.0, n.2));
    gone.sort_by_key(|n| (n.0, n.2));
    Ok((existing, nearby, gone))
}

/// Records a file's fingerprint as the last statement of the file's own transaction, and
/// commits it (on SQLite in one round trip).
async fn remember_and_commit(
    tx: crate::write::Write<'_>,
    fingerprint: &str,
    hash: &str,
) -> Result<(), StoreError> {
    const REMEMBER: Paired = paired!(
        "INSERT INTO file_fingerprints (runner_id, fingerprint, content_hash) VALUES ($1, $2, $3) \
         ON CONFLICT (runner_id, fingerprint) DO NOTHING"
    );
    let runner = tx.runner();
    tx.commit_after(&REMEMBER, |sql| sqlx::query(sql).bind(runner).bind(fingerprint).bind(hash))
        .await
}

/// The stored run that is the same as one starting at `start` over `distance_m`: starting within
/// [`SAME_RUN_START_S`] and within [`SAME_RUN_DISTANCE`] of its distance, the nearest in time.
/// `nearby` is sorted by start.
fn same_run(nearby: &[(i64, f64, i64)], start: i64, distance_m: f64) -> Option<i64> {
    let from = nearby.partition_point(|n| n.0 < start.saturating_sub(SAME_RUN_START_S));
    nearby[from..]
        .iter()
        .take_while(|n| n.0 <= start.saturating_add(SAME_RUN_START_S))
        .filter(|n| (n.1 - distance_m).abs() <= SAME_RUN_DISTANCE * n.1.max(distance_m))
        .min_by_key(|n| (n.0 - start).abs())
        .map(|n| n.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_run_is_the_nearest_start_within_the_window_and_the_distance() {
        let nearby =
            [(1000, 10_000.0, 1), (1100, 10_200.0, 2), (1130, 5_000.0, 3), (1500, 10_000.0, 4)];
        let check = |start: i64, distance: f64, expected: Option<i64>| {
            assert_eq!(same_run(&nearby, start, distance), expected, "{start} {distance}");
        };
        check(1000, 10_000.0, Some(1));
        check(1080, 10_100.0, Some(2));
        check(1120, 10_000.0, Some(2));
        check(1121, 10_000.0, Some(2));
        check(1240, 10_000.0, None);
        check(1130, 5_100.0, Some(3));
        check(1130, 5_200.0, None);
        check(1380, 10_300.0, Some(4));
        check(0, 10_000.0, None);
    }
}

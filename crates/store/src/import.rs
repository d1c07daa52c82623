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
        let file = FileToStore { hash, fingerprint, runs };
        let mut tx = self.write_with_first(runner).await?;
        let around = around(&mut tx, std::slice::from_ref(&file)).await?.pop().unwrap_or_default();
        let mut shoes = HashMap::new();
        let stored = store_runs(&mut tx, &file, around, restore_deleted, &mut shoes).await?;
        let remember: Vec<(&str, &str)> =
            fingerprint.filter(|_| stored.remember).map(|f| (f, hash)).into_iter().collect();
        if !stored.keep || (!stored.wrote && remember.is_empty()) {
            tx.rollback().await;
        } else {
            remember_and_commit(tx, &remember).await?;
        }
        Ok(stored.outcome)
    }

    /// Stores several files in one transaction, as [`Store::store_file_fingerprinted`] would
    /// store them one after the other (never restoring deleted runs): each file's outcome, in
    /// order, and a file later in `files` sees the runs of those before it. On any error
    /// nothing of any of them is stored, and the caller stores them one by one to find the file
    /// that fails. An import stores thousands of files: each transaction of its own costs
    /// several round trips to the database's thread, and its commit writes the pages the files
    /// share (the runs' indexes, the fingerprints) again.
    pub async fn store_files(
        &self,
        runner: RunnerId,
        files: &[FileToStore<'_>],
    ) -> Result<Vec<StoredFile>, StoreError> {
        let mut tx = self.write_with_first(runner).await?;
        let arounds = around(&mut tx, files).await?;
        let mut shoes = HashMap::new();
        // The runs stored so far in this transaction: each by its file's hash, and all of them
        // as the runs around the next files (which the query above could not see).
        let mut stored_here: HashMap<&str, Vec<(i64, i64)>> = HashMap::new();
        let mut near_here: Vec<Near> = Vec::new();
        let mut remember = Vec::new();
        let mut outcomes = Vec::with_capacity(files.len());
        for (file, mut around) in files.iter().zip(arounds) {
            if let Some(runs) = stored_here.get(file.hash) {
                around.existing.extend(runs);
                around.existing.sort_unstable();
            }
            if !near_here.is_empty() {
                around.nearby.extend(&near_here);
                around.nearby.sort_by_key(|n| (n.0, n.2));
            }
            let stored = store_runs(&mut tx, file, around, false, &mut shoes).await?;
            for &(start, distance, id) in &stored.new {
                stored_here.entry(file.hash).or_default().push((id, start));
                near_here.push((start, distance, id));
            }
            if let Some(fingerprint) = file.fingerprint.filter(|_| stored.remember) {
                remember.push((fingerprint, file.hash));
            }
            outcomes.push(stored.outcome);
        }
        remember_and_commit(tx, &remember).await?;
        Ok(outcomes)
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

/// One file to store: its content hash (of the part, for a file stored in parts), the
/// fingerprint to record with it, and its runs.
#[derive(Debug, Clone, Copy)]
pub struct FileToStore<'a> {
    pub hash: &'a str,
    pub fingerprint: Option<&'a str>,
    pub runs: &'a [ImportedRun],
}

/// What storing a file needs to know first: the runs already stored from a file with its hash
/// (id, start) by id, and the runs stored and deleted around the file's own, sorted by start.
#[derive(Debug, Default)]
struct Around {
    existing: Vec<(i64, i64)>,
    nearby: Vec<Near>,
    gone: Vec<Near>,
}

/// [`Around`] for each of `files`, in one round trip (on a server each is one, for every file
/// of an import). The runs around are read once rather than once per run (a file may have
/// hundreds): the same-run test is then made here, and sees the file's own runs too.
async fn around(
    tx: &mut crate::write::Write<'_>,
    files: &[FileToStore<'_>],
) -> Result<Vec<Around>, StoreError> {
    // Deleted runs are matched like stored ones, so that the same run from another export
    // stays deleted too. The transaction's first statement: on SQLite its `BEGIN` goes with it.
    let mut sql = tx.begin_first().to_owned();
    for i in 0..files.len() {
        let (hash, first, last) = (2 + 3 * i, 3 + 3 * i, 4 + 3 * i);
        if i > 0 {
            sql.push_str(" UNION ALL ");
        }
        sql.push_str(&format!(
            "SELECT CAST(0 AS BIGINT), CAST({i} AS BIGINT), id, start_utc, \
             CAST(0 AS DOUBLE PRECISION) FROM runs WHERE runner_id = $1 AND content_hash = ${hash} \
             UNION ALL SELECT CAST(1 AS BIGINT), CAST({i} AS BIGINT), id, start_utc, distance_m \
             FROM runs WHERE runner_id = $1 AND start_utc BETWEEN ${first} AND ${last} \
             UNION ALL SELECT CAST(2 AS BIGINT), CAST({i} AS BIGINT), id, start_utc, distance_m \
             FROM deleted_runs WHERE runner_id = $1 AND start_utc BETWEEN ${first} AND ${last}"
        ));
    }
    let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(tx.runner());
    for file in files {
        let first = file.runs.iter().map(|r| r.run.start_utc).min().unwrap_or(0);
        let last = file.runs.iter().map(|r| r.run.start_utc).max().unwrap_or(0);
        query = query
            .bind(file.hash)
            .bind(first.saturating_sub(SAME_RUN_START_S))
            .bind(last.saturating_add(SAME_RUN_START_S));
    }
    // `fetch_all`: each statement of `BEGIN IMMEDIATE; SELECT …` runs only as rows are read.
    let rows: Vec<(i64, i64, i64, i64, f64)> = query.fetch_all(&mut **tx).await?;
    let mut arounds: Vec<Around> = files.iter().map(|_| Around::default()).collect();
    for (kind, file, id, start, distance) in rows {
        let Some(around) = usize::try_from(file).ok().and_then(|f| arounds.get_mut(f)) else {
            continue;
        };
        match kind {
            0 => around.existing.push((id, start)),
            1 => around.nearby.push((start, distance, id)),
            _ => around.gone.push((start, distance, id)),
        }
    }
    for around in &mut arounds {
        around.existing.sort_unstable();
        around.nearby.sort_by_key(|n| (n.0, n.2));
        around.gone.sort_by_key(|n| (n.0, n.2));
    }
    Ok(arounds)
}

/// What [`store_runs`] did with one file inside its transaction.
#[derive(Debug)]
struct RunsStored {
    outcome: StoredFile,
    /// The runs it stored: (start, distance, id).
    new: Vec<Near>,
    /// Whether anything was written.
    wrote: bool,
    /// False when what was written must not be kept (asked to restore, nothing was missing).
    keep: bool,
    /// Whether the file's fingerprint is to be recorded.
    remember: bool,
}

/// Stores one file's runs in the open transaction, given what is [`Around`] them; the shoes
/// found or created so far in this transaction are in `shoes`, by name.
async fn store_runs(
    tx: &mut crate::write::Write<'_>,
    file: &FileToStore<'_>,
    around: Around,
    restore_deleted: bool,
    shoes: &mut HashMap<String, i64>,
) -> Result<RunsStored, StoreError> {
    let Around { existing, mut nearby, gone } = around;
    let existing_ids = || existing.iter().map(|e| e.0).collect();
    if !existing.is_empty() && !restore_deleted {
        return Ok(RunsStored {
            outcome: StoredFile::AlreadyImported { run_ids: existing_ids() },
            new: Vec::new(),
            wrote: false,
            keep: true,
            remember: true,
        });
    }
    let mut new = Vec::new();
    let mut duplicates_of = Vec::new();
    let mut deleted = 0;
    let mut wrote = false;
    for imported in file.runs {
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
                .execute(&mut **tx)
                .await?;
            wrote = true;
        }
        if let Some(id) = same_run(&nearby, run.start_utc, run.distance_m) {
            duplicates_of.push(id);
            continue;
        }
        let shoe_id = match &imported.shoe {
            Some(name) => match shoes.get(name) {
                Some(&id) => Some(id),
                None => {
                    let id = shoe_id_in(tx, name).await?;
                    shoes.insert(name.clone(), id);
                    Some(id)
                }
            },
            None => run.shoe_id,
        };
        // Every run of the file carries the file's hash, which is how a re-import is found.
        let run = NewRun { content_hash: Some(file.hash.to_owned()), shoe_id, ..run.clone() };
        let samples = imported.streams.as_ref().map(|s| (i64::from(blob::VERSION), s.as_bytes()));
        let id = insert_run_with_samples(tx, &run, samples).await?;
        wrote = true;
        let at = nearby.partition_point(|n| n.0 < run.start_utc);
        nearby.insert(at, (run.start_utc, run.distance_m, id));
        new.push((run.start_utc, run.distance_m, id));
    }
    if new.is_empty() && !existing.is_empty() {
        // Asked to restore, but nothing of this file was deleted.
        return Ok(RunsStored {
            outcome: StoredFile::AlreadyImported { run_ids: existing_ids() },
            new,
            wrote,
            keep: false,
            remember: false,
        });
    }
    let run_ids: Vec<i64> = new.iter().map(|n| n.2).collect();
    let outcome = if run_ids.is_empty() && !duplicates_of.is_empty() {
        StoredFile::Duplicate { of: duplicates_of }
    } else if run_ids.is_empty() && deleted > 0 {
        StoredFile::Deleted { count: deleted }
    } else {
        StoredFile::Imported { run_ids, duplicates_of, deleted }
    };
    Ok(RunsStored { outcome, new, wrote, keep: true, remember: deleted == 0 })
}

/// Records files' fingerprints (with the content hash each gave) as the last statement of
/// their transaction, and commits it (on SQLite in one round trip).
async fn remember_and_commit(
    tx: crate::write::Write<'_>,
    remember: &[(&str, &str)],
) -> Result<(), StoreError> {
    if remember.is_empty() {
        return tx.commit().await;
    }
    let rows: Vec<String> =
        (0..remember.len()).map(|i| format!("($1, ${}, ${})", 2 + 2 * i, 3 + 2 * i)).collect();
    let sql = format!(
        "INSERT INTO file_fingerprints (runner_id, fingerprint, content_hash) VALUES {} \
         ON CONFLICT (runner_id, fingerprint) DO NOTHING",
        rows.join(", ")
    );
    let runner = tx.runner();
    tx.commit_after(sql, |sql| {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(runner);
        for &(fingerprint, hash) in remember {
            query = query.bind(fingerprint).bind(hash);
        }
        query
    })
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

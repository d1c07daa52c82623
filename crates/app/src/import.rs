//! Importing runs from watch files and exports: each file decoded by `runwell-import` and stored
//! by the store, with an outcome per file.
//!
//! The walk runs on a thread of its own (decoding on `runwell-import`'s pool of decoder threads)
//! and hands files over through a small bounded channel, so that decoding and writing overlap
//! and memory stays bounded however large the export. A file stored whole before is known by its
//! fingerprint (`file_fingerprints`, recorded in the transaction of its last part) and is
//! reported "already imported" without being decoded; the content hash still finds the same
//! recording arriving from another export. The
//! costs are bounded as the import crate's [`Limits`] say; here, in addition, a runner has one
//! import at a time ([`ImportTurn`]), every activity is checked against the plausibility rules
//! of `runwell_domain::plausible` before it is stored, and a file's runs are stored in
//! transactions of at most `Limits::max_runs_per_transaction`, so that a file of thousands of
//! activities never holds the writer for long. A file of that many activities is then stored in
//! parts, each whole or not at all; importing it again stores the parts that are missing.
//! Smaller files are stored several to a transaction (`BATCH`), each with the outcome it would
//! have alone; when such a transaction fails they are stored one by one, so that a file at
//! fault fails alone and the rest land.

use std::collections::HashMap;
use std::path::PathBuf;

use runwell_domain::cadence::stream_cadence_spm;
use runwell_domain::{DistanceUnit, DomainError, DurationS, LocalDay, Sport, plausible};
use runwell_import::{Activity, FileOutcome, HashScheme, ImportError, Limits};
use runwell_store::{FileToStore, ImportedRun, NewRun, StoredFile, StreamsBlob};
use serde::Serialize;

use crate::{App, AppError, utc_today};

/// Files decoded ahead of the writer: enough that a file the writer is slow with (a checkpoint
/// of the database, a long file) does not stop the decoders, little memory (each is one file's
/// runs and samples). 16 against 4 took about 5 % off the import of the 2,000-run export.
const QUEUE: usize = 16;

/// At most this many files that were decoded while the ones before were stored are stored in
/// one transaction (`Store::store_files`), within `Limits::max_runs_per_transaction` runs: one
/// transaction per file cost the 2,000-run export a third of its import time in round trips
/// to the database's thread and in commits.
const BATCH: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Imported,
    Duplicate,
    /// Every run in it was deleted by the runner, so nothing was stored.
    Deleted,
    NotActivity,
    Failed,
}

/// What happened to one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: String,
    pub outcome: Outcome,
    /// The file as a runner knows it: its run ("Sat 15 Aug 2015 · 9.0 km · 47:12"), or how
    /// many activities it holds.
    pub summary: Option<String>,
    pub run_ids: Vec<i64>,
    /// Runs of the file the runner had deleted, left out (`--include-deleted` brings them back).
    pub deleted: usize,
    /// Why, for anything but a plain import; warnings for a partial one.
    pub reason: Option<String>,
    /// The bytes read from it (0 for a file refused before it was read).
    pub size_bytes: u64,
    /// What `summary` says, as data, for a front end that writes it in another language.
    #[serde(skip)]
    pub brief: Option<FileBrief>,
}

/// A file's activities as `summary` says them: the first one's day, distance, moving time and
/// sport, and how many there are.
#[derive(Debug, Clone, PartialEq)]
pub struct FileBrief {
    pub day: LocalDay,
    pub distance_m: f64,
    pub moving: DurationS,
    pub sport: Sport,
    pub activities: usize,
}

/// The whole import: counts and every file's outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub imported: usize,
    pub duplicates: usize,
    pub not_activities: usize,
    pub failed: usize,
    /// Files whose every run the runner had deleted.
    pub deleted: usize,
    /// Files inside folders and archives that are not activity data (an export's photos,
    /// documents), left out and only counted. A file given by name is reported by name.
    pub other_files_skipped: u64,
    pub files: Vec<FileReport>,
}

impl ImportReport {
    /// Whether nothing could be imported from what was given: no file stored a run, and none
    /// was already stored or deliberately left out. The CLI exits non-zero then.
    pub fn nothing_imported(&self) -> bool {
        self.imported == 0 && self.duplicates == 0 && self.deleted == 0
    }

    fn add(&mut self, file: FileReport) {
        match file.outcome {
            Outcome::Imported => self.imported += 1,
            Outcome::Duplicate => self.duplicates += 1,
            Outcome::NotActivity => self.not_activities += 1,
            Outcome::Deleted => self.deleted += 1,
            Outcome::Failed => self.failed += 1,
        }
        self.files.push(file);
    }
}

/// The runner's one import at a time, held while an import runs (an upload claims it before
/// its bytes are read). Dropping it lets the next import start.
#[derive(Debug)]
pub struct ImportTurn {
    _held: tokio::sync::OwnedMutexGuard<()>,
}

/// Reasons joined into one line for the report.
fn joined(first: impl Into<String>, rest: &[String]) -> String {
    let mut text = first.into();
    for r in rest {
        text.push_str("; ");
        text.push_str(r);
    }
    text
}

/// "Sat 15 Aug 2015 · 9.0 km · 47:12", an activity as a runner remembers it: its day where it
/// was recorded (the file's offset, else the runner's zone).
fn activity_summary(a: &Activity, zone: &jiff::tz::TimeZone, unit: DistanceUnit) -> String {
    let day = activity_day(a, zone);
    let moving = if a.moving_time.get() > 0.0 { a.moving_time } else { a.elapsed_time };
    let mut text = format!(
        "{} \u{b7} {} \u{b7} {moving}",
        day.weekday_date_year(),
        unit.short(a.distance.get())
    );
    if !a.sport.is_running() {
        text.push_str(&format!(" \u{b7} {}", a.sport.id().replace('_', " ")));
    }
    text
}

/// The day an activity was recorded on: the file's offset, else the runner's zone.
fn activity_day(a: &Activity, zone: &jiff::tz::TimeZone) -> LocalDay {
    let tz = match a.utc_offset_s.and_then(|s| jiff::tz::Offset::from_seconds(s).ok()) {
        Some(offset) => jiff::tz::TimeZone::fixed(offset),
        None => zone.clone(),
    };
    LocalDay::new(tz.to_datetime(a.start).date())
}

/// [`file_summary`] as data.
fn file_brief(activities: &[Activity], zone: &jiff::tz::TimeZone) -> Option<FileBrief> {
    let first = activities.first()?;
    Some(FileBrief {
        day: activity_day(first, zone),
        distance_m: first.distance.get(),
        moving: if first.moving_time.get() > 0.0 { first.moving_time } else { first.elapsed_time },
        sport: first.sport,
        activities: activities.len(),
    })
}

/// A file's activities in a few words: the one run, or the first and how many more.
fn file_summary(
    activities: &[Activity],
    zone: &jiff::tz::TimeZone,
    unit: DistanceUnit,
) -> Option<String> {
    let first = activity_summary(activities.first()?, zone, unit);
    Some(match activities.len() {
        1 => first,
        n => format!("{n} activities, the first {first}"),
    })
}

/// Whether an activity's numbers and day are plausible (`runwell_domain::plausible`).
fn plausible(a: &Activity, today: LocalDay) -> Result<(), DomainError> {
    plausible::distance_m(a.distance.get())?;
    plausible::duration_s(a.elapsed_time.get())?;
    plausible::duration_s(a.moving_time.get())?;
    for climb in [a.ascent, a.descent].into_iter().flatten() {
        plausible::climb_m(climb.get())?;
    }
    plausible::day(LocalDay::new(jiff::tz::TimeZone::UTC.to_datetime(a.start).date()), today)?;
    Ok(())
}

impl App {
    /// Lets the database grow by at most `extra_pages` pages until a write fails, so that a test
    /// of a front end can meet a real full disk (see `Store::cap_growth_for_test`).
    #[doc(hidden)]
    pub async fn cap_database_growth_for_test(&self, extra_pages: u32) -> Result<(), AppError> {
        Ok(self.store().cap_growth_for_test(extra_pages).await?)
    }

    /// Claims the runner's import turn, or says that an import is already running.
    pub fn import_turn(&self) -> Result<ImportTurn, AppError> {
        let held = self.import_lock.clone().try_lock_owned().map_err(|_| AppError::ImportBusy)?;
        Ok(ImportTurn { _held: held })
    }

    /// Imports every file under `paths` (files, folders, archives, exports), calling `progress`
    /// after each file with its report.
    pub async fn import_paths(
        &self,
        paths: Vec<PathBuf>,
        limits: &Limits,
        restore_deleted: bool,
        progress: impl FnMut(&FileReport),
    ) -> Result<ImportReport, AppError> {
        let turn = self.import_turn()?;
        let files = paths.into_iter().map(|p| (p.display().to_string(), p)).collect();
        self.import_files(&turn, files, limits, restore_deleted, progress).await
    }

    /// Imports files and folders on disk, each reported under the name given with it (an
    /// upload's own name for the temporary file that holds it), during `turn`. Runs the runner
    /// deleted stay out unless `restore_deleted`.
    pub async fn import_files(
        &self,
        _turn: &ImportTurn,
        files: Vec<(String, PathBuf)>,
        limits: &Limits,
        restore_deleted: bool,
        mut progress: impl FnMut(&FileReport),
    ) -> Result<ImportReport, AppError> {
        // Files stored whole before are known by their fingerprint and are not decoded again;
        // asked to restore deleted runs, every file is read.
        let known = if restore_deleted {
            HashMap::new()
        } else {
            self.store().known_fingerprints(self.runner).await?
        };
        // The runs each known file gave, read once for the import (none are needed without any).
        let runs_by_file = if known.is_empty() {
            HashMap::new()
        } else {
            self.store().runs_by_file(self.runner).await?
        };
        // A runner whose runs carry SHA-256 hashes is hashed so still, so that those files are
        // still known as themselves; everyone else with the faster BLAKE3.
        let scheme =
            if self.store().has_hashes_without(self.runner, HashScheme::BLAKE3_PREFIX).await? {
                HashScheme::Sha256
            } else {
                HashScheme::Blake3
            };
        let known = std::sync::Arc::new(known);
        let fingerprints = known.clone();
        // The files named themselves (not folders): one the walker leaves out quietly (a photo)
        // is still reported by its name, never dropped without a word.
        let named: Vec<(String, u64)> = files
            .iter()
            .filter(|(_, path)| path.is_file())
            .map(|(name, path)| (name.clone(), std::fs::metadata(path).map_or(0, |m| m.len())))
            .collect();
        let (tx, mut rx) = tokio::sync::mpsc::channel::<FileOutcome>(QUEUE);
        let walk_limits = limits.clone();
        let decoder = std::thread::spawn(move || {
            let is_known = |fingerprint: &str| fingerprints.contains_key(fingerprint);
            runwell_import::walk_skipping(&files, &walk_limits, scheme, &is_known, |outcome| {
                // The receiver only goes away when the import is abandoned: stop decoding then.
                let _ = tx.blocking_send(outcome);
            })
        });
        let today = utc_today();
        let zone = match self.store().profile(self.runner).await {
            Ok(Some(profile)) => profile.time_zone.tz().clone(),
            _ => jiff::tz::TimeZone::UTC,
        };
        let unit = self.distance_unit().await?;
        // Read once per import, not once per file: each read is a round trip the writer waits
        // for.
        let surface = self.default_surface().await?;
        let how = How { limits, today, zone: &zone, unit, surface, restore_deleted };
        let mut report = ImportReport::default();
        // Files are stored `BATCH` at a time, while the walker decodes the next ones.
        let mut ready = Vec::with_capacity(BATCH);
        loop {
            let outcome = rx.recv().await;
            let last = outcome.is_none();
            ready.extend(outcome);
            if ready.len() < BATCH && !last {
                continue;
            }
            let files = std::mem::replace(&mut ready, Vec::with_capacity(BATCH));
            for file in self.store_outcomes(files, &how, &known, &runs_by_file).await {
                progress(&file);
                report.add(file);
            }
            if last {
                break;
            }
        }
        // The walker has sent its last file once the channel closes.
        let skipped = decoder.join().map_or(0, |summary| summary.skipped);
        let mut named_skipped = 0;
        for (name, size_bytes) in named {
            let reported = report.files.iter().any(|f| {
                f.path == name
                    || f.path.strip_prefix(name.as_str()).is_some_and(|r| r.starts_with('/'))
            });
            if !reported {
                named_skipped += 1;
                let file = FileReport {
                    path: name,
                    outcome: Outcome::NotActivity,
                    summary: None,
                    run_ids: vec![],
                    deleted: 0,
                    reason: Some("not an activity file \u{2014} skipped".to_owned()),
                    size_bytes,
                    brief: None,
                };
                progress(&file);
                report.add(file);
            }
        }
        report.other_files_skipped = skipped.saturating_sub(named_skipped);
        Ok(report)
    }

    /// Reports a file known by its fingerprint: imported before, unchanged, not decoded again.
    fn known_file(
        outcome: FileOutcome,
        known: &HashMap<String, String>,
        runs_by_file: &HashMap<String, Vec<i64>>,
    ) -> FileReport {
        let hash = outcome.fingerprint.as_ref().and_then(|f| known.get(f));
        let run_ids = hash.and_then(|h| runs_by_file.get(h)).cloned().unwrap_or_default();
        FileReport {
            path: outcome.path,
            outcome: Outcome::Duplicate,
            summary: None,
            run_ids,
            deleted: 0,
            reason: Some("already imported".to_owned()),
            size_bytes: outcome.size_bytes,
            brief: None,
        }
    }

    /// Stores decoded files and says what happened to each, in order. Never fails the import:
    /// a file that cannot be stored is reported and the rest go on. Files of one part are
    /// stored together, in transactions of up to `max_runs_per_transaction` runs; when such a
    /// transaction fails, its files are stored one by one, so that only the file at fault fails.
    async fn store_outcomes(
        &self,
        outcomes: Vec<FileOutcome>,
        how: &How<'_>,
        known: &HashMap<String, String>,
        runs_by_file: &HashMap<String, Vec<i64>>,
    ) -> Vec<FileReport> {
        let mut reports: Vec<Option<FileReport>> = Vec::with_capacity(outcomes.len());
        let mut prepared: Vec<(usize, Prepared)> = Vec::new();
        for outcome in outcomes {
            if outcome.known {
                reports.push(Some(Self::known_file(outcome, known, runs_by_file)));
                continue;
            }
            match prepare(outcome, how) {
                Ready::Store(file) => {
                    // Its report comes once it is stored.
                    prepared.push((reports.len(), file));
                    reports.push(None);
                }
                Ready::Done(report) => reports.push(Some(report)),
            }
        }
        let per_part = how.limits.max_runs_per_transaction.max(1);
        let together = |file: &Prepared| !how.restore_deleted && file.runs.len() <= per_part;
        let mut batch: Vec<(usize, Prepared)> = Vec::new();
        for (at, file) in prepared {
            if !together(&file) {
                self.store_batch(std::mem::take(&mut batch), how, &mut reports).await;
                let stored = self.store_parts(&file, how).await;
                reports[at] = Some(finish(file, stored, how));
                continue;
            }
            let runs: usize = batch.iter().map(|(_, f)| f.runs.len()).sum();
            if runs + file.runs.len() > per_part {
                self.store_batch(std::mem::take(&mut batch), how, &mut reports).await;
            }
            batch.push((at, file));
        }
        self.store_batch(batch, how, &mut reports).await;
        reports.into_iter().flatten().collect()
    }

    /// Stores files of one part each in one transaction, or one by one if that fails.
    async fn store_batch(
        &self,
        batch: Vec<(usize, Prepared)>,
        how: &How<'_>,
        reports: &mut [Option<FileReport>],
    ) {
        if batch.is_empty() {
            return;
        }
        let files: Vec<FileToStore<'_>> = batch
            .iter()
            .map(|(_, f)| FileToStore {
                hash: &f.hash,
                fingerprint: f.fingerprint.as_deref(),
                runs: &f.runs,
            })
            .collect();
        let together = if batch.len() > 1 {
            self.store().store_files(self.runner, &files).await.ok()
        } else {
            None
        };
        drop(files);
        match together {
            Some(outcomes) => {
                for ((at, file), outcome) in batch.into_iter().zip(outcomes) {
                    let mut stored = Stored::default();
                    stored.add(outcome);
                    stored.parts_done = 1;
                    reports[at] = Some(finish(file, stored, how));
                }
            }
            None => {
                for (at, file) in batch {
                    let stored = self.store_parts(&file, how).await;
                    reports[at] = Some(finish(file, stored, how));
                }
            }
        }
    }

    /// Stores a file's activities in parts of at most `max_runs_per_transaction`, each in its
    /// own transaction under its own hash (`HASH`, then `HASH#2`, `HASH#3`…), so that a part
    /// already stored is found again on a second import. Stops at the first part that fails. The
    /// file's `fingerprint` is recorded with its last part, so that it is known once whole.
    async fn store_parts(&self, file: &Prepared, how: &How<'_>) -> Stored {
        let limits = how.limits;
        let mut stored = Stored::default();
        let per_part = limits.max_runs_per_transaction.max(1);
        let parts = file.runs.len().div_ceil(per_part);
        for (k, runs) in file.runs.chunks(per_part).enumerate() {
            let hash = &file.hash;
            let part_hash = if k == 0 { hash.to_owned() } else { format!("{hash}#{}", k + 1) };
            let last = (k + 1 == parts).then_some(file.fingerprint.as_deref()).flatten();
            let restore = how.restore_deleted;
            match self
                .store()
                .store_file_fingerprinted(self.runner, &part_hash, last, runs, restore)
                .await
            {
                Ok(outcome) => stored.add(outcome),
                Err(error) => {
                    stored.error = Some(error.to_string());
                    return stored;
                }
            }
            stored.parts_done += 1;
        }
        stored
    }
}

/// A decoded file ready to store: its plausible activities, as runs.
struct Prepared {
    path: String,
    size_bytes: u64,
    hash: String,
    fingerprint: Option<String>,
    activities: Vec<Activity>,
    runs: Vec<ImportedRun>,
    warnings: Vec<String>,
}

/// A decoded file: to store, or with nothing to store and its report made.
enum Ready {
    Store(Prepared),
    Done(FileReport),
}

/// A report for `path` with nothing stored.
fn unstored(path: String, size_bytes: u64, outcome: Outcome, reason: Option<String>) -> FileReport {
    FileReport {
        path,
        outcome,
        summary: None,
        run_ids: vec![],
        deleted: 0,
        reason,
        size_bytes,
        brief: None,
    }
}

/// A decoded file's runs to store, or the report of a file with nothing to store: not an
/// activity, failed, or nothing in it plausible.
fn prepare(outcome: FileOutcome, how: &How<'_>) -> Ready {
    let FileOutcome { path, size_bytes, content_hash, fingerprint, result, .. } = outcome;
    let parsed = match result {
        Ok(parsed) => parsed,
        Err(ImportError::NotActivity(_)) => {
            let reason = "not an activity file \u{2014} skipped".to_owned();
            return Ready::Done(unstored(path, size_bytes, Outcome::NotActivity, Some(reason)));
        }
        Err(error) => {
            return Ready::Done(unstored(
                path,
                size_bytes,
                Outcome::Failed,
                Some(error.to_string()),
            ));
        }
    };
    let mut warnings = parsed.warnings;
    if parsed.activities.is_empty() {
        let reason = joined("there was nothing in it to import", &warnings);
        return Ready::Done(unstored(path, size_bytes, Outcome::NotActivity, Some(reason)));
    }
    let Some(hash) =
        content_hash.or_else(|| parsed.activities.first().map(|a| a.content_hash.to_string()))
    else {
        let reason = Some("the file held no activity".to_owned());
        return Ready::Done(unstored(path, size_bytes, Outcome::Failed, reason));
    };
    let mut activities = Vec::with_capacity(parsed.activities.len());
    let mut refused = Vec::new();
    for a in parsed.activities {
        match plausible(&a, how.today) {
            Ok(()) => activities.push(a),
            Err(e) => refused.push(format!(
                "the activity starting {} was left out: {e}",
                a.start.strftime("%Y-%m-%d %H:%M")
            )),
        }
    }
    if activities.is_empty() {
        let reason = joined("nothing in it is plausible, so nothing was stored", &refused);
        return Ready::Done(unstored(path, size_bytes, Outcome::Failed, Some(reason)));
    }
    warnings.extend(refused);
    let runs = activities.iter().map(|a| imported_run(a, how.surface)).collect();
    Ready::Store(Prepared { path, size_bytes, hash, fingerprint, activities, runs, warnings })
}

/// What happened to a file, once what storing it did is known.
fn finish(file: Prepared, stored: Stored, how: &How<'_>) -> FileReport {
    let Prepared { path, size_bytes, activities, mut warnings, .. } = file;
    let report = |outcome, run_ids, reason| FileReport {
        path: path.clone(),
        outcome,
        summary: file_summary(&activities, how.zone, how.unit),
        run_ids,
        deleted: stored.deleted,
        reason,
        size_bytes,
        brief: file_brief(&activities, how.zone),
    };
    if let Some(error) = &stored.error {
        let reason = if stored.run_ids.is_empty() && stored.parts_done == 0 {
            format!("could not be stored, nothing of it was kept: {error}")
        } else {
            format!(
                "only the first {} of its {} activities could be stored ({error}); \
                 importing it again stores the rest",
                stored.parts_done * how.limits.max_runs_per_transaction.max(1),
                activities.len()
            )
        };
        let outcome = if stored.run_ids.is_empty() { Outcome::Failed } else { Outcome::Imported };
        let reason = Some(joined(reason, &warnings));
        return report(outcome, stored.run_ids.clone(), reason);
    }
    if stored.deleted > 0 {
        warnings.push(format!(
            "{} run(s) in it you deleted were left out (import with --include-deleted to \
             bring them back)",
            stored.deleted
        ));
    }
    let warnings = (!warnings.is_empty()).then(|| warnings.join("; "));
    match (stored.run_ids.is_empty(), stored.already.is_empty()) {
        (false, _) => {
            let mut reason = warnings;
            if !stored.duplicates_of.is_empty() {
                let note = format!(
                    "some activities were already stored as run(s) {:?}",
                    stored.duplicates_of
                );
                reason = Some(reason.map_or(note.clone(), |w| format!("{w}; {note}")));
            }
            report(Outcome::Imported, stored.run_ids.clone(), reason)
        }
        (true, false) => {
            let mut ids = stored.already.clone();
            ids.extend(&stored.duplicates_of);
            report(Outcome::Duplicate, ids, Some("already imported".to_owned()))
        }
        (true, true) if stored.duplicates_of.is_empty() && stored.deleted > 0 => {
            report(Outcome::Deleted, vec![], warnings)
        }
        (true, true) => {
            let ids: Vec<String> = stored.duplicates_of.iter().map(|id| format!("#{id}")).collect();
            let reason = format!("the same run as {} from another source", ids.join(", "));
            report(Outcome::Duplicate, stored.duplicates_of.clone(), Some(reason))
        }
    }
}

/// One activity as a run to store: its surface from the sport where the file tells, else the
/// runner's default; its shoe from a Strava export's gear name, for running only (the store
/// finds or creates it inside the file's transaction).
fn imported_run(a: &Activity, default_surface: Option<runwell_domain::Surface>) -> ImportedRun {
    let surface = match a.sport.implied_surface() {
        Some(surface) => Some(surface),
        None if a.sport.is_running() => default_surface,
        None => None,
    };
    let shoe = a
        .gear
        .as_deref()
        .map(str::trim)
        .filter(|g| !g.is_empty() && a.sport.is_running())
        .map(str::to_owned);
    let streams = (!a.streams.is_empty()).then(|| StreamsBlob::new(&a.streams));
    let text = |t: &Option<std::sync::Arc<str>>| t.as_deref().map(str::to_owned);
    ImportedRun {
        run: NewRun {
            start_utc: a.start.as_second(),
            utc_offset_s: a.utc_offset_s,
            sport: Some(a.sport),
            distance_m: a.distance.get(),
            moving_s: Some(a.moving_time.get()),
            elapsed_s: a.elapsed_time.get(),
            ascent_m: a.ascent.map(|d| d.get()),
            descent_m: a.descent.map(|d| d.get()),
            avg_hr: a.avg_heart_rate.map(|h| h.bpm()),
            max_hr: a.max_heart_rate.map(|h| h.bpm()),
            avg_cadence_spm: a.avg_cadence_spm,
            cadence_median_spm: if a.sport.is_running() {
                stream_cadence_spm(&a.streams, &runwell_domain::Thresholds::default())
            } else {
                None
            },
            rpe: None,
            surface,
            shoe_id: None,
            gear_name: text(&a.gear),
            // An export's activity name ("Morning Run") is the run's title, not a note of hers.
            title: text(&a.name),
            note: None,
            device: text(&a.device),
            source: a.source_file.to_string(),
            content_hash: Some(a.content_hash.to_string()),
            partial: a.partial,
        },
        streams,
        shoe,
    }
}

/// How one import stores its files.
struct How<'a> {
    limits: &'a Limits,
    today: LocalDay,
    /// The runner's zone, for the day a file's run is shown on.
    zone: &'a jiff::tz::TimeZone,
    /// The runner's unit, for the summaries.
    unit: DistanceUnit,
    /// The runner's default surface as the import began, for runs whose sport names none.
    surface: Option<runwell_domain::Surface>,
    restore_deleted: bool,
}

/// What storing a file's parts did.
#[derive(Debug, Default)]
struct Stored {
    run_ids: Vec<i64>,
    duplicates_of: Vec<i64>,
    already: Vec<i64>,
    deleted: usize,
    parts_done: usize,
    error: Option<String>,
}

impl Stored {
    /// Adds what storing one part of the file did.
    fn add(&mut self, outcome: StoredFile) {
        match outcome {
            StoredFile::Imported { run_ids, duplicates_of, deleted } => {
                self.run_ids.extend(run_ids);
                self.duplicates_of.extend(duplicates_of);
                self.deleted += deleted;
            }
            StoredFile::Deleted { count } => self.deleted += count,
            StoredFile::Duplicate { of } => self.duplicates_of.extend(of),
            StoredFile::AlreadyImported { run_ids } => self.already.extend(run_ids),
        }
    }
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;

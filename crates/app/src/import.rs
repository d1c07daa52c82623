//! Importing runs from watch files and exports: each file decoded by `runwell-import` and stored
//! in its own transaction by the store, with an outcome per file.
//!
//! Decoding runs on a thread of its own and hands files over through a small bounded channel,
//! so that decoding and writing overlap and memory stays bounded however large the export.

use std::path::PathBuf;

use runwell_domain::cadence::stream_cadence_spm;
use runwell_import::{Activity, FileOutcome, ImportError, Limits};
use runwell_store::{ImportedRun, NewRun, StoredFile};
use serde::Serialize;

use crate::{App, AppError};

/// The version of the streams blob format written by this runwell.
const STREAMS_FORMAT: i64 = 1;
/// Files decoded ahead of the writer: enough to keep both cores busy, little memory.
const QUEUE: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Imported,
    Duplicate,
    NotActivity,
    Failed,
}

/// What happened to one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: String,
    pub outcome: Outcome,
    pub run_ids: Vec<i64>,
    /// Why, for anything but a plain import; warnings for a partial one.
    pub reason: Option<String>,
    pub size_bytes: u64,
}

/// The whole import: counts and every file's outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub imported: usize,
    pub duplicates: usize,
    pub not_activities: usize,
    pub failed: usize,
    pub files: Vec<FileReport>,
}

impl ImportReport {
    fn add(&mut self, file: FileReport) {
        match file.outcome {
            Outcome::Imported => self.imported += 1,
            Outcome::Duplicate => self.duplicates += 1,
            Outcome::NotActivity => self.not_activities += 1,
            Outcome::Failed => self.failed += 1,
        }
        self.files.push(file);
    }
}

impl App {
    /// Imports every file under `paths` (files, folders, archives, exports), calling `progress`
    /// after each file with its report.
    pub async fn import_paths(
        &self,
        paths: Vec<PathBuf>,
        mut progress: impl FnMut(&FileReport),
    ) -> Result<ImportReport, AppError> {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<FileOutcome>(QUEUE);
        let decoder = std::thread::spawn(move || {
            runwell_import::walk(&paths, &Limits::default(), |outcome| {
                // The receiver only goes away when the import is abandoned: stop decoding then.
                let _ = tx.blocking_send(outcome);
            });
        });
        let mut report = ImportReport::default();
        while let Some(outcome) = rx.recv().await {
            let file = self.store_outcome(outcome).await;
            progress(&file);
            report.add(file);
        }
        // The walker has sent its last file once the channel closes.
        let _ = decoder.join();
        self.changed();
        Ok(report)
    }

    /// Imports one uploaded file or archive held in memory.
    pub async fn import_bytes(&self, name: &str, bytes: Vec<u8>) -> Result<ImportReport, AppError> {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<FileOutcome>(QUEUE);
        let name = name.to_owned();
        let decoder = std::thread::spawn(move || {
            runwell_import::walk_bytes(&name, &bytes, &Limits::default(), |outcome| {
                let _ = tx.blocking_send(outcome);
            });
        });
        let mut report = ImportReport::default();
        while let Some(outcome) = rx.recv().await {
            report.add(self.store_outcome(outcome).await);
        }
        let _ = decoder.join();
        self.changed();
        Ok(report)
    }

    /// Stores one decoded file and says what happened. Never fails the import: a file that
    /// cannot be stored is reported and the rest go on.
    async fn store_outcome(&self, outcome: FileOutcome) -> FileReport {
        let FileOutcome { path, size_bytes, content_hash, result } = outcome;
        let report = |outcome, run_ids, reason| FileReport {
            path: path.clone(),
            outcome,
            run_ids,
            reason,
            size_bytes,
        };
        let parsed = match result {
            Ok(parsed) => parsed,
            Err(ImportError::NotActivity(kind)) => {
                return report(
                    Outcome::NotActivity,
                    vec![],
                    Some(ImportError::NotActivity(kind).to_string()),
                );
            }
            Err(error) => return report(Outcome::Failed, vec![], Some(error.to_string())),
        };
        let Some(hash) =
            content_hash.or_else(|| parsed.activities.first().map(|a| a.content_hash.clone()))
        else {
            return report(Outcome::Failed, vec![], Some("the file held no activity".to_owned()));
        };
        let mut runs = Vec::with_capacity(parsed.activities.len());
        for activity in &parsed.activities {
            match self.imported_run(activity).await {
                Ok(run) => runs.push(run),
                Err(error) => return report(Outcome::Failed, vec![], Some(error.to_string())),
            }
        }
        let warnings = (!parsed.warnings.is_empty()).then(|| parsed.warnings.join("; "));
        match self.store().store_file(&hash, &runs).await {
            Ok(StoredFile::Imported { run_ids, duplicates_of }) => {
                let mut reason = warnings;
                if !duplicates_of.is_empty() {
                    let note =
                        format!("some activities were already stored as run(s) {duplicates_of:?}");
                    reason = Some(reason.map_or(note.clone(), |w| format!("{w}; {note}")));
                }
                report(Outcome::Imported, run_ids, reason)
            }
            Ok(StoredFile::Duplicate { of }) => {
                let ids: Vec<String> = of.iter().map(|id| format!("#{id}")).collect();
                report(
                    Outcome::Duplicate,
                    of,
                    Some(format!("the same run as {} from another source", ids.join(", "))),
                )
            }
            Ok(StoredFile::AlreadyImported { run_ids }) => {
                report(Outcome::Duplicate, run_ids, Some("already imported".to_owned()))
            }
            Err(error) => report(
                Outcome::Failed,
                vec![],
                Some(format!("could not be stored, nothing of it was kept: {error}")),
            ),
        }
    }

    /// One activity as a run to store: its surface from the sport where the file tells, else the
    /// runner's default; its shoe from a Strava export's gear name, for running only.
    async fn imported_run(&self, a: &Activity) -> Result<ImportedRun, AppError> {
        let surface = match a.sport.implied_surface() {
            Some(surface) => Some(surface),
            None if a.sport.is_running() => self.default_surface().await?,
            None => None,
        };
        let shoe_id = match a.gear.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
            Some(gear) if a.sport.is_running() => Some(self.store().shoe_id(gear).await?),
            _ => None,
        };
        let streams = (!a.streams.is_empty()).then(|| (STREAMS_FORMAT, a.streams.encode()));
        Ok(ImportedRun {
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
                    stream_cadence_spm(&a.streams)
                } else {
                    None
                },
                rpe: None,
                surface,
                shoe_id,
                gear_name: a.gear.clone(),
                note: a.name.clone(),
                device: a.device.clone(),
                source: a.source_file.clone(),
                content_hash: Some(a.content_hash.clone()),
                partial: a.partial,
            },
            streams,
        })
    }
}

/// One kilometre of a run, for `runwell run ID` and the run page.
#[derive(Debug, Clone, Serialize)]
pub struct SplitView {
    pub km: u32,
    pub distance_m: f64,
    pub duration_s: f64,
    pub pace_s_per_km: f64,
    pub avg_hr: Option<f64>,
    pub avg_cadence: Option<f64>,
}

impl App {
    /// A run's samples, when it was imported with them.
    pub async fn run_streams(
        &self,
        id: i64,
    ) -> Result<Option<runwell_domain::streams::Streams>, AppError> {
        let Some((format, data)) = self.store().run_streams(id).await? else { return Ok(None) };
        if format != STREAMS_FORMAT {
            return Ok(None);
        }
        Ok(Some(runwell_domain::streams::Streams::decode(&data)?))
    }

    /// A run's splits per kilometre, from its samples (empty for a run without them).
    pub async fn run_splits(&self, id: i64) -> Result<Vec<SplitView>, AppError> {
        let Some(streams) = self.run_streams(id).await? else { return Ok(Vec::new()) };
        Ok(streams
            .splits_km()
            .into_iter()
            .map(|s| SplitView {
                km: s.index,
                distance_m: s.distance_m,
                duration_s: s.duration_s,
                pace_s_per_km: s.pace_s_per_km,
                avg_hr: s.avg_heart_rate_bpm,
                avg_cadence: s.avg_cadence_per_min,
            })
            .collect())
    }
}

//! Restore: an export's ZIP back into runwell, through the store's own operations. Into an
//! empty database by default; with `merge`, into one that holds data, adding only what is not
//! there (runs by content hash and start, through the import's own `store_file`).
//!
//! The ZIP is untrusted: it is read within [`Limits`] (entry count, each entry's size and
//! compression ratio, a total budget) and every value is checked, all of it before anything is
//! written, so that a bad file stores nothing.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use runwell_domain::diary::PainEntry;
use runwell_domain::streams::{Columns, Streams};
use runwell_domain::{
    DomainError, HeartRate, LocalDay, PainScore, Profile, Rpe, RunnerZone, ShoeThresholds,
    WeekdaySet,
};
use runwell_import::Limits;
use runwell_store::{
    DeletedRunRow, ImportedRun, NewRun, SAME_RUN_START_S, SessionRow, SetRow, StreamsBlob,
};
use serde::Serialize;

use crate::export::format::{ExportFile, FORMAT, RunOut, SamplesOut};
use crate::{App, AppError};

/// What a restore stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RestoreSummary {
    pub runs: usize,
    /// Runs of the file already here (`merge`), by content hash and start.
    pub runs_already_here: usize,
    pub pain_entries: usize,
    pub sessions: usize,
    pub answers: usize,
}

/// "1 run", "2 runs": a count with its noun.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl RestoreSummary {
    /// What was restored, in a sentence both front ends show ("Restored 1 run, 2 pain entries,
    /// …"), `from` naming the file where the front end has one.
    pub fn sentence(&self, from: Option<&str>) -> String {
        let from = from.map(|f| format!(" from {f}")).unwrap_or_default();
        let already = if self.runs_already_here > 0 {
            format!(" ({} here already)", count(self.runs_already_here, "run was", "runs were"))
        } else {
            String::new()
        };
        format!(
            "Restored {}, {}, {} and {}{from}{already}.",
            count(self.runs, "run", "runs"),
            count(self.pain_entries, "pain entry", "pain entries"),
            count(self.sessions, "session", "sessions"),
            count(self.answers, "check answer", "check answers"),
        )
    }
}

fn refused(message: impl Into<String>) -> AppError {
    AppError::Restore(message.into())
}

fn bad(what: &str) -> impl Fn(DomainError) -> AppError + '_ {
    move |e| refused(format!("the export's {what} cannot be read ({e}); nothing was restored"))
}

/// The ZIP opened within the limits: each entry read is charged to one budget.
struct Archive {
    zip: zip::ZipArchive<std::fs::File>,
    limits: Limits,
    budget: u64,
}

impl Archive {
    fn open(path: &Path, limits: &Limits) -> Result<Archive, AppError> {
        let shown = path.display();
        let file =
            std::fs::File::open(path).map_err(|e| refused(format!("cannot open {shown}: {e}")))?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        if size > limits.max_nested_archive_bytes {
            return Err(refused(format!(
                "{shown} is {size} bytes, more than a restore reads ({} bytes); nothing was restored",
                limits.max_nested_archive_bytes
            )));
        }
        let zip = zip::ZipArchive::new(file).map_err(|e| {
            refused(format!(
                "{shown} is not a ZIP that runwell can read ({e}): choose the file `runwell \
                 export` wrote; nothing was restored"
            ))
        })?;
        if zip.len() as u64 > limits.max_entries {
            return Err(refused(format!(
                "{shown} has {} entries, more than the {} a restore reads; nothing was restored",
                zip.len(),
                limits.max_entries
            )));
        }
        let budget = size
            .saturating_mul(limits.max_archive_ratio)
            .max(limits.ratio_min_bytes)
            .min(limits.max_inflated_bytes);
        Ok(Archive { zip, limits: limits.clone(), budget })
    }

    /// The bytes of entry `name`, refused before reading when its declared size or ratio is
    /// beyond the limits, and cut off when it gives more than it declared.
    fn read(&mut self, name: &str) -> Result<Vec<u8>, AppError> {
        let limits = &self.limits;
        let mut entry = self.zip.by_name(name).map_err(|_| {
            refused(format!("the export has no {name}: it is not a whole runwell export"))
        })?;
        let declared = entry.size();
        let packed = entry.compressed_size().max(1);
        let too_big = declared > limits.max_entry_bytes || declared > self.budget;
        let ratio = declared / packed;
        if too_big || (declared > limits.ratio_min_bytes && ratio > limits.max_ratio) {
            return Err(refused(format!(
                "the export's {name} would unpack to {declared} bytes (ratio {ratio}), beyond \
                 what a restore reads; nothing was restored"
            )));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
        (&mut entry)
            .take(declared.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| refused(format!("the export's {name} cannot be read: {e}")))?;
        if bytes.len() as u64 > declared {
            return Err(refused(format!(
                "the export's {name} gives more than it says; nothing was restored"
            )));
        }
        self.budget = self.budget.saturating_sub(bytes.len() as u64);
        Ok(bytes)
    }
}

/// `runwell.json` read and its format checked.
fn read_export(archive: &mut Archive) -> Result<ExportFile, AppError> {
    let bytes = archive.read("runwell.json")?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        refused(format!("the export's runwell.json is not JSON ({e}); nothing was restored"))
    })?;
    let format = value.get("format").and_then(serde_json::Value::as_u64).unwrap_or(0);
    if format > u64::from(FORMAT) {
        return Err(refused(format!(
            "this export was written by a newer runwell (format {format}; this runwell reads up \
             to {FORMAT}). Update runwell and restore it again; nothing was restored."
        )));
    }
    if format == 0 {
        return Err(refused(
            "the export's runwell.json has no format number: it is not a runwell export",
        ));
    }
    serde_json::from_value(value).map_err(|e| {
        refused(format!("the export's runwell.json cannot be read ({e}); nothing was restored"))
    })
}

/// The samples a run names, as the store keeps them. Only `samples/…` entries are read.
fn samples(archive: &mut Archive, run: &RunOut) -> Result<Option<StreamsBlob>, AppError> {
    let Some(name) = &run.samples else { return Ok(None) };
    if !name.starts_with("samples/") || name.contains("..") {
        return Err(refused(format!("run {} names samples at {name:?}", run.reference)));
    }
    let bytes = archive.read(name)?;
    let s: SamplesOut = serde_json::from_slice(&bytes)
        .map_err(|e| refused(format!("the export's {name} cannot be read: {e}")))?;
    let streams = Streams::from_columns(Columns {
        time_ms: s.time_ms,
        distance_cm: s.distance_cm,
        position_e7: s.position_e7,
        altitude_dm: s.altitude_dm,
        heart_rate_bpm: s.heart_rate_bpm,
        cadence_dpm: s.cadence_dpm,
        speed_mm_s: s.speed_mm_s,
    })
    .map_err(bad("samples"))?;
    Ok(Some(StreamsBlob::new(&streams)))
}

fn profile(p: &crate::export::format::ProfileOut) -> Result<Profile, AppError> {
    let heart = |v: Option<u16>| v.map(|b| HeartRate::new(i64::from(b))).transpose();
    Ok(Profile {
        time_zone: RunnerZone::new(&p.time_zone).map_err(bad("time zone"))?,
        run_days: WeekdaySet::parse(&p.run_days).map_err(bad("run days"))?,
        strength_days: WeekdaySet::parse(&p.strength_days).map_err(bad("strength days"))?,
        hr_rest: heart(p.hr_rest_bpm).map_err(bad("resting heart rate"))?,
        hr_max: heart(p.hr_max_bpm).map_err(bad("maximum heart rate"))?,
        sex: p.sex.as_deref().map(str::parse).transpose().map_err(bad("sex"))?,
        shoes: ShoeThresholds { inspect_km: p.shoe_inspect_km, replace_km: p.shoe_replace_km },
    })
}

fn new_run(r: &RunOut) -> Result<NewRun, AppError> {
    let plausible = r.distance_m.is_finite()
        && r.distance_m >= 0.0
        && r.elapsed_s.is_finite()
        && r.elapsed_s >= 0.0
        && r.moving_s.is_none_or(|m| m.is_finite() && m >= 0.0);
    if !plausible {
        return Err(refused(format!(
            "run {} has a distance or time that cannot be stored; nothing was restored",
            r.reference
        )));
    }
    Ok(NewRun {
        start_utc: r.start_utc,
        utc_offset_s: r.utc_offset_s,
        sport: Some(r.sport.parse().map_err(bad("sport"))?),
        distance_m: r.distance_m,
        moving_s: r.moving_s,
        elapsed_s: r.elapsed_s,
        ascent_m: r.ascent_m,
        descent_m: r.descent_m,
        avg_hr: r.avg_hr_bpm,
        max_hr: r.max_hr_bpm,
        avg_cadence_spm: r.avg_cadence_spm,
        cadence_median_spm: r.cadence_median_spm,
        rpe: r.rpe.map(|v| Rpe::new(i64::from(v))).transpose().map_err(bad("effort"))?,
        surface: r.surface.as_deref().map(str::parse).transpose().map_err(bad("surface"))?,
        shoe_id: None,
        gear_name: r.gear_name.clone(),
        note: r.note.clone(),
        title: r.title.clone(),
        device: r.device.clone(),
        source: r.source.clone(),
        content_hash: r.content_hash.clone(),
        partial: r.partial,
    })
}

fn day(text: &str) -> Result<LocalDay, AppError> {
    LocalDay::parse(text).map_err(bad("day"))
}

impl App {
    /// Restores the export at `path`. Without `merge` the database must be empty; with it,
    /// what is already here stays and only what is missing is added.
    pub async fn restore(
        &self,
        path: &Path,
        merge: bool,
        limits: &Limits,
    ) -> Result<RestoreSummary, AppError> {
        let store = self.store();
        let held: i64 = store.row_counts(self.runner).await?.iter().map(|(_, n)| n).sum();
        if held > 0 && !merge {
            return Err(refused(
                "this database already holds data, so a restore would mix two histories. \
                 Restore into an empty one (choose a new file with --db PATH, or erase this one \
                 with `runwell erase`), or add --merge to add only what is not here yet.",
            ));
        }
        let mut archive = Archive::open(path, limits)?;
        let file = read_export(&mut archive)?;

        // Everything is read and checked before the first write.
        let restored_profile = file.profile.as_ref().map(profile).transpose()?;
        let mut runs = Vec::with_capacity(file.runs.len());
        for r in &file.runs {
            runs.push((r, new_run(r)?, samples(&mut archive, r)?));
        }
        let mut pain = Vec::with_capacity(file.pain.len());
        for p in &file.pain {
            let mut entry = PainEntry::new(
                day(&p.day)?,
                p.moment.parse().map_err(bad("pain moment"))?,
                PainScore::new(i64::from(p.score)).map_err(bad("pain score"))?,
            );
            entry.side = p.side.as_deref().map(str::parse).transpose().map_err(bad("side"))?;
            entry.region =
                p.region.as_deref().map(str::parse).transpose().map_err(bad("region"))?;
            entry.character =
                p.character.as_deref().map(str::parse).transpose().map_err(bad("character"))?;
            entry.limits_daily_life = p.limits_daily_life;
            entry.note = p.note.clone();
            pain.push((entry, p.run));
        }
        let mut sessions = Vec::with_capacity(file.sessions.len());
        for s in &file.sessions {
            sessions.push(SessionRow {
                id: 0,
                day: day(&s.day)?,
                routine: s.routine.parse().map_err(bad("routine"))?,
                pain: s.pain,
                rpe: s.rpe,
                duration_s: s.duration_s,
                guided: s.guided,
                sets: s
                    .sets
                    .iter()
                    .map(|x| SetRow {
                        movement: x.movement.clone(),
                        level: x.level,
                        side: x.side.clone(),
                        set_no: x.set_no,
                        target: x.target,
                        done: x.done,
                    })
                    .collect(),
            });
        }
        let answer_days =
            file.answers.iter().map(|a| day(&a.day)).collect::<Result<Vec<_>, _>>()?;
        let level_days =
            file.levels.iter().map(|l| day(&l.changed_on)).collect::<Result<Vec<_>, _>>()?;

        // The writes are the store's own operations, each its own transaction: one that fails
        // part-way leaves what was stored before it, and the runner is told so.
        let written = async {
            let mut summary = RestoreSummary::default();
            let keep_here = merge && store.profile(self.runner).await?.is_some();
            if let Some(p) = restored_profile.filter(|_| !keep_here) {
                store.save_profile(self.runner, &p).await?;
                if let Some(created) = file.profile.as_ref().and_then(|p| p.created_utc) {
                    store.set_profile_created_utc(self.runner, created).await?;
                }
            }
            let settings_here: HashMap<String, String> =
                store.settings(self.runner).await?.into_iter().collect();
            for (key, value) in &file.settings {
                if !settings_here.contains_key(key) {
                    store.set_setting(self.runner, key, value).await?;
                }
            }
            self.restore_shoes(&file, merge).await?;
            self.restore_runs(runs, merge, &mut summary).await?;
            // The runs as stored now, to link pain entries to them by start.
            let stored = store.runs(self.runner, None).await?;
            let run_id = |reference: u32| {
                let run = file.runs.iter().find(|r| r.reference == reference)?;
                stored
                    .iter()
                    .filter(|s| (s.run.start_utc - run.start_utc).abs() <= SAME_RUN_START_S)
                    .min_by_key(|s| (s.run.start_utc - run.start_utc).abs())
                    .map(|s| s.id)
            };
            let pain_here = if merge { store.pain_entries(self.runner).await? } else { Vec::new() };
            for (mut entry, reference) in pain {
                entry.run_id = reference.and_then(run_id);
                let same = |e: &PainEntry| PainEntry { id: 0, run_id: None, ..e.clone() };
                let template = same(&entry);
                if pain_here.iter().any(|e| same(e) == template) {
                    continue;
                }
                store.insert_pain(self.runner, &entry).await?;
                summary.pain_entries += 1;
            }
            let answers_here = if merge { store.answers(self.runner).await? } else { Vec::new() };
            for (a, d) in file.answers.iter().zip(answer_days) {
                if answers_here.iter().any(|h| h.day == d && h.key == a.question && h.yes == a.yes)
                {
                    continue;
                }
                store.insert_answers(self.runner, d, &[(a.question.clone(), a.yes)]).await?;
                summary.answers += 1;
            }
            let sessions_here = if merge { store.sessions(self.runner).await? } else { Vec::new() };
            for s in sessions {
                let same = |h: &SessionRow| SessionRow { id: 0, ..h.clone() } == s;
                if sessions_here.iter().any(same) {
                    continue;
                }
                store.insert_session(self.runner, &s).await?;
                summary.sessions += 1;
            }
            let levels_here = store.movement_levels(self.runner).await?;
            for (l, d) in file.levels.iter().zip(level_days) {
                if !levels_here.contains_key(&l.movement) {
                    store
                        .set_movement_level(self.runner, &l.movement, l.level, d, &l.reason)
                        .await?;
                }
            }
            for d in &file.deleted_runs {
                store
                    .insert_deleted_run(
                        self.runner,
                        &DeletedRunRow {
                            content_hash: d.content_hash.clone(),
                            start_utc: d.start_utc,
                            distance_m: d.distance_m,
                            source: d.source.clone(),
                            deleted_at: d.deleted_at,
                        },
                    )
                    .await?;
            }
            for (fingerprint, hash) in &file.file_fingerprints {
                store.remember_fingerprint(self.runner, fingerprint, hash).await?;
            }
            Ok::<_, AppError>(summary)
        }
        .await;
        written.map_err(|e| {
            refused(format!(
                "the restore stopped part-way ({e}); what was stored before that stays{}",
                if merge {
                    ": restore again with --merge to add the rest"
                } else {
                    ": erase it (`runwell erase`, or the settings page) and restore again"
                }
            ))
        })
    }

    async fn restore_shoes(&self, file: &ExportFile, merge: bool) -> Result<(), AppError> {
        let store = self.store();
        let here: Vec<String> =
            store.shoes(self.runner).await?.into_iter().map(|s| s.name.to_lowercase()).collect();
        for s in &file.shoes {
            if merge && here.contains(&s.name.to_lowercase()) {
                continue;
            }
            let shoe = runwell_domain::diary::Shoe {
                id: 0,
                name: s.name.clone(),
                brand: s.brand.clone(),
                model: s.model.clone(),
                start_km: s.start_km,
                inspect_km: s.inspect_km,
                replace_km: s.replace_km,
                is_default: s.is_default,
                retired_on: None,
            };
            store.save_shoe(self.runner, &shoe).await?;
            if let Some(retired) = &s.retired_on {
                store.retire_shoe(self.runner, &s.name, day(retired)?).await?;
            }
        }
        Ok(())
    }

    /// Runs from files go back through the import's own `store_file`, a file's runs together
    /// under its content hash, so that a merge finds what it already has the way an import
    /// does; runs logged by hand are added unless one with the same start and distance is here.
    async fn restore_runs(
        &self,
        runs: Vec<(&RunOut, NewRun, Option<StreamsBlob>)>,
        merge: bool,
        summary: &mut RestoreSummary,
    ) -> Result<(), AppError> {
        let store = self.store();
        let here = if merge { store.runs(self.runner, None).await? } else { Vec::new() };
        // Stored in the export's order (the order they were first stored in), a file's runs
        // together when its first one comes up.
        let mut files: Vec<(String, Vec<ImportedRun>)> = Vec::new();
        let mut order: Vec<Result<usize, (NewRun, Option<String>)>> = Vec::new();
        for (out, run, streams) in runs {
            let Some(hash) = run.content_hash.clone() else {
                order.push(Err((run, out.shoe.clone())));
                continue;
            };
            let imported = ImportedRun { run, streams, shoe: out.shoe.clone() };
            match files.iter().position(|(h, _)| *h == hash) {
                Some(i) => files[i].1.push(imported),
                None => {
                    order.push(Ok(files.len()));
                    files.push((hash, vec![imported]));
                }
            }
        }
        for step in order {
            match step {
                Err((run, shoe)) => {
                    let same = |s: &runwell_store::StoredRun| {
                        s.run.start_utc == run.start_utc && s.run.distance_m == run.distance_m
                    };
                    if here.iter().any(same) {
                        summary.runs_already_here += 1;
                    } else {
                        store.insert_run(self.runner, &run, shoe.as_deref()).await?;
                        summary.runs += 1;
                    }
                }
                Ok(i) => {
                    let (hash, list) = &files[i];
                    match store.store_file(self.runner, hash, list, false).await? {
                        runwell_store::StoredFile::Imported { run_ids, .. } => {
                            summary.runs += run_ids.len();
                            summary.runs_already_here += list.len() - run_ids.len();
                        }
                        _ => summary.runs_already_here += list.len(),
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_in_words() {
        let one = RestoreSummary {
            runs: 1,
            runs_already_here: 1,
            pain_entries: 1,
            sessions: 1,
            answers: 1,
        };
        assert_eq!(
            one.sentence(Some("x.zip")),
            "Restored 1 run, 1 pain entry, 1 session and 1 check answer from x.zip (1 run was here \
             already)."
        );
        let none = RestoreSummary { runs_already_here: 4, ..RestoreSummary::default() };
        assert_eq!(
            none.sentence(None),
            "Restored 0 runs, 0 pain entries, 0 sessions and 0 check answers (4 runs were here \
             already)."
        );
    }
}

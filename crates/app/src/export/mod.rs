//! The full export: one ZIP with `runwell.json` (everything, versioned: `format.rs`,
//! `docs/export-format.md`), the samples of each run that has them (`samples/NNNN.json`), a GPX
//! 1.1 file per run with positions (`gpx.rs`) and spreadsheets of runs, pain, sessions and
//! levels (`csv.rs`). Read through the store's own operations, so that it works on any engine.

mod csv;
pub mod format;
mod gpx;

use std::collections::HashMap;
use std::io::{Seek, Write};

use format::{
    AnswerOut, DeletedRunOut, ExportFile, FORMAT, LevelOut, PainOut, ProfileOut, RunOut,
    SamplesOut, SessionOut, SetOut, ShoeOut,
};
use runwell_domain::streams::Streams;

use crate::{App, AppError};

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ExportSummary {
    pub runs: usize,
    pub gpx_files: usize,
    pub pain_entries: usize,
    pub sessions: usize,
}

/// `streams` in the export's columns.
fn samples_out(streams: &Streams) -> SamplesOut {
    let c = streams.columns();
    SamplesOut {
        time_ms: c.time_ms.clone(),
        distance_cm: c.distance_cm.clone(),
        position_e7: c.position_e7.clone(),
        altitude_dm: c.altitude_dm.clone(),
        heart_rate_bpm: c.heart_rate_bpm.clone(),
        cadence_dpm: c.cadence_dpm.clone(),
        speed_mm_s: c.speed_mm_s.clone(),
    }
}

fn zip_error(e: impl std::fmt::Display) -> AppError {
    AppError::Export(format!("the export file could not be written: {e}"))
}

/// Writes one ZIP entry.
fn entry<W: Write + Seek>(
    zip: &mut zip::ZipWriter<W>,
    name: &str,
    bytes: &[u8],
) -> Result<(), AppError> {
    let now = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now());
    let stamp = zip::DateTime::from_date_and_time(
        u16::try_from(now.year()).unwrap_or(1980),
        u8::try_from(now.month()).unwrap_or(1),
        u8::try_from(now.day()).unwrap_or(1),
        u8::try_from(now.hour()).unwrap_or(0),
        u8::try_from(now.minute()).unwrap_or(0),
        u8::try_from(now.second()).unwrap_or(0),
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .last_modified_time(stamp)
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(bytes.len() as u64 >= u64::from(u32::MAX));
    zip.start_file(name, options).map_err(zip_error)?;
    zip.write_all(bytes).map_err(zip_error)
}

impl App {
    /// Everything the runner has, as `runwell.json` reads it, without the samples (which go in
    /// files of their own). `generated_at` is the export's time.
    pub(crate) async fn export_file(&self, generated_at: String) -> Result<ExportFile, AppError> {
        let store = self.store();
        let profile = store.profile(self.runner).await?;
        let created_utc = store.profile_created_utc(self.runner).await?;
        let profile = profile.map(|p| ProfileOut {
            time_zone: p.time_zone.name().to_owned(),
            run_days: p.run_days.to_string(),
            strength_days: p.strength_days.to_string(),
            hr_rest_bpm: p.hr_rest.map(|h| h.bpm()),
            hr_max_bpm: p.hr_max.map(|h| h.bpm()),
            sex: p.sex.map(|s| match s {
                runwell_domain::Sex::Female => "female".to_owned(),
                runwell_domain::Sex::Male => "male".to_owned(),
            }),
            shoe_inspect_km: p.shoes.inspect_km,
            shoe_replace_km: p.shoes.replace_km,
            created_utc,
        });
        let shoes = store
            .shoes(self.runner)
            .await?
            .into_iter()
            .map(|s| ShoeOut {
                name: s.name,
                brand: s.brand,
                model: s.model,
                start_km: s.start_km,
                inspect_km: s.inspect_km,
                replace_km: s.replace_km,
                is_default: s.is_default,
                retired_on: s.retired_on.map(|d| d.to_string()),
            })
            .collect();
        let mut stored = store.runs(self.runner, None).await?;
        // In the order they were stored, which a restore keeps: runs that start at the same
        // moment then come back in the same order, and every sum over them gives the same.
        stored.sort_by_key(|r| r.id);
        let mut refs: HashMap<i64, u32> = HashMap::new();
        let mut runs = Vec::with_capacity(stored.len());
        for (i, s) in stored.iter().enumerate() {
            let reference = u32::try_from(i + 1).unwrap_or(u32::MAX);
            refs.insert(s.id, reference);
            let r = &s.run;
            runs.push(RunOut {
                reference,
                start: jiff::Timestamp::from_second(r.start_utc)
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
                start_utc: r.start_utc,
                utc_offset_s: r.utc_offset_s,
                sport: r.sport.unwrap_or(runwell_domain::Sport::Run).id().to_owned(),
                distance_m: r.distance_m,
                moving_s: r.moving_s,
                elapsed_s: r.elapsed_s,
                ascent_m: r.ascent_m,
                descent_m: r.descent_m,
                avg_hr_bpm: r.avg_hr,
                max_hr_bpm: r.max_hr,
                avg_cadence_spm: r.avg_cadence_spm,
                cadence_median_spm: r.cadence_median_spm,
                rpe: r.rpe.map(|x| x.value()),
                surface: r.surface.map(|x| x.id().to_owned()),
                shoe: s.shoe.clone(),
                gear_name: r.gear_name.clone(),
                title: r.title.clone(),
                note: r.note.clone(),
                device: r.device.clone(),
                source: r.source.clone(),
                content_hash: r.content_hash.clone(),
                partial: r.partial,
                samples: None,
                gpx: None,
            });
        }
        let pain = store
            .pain_entries(self.runner)
            .await?
            .into_iter()
            .map(|p| PainOut {
                day: p.day.to_string(),
                moment: p.moment.id().to_owned(),
                score: p.score.value(),
                side: p.side.map(|x| x.id().to_owned()),
                region: p.region.map(|x| x.id().to_owned()),
                character: p.character.map(|x| x.id().to_owned()),
                limits_daily_life: p.limits_daily_life,
                run: p.run_id.and_then(|id| refs.get(&id).copied()),
                note: p.note,
            })
            .collect();
        let mut answers = store.answers(self.runner).await?;
        answers.sort_by_key(|a| a.seq);
        let answers = answers
            .into_iter()
            .map(|a| AnswerOut { day: a.day.to_string(), question: a.key, yes: a.yes })
            .collect();
        let sessions = store
            .sessions(self.runner)
            .await?
            .into_iter()
            .map(|s| SessionOut {
                day: s.day.to_string(),
                routine: s.routine.id().to_owned(),
                pain: s.pain,
                rpe: s.rpe,
                duration_s: s.duration_s,
                guided: s.guided,
                sets: s
                    .sets
                    .into_iter()
                    .map(|x| SetOut {
                        movement: x.movement,
                        level: x.level,
                        side: x.side,
                        set_no: x.set_no,
                        target: x.target,
                        done: x.done,
                    })
                    .collect(),
            })
            .collect();
        let levels = store
            .movement_levels(self.runner)
            .await?
            .into_iter()
            .map(|(movement, l)| LevelOut {
                movement,
                level: l.level,
                changed_on: l.changed_on,
                reason: l.reason,
            })
            .collect();
        let deleted_runs = store
            .deleted_runs(self.runner)
            .await?
            .into_iter()
            .map(|d| DeletedRunOut {
                content_hash: d.content_hash,
                start_utc: d.start_utc,
                distance_m: d.distance_m,
                source: d.source,
                deleted_at: d.deleted_at,
            })
            .collect();
        Ok(ExportFile {
            format: FORMAT,
            generated_at,
            runwell_version: env!("CARGO_PKG_VERSION").to_owned(),
            profile,
            settings: store.settings(self.runner).await?.into_iter().collect(),
            shoes,
            runs,
            pain,
            answers,
            sessions,
            levels,
            deleted_runs,
            file_fingerprints: store.known_fingerprints(self.runner).await?.into_iter().collect(),
        })
    }

    /// Writes the whole export as a ZIP to `out`. Each run's samples are read, written and let
    /// go one run at a time, so that a long history never sits in memory at once.
    pub async fn export<W: Write + Seek>(&self, out: W) -> Result<ExportSummary, AppError> {
        let now = jiff::Timestamp::from_second(jiff::Timestamp::now().as_second())
            .unwrap_or_default()
            .to_string();
        let mut file = self.export_file(now).await?;
        let mut ids: Vec<i64> =
            self.store().runs(self.runner, None).await?.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        let mut zip = zip::ZipWriter::new(out);
        let mut gpx_files = 0;
        for (run, id) in file.runs.iter_mut().zip(ids) {
            let Some(streams) = self.store().run_streams(self.runner, id).await? else { continue };
            let name = format!("samples/{:04}.json", run.reference);
            let json = serde_json::to_vec(&samples_out(&streams)).map_err(zip_error)?;
            entry(&mut zip, &name, &json)?;
            run.samples = Some(name);
            let sport: runwell_domain::Sport =
                run.sport.parse().unwrap_or(runwell_domain::Sport::Run);
            // Cadence on foot is kept for both feet and written per leg; a ride's is as it is.
            let on_foot = sport.is_running()
                || matches!(sport, runwell_domain::Sport::Walk | runwell_domain::Sport::Hike);
            let title = run.title.clone().unwrap_or_else(|| format!("runwell {}", run.start));
            if let Some(text) = gpx::gpx(&title, (&run.sport, on_foot), run.start_utc, &streams) {
                let day = run.start.get(..10).unwrap_or("run");
                let name = format!("gpx/{:04}-{day}.gpx", run.reference);
                entry(&mut zip, &name, text.as_bytes())?;
                run.gpx = Some(name);
                gpx_files += 1;
            }
        }
        for (name, bytes) in csv::sheets(&file)? {
            entry(&mut zip, name, &bytes)?;
        }
        let json = serde_json::to_vec_pretty(&file).map_err(zip_error)?;
        entry(&mut zip, "runwell.json", &json)?;
        zip.finish().map_err(zip_error)?;
        Ok(ExportSummary {
            runs: file.runs.len(),
            gpx_files,
            pain_entries: file.pain.len(),
            sessions: file.sessions.len(),
        })
    }
}

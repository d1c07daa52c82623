//! `runwell.json`, the whole of a runner's data in one versioned document
//! (`docs/export-format.md` describes every field). Records refer to each other by the export's
//! own numbers (a run's `ref`) and names (a shoe's), never by database ids, so that the same
//! data gives the same document whatever ids a database gave it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The format this runwell writes. A file with a higher number is refused; every lower one is
/// read (there is none yet: 1 is the first).
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: u32,
    /// When the export was made (RFC 3339, UTC). The one field two exports of the same data
    /// differ in.
    pub generated_at: String,
    /// The runwell that wrote it.
    pub runwell_version: String,
    pub profile: Option<ProfileOut>,
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    #[serde(default)]
    pub shoes: Vec<ShoeOut>,
    #[serde(default)]
    pub runs: Vec<RunOut>,
    #[serde(default)]
    pub pain: Vec<PainOut>,
    #[serde(default)]
    pub answers: Vec<AnswerOut>,
    #[serde(default)]
    pub sessions: Vec<SessionOut>,
    #[serde(default)]
    pub levels: Vec<LevelOut>,
    #[serde(default)]
    pub deleted_runs: Vec<DeletedRunOut>,
    #[serde(default)]
    pub file_fingerprints: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileOut {
    pub time_zone: String,
    pub run_days: String,
    pub strength_days: String,
    pub hr_rest_bpm: Option<u16>,
    pub hr_max_bpm: Option<u16>,
    pub sex: Option<String>,
    pub shoe_inspect_km: f64,
    pub shoe_replace_km: f64,
    /// When the profile was first saved (UTC epoch seconds): adherence is planned from it.
    pub created_utc: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShoeOut {
    pub name: String,
    pub brand: Option<String>,
    pub model: Option<String>,
    pub start_km: f64,
    pub inspect_km: Option<f64>,
    pub replace_km: Option<f64>,
    pub is_default: bool,
    /// `YYYY-MM-DD`.
    pub retired_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunOut {
    /// This run's number in the export (1, 2, …), by start; pain entries name it.
    #[serde(rename = "ref")]
    pub reference: u32,
    /// The start in UTC (RFC 3339), for people; `start_utc` is what a restore reads.
    pub start: String,
    pub start_utc: i64,
    pub utc_offset_s: Option<i32>,
    pub sport: String,
    pub distance_m: f64,
    pub moving_s: Option<f64>,
    pub elapsed_s: f64,
    pub ascent_m: Option<f64>,
    pub descent_m: Option<f64>,
    pub avg_hr_bpm: Option<u16>,
    pub max_hr_bpm: Option<u16>,
    pub avg_cadence_spm: Option<f64>,
    pub cadence_median_spm: Option<f64>,
    pub rpe: Option<u8>,
    pub surface: Option<String>,
    /// The shoe's name (see `shoes`).
    pub shoe: Option<String>,
    pub gear_name: Option<String>,
    pub title: Option<String>,
    pub note: Option<String>,
    pub device: Option<String>,
    /// `manual`, or the file the run came from.
    pub source: String,
    /// The SHA-256 of the file the run came from (`#2`… for a later part of a file stored in
    /// parts); `null` for a run logged by hand.
    pub content_hash: Option<String>,
    pub partial: bool,
    /// The ZIP entry holding its samples (`samples/NNNN.json`), when it has them.
    pub samples: Option<String>,
    /// The ZIP entry holding it as GPX (`gpx/NNNN-YYYY-MM-DD.gpx`), when its samples have
    /// positions.
    pub gpx: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PainOut {
    pub day: String,
    pub moment: String,
    pub score: u8,
    pub side: Option<String>,
    pub region: Option<String>,
    pub character: Option<String>,
    pub limits_daily_life: bool,
    /// The run's `ref`.
    pub run: Option<u32>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerOut {
    pub day: String,
    pub question: String,
    pub yes: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionOut {
    pub day: String,
    pub routine: String,
    pub pain: Option<u8>,
    pub rpe: Option<u8>,
    pub duration_s: Option<f64>,
    pub guided: bool,
    pub sets: Vec<SetOut>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetOut {
    pub movement: String,
    pub level: u8,
    pub side: String,
    pub set_no: u32,
    pub target: u32,
    pub done: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelOut {
    pub movement: String,
    pub level: u8,
    pub changed_on: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeletedRunOut {
    pub content_hash: String,
    pub start_utc: i64,
    pub distance_m: f64,
    pub source: String,
    pub deleted_at: i64,
}

/// A run's samples (`samples/NNNN.json`): one slot per sample in every column, `null` where a
/// sample lacks the value, in the fixed-point units runwell keeps them in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SamplesOut {
    pub time_ms: Vec<i64>,
    pub distance_cm: Vec<Option<i32>>,
    /// Latitude and longitude in 1e-7 degrees.
    pub position_e7: Vec<Option<(i32, i32)>>,
    pub altitude_dm: Vec<Option<i32>>,
    pub heart_rate_bpm: Vec<Option<u8>>,
    /// Steps per minute × 10.
    pub cadence_dpm: Vec<Option<i32>>,
    pub speed_mm_s: Vec<Option<i32>>,
}

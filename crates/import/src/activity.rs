//! The one shape every importer produces: a normalised activity with its samples.

use std::sync::Arc;

use jiff::Timestamp;
use runwell_domain::streams::Streams;
use runwell_domain::{DistanceM, DurationS, HeartRate, Sport};

/// Where an activity's numbers came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    Fit,
    Gpx,
    Tcx,
    /// A row of a Strava export's `activities.csv` with no readable file: a run logged by hand,
    /// or the row's own values standing in for a file that could not be read.
    StravaCsv,
}

/// One activity, whichever file it came from.
///
/// Its texts are shared (`Arc<str>`), so that a file of many activities that all carry the same
/// name or device holds it once, and each is at most `Limits::max_text_bytes` long.
///
/// Summary values are the device's own where the file has them (a FIT session, TCX laps);
/// otherwise they are computed from the samples by the rules of
/// [`runwell_domain::streams`]. Cadence is split by unit: steps per minute for sports on
/// foot (both feet counted, EVIDENCE.md CAD-3), revolutions per minute for rides; other sports
/// keep neither.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// When it started, in UTC.
    pub start: Timestamp,
    /// The runner's local offset from UTC at the start (s), where the file tells it: a FIT
    /// activity's `local_timestamp − timestamp`, rounded to the quarter hour.
    pub utc_offset_s: Option<i32>,
    pub sport: Sport,
    /// The file's own words for the sport, e.g. `running/trail`, `Running`, `Run`.
    pub sport_in_file: Option<Arc<str>>,
    /// The activity's title: a Strava export's name, a GPX track's `<name>`.
    pub name: Option<Arc<str>>,
    pub distance: DistanceM,
    /// Time moving: the device's timer time where it has one, else computed from the samples.
    pub moving_time: DurationS,
    /// Time from start to finish, pauses included.
    pub elapsed_time: DurationS,
    pub ascent: Option<DistanceM>,
    pub descent: Option<DistanceM>,
    pub avg_heart_rate: Option<HeartRate>,
    pub max_heart_rate: Option<HeartRate>,
    /// Steps per minute, both feet: only for runs, walks and hikes.
    pub avg_cadence_spm: Option<f64>,
    /// Pedal revolutions per minute: only for rides.
    pub avg_cadence_rpm: Option<f64>,
    /// The recording device or app, e.g. `garmin fr645m`, `Forerunner 410`, `StravaGPX`.
    pub device: Option<Arc<str>>,
    /// The gear (shoe, bike) a Strava export names for it.
    pub gear: Option<Arc<str>>,
    /// Where it was found, e.g. `export.zip/activities/123.fit.gz`.
    pub source_file: Arc<str>,
    /// The hash of the activity file's bytes once any gzip layer is removed (`blake3:` and hex,
    /// or SHA-256 hex for a runner imported before BLAKE3: [`crate::HashScheme`]), so that the
    /// same recording found plain, gzipped or inside any archive has the same hash.
    /// A Strava row with no file hashes `strava-activity:<Activity ID>`.
    pub content_hash: Arc<str>,
    /// Which of the file's activities this is (0 for the first): a multisport FIT file has one
    /// per session, so `(content_hash, index_in_file)` identifies an activity.
    pub index_in_file: u32,
    pub format: SourceFormat,
    /// Decoding stopped before the end of the file (truncated or damaged): what came before
    /// is kept, and the warnings say what was lost.
    pub partial: bool,
    pub streams: Streams,
}

/// What one file gave: its activities, and anything the runner should know about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    pub activities: Vec<Activity>,
    pub warnings: Vec<String>,
}

impl Activity {
    /// Whether the sport is one whose cadence counts steps.
    pub(crate) fn on_foot(sport: Sport) -> bool {
        sport.is_running() || matches!(sport, Sport::Walk | Sport::Hike)
    }
}

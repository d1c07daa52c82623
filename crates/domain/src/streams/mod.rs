//! A run's per-second samples and what is read off them: kilometre splits, moving time and
//! climb (`readings.rs`), and the run's line thinned for a chart (`chart.rs`).
//!
//! Samples are held in fixed point from the moment they are pushed (time in ms, distance in cm,
//! positions in 1e-7 degrees, altitude in dm, cadence in 0.1 per minute, speed in mm/s), so a
//! stream read back from storage is exactly the stream that was written. How a stream is stored
//! is the store's business (`runwell_store::blob`): it reads and writes the fixed-point
//! [`Columns`], and [`Streams::from_columns`] refuses columns that break the invariants.

mod chart;
mod readings;

pub use chart::{GAP_M, PACE_WINDOW_S, RunPoint, RunSeries, SLOWEST_PACE_M_S, run_series};
pub use readings::{CLIMB_HYSTERESIS_M, MAX_UNJUDGED_GAP_S, MOVING_SPEED_M_S, Split};

use crate::DomainError;

/// Times are kept within about ±34 years of the start, which keeps every delta far from overflow.
pub const TIME_LIMIT_MS: i64 = 1 << 40;
/// The largest latitude and longitude in 1e-7 degrees.
const LAT_LIMIT_E7: i32 = 900_000_000;
const LON_LIMIT_E7: i32 = 1_800_000_000;

/// A point on the Earth in degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat_deg: f64,
    pub lon_deg: f64,
}

/// One moment of a run as an importer or a reader sees it. Missing values are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Sample {
    /// Seconds since the activity's start.
    pub time_s: f64,
    /// Distance covered since the start (m).
    pub distance_m: Option<f64>,
    pub position: Option<LatLon>,
    pub altitude_m: Option<f64>,
    pub heart_rate_bpm: Option<u8>,
    /// Steps per minute for sports on foot (both feet, CAD-3); pedal revolutions per minute for
    /// rides; strokes per minute where a device gives them for other sports.
    pub cadence_per_min: Option<f64>,
    pub speed_m_s: Option<f64>,
}

/// The optional channels, in a fixed order (a storage format may rely on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Distance,
    Position,
    Altitude,
    HeartRate,
    Cadence,
    Speed,
}

impl Channel {
    pub const ALL: [Channel; 6] = [
        Channel::Distance,
        Channel::Position,
        Channel::Altitude,
        Channel::HeartRate,
        Channel::Cadence,
        Channel::Speed,
    ];
}

/// A stream's channels as they are held: fixed-point integers, one slot per sample in every
/// column, `None` where the sample lacks the value. What storage reads and writes; the rules
/// read [`Sample`]s.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub time_ms: Vec<i64>,
    pub distance_cm: Vec<Option<i32>>,
    /// Latitude and longitude in 1e-7 degrees.
    pub position_e7: Vec<Option<(i32, i32)>>,
    pub altitude_dm: Vec<Option<i32>>,
    pub heart_rate_bpm: Vec<Option<u8>>,
    /// Cadence in tenths per minute.
    pub cadence_dpm: Vec<Option<i32>>,
    pub speed_mm_s: Vec<Option<i32>>,
}

/// A run's samples: every channel has one slot per sample, `None` where the sample lacks it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Streams {
    c: Columns,
}

/// `value × scale` rounded half away from zero, or `None` if it is not finite or does not fit.
/// (Written out rather than `f64::round`, which is a library call on baseline x86-64 and showed
/// in the FIT decoder's profile.)
fn fixed(value: f64, scale: f64) -> Option<i32> {
    let x = value * scale;
    // Also false for NaN.
    if x.abs() < 2_147_483_647.0 { Some((x + 0.5f64.copysign(x)) as i32) } else { None }
}

fn metres(cm: i32) -> f64 {
    f64::from(cm) / 100.0
}

fn cadence_per_min(dpm: i32) -> f64 {
    f64::from(dpm) / 10.0
}

fn speed_m_s(mm_s: i32) -> f64 {
    f64::from(mm_s) / 1000.0
}

fn fixed_position(p: LatLon) -> Option<(i32, i32)> {
    let ok = (-90.0..=90.0).contains(&p.lat_deg) && (-180.0..=180.0).contains(&p.lon_deg);
    if ok { Some((fixed(p.lat_deg, 1e7)?, fixed(p.lon_deg, 1e7)?)) } else { None }
}

impl Streams {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(samples: usize) -> Self {
        Self {
            c: Columns {
                time_ms: Vec::with_capacity(samples),
                distance_cm: Vec::with_capacity(samples),
                position_e7: Vec::with_capacity(samples),
                altitude_dm: Vec::with_capacity(samples),
                heart_rate_bpm: Vec::with_capacity(samples),
                cadence_dpm: Vec::with_capacity(samples),
                speed_mm_s: Vec::with_capacity(samples),
            },
        }
    }

    /// Adds a sample, rounding it to the stored precision. A sample whose time is not a finite
    /// number within about 34 years of the start is dropped (the result is `false`); a value that
    /// cannot be stored (not finite, a latitude beyond ±90°) becomes `None`.
    pub fn push(&mut self, s: Sample) -> bool {
        let t = s.time_s * 1000.0;
        if t.is_nan() || t.abs() >= TIME_LIMIT_MS as f64 - 1.0 {
            return false;
        }
        self.c.time_ms.push((t + 0.5f64.copysign(t)) as i64);
        self.c.distance_cm.push(s.distance_m.and_then(|d| fixed(d, 100.0)));
        self.c.position_e7.push(s.position.and_then(fixed_position));
        self.c.altitude_dm.push(s.altitude_m.and_then(|a| fixed(a, 10.0)));
        self.c.heart_rate_bpm.push(s.heart_rate_bpm);
        self.c.cadence_dpm.push(s.cadence_per_min.and_then(|c| fixed(c, 10.0)));
        self.c.speed_mm_s.push(s.speed_m_s.and_then(|v| fixed(v, 1000.0)));
        true
    }

    /// The columns, for storage.
    pub fn columns(&self) -> &Columns {
        &self.c
    }

    /// Streams from stored columns. Columns of different lengths, a time beyond
    /// [`TIME_LIMIT_MS`] or a position off the globe are refused: they cannot come from
    /// [`Streams::push`].
    pub fn from_columns(c: Columns) -> Result<Streams, DomainError> {
        let n = c.time_ms.len();
        let lengths = [
            c.distance_cm.len(),
            c.position_e7.len(),
            c.altitude_dm.len(),
            c.heart_rate_bpm.len(),
            c.cadence_dpm.len(),
            c.speed_mm_s.len(),
        ];
        if lengths.iter().any(|&l| l != n) {
            return Err(damaged("channels of different lengths"));
        }
        if c.time_ms.iter().any(|t| t.abs() >= TIME_LIMIT_MS) {
            return Err(damaged("a time out of range"));
        }
        let on_globe = |&(lat, lon): &(i32, i32)| {
            lat.unsigned_abs() <= LAT_LIMIT_E7.unsigned_abs()
                && lon.unsigned_abs() <= LON_LIMIT_E7.unsigned_abs()
        };
        if !c.position_e7.iter().flatten().all(on_globe) {
            return Err(damaged("a position off the globe"));
        }
        Ok(Streams { c })
    }

    pub fn len(&self) -> usize {
        self.c.time_ms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.c.time_ms.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Sample> {
        let c = &self.c;
        Some(Sample {
            time_s: *c.time_ms.get(i)? as f64 / 1000.0,
            distance_m: c.distance_cm.get(i).copied().flatten().map(metres),
            position: c.position_e7.get(i).copied().flatten().map(|(lat, lon)| LatLon {
                lat_deg: f64::from(lat) / 1e7,
                lon_deg: f64::from(lon) / 1e7,
            }),
            altitude_m: c.altitude_dm.get(i).copied().flatten().map(|a| f64::from(a) / 10.0),
            heart_rate_bpm: c.heart_rate_bpm.get(i).copied().flatten(),
            cadence_per_min: c.cadence_dpm.get(i).copied().flatten().map(cadence_per_min),
            speed_m_s: c.speed_mm_s.get(i).copied().flatten().map(speed_m_s),
        })
    }

    /// The distances (m) of the samples that have one, in order: what `iter` gives, without
    /// making the rest of every sample.
    pub fn distances_m(&self) -> impl Iterator<Item = f64> + '_ {
        self.c.distance_cm.iter().flatten().map(|&d| metres(d))
    }

    /// The heart rates of the samples that have one, in order.
    pub fn heart_rates_bpm(&self) -> impl Iterator<Item = u8> + '_ {
        self.c.heart_rate_bpm.iter().flatten().copied()
    }

    /// The cadences (per minute) of the samples that have one, in order.
    pub fn cadences_per_min(&self) -> impl Iterator<Item = f64> + '_ {
        self.c.cadence_dpm.iter().flatten().map(|&c| cadence_per_min(c))
    }

    /// Each sample's speed (m/s) and cadence (per minute), in order.
    pub fn speeds_and_cadences(&self) -> impl Iterator<Item = (Option<f64>, Option<f64>)> + '_ {
        let speeds = self.c.speed_mm_s.iter().map(|v| v.map(speed_m_s));
        speeds.zip(self.c.cadence_dpm.iter().map(|c| c.map(cadence_per_min)))
    }

    pub fn iter(&self) -> impl Iterator<Item = Sample> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Whether any sample has a value in this channel.
    pub fn has(&self, channel: Channel) -> bool {
        match channel {
            Channel::Distance => self.c.distance_cm.iter().any(Option::is_some),
            Channel::Position => self.c.position_e7.iter().any(Option::is_some),
            Channel::Altitude => self.c.altitude_dm.iter().any(Option::is_some),
            Channel::HeartRate => self.c.heart_rate_bpm.iter().any(Option::is_some),
            Channel::Cadence => self.c.cadence_dpm.iter().any(Option::is_some),
            Channel::Speed => self.c.speed_mm_s.iter().any(Option::is_some),
        }
    }

    /// Fills the distance channel with the running sum of great-circle steps between positions,
    /// if it is empty and there are positions. Samples before the first fix get no distance.
    pub fn fill_distance_from_positions(&mut self) -> bool {
        if self.has(Channel::Distance) || !self.has(Channel::Position) {
            return false;
        }
        let mut total_m = 0.0;
        let mut last: Option<(i32, i32)> = None;
        for (slot, pos) in self.c.distance_cm.iter_mut().zip(&self.c.position_e7) {
            if let Some(p) = *pos {
                if let Some(q) = last {
                    total_m += haversine_m(q, p);
                }
                last = Some(p);
            }
            if last.is_some() {
                *slot = fixed(total_m, 100.0);
            }
        }
        true
    }
}

/// Great-circle distance between two points (m), on a sphere of the Earth's mean radius: within
/// 0.5 % of the ellipsoid, far inside GPS error.
pub fn distance_m(a: LatLon, b: LatLon) -> f64 {
    const EARTH_RADIUS_M: f64 = 6_371_008.8;
    let (lat1, lat2) = (a.lat_deg.to_radians(), b.lat_deg.to_radians());
    let (dlat, dlon) = (lat2 - lat1, (b.lon_deg - a.lon_deg).to_radians());
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

fn haversine_m(a: (i32, i32), b: (i32, i32)) -> f64 {
    let point = |(lat, lon): (i32, i32)| LatLon {
        lat_deg: f64::from(lat) / 1e7,
        lon_deg: f64::from(lon) / 1e7,
    };
    distance_m(point(a), point(b))
}

/// Why stored samples cannot be used, worded for the runner.
fn damaged(what: &str) -> DomainError {
    DomainError::Value(format!("the stored samples are damaged ({what}); re-import the file"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_rounds_to_fixed_point_and_drops_what_cannot_be_stored() {
        let mut s = Streams::new();
        assert!(s.push(Sample {
            time_s: 1.0004,
            distance_m: Some(12.345),
            position: Some(LatLon { lat_deg: 51.123456789, lon_deg: -0.5 }),
            altitude_m: Some(f64::NAN),
            cadence_per_min: Some(171.25),
            speed_m_s: Some(1e12),
            heart_rate_bpm: Some(140),
        }));
        assert!(!s.push(Sample { time_s: f64::INFINITY, ..Sample::default() }));
        assert!(s.push(Sample {
            time_s: 2.0,
            position: Some(LatLon { lat_deg: 91.0, lon_deg: 0.0 }),
            ..Sample::default()
        }));
        let first = s.get(0).unwrap();
        assert_eq!(first.time_s, 1.0);
        assert_eq!(first.distance_m, Some(12.35));
        assert_eq!(first.position.unwrap().lat_deg, 51.1234568);
        assert_eq!((first.altitude_m, first.speed_m_s), (None, None));
        assert_eq!(first.cadence_per_min, Some(171.3));
        assert_eq!(s.get(1).unwrap().position, None);
        assert_eq!(s.len(), 2);
        assert!(s.get(2).is_none());
    }

    #[test]
    fn columns_that_push_could_not_make_are_refused() {
        let mut s = Streams::new();
        s.push(Sample { time_s: 1.0, distance_m: Some(3.0), ..Sample::default() });
        let good = s.columns().clone();
        assert_eq!(Streams::from_columns(good.clone()).unwrap(), s);
        let check = |c: Columns, expected: &str| {
            let err = Streams::from_columns(c).unwrap_err().to_string();
            assert!(err.contains(expected), "{err}");
        };
        check(Columns { distance_cm: vec![], ..good.clone() }, "different lengths");
        check(Columns { time_ms: vec![TIME_LIMIT_MS], ..good.clone() }, "time out of range");
        check(
            Columns { position_e7: vec![Some((900_000_001, 0))], ..good.clone() },
            "off the globe",
        );
        check(Columns { position_e7: vec![Some((0, -1_800_000_001))], ..good }, "off the globe");
        assert_eq!(Streams::from_columns(Columns::default()).unwrap(), Streams::new());
    }

    #[test]
    fn distance_is_filled_from_positions() {
        let mut s = Streams::new();
        for (t, lat) in
            [(0.0, None), (1.0, Some(0.0)), (2.0, Some(0.001)), (3.0, None), (4.0, Some(0.002))]
        {
            s.push(Sample {
                time_s: t,
                position: lat.map(|lat_deg| LatLon { lat_deg, lon_deg: 0.0 }),
                ..Sample::default()
            });
        }
        assert!(s.fill_distance_from_positions());
        let distances: Vec<Option<f64>> = s.iter().map(|x| x.distance_m).collect();
        // 0.001° of latitude is 111.195 m on the mean sphere.
        assert_eq!(distances, [None, Some(0.0), Some(111.2), Some(111.2), Some(222.39)]);
        assert!(!s.fill_distance_from_positions(), "a stream with distance keeps it");
    }
}

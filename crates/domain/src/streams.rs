//! A run's per-second samples, the compact blob they are stored as, and what is read off them:
//! kilometre splits, moving time, climb, and a thinned copy for charts.
//!
//! Samples are held in fixed point from the moment they are pushed (time in ms, distance in cm,
//! positions in 1e-7 degrees, altitude in dm, cadence in 0.1 per minute, speed in mm/s), so a
//! stream read back from its blob is exactly the stream that was written. The blob is columnar:
//! each channel's values follow one another, delta-encoded as zigzag varints, which makes a
//! one-hour run with every channel about 40 kB instead of the 3,600 rows a table would need
//! (STACK.md). This file is longer than most because the codec, its reader's checks and the
//! readings off the samples share one representation; splitting them would expose it.

use crate::DomainError;

/// The first byte of every blob. A reader refuses any other value rather than guess.
const VERSION: u8 = 1;

/// Above this speed over an interval, the runner was moving (m/s). It is below the slowest walk
/// (about 0.8 m/s) and above the creep of a watch's distance while standing still.
pub const MOVING_SPEED_M_S: f64 = 0.3;
/// An interval with no distance or speed to judge by counts as moving only up to this length:
/// longer gaps are pauses, which recorders leave as a jump in time (s).
pub const MAX_UNJUDGED_GAP_S: f64 = 30.0;
/// Climb is counted only once the altitude has moved this far from its last turning point (m),
/// so that the noise of a GPS or barometric altitude does not add up to hills.
pub const CLIMB_HYSTERESIS_M: f64 = 3.0;

/// Times are kept within about ±34 years of the start, which keeps every delta far from overflow.
const TIME_LIMIT_MS: i64 = 1 << 40;

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

/// The optional channels, in the order the blob stores them.
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

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// One kilometre of a run (or the part-kilometre at its end).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Split {
    /// 1 for the first kilometre.
    pub index: u32,
    /// 1000 except for the last, partial split.
    pub distance_m: f64,
    /// Elapsed time over the split, pauses included (s).
    pub duration_s: f64,
    pub pace_s_per_km: f64,
    pub avg_heart_rate_bpm: Option<f64>,
    pub avg_cadence_per_min: Option<f64>,
}

/// A run's samples: every channel has one slot per sample, `None` where the sample lacks it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Streams {
    time_ms: Vec<i64>,
    distance_cm: Vec<Option<i32>>,
    position_e7: Vec<Option<(i32, i32)>>,
    altitude_dm: Vec<Option<i32>>,
    heart_rate: Vec<Option<u8>>,
    cadence_d: Vec<Option<i32>>,
    speed_mm_s: Vec<Option<i32>>,
}

/// `value × scale` rounded half away from zero, or `None` if it is not finite or does not fit.
/// (Written out rather than `f64::round`, which is a library call on baseline x86-64 and showed
/// in the FIT decoder's profile.)
fn fixed(value: f64, scale: f64) -> Option<i32> {
    let x = value * scale;
    // Also false for NaN.
    if x.abs() < 2_147_483_647.0 { Some((x + 0.5f64.copysign(x)) as i32) } else { None }
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
            time_ms: Vec::with_capacity(samples),
            distance_cm: Vec::with_capacity(samples),
            position_e7: Vec::with_capacity(samples),
            altitude_dm: Vec::with_capacity(samples),
            heart_rate: Vec::with_capacity(samples),
            cadence_d: Vec::with_capacity(samples),
            speed_mm_s: Vec::with_capacity(samples),
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
        self.time_ms.push((t + 0.5f64.copysign(t)) as i64);
        self.distance_cm.push(s.distance_m.and_then(|d| fixed(d, 100.0)));
        self.position_e7.push(s.position.and_then(fixed_position));
        self.altitude_dm.push(s.altitude_m.and_then(|a| fixed(a, 10.0)));
        self.heart_rate.push(s.heart_rate_bpm);
        self.cadence_d.push(s.cadence_per_min.and_then(|c| fixed(c, 10.0)));
        self.speed_mm_s.push(s.speed_m_s.and_then(|v| fixed(v, 1000.0)));
        true
    }

    pub fn len(&self) -> usize {
        self.time_ms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.time_ms.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Sample> {
        Some(Sample {
            time_s: *self.time_ms.get(i)? as f64 / 1000.0,
            distance_m: self.distance_cm.get(i).copied().flatten().map(|d| f64::from(d) / 100.0),
            position: self.position_e7.get(i).copied().flatten().map(|(lat, lon)| LatLon {
                lat_deg: f64::from(lat) / 1e7,
                lon_deg: f64::from(lon) / 1e7,
            }),
            altitude_m: self.altitude_dm.get(i).copied().flatten().map(|a| f64::from(a) / 10.0),
            heart_rate_bpm: self.heart_rate.get(i).copied().flatten(),
            cadence_per_min: self.cadence_d.get(i).copied().flatten().map(|c| f64::from(c) / 10.0),
            speed_m_s: self.speed_mm_s.get(i).copied().flatten().map(|v| f64::from(v) / 1000.0),
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = Sample> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Whether any sample has a value in this channel.
    pub fn has(&self, channel: Channel) -> bool {
        match channel {
            Channel::Distance => self.distance_cm.iter().any(Option::is_some),
            Channel::Position => self.position_e7.iter().any(Option::is_some),
            Channel::Altitude => self.altitude_dm.iter().any(Option::is_some),
            Channel::HeartRate => self.heart_rate.iter().any(Option::is_some),
            Channel::Cadence => self.cadence_d.iter().any(Option::is_some),
            Channel::Speed => self.speed_mm_s.iter().any(Option::is_some),
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
        for (slot, pos) in self.distance_cm.iter_mut().zip(&self.position_e7) {
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

    /// Time spent moving (s): the sum of the intervals between samples over which the runner
    /// covered ground at [`MOVING_SPEED_M_S`] or more (judged by distance, else by the speed at
    /// the interval's end); an interval with neither counts if it is no longer than
    /// [`MAX_UNJUDGED_GAP_S`]. `None` with fewer than two samples.
    pub fn moving_time_s(&self) -> Option<f64> {
        if self.len() < 2 {
            return None;
        }
        let mut total_ms: i64 = 0;
        for i in 1..self.len() {
            let dt_ms = self.time_ms[i] - self.time_ms[i - 1];
            if dt_ms <= 0 {
                continue;
            }
            let dt_s = dt_ms as f64 / 1000.0;
            let moving = match (self.distance_cm[i - 1], self.distance_cm[i], self.speed_mm_s[i]) {
                (Some(a), Some(b), _) => {
                    f64::from(b) / 100.0 - f64::from(a) / 100.0 >= MOVING_SPEED_M_S * dt_s
                }
                (_, _, Some(v)) => f64::from(v) / 1000.0 >= MOVING_SPEED_M_S,
                _ => dt_s <= MAX_UNJUDGED_GAP_S,
            };
            if moving {
                total_ms = total_ms.saturating_add(dt_ms);
            }
        }
        Some(total_ms as f64 / 1000.0)
    }

    /// Total ascent and descent (m), counting a climb only once it exceeds
    /// [`CLIMB_HYSTERESIS_M`] from the last turning point. `None` without altitude.
    pub fn ascent_descent_m(&self) -> Option<(f64, f64)> {
        let hysteresis_dm = (CLIMB_HYSTERESIS_M * 10.0) as i64;
        let mut samples = self.altitude_dm.iter().flatten().map(|&a| i64::from(a));
        let mut reference = samples.next()?;
        let (mut up, mut down) = (0i64, 0i64);
        for a in samples {
            if a - reference >= hysteresis_dm {
                up += a - reference;
                reference = a;
            } else if reference - a >= hysteresis_dm {
                down += reference - a;
                reference = a;
            }
        }
        Some((up as f64 / 10.0, down as f64 / 10.0))
    }

    /// Splits per whole kilometre of the distance channel, measured from the first distance, with
    /// the crossing times interpolated between samples, and a final partial split of at least one
    /// metre. Empty without distance. Heart rate and cadence are the means of the samples whose
    /// distance falls in the split.
    pub fn splits_km(&self) -> Vec<Split> {
        let points: Vec<(f64, f64, usize)> = (0..self.len())
            .filter_map(|i| {
                Some((self.time_ms[i] as f64 / 1000.0, f64::from(self.distance_cm[i]?) / 100.0, i))
            })
            .collect();
        let Some(&(t0, d0, _)) = points.first() else { return Vec::new() };
        let mut splits = Vec::new();
        let mut acc = SplitAccumulator::new(t0);
        let mut boundary = d0 + 1000.0;
        let mut previous = (t0, d0);
        for &(t, d, i) in &points {
            let (pt, pd) = previous;
            while d >= boundary && d > pd {
                let crossing = pt + (boundary - pd) / (d - pd) * (t - pt);
                splits.push(acc.finish(splits.len(), 1000.0, crossing));
                acc = SplitAccumulator::new(crossing);
                boundary += 1000.0;
            }
            acc.add(self.heart_rate[i], self.cadence_d[i]);
            previous = (t, d.max(pd));
        }
        let rest_m = previous.1 - (boundary - 1000.0);
        if rest_m >= 1.0 {
            splits.push(acc.finish(splits.len(), rest_m, previous.0));
        }
        splits
    }

    /// At most `max_points` samples for a chart: evenly spaced by index, always keeping the first
    /// and the last.
    pub fn downsample(&self, max_points: usize) -> Streams {
        let n = self.len();
        if n <= max_points {
            return self.clone();
        }
        let mut out = Streams::with_capacity(max_points);
        if max_points == 0 {
            return out;
        }
        let last = n - 1;
        let steps = max_points.saturating_sub(1).max(1);
        let mut previous = None;
        for k in 0..max_points {
            let i = if max_points == 1 { 0 } else { k * last / steps };
            if previous != Some(i) {
                out.copy_sample_from(self, i);
                previous = Some(i);
            }
        }
        out
    }

    fn copy_sample_from(&mut self, other: &Streams, i: usize) {
        self.time_ms.push(other.time_ms[i]);
        self.distance_cm.push(other.distance_cm[i]);
        self.position_e7.push(other.position_e7[i]);
        self.altitude_dm.push(other.altitude_dm[i]);
        self.heart_rate.push(other.heart_rate[i]);
        self.cadence_d.push(other.cadence_d[i]);
        self.speed_mm_s.push(other.speed_mm_s[i]);
    }

    /// The blob: a version byte, the sample count, a byte of channel flags, the times as
    /// delta-of-delta zigzag varints (ms), then per present channel its runs of present and
    /// missing samples and the deltas between its present values.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.len() * 8);
        out.push(VERSION);
        put_varint(&mut out, self.len() as u64);
        let flags = Channel::ALL.iter().filter(|c| self.has(**c)).fold(0u8, |f, c| f | c.bit());
        out.push(flags);
        let (mut previous, mut previous_delta) = (0i64, 0i64);
        for &t in &self.time_ms {
            let delta = t - previous;
            put_signed(&mut out, delta - previous_delta);
            (previous, previous_delta) = (t, delta);
        }
        let widen = |v: &[Option<i32>]| -> Vec<Option<i64>> {
            v.iter().map(|x| x.map(i64::from)).collect()
        };
        for channel in Channel::ALL {
            if flags & channel.bit() == 0 {
                continue;
            }
            match channel {
                Channel::Position => {
                    put_runs(&mut out, &self.position_e7);
                    let (mut lat0, mut lon0) = (0i64, 0i64);
                    for &(lat, lon) in self.position_e7.iter().flatten() {
                        put_signed(&mut out, i64::from(lat) - lat0);
                        put_signed(&mut out, i64::from(lon) - lon0);
                        (lat0, lon0) = (i64::from(lat), i64::from(lon));
                    }
                }
                Channel::HeartRate => {
                    let hr: Vec<Option<i64>> =
                        self.heart_rate.iter().map(|h| h.map(i64::from)).collect();
                    put_column(&mut out, &hr);
                }
                Channel::Distance => put_column(&mut out, &widen(&self.distance_cm)),
                Channel::Altitude => put_column(&mut out, &widen(&self.altitude_dm)),
                Channel::Cadence => put_column(&mut out, &widen(&self.cadence_d)),
                Channel::Speed => put_column(&mut out, &widen(&self.speed_mm_s)),
            }
        }
        out
    }

    /// Reads a blob written by [`Streams::encode`]. Any inconsistency (an unknown version, a
    /// count the bytes cannot hold, a value out of range, bytes left over) is refused.
    pub fn decode(bytes: &[u8]) -> Result<Streams, DomainError> {
        let mut r = Reader { bytes, pos: 0 };
        match r.byte()? {
            VERSION => {}
            v => return Err(bad(&format!("version {v} is not one this runwell can read"))),
        }
        let n = usize::try_from(r.varint()?).map_err(|_| bad("sample count too large"))?;
        // Every sample takes at least one byte of time, so a count beyond the bytes is a lie.
        if n > bytes.len() {
            return Err(bad("sample count larger than the blob"));
        }
        let flags = r.byte()?;
        if flags >> Channel::ALL.len() != 0 {
            return Err(bad("unknown channel flags"));
        }
        let mut s = Streams::with_capacity(n);
        let (mut previous, mut previous_delta) = (0i64, 0i64);
        for _ in 0..n {
            let delta = previous_delta
                .checked_add(r.signed()?)
                .ok_or_else(|| bad("time delta overflows"))?;
            let t = previous.checked_add(delta).filter(|t| t.abs() < TIME_LIMIT_MS);
            previous = t.ok_or_else(|| bad("time out of range"))?;
            previous_delta = delta;
            s.time_ms.push(previous);
        }
        let narrow = |v: Vec<Option<i64>>| -> Result<Vec<Option<i32>>, DomainError> {
            v.into_iter()
                .map(|x| {
                    x.map(|x| i32::try_from(x).map_err(|_| bad("value out of range"))).transpose()
                })
                .collect()
        };
        for channel in Channel::ALL {
            if flags & channel.bit() == 0 {
                let empty = vec![None; n];
                match channel {
                    Channel::Position => s.position_e7 = vec![None; n],
                    Channel::HeartRate => s.heart_rate = vec![None; n],
                    Channel::Distance => s.distance_cm = empty,
                    Channel::Altitude => s.altitude_dm = empty,
                    Channel::Cadence => s.cadence_d = empty,
                    Channel::Speed => s.speed_mm_s = empty,
                }
                continue;
            }
            match channel {
                Channel::Position => {
                    let present = r.runs(n)?;
                    let (mut lat, mut lon) = (0i64, 0i64);
                    for p in present {
                        s.position_e7.push(if p {
                            lat = lat
                                .checked_add(r.signed()?)
                                .ok_or_else(|| bad("latitude overflows"))?;
                            lon = lon
                                .checked_add(r.signed()?)
                                .ok_or_else(|| bad("longitude overflows"))?;
                            let lat = i32::try_from(lat).ok().filter(|l| l.abs() <= 900_000_000);
                            let lon = i32::try_from(lon).ok().filter(|l| l.abs() <= 1_800_000_000);
                            Some((
                                lat.ok_or_else(|| bad("latitude"))?,
                                lon.ok_or_else(|| bad("longitude"))?,
                            ))
                        } else {
                            None
                        });
                    }
                }
                Channel::HeartRate => {
                    let column = r.column(n)?;
                    s.heart_rate = column
                        .into_iter()
                        .map(|x| {
                            x.map(|x| u8::try_from(x).map_err(|_| bad("heart rate out of range")))
                                .transpose()
                        })
                        .collect::<Result<_, _>>()?;
                }
                Channel::Distance => s.distance_cm = narrow(r.column(n)?)?,
                Channel::Altitude => s.altitude_dm = narrow(r.column(n)?)?,
                Channel::Cadence => s.cadence_d = narrow(r.column(n)?)?,
                Channel::Speed => s.speed_mm_s = narrow(r.column(n)?)?,
            }
        }
        if r.pos != bytes.len() {
            return Err(bad("bytes left over after the last channel"));
        }
        Ok(s)
    }
}

struct SplitAccumulator {
    start_s: f64,
    hr: (f64, u32),
    cadence: (f64, u32),
}

impl SplitAccumulator {
    fn new(start_s: f64) -> Self {
        Self { start_s, hr: (0.0, 0), cadence: (0.0, 0) }
    }

    fn add(&mut self, hr: Option<u8>, cadence_d: Option<i32>) {
        if let Some(h) = hr {
            self.hr = (self.hr.0 + f64::from(h), self.hr.1 + 1);
        }
        if let Some(c) = cadence_d {
            self.cadence = (self.cadence.0 + f64::from(c) / 10.0, self.cadence.1 + 1);
        }
    }

    fn finish(&self, done: usize, distance_m: f64, end_s: f64) -> Split {
        let mean = |(sum, count): (f64, u32)| (count > 0).then(|| sum / f64::from(count));
        let duration_s = (end_s - self.start_s).max(0.0);
        Split {
            index: u32::try_from(done + 1).unwrap_or(u32::MAX),
            distance_m,
            duration_s,
            pace_s_per_km: duration_s / (distance_m / 1000.0),
            avg_heart_rate_bpm: mean(self.hr),
            avg_cadence_per_min: mean(self.cadence),
        }
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

fn bad(what: &str) -> DomainError {
    DomainError::Value(format!("the stored samples are damaged ({what}); re-import the file"))
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_signed(out: &mut Vec<u8>, v: i64) {
    put_varint(out, ((v << 1) ^ (v >> 63)) as u64);
}

/// Alternating run lengths of present and missing samples, starting with present.
fn put_runs<T>(out: &mut Vec<u8>, column: &[Option<T>]) {
    let mut runs = Vec::new();
    let (mut present, mut length) = (true, 0u64);
    for slot in column {
        if slot.is_some() != present {
            runs.push(length);
            (present, length) = (!present, 0);
        }
        length += 1;
    }
    runs.push(length);
    put_varint(out, runs.len() as u64);
    for run in runs {
        put_varint(out, run);
    }
}

fn put_column(out: &mut Vec<u8>, column: &[Option<i64>]) {
    put_runs(out, column);
    let mut previous = 0i64;
    for &v in column.iter().flatten() {
        put_signed(out, v - previous);
        previous = v;
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, DomainError> {
        let b = *self.bytes.get(self.pos).ok_or_else(|| bad("ends early"))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, DomainError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return Err(bad("varint overflows"));
            }
            v |= part << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(bad("varint too long"))
    }

    fn signed(&mut self) -> Result<i64, DomainError> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// The presence of `n` samples from their run lengths.
    fn runs(&mut self, n: usize) -> Result<Vec<bool>, DomainError> {
        let count = self.varint()?;
        let mut present = Vec::with_capacity(n);
        let mut is_present = true;
        for _ in 0..count {
            let run = usize::try_from(self.varint()?).map_err(|_| bad("run too long"))?;
            if run > n - present.len() {
                return Err(bad("runs longer than the stream"));
            }
            present.resize(present.len() + run, is_present);
            is_present = !is_present;
        }
        if present.len() != n {
            return Err(bad("runs shorter than the stream"));
        }
        Ok(present)
    }

    fn column(&mut self, n: usize) -> Result<Vec<Option<i64>>, DomainError> {
        let mut previous = 0i64;
        let mut out = Vec::with_capacity(n);
        for p in self.runs(n)? {
            out.push(if p {
                previous =
                    previous.checked_add(self.signed()?).ok_or_else(|| bad("value overflows"))?;
                Some(previous)
            } else {
                None
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn run(samples: &[(f64, Option<f64>, Option<u8>)]) -> Streams {
        let mut s = Streams::new();
        for &(time_s, distance_m, heart_rate_bpm) in samples {
            s.push(Sample { time_s, distance_m, heart_rate_bpm, ..Sample::default() });
        }
        s
    }

    /// A steady run: one sample a second at `speed` m/s for `seconds`.
    fn steady(seconds: u32, speed: f64) -> Streams {
        let samples: Vec<_> =
            (0..=seconds).map(|t| (f64::from(t), Some(f64::from(t) * speed), Some(150))).collect();
        run(&samples)
    }

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
    fn a_one_hour_run_is_compact() {
        let mut s = Streams::new();
        for t in 0..3600 {
            let t = f64::from(t);
            s.push(Sample {
                time_s: t,
                distance_m: Some(t * 2.8),
                position: Some(LatLon { lat_deg: 51.5 + t * 2e-5, lon_deg: -0.1 + t * 1e-5 }),
                altitude_m: Some(30.0 + (t / 60.0).sin() * 5.0),
                heart_rate_bpm: Some(140 + (t as u32 % 7) as u8),
                cadence_per_min: Some(170.0 + (t % 3.0)),
                speed_m_s: Some(2.8 + (t % 5.0) / 10.0),
            });
        }
        let blob = s.encode();
        assert!(blob.len() < 45_000, "{} bytes", blob.len());
        assert_eq!(Streams::decode(&blob).unwrap(), s);
    }

    #[test]
    fn decode_refuses_damage_with_a_message() {
        let blob = steady(60, 3.0).encode();
        let check = |bytes: &[u8], expected: &str| {
            let err = Streams::decode(bytes).unwrap_err().to_string();
            assert!(err.contains(expected), "{err}");
        };
        check(&[], "ends early");
        check(&[2], "version 2");
        check(&[1, 0xff, 0xff, 0xff, 0xff, 0x0f], "sample count");
        check(&blob[..blob.len() - 1], "ends early");
        check(&[&blob[..], &[0]].concat(), "left over");
        check(&[1, 0, 0x80], "unknown channel");
        assert_eq!(Streams::decode(&[1, 0, 0]).unwrap(), Streams::new());
    }

    #[test]
    fn splits_per_kilometre_with_a_partial_last() {
        // 2,500 m at 2.5 m/s: two 400 s kilometres and a 500 m remainder.
        let splits = steady(1000, 2.5).splits_km();
        let summary: Vec<(u32, f64, f64)> =
            splits.iter().map(|s| (s.index, s.distance_m, s.duration_s)).collect();
        assert_eq!(summary, [(1, 1000.0, 400.0), (2, 1000.0, 400.0), (3, 500.0, 200.0)]);
        assert_eq!(splits[0].pace_s_per_km, 400.0);
        assert_eq!(splits[2].pace_s_per_km, 400.0);
        assert_eq!(splits[0].avg_heart_rate_bpm, Some(150.0));
        assert_eq!(splits[0].avg_cadence_per_min, None);
    }

    #[test]
    fn splits_interpolate_crossings_and_ignore_distance_going_back() {
        let check = |samples: &[(f64, Option<f64>, Option<u8>)], expected: &[(f64, f64)]| {
            let got: Vec<(f64, f64)> = run(samples)
                .splits_km()
                .iter()
                .map(|s| (s.distance_m, (s.duration_s * 1e6).round() / 1e6))
                .collect();
            assert_eq!(got, expected, "{samples:?}");
        };
        check(&[], &[]);
        check(&[(0.0, None, None), (10.0, None, None)], &[]);
        check(
            &[(0.0, Some(0.0), None), (100.0, Some(1500.0), None)],
            &[(1000.0, 66.666667), (500.0, 33.333333)],
        );
        check(
            &[
                (0.0, Some(0.0), None),
                (10.0, Some(900.0), None),
                (20.0, Some(800.0), None),
                (30.0, Some(1000.0), None),
            ],
            &[(1000.0, 30.0)],
        );
        check(&[(0.0, Some(0.0), None), (1.0, Some(0.5), None)], &[]);
        check(&[(5.0, Some(200.0), None), (10.0, Some(1200.0), None)], &[(1000.0, 5.0)]);
    }

    #[test]
    fn moving_time_leaves_out_standing_and_long_gaps() {
        let check = |samples: &[(f64, Option<f64>, Option<u8>)], expected: Option<f64>| {
            assert_eq!(run(samples).moving_time_s(), expected, "{samples:?}");
        };
        check(&[(0.0, Some(0.0), None)], None);
        check(&[(0.0, Some(0.0), None), (10.0, Some(30.0), None)], Some(10.0));
        // Standing at a crossing for a minute, then on.
        check(
            &[
                (0.0, Some(0.0), None),
                (10.0, Some(30.0), None),
                (70.0, Some(31.0), None),
                (80.0, Some(60.0), None),
            ],
            Some(20.0),
        );
        // No distance: short intervals count, a long gap does not.
        check(&[(0.0, None, None), (5.0, None, None), (300.0, None, None)], Some(5.0));
        assert_eq!(steady(600, 3.0).moving_time_s(), Some(600.0));
    }

    #[test]
    fn climb_needs_more_than_noise() {
        let check = |altitudes: &[f64], expected: Option<(f64, f64)>| {
            let mut s = Streams::new();
            for (i, a) in altitudes.iter().enumerate() {
                s.push(Sample { time_s: i as f64, altitude_m: Some(*a), ..Sample::default() });
            }
            assert_eq!(s.ascent_descent_m(), expected, "{altitudes:?}");
        };
        check(&[], None);
        check(&[100.0, 101.0, 99.5, 101.0, 100.0], Some((0.0, 0.0)));
        check(&[100.0, 105.0, 110.0, 104.0, 100.0], Some((10.0, 10.0)));
        check(&[100.0, 102.9, 103.0], Some((3.0, 0.0)));
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

    #[test]
    fn downsample_keeps_the_ends() {
        let s = steady(999, 3.0);
        let check = |max: usize, expected_times: &[f64]| {
            let times: Vec<f64> = s.downsample(max).iter().map(|x| x.time_s).collect();
            assert_eq!(times, expected_times, "{max}");
        };
        check(0, &[]);
        check(1, &[0.0]);
        check(2, &[0.0, 999.0]);
        check(4, &[0.0, 333.0, 666.0, 999.0]);
        assert_eq!(s.downsample(500).len(), 500);
        assert_eq!(s.downsample(5000), s);
    }

    fn sample() -> impl Strategy<Value = Sample> {
        (
            -1e6..1e6f64,
            proptest::option::of(0.0..1e7f64),
            proptest::option::of((-90.0..=90.0f64, -180.0..=180.0f64)),
            proptest::option::of(-500.0..9000.0f64),
            proptest::option::of(any::<u8>()),
            proptest::option::of(0.0..400.0f64),
            proptest::option::of(0.0..100.0f64),
        )
            .prop_map(
                |(
                    time_s,
                    distance_m,
                    position,
                    altitude_m,
                    heart_rate_bpm,
                    cadence_per_min,
                    speed_m_s,
                )| Sample {
                    time_s,
                    distance_m,
                    position: position.map(|(lat_deg, lon_deg)| LatLon { lat_deg, lon_deg }),
                    altitude_m,
                    heart_rate_bpm,
                    cadence_per_min,
                    speed_m_s,
                },
            )
    }

    fn close(a: Option<f64>, b: Option<f64>, tolerance: f64) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= tolerance,
            (None, None) => true,
            _ => false,
        }
    }

    proptest! {
        #[test]
        fn encode_then_decode_is_within_the_fixed_point(samples in proptest::collection::vec(sample(), 0..300)) {
            let mut s = Streams::new();
            for x in &samples {
                prop_assert!(s.push(*x));
            }
            let back = Streams::decode(&s.encode()).unwrap();
            prop_assert_eq!(&back, &s);
            for (x, y) in samples.iter().zip(back.iter()) {
                prop_assert!((x.time_s - y.time_s).abs() <= 0.0005 + 1e-9);
                prop_assert!(close(x.distance_m, y.distance_m, 0.005 + 1e-9));
                prop_assert!(close(x.position.map(|p| p.lat_deg), y.position.map(|p| p.lat_deg), 0.5e-7 + 1e-12));
                prop_assert!(close(x.position.map(|p| p.lon_deg), y.position.map(|p| p.lon_deg), 0.5e-7 + 1e-12));
                prop_assert!(close(x.altitude_m, y.altitude_m, 0.05 + 1e-9));
                prop_assert_eq!(x.heart_rate_bpm, y.heart_rate_bpm);
                prop_assert!(close(x.cadence_per_min, y.cadence_per_min, 0.05 + 1e-9));
                prop_assert!(close(x.speed_m_s, y.speed_m_s, 0.0005 + 1e-9));
            }
        }

        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = Streams::decode(&bytes);
        }

        #[test]
        fn decode_never_panics_on_damaged_blobs(
            samples in proptest::collection::vec(sample(), 1..50),
            at in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let mut s = Streams::new();
            samples.iter().for_each(|x| { s.push(*x); });
            let mut blob = s.encode();
            let i = at.index(blob.len());
            blob[i] = byte;
            if let Ok(back) = Streams::decode(&blob) {
                // Whatever a damaged blob decodes to must itself round-trip.
                prop_assert_eq!(Streams::decode(&back.encode()).unwrap(), back);
            }
        }
    }
}

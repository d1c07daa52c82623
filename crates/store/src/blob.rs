//! The compact form a run's samples are stored in: one blob per run (STACK.md: 3,000 runs ×
//! 3,600 samples would be 10 million rows otherwise).
//!
//! The blob is columnar over the domain's fixed-point [`Columns`]: a version byte, the sample
//! count, a byte of channel flags, the times as delta-of-delta zigzag varints (ms), then per
//! present channel its runs of present and missing samples and the deltas between its present
//! values. A one-hour run with every channel is about 40 kB. The version byte is the one format
//! version: `run_streams.format` holds the same number, written from `VERSION` alone.

use runwell_domain::streams::{Channel, Columns, Streams};

use crate::StoreError;

/// The format this runwell writes, and the only one it reads.
pub(crate) const VERSION: u8 = 1;

/// A run's samples encoded for storage. Encoding may happen away from the writer (an import
/// encodes while the previous file is being stored); the bytes stay the store's business.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamsBlob {
    bytes: Vec<u8>,
}

impl StreamsBlob {
    pub fn new(streams: &Streams) -> Self {
        Self { bytes: encode(streams) }
    }

    /// The size stored (bytes).
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
}

fn bit(channel: Channel) -> u8 {
    1 << (channel as u8)
}

/// The blob for `streams`.
pub fn encode(streams: &Streams) -> Vec<u8> {
    let c = streams.columns();
    let mut out = Vec::with_capacity(16 + streams.len() * 8);
    out.push(VERSION);
    put_varint(&mut out, streams.len() as u64);
    let flags = Channel::ALL.iter().filter(|&&ch| streams.has(ch)).fold(0u8, |f, &ch| f | bit(ch));
    out.push(flags);
    let (mut previous, mut previous_delta) = (0i64, 0i64);
    for &t in &c.time_ms {
        let delta = t - previous;
        put_signed(&mut out, delta - previous_delta);
        (previous, previous_delta) = (t, delta);
    }
    for channel in Channel::ALL {
        if flags & bit(channel) == 0 {
            continue;
        }
        match channel {
            Channel::Position => {
                put_runs(&mut out, &c.position_e7);
                let (mut lat0, mut lon0) = (0i64, 0i64);
                for &(lat, lon) in c.position_e7.iter().flatten() {
                    put_signed(&mut out, i64::from(lat) - lat0);
                    put_signed(&mut out, i64::from(lon) - lon0);
                    (lat0, lon0) = (i64::from(lat), i64::from(lon));
                }
            }
            Channel::HeartRate => put_column(&mut out, &c.heart_rate_bpm),
            Channel::Distance => put_column(&mut out, &c.distance_cm),
            Channel::Altitude => put_column(&mut out, &c.altitude_dm),
            Channel::Cadence => put_column(&mut out, &c.cadence_dpm),
            Channel::Speed => put_column(&mut out, &c.speed_mm_s),
        }
    }
    out
}

/// Reads a blob written by [`encode`]. Any inconsistency (an unknown version, a count the bytes
/// cannot hold, a value out of range, bytes left over) is refused as damage.
pub fn decode(bytes: &[u8]) -> Result<Streams, StoreError> {
    let columns = read(bytes).map_err(|detail| StoreError::DamagedStreams { detail })?;
    Streams::from_columns(columns).map_err(|e| StoreError::DamagedStreams { detail: e.to_string() })
}

fn read(bytes: &[u8]) -> Result<Columns, String> {
    let mut r = Reader { bytes, pos: 0 };
    match r.byte()? {
        VERSION => {}
        v => return Err(format!("format version {v} is not one this runwell can read")),
    }
    let n = usize::try_from(r.varint()?).map_err(|_| "sample count too large")?;
    // Every sample takes at least one byte of time, so a count beyond the bytes is a lie.
    if n > bytes.len() {
        return Err("sample count larger than the blob".into());
    }
    let flags = r.byte()?;
    if flags >> Channel::ALL.len() != 0 {
        return Err("unknown channel flags".into());
    }
    let mut c = Columns { time_ms: Vec::with_capacity(n), ..Columns::default() };
    let (mut previous, mut previous_delta) = (0i64, 0i64);
    for _ in 0..n {
        let delta = previous_delta.checked_add(r.signed()?).ok_or("time delta overflows")?;
        previous = previous.checked_add(delta).ok_or("time overflows")?;
        previous_delta = delta;
        c.time_ms.push(previous);
    }
    let narrow = |v: Vec<Option<i64>>| -> Result<Vec<Option<i32>>, String> {
        v.into_iter()
            .map(|x| {
                x.map(|x| i32::try_from(x).map_err(|_| "value out of range".into())).transpose()
            })
            .collect()
    };
    for channel in Channel::ALL {
        if flags & bit(channel) == 0 {
            match channel {
                Channel::Position => c.position_e7 = vec![None; n],
                Channel::HeartRate => c.heart_rate_bpm = vec![None; n],
                Channel::Distance => c.distance_cm = vec![None; n],
                Channel::Altitude => c.altitude_dm = vec![None; n],
                Channel::Cadence => c.cadence_dpm = vec![None; n],
                Channel::Speed => c.speed_mm_s = vec![None; n],
            }
            continue;
        }
        match channel {
            Channel::Position => {
                let present = r.runs(n)?;
                let (mut lat, mut lon) = (0i64, 0i64);
                c.position_e7.reserve(n);
                for p in present {
                    c.position_e7.push(if p {
                        lat = lat.checked_add(r.signed()?).ok_or("latitude overflows")?;
                        lon = lon.checked_add(r.signed()?).ok_or("longitude overflows")?;
                        let lat = i32::try_from(lat).map_err(|_| "latitude out of range")?;
                        let lon = i32::try_from(lon).map_err(|_| "longitude out of range")?;
                        Some((lat, lon))
                    } else {
                        None
                    });
                }
            }
            Channel::HeartRate => {
                c.heart_rate_bpm = r
                    .column(n)?
                    .into_iter()
                    .map(|x| {
                        x.map(|x| u8::try_from(x).map_err(|_| "heart rate out of range".into()))
                            .transpose()
                    })
                    .collect::<Result<_, String>>()?;
            }
            Channel::Distance => c.distance_cm = narrow(r.column(n)?)?,
            Channel::Altitude => c.altitude_dm = narrow(r.column(n)?)?,
            Channel::Cadence => c.cadence_dpm = narrow(r.column(n)?)?,
            Channel::Speed => c.speed_mm_s = narrow(r.column(n)?)?,
        }
    }
    if r.pos != bytes.len() {
        return Err("bytes left over after the last channel".into());
    }
    Ok(c)
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

fn put_column<T: Copy + Into<i64>>(out: &mut Vec<u8>, column: &[Option<T>]) {
    put_runs(out, column);
    let mut previous = 0i64;
    for &v in column.iter().flatten() {
        let v = v.into();
        put_signed(out, v - previous);
        previous = v;
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.pos).ok_or("ends early")?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return Err("varint overflows".into());
            }
            v |= part << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("varint too long".into())
    }

    fn signed(&mut self) -> Result<i64, String> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// The presence of `n` samples from their run lengths.
    fn runs(&mut self, n: usize) -> Result<Vec<bool>, String> {
        let count = self.varint()?;
        let mut present = Vec::with_capacity(n);
        let mut is_present = true;
        for _ in 0..count {
            let run = usize::try_from(self.varint()?).map_err(|_| "run too long")?;
            if run > n - present.len() {
                return Err("runs longer than the stream".into());
            }
            present.resize(present.len() + run, is_present);
            is_present = !is_present;
        }
        if present.len() != n {
            return Err("runs shorter than the stream".into());
        }
        Ok(present)
    }

    fn column(&mut self, n: usize) -> Result<Vec<Option<i64>>, String> {
        let mut previous = 0i64;
        let mut out = Vec::with_capacity(n);
        for p in self.runs(n)? {
            out.push(if p {
                previous = previous.checked_add(self.signed()?).ok_or("value overflows")?;
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
    use proptest::prelude::*;
    use runwell_domain::streams::{LatLon, Sample};

    use super::*;

    /// A steady run: one sample a second at 3 m/s for `seconds`.
    fn steady(seconds: u32) -> Streams {
        let mut s = Streams::new();
        for t in 0..=seconds {
            s.push(Sample {
                time_s: f64::from(t),
                distance_m: Some(f64::from(t) * 3.0),
                heart_rate_bpm: Some(150),
                ..Sample::default()
            });
        }
        s
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
        let blob = StreamsBlob::new(&s);
        assert!(blob.len() < 45_000, "{} bytes", blob.len());
        assert_eq!(decode(blob.as_bytes()).unwrap(), s);
    }

    #[test]
    fn decode_refuses_damage_with_a_message() {
        let blob = encode(&steady(60));
        let check = |bytes: &[u8], expected: &str| {
            let err = decode(bytes).unwrap_err();
            assert!(matches!(err, StoreError::DamagedStreams { .. }), "{err:?}");
            let text = err.to_string();
            assert!(text.contains(expected) && text.contains("re-import"), "{text}");
        };
        check(&[], "ends early");
        check(&[2], "version 2");
        check(&[1, 0xff, 0xff, 0xff, 0xff, 0x0f], "sample count");
        check(&blob[..blob.len() - 1], "ends early");
        check(&[&blob[..], &[0]].concat(), "left over");
        check(&[1, 0, 0x80], "unknown channel");
        // One sample at the time limit: the domain refuses what push could not make.
        let mut far = vec![1, 1, 0];
        put_signed(&mut far, runwell_domain::streams::TIME_LIMIT_MS);
        check(&far, "time out of range");
        assert_eq!(decode(&[1, 0, 0]).unwrap(), Streams::new());
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
            let back = decode(&encode(&s)).unwrap();
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
            let _ = decode(&bytes);
        }

        #[test]
        fn decode_never_panics_on_damaged_blobs(
            samples in proptest::collection::vec(sample(), 1..50),
            at in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let mut s = Streams::new();
            samples.iter().for_each(|x| { s.push(*x); });
            let mut blob = encode(&s);
            let i = at.index(blob.len());
            blob[i] = byte;
            if let Ok(back) = decode(&blob) {
                // Whatever a damaged blob decodes to must itself round-trip.
                prop_assert_eq!(decode(&encode(&back)).unwrap(), back);
            }
        }
    }
}

//! A run's line for a chart: pace (over a short window), heart rate and cadence along the
//! distance, averaged into at most as many points as the chart has room for, broken where the
//! samples jump (a GPS drop-out). The maths of thinning lives beside the series maths it uses, so
//! that every front end draws the same line.

use serde::Serialize;

use super::{Split, Streams};

/// One run's samples, thinned to at most a chart's worth of points along the distance.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSeries {
    pub distance_km: f64,
    /// In order of distance. A point whose values are all `None` marks a gap (no samples over
    /// that stretch, e.g. a GPS drop-out).
    pub points: Vec<RunPoint>,
    pub has_pace: bool,
    pub has_heart_rate: bool,
    pub has_cadence: bool,
    pub splits: Vec<Split>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RunPoint {
    pub distance_km: f64,
    /// Seconds per kilometre over the last [`PACE_WINDOW_S`]; `None` while stopped or walking
    /// slower than [`SLOWEST_PACE_M_S`].
    pub pace_s_per_km: Option<f64>,
    pub heart_rate_bpm: Option<f64>,
    pub cadence_spm: Option<f64>,
}

/// Pace is read over this many seconds, which smooths a watch's second-to-second noise.
pub const PACE_WINDOW_S: f64 = 20.0;
/// Below this speed (m/s, 16:40 min/km) the runner counts as stopped: no pace is drawn.
pub const SLOWEST_PACE_M_S: f64 = 1.0;

/// One sample as the run chart reads it: time, distance and the channels, with the pace over
/// the window ending at it.
#[derive(Debug, Clone, Copy)]
struct Reading {
    distance_m: f64,
    pace: Option<f64>,
    heart_rate: Option<f64>,
    cadence: Option<f64>,
}

fn readings(streams: &Streams) -> Vec<Reading> {
    let samples: Vec<(f64, f64, Option<f64>, Option<f64>)> = streams
        .iter()
        .filter_map(|s| {
            Some((
                s.time_s,
                s.distance_m?,
                s.heart_rate_bpm.map(f64::from),
                s.cadence_per_min.filter(|c| *c > 0.0),
            ))
        })
        .collect();
    let mut out = Vec::with_capacity(samples.len());
    let mut start = 0;
    for (i, &(t, d, heart_rate, cadence)) in samples.iter().enumerate() {
        while start < i && t - samples[start].0 > PACE_WINDOW_S {
            start += 1;
        }
        // The window reaches back to the last sample at least PACE_WINDOW_S before this one.
        let from = start.saturating_sub(1);
        let (t0, d0, _, _) = samples[from];
        let (dt, dd) = (t - t0, d - d0);
        let pace = (dt > 0.0 && dd / dt >= SLOWEST_PACE_M_S).then(|| dt / dd * 1000.0);
        out.push(Reading { distance_m: d, pace, heart_rate, cadence });
    }
    out
}

/// Two samples further apart than this (m) have a gap between them: a GPS drop-out or a
/// recording stopped and restarted somewhere else. The line is not drawn across it.
pub const GAP_M: f64 = 200.0;

/// The run's line for a chart: its readings averaged into at most `max_points` equal stretches
/// of distance, with a gap point wherever two samples are more than [`GAP_M`] apart, and its
/// splits every `split_m` metres (a kilometre, or a mile). `None` without samples that have a
/// distance.
pub fn run_series(streams: &Streams, max_points: usize, split_m: f64) -> Option<RunSeries> {
    let readings = readings(streams);
    let first = readings.first()?.distance_m;
    let last = readings.iter().map(|r| r.distance_m).fold(first, f64::max);
    let buckets = max_points.clamp(1, readings.len());
    let span = (last - first).max(f64::EPSILON);
    #[derive(Default, Clone, Copy)]
    struct Sum {
        n: u32,
        distance: f64,
        pace: (f64, u32),
        heart_rate: (f64, u32),
        cadence: (f64, u32),
        gap_before: bool,
    }
    let mut sums = vec![Sum::default(); buckets];
    let mut previous: Option<f64> = None;
    for (i, r) in readings.iter().enumerate() {
        // With a point per sample, each sample is its own stretch.
        let at = if buckets == readings.len() {
            i
        } else {
            (((r.distance_m - first) / span * buckets as f64) as usize).min(buckets - 1)
        };
        let s = &mut sums[at];
        if previous.is_some_and(|d| r.distance_m - d > GAP_M) {
            s.gap_before = true;
        }
        previous = Some(r.distance_m);
        s.n += 1;
        s.distance += r.distance_m;
        let add = |acc: &mut (f64, u32), v: Option<f64>| {
            if let Some(v) = v {
                acc.0 += v;
                acc.1 += 1;
            }
        };
        add(&mut s.pace, r.pace);
        add(&mut s.heart_rate, r.heart_rate);
        add(&mut s.cadence, r.cadence);
    }
    let mean = |(sum, n): (f64, u32)| (n > 0).then(|| sum / f64::from(n));
    let mut points: Vec<RunPoint> = Vec::with_capacity(buckets);
    for s in sums.iter().filter(|s| s.n > 0) {
        let distance_km = s.distance / f64::from(s.n) / 1000.0;
        if s.gap_before
            && let Some(before) = points.last()
        {
            points.push(RunPoint {
                distance_km: (before.distance_km + distance_km) / 2.0,
                pace_s_per_km: None,
                heart_rate_bpm: None,
                cadence_spm: None,
            });
        }
        points.push(RunPoint {
            distance_km,
            // A stretch where the runner mostly stood still has no pace, even if it began moving.
            pace_s_per_km: mean(s.pace).filter(|_| s.pace.1 * 2 >= s.n),
            heart_rate_bpm: mean(s.heart_rate),
            cadence_spm: mean(s.cadence),
        });
    }
    Some(RunSeries {
        distance_km: (last - first) / 1000.0,
        has_pace: points.iter().any(|p| p.pace_s_per_km.is_some()),
        has_heart_rate: points.iter().any(|p| p.heart_rate_bpm.is_some()),
        has_cadence: points.iter().any(|p| p.cadence_spm.is_some()),
        points,
        splits: streams.splits_every(split_m),
    })
}

#[cfg(test)]
mod tests {
    use super::super::Sample;
    use super::*;

    /// A steady run: one sample a second at `speed` m/s, with heart rate and cadence.
    fn steady(seconds: u32, speed: f64) -> Streams {
        let mut s = Streams::new();
        for t in 0..=seconds {
            s.push(Sample {
                time_s: f64::from(t),
                distance_m: Some(f64::from(t) * speed),
                heart_rate_bpm: Some(140),
                cadence_per_min: Some(170.0),
                ..Sample::default()
            });
        }
        s
    }

    #[test]
    fn a_steady_run_reads_as_a_steady_pace() {
        // 3.333 m/s is 5:00 min/km.
        let series = run_series(&steady(600, 1000.0 / 300.0), 50, 1000.0).unwrap();
        assert_eq!(series.points.len(), 50);
        assert!((series.distance_km - 2.0).abs() < 1e-6);
        for p in &series.points {
            assert!((p.pace_s_per_km.unwrap() - 300.0).abs() < 0.5, "{p:?}");
            assert_eq!(p.heart_rate_bpm, Some(140.0));
            assert_eq!(p.cadence_spm, Some(170.0));
        }
        assert!(series.has_pace && series.has_heart_rate && series.has_cadence);
        assert_eq!(series.splits.len(), 2);
        // Fewer samples than points: one point per sample.
        assert_eq!(run_series(&steady(9, 3.0), 400, 1000.0).unwrap().points.len(), 10);
    }

    #[test]
    fn stops_and_drop_outs_become_gaps() {
        let mut s = Streams::new();
        let mut push = |t: f64, d: Option<f64>, hr: Option<u8>| {
            s.push(Sample { time_s: t, distance_m: d, heart_rate_bpm: hr, ..Sample::default() });
        };
        // 1 km at 4 m/s, a 2-minute stop, then a jump of 1 km (the GPS lost), then 1 km more.
        for t in 0..=250 {
            push(f64::from(t), Some(f64::from(t) * 4.0), Some(150));
        }
        for t in 251..=370 {
            push(f64::from(t), Some(1000.0), None);
        }
        for t in 371..=621 {
            push(f64::from(t), Some(2000.0 + f64::from(t - 371) * 4.0), Some(155));
        }
        // Samples without distance are left out.
        push(622.0, None, Some(160));
        let series = run_series(&s, 30, 1000.0).unwrap();
        let stopped = series.points.iter().find(|p| (p.distance_km - 1.0).abs() < 0.02).unwrap();
        assert_eq!(stopped.pace_s_per_km, None, "no pace while stopped");
        let gaps: Vec<_> = series
            .points
            .iter()
            .filter(|p| p.pace_s_per_km.is_none() && p.heart_rate_bpm.is_none())
            .map(|p| p.distance_km)
            .collect();
        assert!(gaps.iter().any(|d| *d > 1.1 && *d < 1.9), "the missing kilometre: {gaps:?}");
        assert!(!series.has_cadence);
        assert!(run_series(&Streams::new(), 30, 1000.0).is_none());
        let mut no_distance = Streams::new();
        no_distance.push(Sample { time_s: 0.0, heart_rate_bpm: Some(120), ..Sample::default() });
        assert!(run_series(&no_distance, 30, 1000.0).is_none());
    }

    #[test]
    fn one_sample_makes_one_point() {
        let series = run_series(&steady(0, 3.0), 10, 1000.0).unwrap();
        assert_eq!(series.points.len(), 1);
        assert_eq!(series.points[0].pace_s_per_km, None);
        assert_eq!(series.distance_km, 0.0);
    }
}

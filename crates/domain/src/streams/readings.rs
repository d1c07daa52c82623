//! What is read off a run's samples: time spent moving, the climb, and the kilometre splits.

use super::Streams;

/// Above this speed over an interval, the runner was moving (m/s). It is below the slowest walk
/// (about 0.8 m/s) and above the creep of a watch's distance while standing still.
pub const MOVING_SPEED_M_S: f64 = 0.3;
/// An interval with no distance or speed to judge by counts as moving only up to this length:
/// longer gaps are pauses, which recorders leave as a jump in time (s).
pub const MAX_UNJUDGED_GAP_S: f64 = 30.0;
/// Climb is counted only once the altitude has moved this far from its last turning point (m),
/// so that the noise of a GPS or barometric altitude does not add up to hills.
pub const CLIMB_HYSTERESIS_M: f64 = 3.0;

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

impl Streams {
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
            let dt_ms = self.c.time_ms[i] - self.c.time_ms[i - 1];
            if dt_ms <= 0 {
                continue;
            }
            let dt_s = dt_ms as f64 / 1000.0;
            let moving =
                match (self.c.distance_cm[i - 1], self.c.distance_cm[i], self.c.speed_mm_s[i]) {
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
        let mut samples = self.c.altitude_dm.iter().flatten().map(|&a| i64::from(a));
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

    /// Splits per whole kilometre of the distance channel (see [`Streams::splits_every`]).
    pub fn splits_km(&self) -> Vec<Split> {
        self.splits_every(1000.0)
    }

    /// Splits per whole `split_m` metres of the distance channel (a kilometre, or a mile for a
    /// runner who reads miles), measured from the first distance, with the crossing times
    /// interpolated between samples, and a final partial split of at least one metre. Empty
    /// without distance or with a split length below a metre. Heart rate and cadence are the
    /// means of the samples whose distance falls in the split; the pace stays per kilometre.
    pub fn splits_every(&self, split_m: f64) -> Vec<Split> {
        if split_m.is_nan() || split_m < 1.0 {
            return Vec::new();
        }
        let points: Vec<(f64, f64, usize)> = (0..self.len())
            .filter_map(|i| {
                Some((
                    self.c.time_ms[i] as f64 / 1000.0,
                    f64::from(self.c.distance_cm[i]?) / 100.0,
                    i,
                ))
            })
            .collect();
        let Some(&(t0, d0, _)) = points.first() else { return Vec::new() };
        let mut splits = Vec::new();
        let mut acc = SplitAccumulator::new(t0);
        let mut boundary = d0 + split_m;
        let mut previous = (t0, d0);
        for &(t, d, i) in &points {
            let (pt, pd) = previous;
            while d >= boundary && d > pd {
                let crossing = pt + (boundary - pd) / (d - pd) * (t - pt);
                splits.push(acc.finish(splits.len(), split_m, crossing));
                acc = SplitAccumulator::new(crossing);
                boundary += split_m;
            }
            acc.add(self.c.heart_rate_bpm[i], self.c.cadence_dpm[i]);
            previous = (t, d.max(pd));
        }
        let rest_m = previous.1 - (boundary - split_m);
        if rest_m >= 1.0 {
            splits.push(acc.finish(splits.len(), rest_m, previous.0));
        }
        splits
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

    fn add(&mut self, hr: Option<u8>, cadence_dpm: Option<i32>) {
        if let Some(h) = hr {
            self.hr = (self.hr.0 + f64::from(h), self.hr.1 + 1);
        }
        if let Some(c) = cadence_dpm {
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

#[cfg(test)]
mod tests {
    use super::super::Sample;
    use super::*;

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
    fn splits_per_mile_keep_the_pace_per_kilometre() {
        // 4,000 m at 2.5 m/s: two whole miles of 643.7 s and a 781.3 m remainder.
        let mile = crate::distance_unit::METRES_PER_MILE;
        let splits = steady(1600, 2.5).splits_every(mile);
        let summary: Vec<(u32, String, String)> = splits
            .iter()
            .map(|s| (s.index, format!("{:.1}", s.distance_m), format!("{:.1}", s.duration_s)))
            .collect();
        let row = |i: u32, m: &str, s: &str| (i, m.to_owned(), s.to_owned());
        assert_eq!(
            summary,
            [row(1, "1609.3", "643.7"), row(2, "1609.3", "643.7"), row(3, "781.3", "312.5")]
        );
        assert!(splits.iter().all(|s| (s.pace_s_per_km - 400.0).abs() < 1e-6));
        assert!(steady(10, 2.5).splits_every(0.5).is_empty());
        assert!(steady(10, 2.5).splits_every(f64::NAN).is_empty());
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
}

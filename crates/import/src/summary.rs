//! Turning what a reader found into an [`Activity`]: the device's summary where it has one,
//! values computed from the samples where it does not.

use std::sync::Arc;

use jiff::Timestamp;
use runwell_domain::streams::{Channel, Streams};
use runwell_domain::{DistanceM, DurationS, HeartRate, Sport};

use crate::activity::{Activity, SourceFormat};

/// An activity's summary as a file gives it; `None` where the file is silent.
#[derive(Debug, Clone)]
pub(crate) struct Summary {
    pub start: Timestamp,
    pub utc_offset_s: Option<i32>,
    pub sport: Sport,
    pub sport_in_file: Option<Arc<str>>,
    pub name: Option<Arc<str>>,
    pub device: Option<Arc<str>>,
    pub distance_m: Option<f64>,
    pub moving_s: Option<f64>,
    pub elapsed_s: Option<f64>,
    pub ascent_m: Option<f64>,
    pub descent_m: Option<f64>,
    pub avg_hr: Option<f64>,
    pub max_hr: Option<f64>,
    /// In the sport's cadence unit already (steps/min on foot, rpm riding).
    pub avg_cadence: Option<f64>,
    pub partial: bool,
    pub format: SourceFormat,
    pub index_in_file: u32,
}

impl Summary {
    pub(crate) fn new(start: Timestamp, sport: Sport, format: SourceFormat) -> Self {
        Summary {
            start,
            utc_offset_s: None,
            sport,
            sport_in_file: None,
            name: None,
            device: None,
            distance_m: None,
            moving_s: None,
            elapsed_s: None,
            ascent_m: None,
            descent_m: None,
            avg_hr: None,
            max_hr: None,
            avg_cadence: None,
            partial: false,
            format,
            index_in_file: 0,
        }
    }

    /// Fills the gaps from the samples and builds the activity.
    pub(crate) fn finish(self, mut streams: Streams) -> Activity {
        streams.fill_distance_from_positions();
        let last = streams.len().checked_sub(1).and_then(|i| streams.get(i));
        let elapsed =
            positive(self.elapsed_s).or_else(|| last.map(|s| s.time_s.max(0.0))).unwrap_or(0.0);
        let moving =
            non_negative(self.moving_s).or_else(|| streams.moving_time_s()).unwrap_or(elapsed);
        // Devices round their clocks: a timer a second longer than the elapsed time stretches
        // the elapsed time rather than the other way round, so moving never exceeds elapsed.
        let elapsed = elapsed.max(moving);
        let distance = non_negative(self.distance_m)
            .or_else(|| streams.distances_m().reduce(f64::max))
            .unwrap_or(0.0);
        let climb = streams.ascent_descent_m();
        let ascent = non_negative(self.ascent_m).or(climb.map(|c| c.0));
        let descent = non_negative(self.descent_m).or(climb.map(|c| c.1));
        let heart_rates = || streams.heart_rates_bpm().filter(|&h| h > 0);
        let avg_hr = positive(self.avg_hr).or_else(|| mean(heart_rates().map(f64::from)));
        let max_hr = positive(self.max_hr).or_else(|| heart_rates().max().map(f64::from));
        let avg_cadence = positive(self.avg_cadence).or_else(|| {
            let cadences = streams.cadences_per_min().filter(|&c| c > 0.0);
            streams.has(Channel::Cadence).then(|| mean(cadences)).flatten()
        });
        let on_foot = Activity::on_foot(self.sport);
        Activity {
            start: self.start,
            utc_offset_s: self.utc_offset_s,
            sport: self.sport,
            sport_in_file: self.sport_in_file,
            name: self.name,
            distance: DistanceM::new(distance).unwrap_or(DistanceM::ZERO),
            moving_time: DurationS::new(moving).unwrap_or(DurationS::ZERO),
            elapsed_time: DurationS::new(elapsed).unwrap_or(DurationS::ZERO),
            ascent: ascent.and_then(|a| DistanceM::new(a).ok()),
            descent: descent.and_then(|d| DistanceM::new(d).ok()),
            avg_heart_rate: avg_hr.and_then(heart_rate),
            max_heart_rate: max_hr.and_then(heart_rate),
            avg_cadence_spm: avg_cadence.filter(|_| on_foot),
            avg_cadence_rpm: avg_cadence.filter(|_| self.sport == Sport::Ride),
            device: self.device,
            gear: None,
            source_file: Arc::from(""),
            content_hash: Arc::from(""),
            index_in_file: self.index_in_file,
            format: self.format,
            partial: self.partial,
            streams,
        }
    }
}

fn heart_rate(bpm: f64) -> Option<HeartRate> {
    HeartRate::new(bpm.round() as i64).ok()
}

fn positive(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite() && *v > 0.0)
}

fn non_negative(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite() && *v >= 0.0)
}

pub(crate) fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u64), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Doubles per-leg cadence into steps per minute for sports on foot (CAD-3), unless the values
/// are already too high to be per leg: a per-leg median above 130 would mean over 260 steps a
/// minute, so such a file already counts both feet. Returns the factor to apply and a warning.
pub(crate) fn per_leg_factor(sport: Sport, per_leg: &[f64]) -> (f64, Option<String>) {
    if !Activity::on_foot(sport) {
        return (1.0, None);
    }
    let mut moving: Vec<f64> = per_leg.iter().copied().filter(|&c| c > 0.0).collect();
    if moving.is_empty() {
        return (2.0, None);
    }
    let middle = moving.len() / 2;
    let (_, median, _) = moving.select_nth_unstable_by(middle, f64::total_cmp);
    if *median > 130.0 {
        let note = "the file's cadence already counts both feet (median over 130), so it was \
                    not doubled";
        (1.0, Some(note.to_owned()))
    } else {
        (2.0, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use runwell_domain::streams::Sample;

    fn start() -> Timestamp {
        "2024-05-01T06:00:00Z".parse().unwrap()
    }

    #[test]
    fn device_values_win_and_samples_fill_the_gaps() {
        let mut streams = Streams::new();
        for t in 0..=100 {
            let t = f64::from(t);
            streams.push(Sample {
                time_s: t,
                distance_m: Some(t * 3.0),
                heart_rate_bpm: Some(if t < 50.0 { 140 } else { 160 }),
                cadence_per_min: Some(170.0),
                ..Sample::default()
            });
        }
        let mut summary = Summary::new(start(), Sport::Run, SourceFormat::Fit);
        summary.distance_m = Some(305.0);
        summary.moving_s = Some(500.0);
        let a = summary.finish(streams);
        assert_eq!(a.distance.get(), 305.0);
        assert_eq!(a.moving_time.get(), 500.0);
        assert_eq!(a.elapsed_time.get(), 500.0, "elapsed is never less than moving");
        assert_eq!(a.avg_heart_rate.map(HeartRate::bpm), Some(150));
        assert_eq!(a.max_heart_rate.map(HeartRate::bpm), Some(160));
        assert_eq!(a.avg_cadence_spm, Some(170.0));
        assert_eq!(a.avg_cadence_rpm, None);
        assert_eq!(a.ascent, None);
    }

    #[test]
    fn an_empty_activity_is_zero_not_missing() {
        let a = Summary::new(start(), Sport::Ride, SourceFormat::Gpx).finish(Streams::new());
        assert_eq!((a.distance.get(), a.elapsed_time.get(), a.moving_time.get()), (0.0, 0.0, 0.0));
        assert_eq!((a.avg_heart_rate, a.avg_cadence_rpm), (None, None));
    }

    #[test]
    fn cadence_is_doubled_on_foot_unless_already_both_feet() {
        let check = |sport: Sport, values: &[f64], expected: f64, warns: bool| {
            let (factor, warning) = per_leg_factor(sport, values);
            assert_eq!((factor, warning.is_some()), (expected, warns), "{sport} {values:?}");
        };
        check(Sport::Run, &[85.0, 86.0, 0.0], 2.0, false);
        check(Sport::Walk, &[55.0], 2.0, false);
        check(Sport::Run, &[170.0, 172.0, 0.0, 168.0], 1.0, true);
        check(Sport::Run, &[], 2.0, false);
        check(Sport::Ride, &[90.0], 1.0, false);
        check(Sport::Swim, &[30.0], 1.0, false);
    }
}

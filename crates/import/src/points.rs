//! A track point as GPX and TCX give it, kept small: a file may hold a million of them
//! (`Limits::max_samples_per_file`), so a missing value is a NaN or a zero rather than an
//! `Option` of a wider type, which halves what a large file costs in memory.

use jiff::Timestamp;
use runwell_domain::streams::LatLon;

/// No time: such points are left out of an activity.
const NO_TIME: i64 = i64::MIN;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Point {
    /// Milliseconds since the Unix epoch.
    pub time_ms: i64,
    pub lat_deg: f64,
    pub lon_deg: f64,
    /// Distance from the start as the device measured it (TCX).
    pub distance_m: f64,
    pub altitude_m: f32,
    pub speed_m_s: f32,
    /// As the file writes it: per leg for most running devices.
    pub cadence: f32,
    /// TCX's `RunCadence` extension, preferred on foot.
    pub run_cadence: f32,
    /// Beats a minute; 0 for none.
    pub heart_rate_bpm: u8,
    /// The first point after a pause (a new track or segment): no distance is counted from the
    /// point before it.
    pub new_segment: bool,
}

/// A value to store: NaN for none.
pub(crate) fn value(v: Option<f64>) -> f32 {
    v.map_or(f32::NAN, |v| v as f32)
}

fn some(v: f32) -> Option<f64> {
    (!v.is_nan()).then_some(f64::from(v))
}

impl Point {
    pub(crate) fn new() -> Point {
        Point {
            time_ms: NO_TIME,
            lat_deg: f64::NAN,
            lon_deg: f64::NAN,
            distance_m: f64::NAN,
            altitude_m: f32::NAN,
            speed_m_s: f32::NAN,
            cadence: f32::NAN,
            run_cadence: f32::NAN,
            heart_rate_bpm: 0,
            new_segment: false,
        }
    }

    /// A point at `pos` (a GPX point's attributes, already checked to be on the globe).
    pub(crate) fn at(pos: Option<LatLon>) -> Point {
        let mut p = Point::new();
        if let Some(pos) = pos {
            (p.lat_deg, p.lon_deg) = (pos.lat_deg, pos.lon_deg);
        }
        p
    }

    pub(crate) fn set_time(&mut self, t: Timestamp) {
        self.time_ms = t.as_millisecond();
    }

    /// Sets the time from a file's text, if it is one; whether its zone had to be assumed.
    pub(crate) fn read_time(&mut self, text: &str) -> bool {
        match crate::xml::time(text) {
            Some((t, assumed)) => {
                self.set_time(t);
                assumed
            }
            None => false,
        }
    }

    pub(crate) fn timed(&self) -> bool {
        self.time_ms != NO_TIME
    }

    pub(crate) fn time(&self) -> Option<Timestamp> {
        self.timed().then(|| Timestamp::from_millisecond(self.time_ms).ok()).flatten()
    }

    pub(crate) fn position(&self) -> Option<LatLon> {
        (!self.lat_deg.is_nan() && !self.lon_deg.is_nan())
            .then_some(LatLon { lat_deg: self.lat_deg, lon_deg: self.lon_deg })
    }

    pub(crate) fn distance(&self) -> Option<f64> {
        (!self.distance_m.is_nan()).then_some(self.distance_m)
    }

    pub(crate) fn altitude(&self) -> Option<f64> {
        some(self.altitude_m)
    }

    pub(crate) fn speed(&self) -> Option<f64> {
        some(self.speed_m_s)
    }

    pub(crate) fn cadence(&self) -> Option<f64> {
        some(self.cadence)
    }

    pub(crate) fn run_cadence(&self) -> Option<f64> {
        some(self.run_cadence)
    }

    pub(crate) fn heart_rate(&self) -> Option<u8> {
        (self.heart_rate_bpm > 0).then_some(self.heart_rate_bpm)
    }
}

/// The timed points of `points`, in time order, moved rather than copied; a left-out point's
/// pause passes to the next point kept.
pub(crate) fn timed(mut points: Vec<Point>) -> Vec<Point> {
    let mut pause = false;
    points.retain_mut(|p| {
        pause |= p.new_segment;
        if p.timed() {
            p.new_segment = std::mem::take(&mut pause);
        }
        p.timed()
    });
    if !points.is_sorted_by_key(|p| p.time_ms) {
        points.sort_by_key(|p| p.time_ms);
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_is_small() {
        assert!(std::mem::size_of::<Point>() <= 56, "{}", std::mem::size_of::<Point>());
    }

    #[test]
    fn untimed_points_go_and_their_pause_passes_on() {
        let at = |t: Option<i64>, pause: bool| {
            let mut p = Point::new();
            p.time_ms = t.unwrap_or(NO_TIME);
            p.new_segment = pause;
            p
        };
        let kept =
            timed(vec![at(Some(3), true), at(None, true), at(Some(2), false), at(Some(1), false)]);
        let got: Vec<(i64, bool)> = kept.iter().map(|p| (p.time_ms, p.new_segment)).collect();
        assert_eq!(got, [(1, false), (2, true), (3, true)]);
    }
}

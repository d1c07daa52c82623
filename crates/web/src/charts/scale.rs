//! The maths under every chart: data extents, axes with round ticks, linear scales from data to
//! SVG coordinates, bands for bars, and lines that break at gaps. Pure functions over `f64`,
//! tested here with the awkward cases: no data, one point, a flat series, gaps, NaN.

/// The smallest and largest finite values, or `None` when there is none.
pub(crate) fn extent(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values.into_iter().filter(|v| v.is_finite()).fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// The round step (1, 2 or 5 × 10ⁿ) at least as large as `raw`.
pub(crate) fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    // A little tolerance, so that 0.30000000000000004 counts as 3 and not as "above 2".
    let nice = [1.0, 2.0, 5.0, 10.0].into_iter().find(|n| fraction <= n * (1.0 + 1e-9));
    nice.unwrap_or(10.0) * magnitude
}

/// An axis from `min` to `max` with a tick every `step`; `min` and `max` are multiples of `step`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Axis {
    pub(crate) min: f64,
    pub(crate) max: f64,
    pub(crate) step: f64,
}

impl Axis {
    /// The axis covering `lo..=hi` with about `ticks` round ticks. A flat or empty range is
    /// widened around its value (to 0–1 at zero), non-finite bounds count as 0–1.
    pub(crate) fn nice(lo: f64, hi: f64, ticks: usize) -> Axis {
        let (mut lo, mut hi) = if lo.is_finite() && hi.is_finite() { (lo, hi) } else { (0.0, 1.0) };
        if lo > hi {
            std::mem::swap(&mut lo, &mut hi);
        }
        if hi - lo < f64::EPSILON * lo.abs().max(1.0) {
            let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
            (lo, hi) = if lo == 0.0 { (0.0, 1.0) } else { (lo - pad, hi + pad) };
        }
        Self::with_step(lo, hi, nice_step((hi - lo) / ticks.saturating_sub(1).max(1) as f64))
    }

    /// The axis covering `lo..=hi` with ticks every `step` (rounded outwards to the step).
    pub(crate) fn with_step(lo: f64, hi: f64, step: f64) -> Axis {
        let step = if step.is_finite() && step > 0.0 { step } else { 1.0 };
        let min = clean((lo / step).floor() * step);
        let mut max = clean((hi / step).ceil() * step);
        if max <= min {
            max = clean(min + step);
        }
        Axis { min, max, step }
    }

    /// A time axis in seconds with ticks every 5, 10, 15 or 30 s, or 1, 2, 5 or 10 minutes.
    pub(crate) fn seconds(lo: f64, hi: f64, ticks: usize) -> Axis {
        let (lo, hi) =
            if lo.is_finite() && hi.is_finite() { (lo.min(hi), lo.max(hi)) } else { (0.0, 1.0) };
        let wanted = (hi - lo) / ticks.saturating_sub(1).max(1) as f64;
        let step = [5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0]
            .into_iter()
            .find(|s| *s >= wanted)
            .unwrap_or(600.0);
        let (lo, hi) = if hi - lo < 1.0 { (lo - step, hi + step) } else { (lo, hi) };
        Axis::with_step(lo, hi, step)
    }

    /// Every tick from `min` to `max`.
    pub(crate) fn ticks(&self) -> Vec<f64> {
        let n = ((self.max - self.min) / self.step).round() as usize;
        (0..=n.min(1000)).map(|i| clean(self.min + i as f64 * self.step)).collect()
    }

    /// A tick's label with as many decimals as the step needs.
    pub(crate) fn label(&self, value: f64) -> String {
        let decimals = if self.step >= 1.0 {
            0
        } else {
            (-self.step.log10().floor()).clamp(0.0, 6.0) as usize
        };
        format!("{:.decimals$}", clean(value))
    }
}

/// Rounds away the float noise of repeated steps (0.30000000000000004 → 0.3) and turns -0 into 0.
fn clean(v: f64) -> f64 {
    let rounded = (v * 1e9).round() / 1e9;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// A linear map from data values (the domain) to coordinates (the range). A range may run
/// backwards (an SVG y axis grows downwards). A flat domain maps everything to the range's middle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Linear {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Linear {
    pub(crate) fn new((d0, d1): (f64, f64), (r0, r1): (f64, f64)) -> Self {
        Self { d0, d1, r0, r1 }
    }

    pub(crate) fn axis(axis: &Axis, range: (f64, f64)) -> Self {
        Self::new((axis.min, axis.max), range)
    }

    pub(crate) fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span.abs() < f64::EPSILON || !span.is_finite() {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }
}

/// `n` equal bands across `start..end` with a gap of `padding` (a fraction of a band) between
/// bars: the x positions of weekly bars.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Bands {
    n: usize,
    start: f64,
    end: f64,
    padding: f64,
}

impl Bands {
    pub(crate) fn new(n: usize, (start, end): (f64, f64), padding: f64) -> Self {
        Self { n: n.max(1), start, end, padding: padding.clamp(0.0, 0.9) }
    }

    fn band(&self) -> f64 {
        (self.end - self.start) / self.n as f64
    }

    /// The left edge of bar `i`.
    pub(crate) fn x(&self, i: usize) -> f64 {
        self.start + self.band() * i as f64 + self.band() * self.padding / 2.0
    }

    pub(crate) fn width(&self) -> f64 {
        self.band() * (1.0 - self.padding)
    }

    pub(crate) fn centre(&self, i: usize) -> f64 {
        self.start + self.band() * (i as f64 + 0.5)
    }

    /// The whole band `i` (for a strip of cells without gaps).
    pub(crate) fn band_x(&self, i: usize) -> (f64, f64) {
        (self.start + self.band() * i as f64, self.band())
    }
}

/// A series drawn as a line: one SVG path per unbroken run of points, and the points that stand
/// alone between gaps (drawn as dots, or they would not show at all).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Line {
    pub(crate) paths: Vec<String>,
    pub(crate) dots: Vec<(String, String)>,
}

impl Line {
    /// Breaks the line at every `None` and every non-finite point.
    pub(crate) fn new(points: impl IntoIterator<Item = Option<(f64, f64)>>) -> Line {
        let mut line = Line::default();
        let mut run: Vec<(f64, f64)> = Vec::new();
        let flush = |run: &mut Vec<(f64, f64)>, line: &mut Line| {
            match run.as_slice() {
                [] => {}
                [(x, y)] => line.dots.push((num(*x), num(*y))),
                points => {
                    let mut d = String::new();
                    for (i, (x, y)) in points.iter().enumerate() {
                        d.push(if i == 0 { 'M' } else { 'L' });
                        d.push_str(&format!("{} {}", num(*x), num(*y)));
                    }
                    line.paths.push(d);
                }
            }
            run.clear();
        };
        for point in points {
            match point.filter(|(x, y)| x.is_finite() && y.is_finite()) {
                Some(p) => run.push(p),
                None => flush(&mut run, &mut line),
            }
        }
        flush(&mut run, &mut line);
        line
    }

    /// A step line: each value holds until the next point's x, then jumps (levels over time).
    /// The last value is held to `end_x`.
    pub(crate) fn steps(points: &[(f64, f64)], end_x: f64) -> Line {
        let mut d = String::new();
        for (i, (x, y)) in points.iter().enumerate() {
            if i == 0 {
                d.push_str(&format!("M{} {}", num(*x), num(*y)));
            } else {
                d.push_str(&format!("H{}V{}", num(*x), num(*y)));
            }
        }
        if !points.is_empty() {
            d.push_str(&format!("H{}", num(end_x)));
        }
        Line { paths: if d.is_empty() { vec![] } else { vec![d] }, dots: vec![] }
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.paths.is_empty() && self.dots.is_empty()
    }
}

/// A coordinate as SVG text: at most one decimal, no trailing ".0", never "-0".
pub(crate) fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 { format!("{r:.0}") } else { format!("{r:.1}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extents_skip_what_is_not_a_number() {
        assert_eq!(extent([]), None);
        assert_eq!(extent([f64::NAN, f64::INFINITY]), None);
        assert_eq!(extent([3.0]), Some((3.0, 3.0)));
        assert_eq!(extent([3.0, f64::NAN, -1.5, 7.0]), Some((-1.5, 7.0)));
    }

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        for (raw, step) in [
            (0.0, 1.0),
            (-3.0, 1.0),
            (f64::NAN, 1.0),
            (0.07, 0.1),
            (0.1, 0.1),
            (0.30000000000000004, 0.5),
            (1.0, 1.0),
            (1.2, 2.0),
            (2.0, 2.0),
            (2.1, 5.0),
            (7.0, 10.0),
            (12.0, 20.0),
            (450.0, 500.0),
        ] {
            assert_eq!(nice_step(raw), step, "{raw}");
        }
    }

    /// (lo, hi, ticks) → (min, max, step, the tick labels)
    fn check(lo: f64, hi: f64, ticks: usize, expected: (f64, f64, f64, &[&str])) {
        let axis = Axis::nice(lo, hi, ticks);
        let labels: Vec<String> = axis.ticks().iter().map(|t| axis.label(*t)).collect();
        assert_eq!(
            (axis.min, axis.max, axis.step),
            (expected.0, expected.1, expected.2),
            "{lo}..{hi}"
        );
        assert_eq!(labels, expected.3, "{lo}..{hi}");
    }

    #[test]
    fn axes_round_outwards_to_round_ticks() {
        check(0.0, 37.4, 5, (0.0, 40.0, 10.0, &["0", "10", "20", "30", "40"]));
        check(0.0, 10.0, 6, (0.0, 10.0, 2.0, &["0", "2", "4", "6", "8", "10"]));
        check(122.0, 171.0, 5, (120.0, 180.0, 20.0, &["120", "140", "160", "180"]));
        check(0.0, 0.9, 4, (0.0, 1.0, 0.5, &["0.0", "0.5", "1.0"]));
        check(0.0, 0.3, 4, (0.0, 0.3, 0.1, &["0.0", "0.1", "0.2", "0.3"]));
        check(-4.0, 6.0, 3, (-5.0, 10.0, 5.0, &["-5", "0", "5", "10"]));
        // Given backwards.
        check(37.4, 0.0, 5, (0.0, 40.0, 10.0, &["0", "10", "20", "30", "40"]));
    }

    #[test]
    fn empty_flat_and_broken_ranges_still_make_an_axis() {
        // Nothing, or everything zero: 0 to 1.
        check(0.0, 0.0, 5, (0.0, 1.0, 0.5, &["0.0", "0.5", "1.0"]));
        check(f64::NAN, 4.0, 5, (0.0, 1.0, 0.5, &["0.0", "0.5", "1.0"]));
        // One value: widened by a tenth either side, then rounded out.
        check(140.0, 140.0, 5, (120.0, 160.0, 10.0, &["120", "130", "140", "150", "160"]));
    }

    #[test]
    fn a_single_value_sits_inside_its_axis() {
        let axis = Axis::nice(140.0, 140.0, 5);
        assert!(axis.min < 140.0 && axis.max > 140.0, "{axis:?}");
        assert_eq!(axis.ticks().len() as f64, (axis.max - axis.min) / axis.step + 1.0);
        let negative = Axis::nice(-2.0, -2.0, 5);
        assert!(negative.min < -2.0 && negative.max > -2.0, "{negative:?}");
    }

    #[test]
    fn time_axes_tick_on_round_seconds_and_minutes() {
        let pace = Axis::seconds(271.0, 355.0, 5);
        assert_eq!((pace.min, pace.max, pace.step), (270.0, 360.0, 30.0));
        let slow = Axis::seconds(300.0, 620.0, 5);
        assert_eq!(slow.step, 120.0);
        let flat = Axis::seconds(300.0, 300.0, 5);
        assert!(flat.min < 300.0 && flat.max > 300.0, "{flat:?}");
    }

    #[test]
    fn scales_map_both_ways_and_survive_a_flat_domain() {
        let y = Linear::new((0.0, 40.0), (200.0, 0.0));
        assert_eq!(y.map(0.0), 200.0);
        assert_eq!(y.map(40.0), 0.0);
        assert_eq!(y.map(10.0), 150.0);
        assert_eq!(y.map(50.0), -50.0, "outside the domain extrapolates");
        let flat = Linear::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(flat.map(5.0), 50.0);
        assert_eq!(Linear::axis(&Axis::nice(0.0, 37.4, 5), (0.0, 80.0)).map(20.0), 40.0);
    }

    #[test]
    fn bands_share_the_width_with_gaps() {
        let b = Bands::new(4, (0.0, 400.0), 0.2);
        assert_eq!((b.x(0), b.width(), b.centre(0)), (10.0, 80.0, 50.0));
        assert_eq!((b.x(3), b.centre(3)), (310.0, 350.0));
        assert_eq!(b.band_x(1), (100.0, 100.0));
        // No bands at all still divides by one.
        assert_eq!(Bands::new(0, (0.0, 10.0), 0.0).width(), 10.0);
    }

    #[test]
    fn lines_break_at_gaps_and_keep_lone_points_as_dots() {
        let line = Line::new([
            Some((0.0, 1.0)),
            Some((10.0, 2.5)),
            None,
            Some((20.0, 3.0)),
            None,
            Some((30.0, f64::NAN)),
            Some((40.0, 4.0)),
            Some((50.0, -0.04)),
        ]);
        assert_eq!(line.paths, ["M0 1L10 2.5", "M40 4L50 0"]);
        assert_eq!(line.dots, [("20".to_owned(), "3".to_owned())]);
        assert!(Line::new([]).is_empty());
        assert!(Line::new([None, None]).is_empty());
        let single = Line::new([Some((1.25, 2.0))]);
        assert_eq!((single.paths.len(), single.dots.len()), (0, 1));
    }

    #[test]
    fn step_lines_hold_each_value_until_the_next() {
        let line = Line::steps(&[(0.0, 100.0), (30.0, 80.0), (50.0, 60.0)], 90.0);
        assert_eq!(line.paths, ["M0 100H30V80H50V60H90"]);
        assert!(Line::steps(&[], 90.0).is_empty());
    }

    #[test]
    fn coordinates_print_short() {
        for (v, text) in [(0.0, "0"), (-0.01, "0"), (12.04, "12"), (12.05, "12.1"), (-3.5, "-3.5")]
        {
            assert_eq!(num(v), text, "{v}");
        }
        assert_eq!(num(f64::NAN), "0");
    }
}

//! One run's pace, heart rate and cadence over distance, one panel each on the same distance
//! axis, from the samples the app thinned on the server; the splits as a table. Distances and
//! paces are in the runner's unit (kilometres or miles). Pace is drawn faster-is-higher, as
//! runners read it.

use askama::Template;
use runwell_app::words::{Words, numbers};
use runwell_domain::DistanceUnit;
use runwell_domain::streams::{RunPoint, RunSeries};

use super::scale::{Axis, Line, Linear, extent, num};
use super::{Frame, Tick, WIDTH, clock};

#[derive(Debug)]
pub(crate) struct Panel {
    id: String,
    title: String,
    /// "(beats/min) over distance (km)".
    over: String,
    summary: String,
    /// Why the panel has no line (the file has no such samples).
    missing: Option<String>,
    frame: Frame,
    line: Line,
    y_ticks: Vec<Tick>,
    x_ticks: Vec<Tick>,
    label_y: String,
    axis_title_y: String,
}

#[derive(Debug)]
pub(crate) struct SplitRow {
    km: String,
    time: String,
    pace: String,
    heart_rate: String,
    cadence: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/run.html")]
pub(crate) struct RunCharts {
    height: String,
    panels: Vec<Panel>,
    splits: Vec<SplitRow>,
    /// The words of the page the charts are on.
    words: Words,
    /// `km` or `mi`.
    unit: &'static str,
}

const HEIGHT: f64 = 170.0;

#[derive(Clone, Copy)]
enum Channel {
    Pace,
    HeartRate,
    Cadence,
}

impl Channel {
    /// The point's value, a pace per `unit`.
    fn value(self, p: &RunPoint, unit: DistanceUnit) -> Option<f64> {
        match self {
            Channel::Pace => p.pace_s_per_km.map(|s| s * unit.metres() / 1000.0),
            Channel::HeartRate => p.heart_rate_bpm,
            Channel::Cadence => p.cadence_spm,
        }
    }

    fn label(self, w: &Words, axis: &Axis, v: f64) -> String {
        match self {
            Channel::Pace => clock(v),
            _ => tick(w, axis, v),
        }
    }

    fn words(self, w: &Words, v: f64, unit: DistanceUnit) -> String {
        let with =
            |id: &str, name: &'static str, value: String| w.with(id, &[(name, value.into())]);
        match self {
            Channel::Pace => w.with(
                "run-chart-pace-per",
                &[("pace", clock(v).into()), ("unit", unit.id().into())],
            ),
            Channel::HeartRate => with("run-beats", "bpm", w.number(v, 0)),
            Channel::Cadence => with("run-steps", "spm", w.number(v, 0)),
        }
    }
}

/// A tick's number with the axis's decimals, written the page's way: `2.5`, `2,5`.
fn tick(w: &Words, axis: &Axis, v: f64) -> String {
    let label = axis.label(v);
    let places = label.split_once('.').map_or(0, |(_, fraction)| fraction.len());
    w.number(v, places)
}

impl RunCharts {
    /// The charts in the words of the request being answered.
    pub(crate) fn new(series: &RunSeries, unit: DistanceUnit) -> Self {
        let w = crate::lang::words();
        let frame = Frame { left: 44.0, right: WIDTH - 12.0, top: 12.0, bottom: HEIGHT - 40.0 };
        // The series is in kilometres; the axis is in the runner's unit.
        let along = |p: &RunPoint| p.distance_km * 1000.0 / unit.metres();
        let (lo, hi) = extent(series.points.iter().map(along)).unwrap_or((0.0, 1.0));
        let x_axis = Axis::nice(lo.min(0.0), hi, 6);
        let x = Linear::axis(&x_axis, frame.x());
        let x_ticks: Vec<Tick> = x_axis
            .ticks()
            .into_iter()
            .map(|t| Tick { at: num(x.map(t)), label: tick(&w, &x_axis, t) })
            .collect();
        let panel = |channel: Channel,
                     id: &str,
                     title: String,
                     measure: String,
                     present: bool,
                     none: &str| {
            let values: Vec<f64> =
                series.points.iter().filter_map(|p| channel.value(p, unit)).collect();
            let (vlo, vhi) = extent(values.iter().copied()).unwrap_or((0.0, 1.0));
            let (axis, y) = match channel {
                Channel::Pace => {
                    let axis = Axis::seconds(vlo, vhi, 4);
                    // Faster, a smaller number, is drawn higher.
                    (axis, Linear::new((axis.min, axis.max), (frame.top, frame.bottom)))
                }
                _ => {
                    let axis = Axis::nice(vlo, vhi, 4);
                    (axis, Linear::axis(&axis, frame.y()))
                }
            };
            let line = Line::new(
                series
                    .points
                    .iter()
                    .map(|p| channel.value(p, unit).map(|v| (x.map(along(p)), y.map(v)))),
            );
            let summary = if present && !values.is_empty() {
                let mean = values.iter().sum::<f64>() / values.len() as f64;
                let (low, high) = match channel {
                    // For pace the slowest is the largest number.
                    Channel::Pace => (vhi, vlo),
                    _ => (vlo, vhi),
                };
                let distance =
                    numbers::distance_places(w.lang(), unit, series.distance_km * 1000.0, 2);
                w.with(
                    "run-chart-summary",
                    &[
                        ("title", title.as_str().into()),
                        ("distance", distance.into()),
                        ("low", channel.words(&w, low, unit).into()),
                        ("high", channel.words(&w, high, unit).into()),
                        ("mean", channel.words(&w, mean, unit).into()),
                    ],
                )
            } else {
                w.get(none)
            };
            Panel {
                id: format!("run-{id}"),
                over: w.with(
                    "run-chart-over-distance",
                    &[("measure", measure.into()), ("unit", unit.id().into())],
                ),
                title,
                missing: (!present || values.is_empty()).then(|| w.get(none)),
                summary,
                frame,
                line,
                y_ticks: axis
                    .ticks()
                    .into_iter()
                    .map(|t| Tick { at: num(y.map(t)), label: channel.label(&w, &axis, t) })
                    .collect(),
                x_ticks: x_ticks.clone(),
                label_y: num(frame.bottom + 16.0),
                axis_title_y: num(HEIGHT - 6.0),
            }
        };
        let panels = vec![
            panel(
                Channel::Pace,
                "pace",
                w.get("run-chart-pace"),
                w.with("run-chart-pace-measure", &[("unit", unit.id().into())]),
                series.has_pace,
                "run-chart-no-pace",
            ),
            panel(
                Channel::HeartRate,
                "heart-rate",
                w.get("run-chart-heart-rate"),
                w.get("run-chart-beats"),
                series.has_heart_rate,
                "run-chart-no-heart-rate",
            ),
            panel(
                Channel::Cadence,
                "cadence",
                w.get("run-chart-cadence"),
                w.get("run-chart-steps"),
                series.has_cadence,
                "run-chart-no-cadence",
            ),
        ];
        let splits = series
            .splits
            .iter()
            .map(|s| SplitRow {
                km: if (s.distance_m - unit.metres()).abs() < 0.5 {
                    s.index.to_string()
                } else {
                    let distance = numbers::distance_places(w.lang(), unit, s.distance_m, 2);
                    format!("{} ({distance})", s.index)
                },
                time: clock(s.duration_s),
                pace: format!("{} /{}", clock(s.pace_s_per_km * unit.metres() / 1000.0), unit.id()),
                heart_rate: s.avg_heart_rate_bpm.map_or("–".to_owned(), |h| format!("{h:.0}")),
                cadence: s.avg_cadence_per_min.map_or("–".to_owned(), |c| format!("{c:.0}")),
            })
            .collect();
        RunCharts { height: num(HEIGHT), panels, splits, words: w, unit: unit.id() }
    }
}

impl RunCharts {
    fn t(&self, id: &str) -> String {
        self.words.get(id)
    }

    /// The message `id` that names the distance unit (`km`, `mi`).
    fn with_unit(&self, id: &str) -> String {
        self.words.with(id, &[("unit", self.unit.into())])
    }
}

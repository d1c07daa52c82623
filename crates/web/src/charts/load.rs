//! The load chart: the acute (7-day) and chronic (28-day) load, LOAD-2's EWMAs of session load
//! (RPE × minutes), day by day. Drawn only once 28 days of data exist, as LOAD-2 reads the ratio
//! only from then; before that the figure says how many days there are.

use askama::Template;
use runwell_app::LoadSeries;
use runwell_app::words::Words;

use super::scale::{Axis, Line, Linear, num};
use super::{Frame, Tick, WIDTH, label_indices, long_date, short_date, tick_label};

#[derive(Debug)]
pub(crate) struct Row {
    day: String,
    load: String,
    acute: String,
    chronic: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/load.html")]
pub(crate) struct LoadChart {
    /// The page's language: the chart's words, numbers and days are written in it.
    words: Words,
    id: &'static str,
    title: String,
    summary: String,
    /// Why there is no chart yet, instead of the SVG.
    waiting: Option<String>,
    height: String,
    frame: Frame,
    acute: Line,
    chronic: Line,
    y_ticks: Vec<Tick>,
    x_labels: Vec<Tick>,
    label_y: String,
    axis_title_y: String,
    rows: Vec<Row>,
}

const HEIGHT: f64 = 230.0;

impl LoadChart {
    pub(crate) fn new(id: &'static str, series: &LoadSeries) -> Self {
        let words = crate::lang::words();
        let w = &words;
        let frame = Frame { left: 40.0, right: WIDTH - 12.0, top: 26.0, bottom: HEIGHT - 46.0 };
        let points = &series.points;
        let most = points.iter().flat_map(|p| [p.acute, p.chronic]).fold(0.0, f64::max).max(1.0);
        let axis = Axis::nice(0.0, most, 5);
        let y = Linear::axis(&axis, frame.y());
        let x = Linear::new((0.0, points.len().saturating_sub(1) as f64), frame.x());
        let line = |value: fn(&runwell_app::LoadPoint) -> f64| {
            Line::new(
                points.iter().enumerate().map(|(i, p)| Some((x.map(i as f64), y.map(value(p))))),
            )
        };
        // Mondays carry the labels, as the weekly chart's do.
        let mondays: Vec<usize> = points
            .iter()
            .enumerate()
            .filter(|(_, p)| p.day.week_start() == p.day)
            .map(|(i, _)| i)
            .collect();
        let x_labels = label_indices(mondays.len(), frame.right - frame.left, 46.0)
            .into_iter()
            .map(|k| mondays[k])
            .map(|i| Tick { at: num(x.map(i as f64)), label: short_date(w, points[i].day) })
            .collect();
        let waiting = (points.is_empty()).then(|| {
            w.with(
                "charts-load-waiting",
                &[
                    ("needed", series.days_needed.to_string().into()),
                    ("count", i64::from(series.days_of_data).into()),
                ],
            )
        });
        LoadChart {
            id,
            title: w.with("charts-load-title", &[("count", points.len().max(1).into())]),
            summary: waiting.clone().unwrap_or_else(|| summary(w, series)),
            waiting,
            height: num(HEIGHT),
            acute: line(|p| p.acute),
            chronic: line(|p| p.chronic),
            y_ticks: axis
                .ticks()
                .into_iter()
                .map(|t| Tick { at: num(y.map(t)), label: tick_label(w, &axis, t) })
                .collect(),
            x_labels,
            label_y: num(frame.bottom + 16.0),
            axis_title_y: num(HEIGHT - 6.0),
            rows: points
                .iter()
                .rev()
                .map(|p| Row {
                    day: long_date(w, p.day),
                    load: whole(w, p.load),
                    acute: whole(w, p.acute),
                    chronic: whole(w, p.chronic),
                })
                .collect(),
            frame,
            words,
        }
    }
}

/// A load in whole RPE × minutes, without the thousands separator English would put in: the
/// table's numbers were always written plainly.
fn whole(w: &Words, load: f64) -> String {
    match w.lang() {
        runwell_app::words::Lang::En => format!("{load:.0}"),
        _ => w.number(load, 0),
    }
}

fn summary(w: &Words, series: &LoadSeries) -> String {
    let (Some(first), Some(last)) = (series.points.first(), series.points.last()) else {
        return String::new();
    };
    let text = w.with(
        "charts-load-summary",
        &[
            ("from", long_date(w, first.day).into()),
            ("to", long_date(w, last.day).into()),
            ("acute_from", whole(w, first.acute).into()),
            ("acute_to", whole(w, last.acute).into()),
            ("chronic_from", whole(w, first.chronic).into()),
            ("chronic_to", whole(w, last.chronic).into()),
        ],
    );
    if last.chronic > 0.0 {
        let ratio = w
            .with("charts-load-ratio", &[("ratio", w.number(last.acute / last.chronic, 2).into())]);
        format!("{text} {ratio}")
    } else {
        text
    }
}

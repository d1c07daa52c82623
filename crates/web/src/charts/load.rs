//! The load chart: the acute (7-day) and chronic (28-day) load, LOAD-2's EWMAs of session load
//! (RPE × minutes), day by day. Drawn only once 28 days of data exist, as LOAD-2 reads the ratio
//! only from then; before that the figure says how many days there are.

use askama::Template;
use runwell_app::LoadSeries;

use super::scale::{Axis, Line, Linear, num};
use super::{Frame, Tick, WIDTH, label_indices, long_date, short_date};

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
            .map(|i| Tick { at: num(x.map(i as f64)), label: short_date(points[i].day) })
            .collect();
        let waiting = (points.is_empty()).then(|| {
            format!(
                "The load chart appears once there are {} days of data (LOAD-2 compares a week \
                 with the four before it); there {} so far.",
                series.days_needed,
                match series.days_of_data {
                    0 => "are none".to_owned(),
                    1 => "is 1".to_owned(),
                    n => format!("are {n}"),
                }
            )
        });
        LoadChart {
            id,
            title: format!("Training load, last {} days", points.len().max(1)),
            summary: waiting.clone().unwrap_or_else(|| summary(series)),
            waiting,
            height: num(HEIGHT),
            acute: line(|p| p.acute),
            chronic: line(|p| p.chronic),
            y_ticks: axis
                .ticks()
                .into_iter()
                .map(|t| Tick { at: num(y.map(t)), label: axis.label(t) })
                .collect(),
            x_labels,
            label_y: num(frame.bottom + 16.0),
            axis_title_y: num(HEIGHT - 6.0),
            rows: points
                .iter()
                .rev()
                .map(|p| Row {
                    day: long_date(p.day),
                    load: format!("{:.0}", p.load),
                    acute: format!("{:.0}", p.acute),
                    chronic: format!("{:.0}", p.chronic),
                })
                .collect(),
            frame,
        }
    }
}

fn summary(series: &LoadSeries) -> String {
    let (Some(first), Some(last)) = (series.points.first(), series.points.last()) else {
        return String::new();
    };
    let ratio = if last.chronic > 0.0 {
        format!(
            " The acute:chronic ratio is {:.2}; above 1.5 is a hint to hold your load (LOAD-3).",
            last.acute / last.chronic
        )
    } else {
        String::new()
    };
    format!(
        "From {} to {}, acute load (7-day average) went from {:.0} to {:.0} and chronic load \
         (28-day average) from {:.0} to {:.0}, in RPE × minutes.{ratio}",
        long_date(first.day),
        long_date(last.day),
        first.acute,
        last.acute,
        first.chronic,
        last.chronic
    )
}

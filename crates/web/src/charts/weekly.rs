//! The weekly chart: distance per training week as bars, the week's mean next-morning pain as a
//! line over them (its own 0–10 axis on the right), the week's light as a strip under the bars,
//! and the weeks a new shoe was first worn marked (SHOE-4).

use askama::Template;
use runwell_domain::DistanceUnit;
use runwell_domain::Light;
use runwell_domain::trend::WeekRow;

use super::scale::{Axis, Bands, Line, Linear, num};
use super::{Frame, Tick, WIDTH, label_indices, long_date, short_date};

#[derive(Debug)]
pub(crate) struct Bar {
    x: String,
    y: String,
    w: String,
    h: String,
    title: String,
}

#[derive(Debug)]
pub(crate) struct Mark {
    x: String,
    y: String,
    title: String,
}

#[derive(Debug)]
pub(crate) struct Cell {
    x: String,
    w: String,
    text_x: String,
    class: &'static str,
    letter: &'static str,
    title: String,
}

#[derive(Debug)]
pub(crate) struct Row {
    week: String,
    distance: String,
    runs: usize,
    pain: String,
    light: &'static str,
    shoe: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/weekly.html")]
pub(crate) struct WeeklyChart {
    id: &'static str,
    title: String,
    summary: String,
    height: String,
    frame: Frame,
    empty: bool,
    bars: Vec<Bar>,
    pain: Line,
    pain_marks: Vec<Mark>,
    km_ticks: Vec<Tick>,
    /// `km` or `mi`: the distance axis's unit.
    unit: &'static str,
    pain_ticks: Vec<Tick>,
    x_labels: Vec<Tick>,
    strip_y: String,
    label_y: String,
    axis_title_y: String,
    strip: Vec<Cell>,
    shoes: Vec<Mark>,
    rows: Vec<Row>,
}

fn letter(light: Option<Light>) -> &'static str {
    match light {
        Some(Light::Green) => "G",
        Some(Light::Amber) => "A",
        Some(Light::Red) => "R",
        None => "–",
    }
}

/// A week without running has no light: it is shown as such, never as green.
fn light_word(light: Option<Light>) -> &'static str {
    light.map_or("no running", Light::word)
}

impl WeeklyChart {
    /// `id` names the chart's elements (unique on its page); `compact` draws it lower, for Today.
    /// Distances are in `unit`, the runner's.
    pub(crate) fn new(
        id: &'static str,
        weeks: &[WeekRow],
        compact: bool,
        unit: DistanceUnit,
    ) -> Self {
        let height = if compact { 190.0 } else { 250.0 };
        let frame = Frame { left: 36.0, right: WIDTH - 30.0, top: 26.0, bottom: height - 54.0 };
        let in_unit = |m: f64| m / unit.metres();
        let most = weeks.iter().map(|w| in_unit(w.distance_m)).fold(0.0, f64::max);
        // An empty or very light chart still reads in distances a runner knows.
        let km_axis = Axis::nice(0.0, most.max(5.0), if compact { 4 } else { 5 });
        let y = Linear::axis(&km_axis, frame.y());
        let pain_axis = Axis::with_step(0.0, 10.0, if compact { 5.0 } else { 2.0 });
        let py = Linear::axis(&pain_axis, frame.y());
        let bands = Bands::new(weeks.len(), frame.x(), 0.3);

        let bars = weeks
            .iter()
            .enumerate()
            .filter(|(_, w)| w.distance_m > 0.0)
            .map(|(i, w)| {
                let top = y.map(in_unit(w.distance_m));
                Bar {
                    x: num(bands.x(i)),
                    y: num(top),
                    w: num(bands.width()),
                    h: num(frame.bottom - top),
                    title: format!(
                        "Week of {}: {} in {}",
                        long_date(w.week_start),
                        unit.short(w.distance_m),
                        runs(w.runs)
                    ),
                }
            })
            .collect();
        let pain_at =
            |i: usize, w: &WeekRow| w.mean_morning_pain.map(|p| (bands.centre(i), py.map(p)));
        let pain = Line::new(weeks.iter().enumerate().map(|(i, w)| pain_at(i, w)));
        let pain_marks = weeks
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let (x, y) = pain_at(i, w)?;
                Some(Mark {
                    x: num(x),
                    y: num(y),
                    title: format!(
                        "Week of {}: next-morning pain {:.1} of 10",
                        long_date(w.week_start),
                        w.mean_morning_pain.unwrap_or_default()
                    ),
                })
            })
            .collect();
        let strip_y = frame.bottom + 4.0;
        let strip = weeks
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let (x, width) = bands.band_x(i);
                Cell {
                    x: num(x + 0.5),
                    w: num(width - 1.0),
                    text_x: num(x + width / 2.0),
                    class: w.light.map_or("none", Light::id),
                    letter: letter(w.light),
                    title: format!("Week of {}: {}", long_date(w.week_start), light_word(w.light)),
                }
            })
            .collect();
        let shoes = weeks
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let shoe = w.new_shoe.as_ref()?;
                Some(Mark {
                    x: num(bands.centre(i)),
                    y: num(frame.top),
                    title: format!("New shoe from the week of {}: {shoe}", long_date(w.week_start)),
                })
            })
            .collect();
        let x_labels = label_indices(weeks.len(), frame.right - frame.left, 46.0)
            .into_iter()
            .map(|i| Tick { at: num(bands.centre(i)), label: short_date(weeks[i].week_start) })
            .collect();
        let ticks = |axis: &Axis, scale: &Linear| {
            axis.ticks()
                .into_iter()
                .map(|t| Tick { at: num(scale.map(t)), label: axis.label(t) })
                .collect::<Vec<_>>()
        };
        WeeklyChart {
            id,
            title: format!("Distance and morning pain, last {} weeks", weeks.len()),
            summary: summary(weeks, unit),
            height: num(height),
            empty: weeks.iter().all(|w| w.distance_m <= 0.0 && w.mean_morning_pain.is_none()),
            bars,
            pain,
            pain_marks,
            km_ticks: ticks(&km_axis, &y),
            unit: unit.id(),
            pain_ticks: ticks(&pain_axis, &py),
            x_labels,
            strip_y: num(strip_y),
            label_y: num(strip_y + 28.0),
            axis_title_y: num(height - 4.0),
            strip,
            shoes,
            rows: weeks
                .iter()
                .rev()
                .map(|w| Row {
                    week: long_date(w.week_start),
                    distance: unit.short(w.distance_m),
                    runs: w.runs,
                    pain: w.mean_morning_pain.map_or("–".to_owned(), |p| format!("{p:.1}")),
                    light: light_word(w.light),
                    shoe: w.new_shoe.clone().unwrap_or_default(),
                })
                .collect(),
            frame,
        }
    }
}

fn runs(n: usize) -> String {
    if n == 1 { "1 run".to_owned() } else { format!("{n} runs") }
}

/// The chart in words: totals, the biggest week, how morning pain moved, the lights, new shoes.
fn summary(weeks: &[WeekRow], unit: DistanceUnit) -> String {
    let n = weeks.len();
    let total_m: f64 = weeks.iter().map(|w| w.distance_m).sum();
    let total_runs: usize = weeks.iter().map(|w| w.runs).sum();
    let mut parts = Vec::new();
    if total_runs == 0 {
        parts.push(format!("No runs in the last {n} weeks."));
    } else {
        let biggest = weeks.iter().max_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
        let biggest = biggest.map_or(String::new(), |w| {
            format!(
                "; the most in one week was {}, the week of {}",
                unit.short(w.distance_m),
                long_date(w.week_start)
            )
        });
        parts.push(format!(
            "{} in {} over the last {n} weeks{biggest}.",
            unit.short(total_m),
            runs(total_runs)
        ));
    }
    let pains: Vec<(String, f64)> = weeks
        .iter()
        .filter_map(|w| Some((long_date(w.week_start), w.mean_morning_pain?)))
        .collect();
    match pains.as_slice() {
        [] => parts.push("No next-morning pain logged in these weeks.".to_owned()),
        [(week, p)] => parts.push(format!("Next-morning pain: {p:.1} of 10 (week of {week}).")),
        [(first_week, first), .., (last_week, last)] => parts.push(format!(
            "Mean next-morning pain went from {first:.1} (week of {first_week}) to {last:.1} of \
             10 (week of {last_week})."
        )),
    }
    let count = |light| weeks.iter().filter(|w| w.light == light).count();
    parts.push(format!(
        "Weeks by light: {} green, {} amber, {} red, {} without running.",
        count(Some(Light::Green)),
        count(Some(Light::Amber)),
        count(Some(Light::Red)),
        count(None)
    ));
    let shoes: Vec<String> = weeks
        .iter()
        .filter_map(|w| {
            Some(format!("{} (week of {})", w.new_shoe.as_ref()?, long_date(w.week_start)))
        })
        .collect();
    if !shoes.is_empty() {
        parts.push(format!("New shoes: {}.", shoes.join(", ")));
    }
    parts.join(" ")
}

//! The weekly chart: distance per training week as bars, the week's mean next-morning pain as a
//! line over them (its own 0–10 axis on the right), the week's light as a strip under the bars,
//! and the weeks a new shoe was first worn marked (SHOE-4).

use askama::Template;
use runwell_app::words::{Arg, Words};
use runwell_domain::DistanceUnit;
use runwell_domain::Light;
use runwell_domain::trend::WeekRow;

use super::scale::{Axis, Bands, Line, Linear, num};
use super::{Frame, Tick, WIDTH, label_indices, long_date, short_date, tick_label};

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
    letter: String,
    title: String,
}

#[derive(Debug)]
pub(crate) struct Row {
    week: String,
    distance: String,
    runs: usize,
    pain: String,
    light: String,
    shoe: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/weekly.html")]
pub(crate) struct WeeklyChart {
    /// The page's language: the chart's words, numbers and days are written in it.
    words: Words,
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
    /// "Distance (km)": the distance axis's title, in the runner's unit.
    distance_axis: String,
    pain_ticks: Vec<Tick>,
    x_labels: Vec<Tick>,
    strip_y: String,
    label_y: String,
    axis_title_y: String,
    strip: Vec<Cell>,
    shoes: Vec<Mark>,
    rows: Vec<Row>,
}

/// The light's letter in its cell, so that the strip does not rest on colour alone.
fn letter(w: &Words, light: Option<Light>) -> String {
    match light {
        Some(light) => w.get(&format!("charts-letter-{}", light.id())),
        None => "–".to_owned(),
    }
}

/// A week without running has no light: it is shown as such, never as green.
fn light_word(w: &Words, light: Option<Light>) -> String {
    light.map_or_else(|| w.get("charts-no-running"), |l| w.light(l))
}

/// "Week of 2 March": the week a bar, a mark or a cell stands for.
fn week_of(w: &Words, week: &WeekRow) -> Arg {
    Arg::from(long_date(w, week.week_start))
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
        let words = crate::lang::words();
        let w = &words;
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
                    title: words.with(
                        "charts-week-bar",
                        &[
                            ("week", week_of(&words, w)),
                            ("distance", words.distance(unit, w.distance_m).into()),
                            ("runs", runs(&words, w.runs).into()),
                        ],
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
                    title: words.with(
                        "charts-week-pain",
                        &[
                            ("week", week_of(&words, w)),
                            (
                                "pain",
                                words.number(w.mean_morning_pain.unwrap_or_default(), 1).into(),
                            ),
                        ],
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
                    letter: letter(&words, w.light),
                    title: words.with(
                        "charts-week-light",
                        &[
                            ("week", week_of(&words, w)),
                            ("light", light_word(&words, w.light).into()),
                        ],
                    ),
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
                    title: words.with(
                        "charts-new-shoe",
                        &[("week", week_of(&words, w)), ("shoe", shoe.as_str().into())],
                    ),
                })
            })
            .collect();
        let x_labels = label_indices(weeks.len(), frame.right - frame.left, 46.0)
            .into_iter()
            .map(|i| Tick { at: num(bands.centre(i)), label: short_date(w, weeks[i].week_start) })
            .collect();
        let ticks = |axis: &Axis, scale: &Linear| {
            axis.ticks()
                .into_iter()
                .map(|t| Tick { at: num(scale.map(t)), label: tick_label(w, axis, t) })
                .collect::<Vec<_>>()
        };
        WeeklyChart {
            id,
            title: words.with("charts-weekly-title", &[("count", weeks.len().into())]),
            summary: summary(w, weeks, unit),
            height: num(height),
            empty: weeks.iter().all(|w| w.distance_m <= 0.0 && w.mean_morning_pain.is_none()),
            bars,
            pain,
            pain_marks,
            km_ticks: ticks(&km_axis, &y),
            distance_axis: words.with("charts-distance-axis", &[("unit", unit.id().into())]),
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
                .map(|week| Row {
                    week: long_date(w, week.week_start),
                    distance: w.distance(unit, week.distance_m),
                    runs: week.runs,
                    pain: week.mean_morning_pain.map_or("–".to_owned(), |p| w.number(p, 1)),
                    light: light_word(w, week.light),
                    shoe: week.new_shoe.clone().unwrap_or_default(),
                })
                .collect(),
            frame,
            words,
        }
    }
}

fn runs(w: &Words, n: usize) -> String {
    w.with("charts-runs", &[("count", n.into())])
}

/// The chart in words: totals, the biggest week, how morning pain moved, the lights, new shoes.
fn summary(w: &Words, weeks: &[WeekRow], unit: DistanceUnit) -> String {
    let n = weeks.len();
    let total_m: f64 = weeks.iter().map(|week| week.distance_m).sum();
    let total_runs: usize = weeks.iter().map(|week| week.runs).sum();
    let mut parts = Vec::new();
    if total_runs == 0 {
        parts.push(w.with("charts-weekly-none", &[("count", n.into())]));
    } else {
        let biggest = weeks.iter().max_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
        let biggest = biggest.map_or(String::new(), |week| {
            w.with(
                "charts-weekly-biggest",
                &[
                    ("distance", w.distance(unit, week.distance_m).into()),
                    ("week", week_of(w, week)),
                ],
            )
        });
        parts.push(w.with(
            "charts-weekly-total",
            &[
                ("distance", w.distance(unit, total_m).into()),
                ("runs", runs(w, total_runs).into()),
                ("count", n.into()),
                ("biggest", biggest.into()),
            ],
        ));
    }
    let pains: Vec<(Arg, f64)> =
        weeks.iter().filter_map(|week| Some((week_of(w, week), week.mean_morning_pain?))).collect();
    match pains.as_slice() {
        [] => parts.push(w.get("charts-weekly-pain-none")),
        [(week, p)] => parts.push(w.with(
            "charts-weekly-pain-one",
            &[("pain", w.number(*p, 1).into()), ("week", week.clone())],
        )),
        [(first_week, first), .., (last_week, last)] => parts.push(w.with(
            "charts-weekly-pain-moved",
            &[
                ("first", w.number(*first, 1).into()),
                ("first_week", first_week.clone()),
                ("last", w.number(*last, 1).into()),
                ("last_week", last_week.clone()),
            ],
        )),
    }
    let count = |light| Arg::from(weeks.iter().filter(|week| week.light == light).count());
    parts.push(w.with(
        "charts-weekly-lights",
        &[
            ("green", count(Some(Light::Green))),
            ("amber", count(Some(Light::Amber))),
            ("red", count(Some(Light::Red))),
            ("none", count(None)),
        ],
    ));
    let shoes: Vec<String> = weeks
        .iter()
        .filter_map(|week| {
            let shoe = week.new_shoe.as_ref()?;
            Some(w.with(
                "charts-weekly-shoe",
                &[("shoe", shoe.as_str().into()), ("week", week_of(w, week))],
            ))
        })
        .collect();
    if !shoes.is_empty() {
        parts.push(w.with("charts-weekly-shoes", &[("list", shoes.join(", ").into())]));
    }
    parts.join(" ")
}

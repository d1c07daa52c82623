//! The report's pain chart: during and after pain for each run as marks on its day, and the
//! week's mean next-morning pain as a step across its week, on one 0–10 axis over the period.

use askama::Template;
use runwell_app::RunPain;
use runwell_app::words::Words;
use runwell_domain::LocalDay;
use runwell_domain::trend::WeekRow;

use super::scale::{Axis, Line, Linear, num};
use super::{Frame, Tick, WIDTH, long_date, short_date, tick_label};

#[derive(Debug)]
pub(crate) struct Mark {
    x: String,
    y: String,
    title: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/pain.html")]
pub(crate) struct PainChart {
    /// The page's language: the chart's words, numbers and days are written in it.
    words: Words,
    id: &'static str,
    title: String,
    summary: String,
    frame: Frame,
    empty: bool,
    during: Vec<Mark>,
    after: Vec<Mark>,
    morning: Line,
    pain_ticks: Vec<Tick>,
    x_labels: Vec<Tick>,
    label_y: String,
}

impl PainChart {
    /// `title` is the report's words for the chart; `from..=to` the period.
    pub(crate) fn new(
        id: &'static str,
        title: &str,
        (from, to): (LocalDay, LocalDay),
        weeks: &[WeekRow],
        runs: &[RunPain],
    ) -> Self {
        let words = crate::lang::words();
        let w = &words;
        let frame = Frame { left: 30.0, right: WIDTH - 10.0, top: 24.0, bottom: 150.0 };
        let days = f64::from(to.days_since(from) + 1);
        // A day's marks sit in the middle of the day.
        let x = Linear::new((0.0, days), frame.x());
        let at = |day: LocalDay| x.map(f64::from(day.days_since(from)) + 0.5);
        let axis = Axis::with_step(0.0, 10.0, 2.0);
        let y = Linear::axis(&axis, frame.y());
        let marks = |pick: fn(&RunPain) -> Option<u8>, message: &str| {
            runs.iter()
                .filter_map(|r| {
                    let score = pick(r)?;
                    Some(Mark {
                        x: num(at(r.day)),
                        y: num(y.map(f64::from(score))),
                        title: w.with(
                            message,
                            &[
                                ("day", long_date(w, r.day).into()),
                                ("score", score.to_string().into()),
                            ],
                        ),
                    })
                })
                .collect::<Vec<_>>()
        };
        let during = marks(|r| r.during, "charts-pain-mark-during");
        let after = marks(|r| r.after, "charts-pain-mark-after");
        // Each week's mean held across the part of the week inside the period.
        let mut points = Vec::new();
        for w in weeks {
            let start = w.week_start.max(from);
            let end = w.week_start.plus_days(7).min(to.plus_days(1));
            match w.mean_morning_pain {
                Some(p) => {
                    points.push(Some((x.map(f64::from(start.days_since(from))), y.map(p))));
                    points.push(Some((x.map(f64::from(end.days_since(from))), y.map(p))));
                }
                None => points.push(None),
            }
        }
        let morning = Line::new(points);
        let mondays: Vec<LocalDay> = weeks.iter().map(|w| w.week_start.max(from)).collect();
        let every = mondays.len().div_ceil(8).max(1);
        let x_labels = mondays
            .iter()
            .step_by(every)
            .map(|d| Tick { at: num(at(*d)), label: short_date(w, *d) })
            .collect();
        let pain_ticks = axis
            .ticks()
            .into_iter()
            .map(|t| Tick { at: num(y.map(t)), label: tick_label(w, &axis, t) })
            .collect();
        let summary = summary(w, runs, weeks);
        PainChart {
            words,
            id,
            title: title.to_owned(),
            empty: during.is_empty() && after.is_empty() && morning.paths.is_empty(),
            summary,
            frame,
            during,
            after,
            morning,
            pain_ticks,
            x_labels,
            label_y: num(frame.bottom + 16.0),
        }
    }
}

/// The chart in words: how many runs had pain logged, the highest, and the mornings' range.
fn summary(w: &Words, runs: &[RunPain], weeks: &[WeekRow]) -> String {
    let logged: Vec<u8> = runs.iter().flat_map(|r| [r.during, r.after]).flatten().collect();
    let with_pain = runs.iter().filter(|r| r.during.is_some() || r.after.is_some()).count();
    let mut parts = vec![match logged.iter().max() {
        None => w.with("charts-pain-none", &[("count", runs.len().into())]),
        Some(top) => w.with(
            "charts-pain-logged",
            &[
                ("with", with_pain.into()),
                ("count", runs.len().into()),
                ("top", top.to_string().into()),
            ],
        ),
    }];
    let mornings: Vec<f64> = weeks.iter().filter_map(|w| w.mean_morning_pain).collect();
    match (mornings.first(), mornings.last()) {
        (Some(first), Some(last)) => parts.push(w.with(
            "charts-pain-mornings",
            &[("first", w.number(*first, 1).into()), ("last", w.number(*last, 1).into())],
        )),
        _ => parts.push(w.get("charts-pain-mornings-none")),
    }
    parts.join(" ")
}

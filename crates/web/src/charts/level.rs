//! A movement's level over time: a step line from its first session to today, moving where
//! PROG-2 moved it, with a dot for every session that counted.

use askama::Template;
use runwell_app::LevelHistory;
use runwell_app::words::{Arg, Words};
use runwell_domain::progression::Direction;

use super::scale::{Line, Linear, num};
use super::{Frame, Tick, WIDTH, long_date, short_date};

#[derive(Debug)]
pub(crate) struct Dot {
    x: String,
    y: String,
    title: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/level.html")]
pub(crate) struct LevelChart {
    /// The page's language: the chart's words and days are written in it.
    words: Words,
    id: String,
    title: String,
    summary: String,
    /// Why there is no chart: no session yet.
    waiting: Option<String>,
    height: String,
    frame: Frame,
    line: Line,
    dots: Vec<Dot>,
    y_ticks: Vec<Tick>,
    x_ticks: Vec<Tick>,
    label_y: String,
}

const HEIGHT: f64 = 120.0;

impl LevelChart {
    pub(crate) fn new(h: &LevelHistory) -> Self {
        let words = crate::lang::words();
        let w = &words;
        // The movement is named as the programme in the page's language names it.
        let name = runwell_app::programme_in(w.lang())
            .ok()
            .and_then(|p| p.movement(&h.movement))
            .map_or_else(|| h.name.clone(), |m| m.name.clone());
        let frame = Frame { left: 30.0, right: WIDTH - 16.0, top: 8.0, bottom: HEIGHT - 28.0 };
        let top = f64::from(h.top_level.max(1));
        let y = Linear::new((0.5, top + 0.5), frame.y());
        let first = h.sessions.first().map(|(d, _)| *d);
        let start = first.unwrap_or(h.today);
        let days = f64::from(h.today.days_since(start).max(0));
        // One day or none still spreads over the width: the scale maps a flat domain to the
        // middle, so give it a day.
        let x = Linear::new((0.0, days.max(1.0)), frame.x());
        let at = |day: runwell_domain::LocalDay| x.map(f64::from(day.days_since(start)));
        let mut steps = vec![(at(start), y.map(1.0))];
        steps.extend(h.changes.iter().map(|c| (at(c.day), y.map(f64::from(c.to)))));
        let waiting = first.is_none().then(|| {
            w.with(
                "charts-level-waiting",
                &[("name", name.as_str().into()), ("top", h.top_level.to_string().into())],
            )
        });
        LevelChart {
            id: format!("level-{}", h.movement),
            title: w.with("charts-level-title", &[("name", name.as_str().into())]),
            summary: waiting.clone().unwrap_or_else(|| summary(w, h)),
            waiting,
            height: num(HEIGHT),
            line: Line::steps(&steps, at(h.today)),
            dots: h
                .sessions
                .iter()
                .map(|(day, level)| Dot {
                    x: num(at(*day)),
                    y: num(y.map(f64::from(*level))),
                    title: w.with(
                        "charts-level-dot",
                        &[("day", long_date(w, *day).into()), ("level", level.to_string().into())],
                    ),
                })
                .collect(),
            y_ticks: (1..=h.top_level.max(1))
                .map(|l| Tick { at: num(y.map(f64::from(l))), label: l.to_string() })
                .collect(),
            x_ticks: if first.is_some_and(|f| f < h.today) {
                vec![
                    Tick { at: num(at(start)), label: short_date(w, start) },
                    Tick { at: num(at(h.today)), label: short_date(w, h.today) },
                ]
            } else {
                vec![Tick { at: num(at(h.today)), label: short_date(w, h.today) }]
            },
            label_y: num(frame.bottom + 16.0),
            frame,
            words,
        }
    }
}

fn summary(w: &Words, h: &LevelHistory) -> String {
    let sessions = w.with("charts-sessions", &[("count", h.sessions.len().into())]);
    let mut parts = vec![w.with(
        "charts-level-summary",
        &[
            ("level", h.level.to_string().into()),
            ("top", h.top_level.to_string().into()),
            ("sessions", sessions.into()),
        ],
    )];
    for c in &h.changes {
        let way = match c.direction {
            Direction::Up => "charts-level-up",
            Direction::Down => "charts-level-down",
        };
        let number = |n: u8| Arg::from(n.to_string());
        parts.push(w.with(
            way,
            &[("from", number(c.from)), ("to", number(c.to)), ("day", long_date(w, c.day).into())],
        ));
    }
    if h.changes.is_empty() {
        parts.push(w.get("charts-level-no-change"));
    }
    parts.join(" ")
}

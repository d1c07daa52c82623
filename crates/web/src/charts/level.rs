//! A movement's level over time: a step line from its first session to today, moving where
//! PROG-2 moved it, with a dot for every session that counted.

use askama::Template;
use runwell_app::LevelHistory;
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
            format!(
                "No sessions of {} yet: it is at level 1 of {}. The line starts with your first \
                 session.",
                h.name, h.top_level
            )
        });
        LevelChart {
            id: format!("level-{}", h.movement),
            title: format!("{}: level over time", h.name),
            summary: waiting.clone().unwrap_or_else(|| summary(h)),
            waiting,
            height: num(HEIGHT),
            line: Line::steps(&steps, at(h.today)),
            dots: h
                .sessions
                .iter()
                .map(|(day, level)| Dot {
                    x: num(at(*day)),
                    y: num(y.map(f64::from(*level))),
                    title: format!("Session on {}, at level {level}", long_date(*day)),
                })
                .collect(),
            y_ticks: (1..=h.top_level.max(1))
                .map(|l| Tick { at: num(y.map(f64::from(l))), label: l.to_string() })
                .collect(),
            x_ticks: if first.is_some_and(|f| f < h.today) {
                vec![
                    Tick { at: num(at(start)), label: short_date(start) },
                    Tick { at: num(at(h.today)), label: short_date(h.today) },
                ]
            } else {
                vec![Tick { at: num(at(h.today)), label: short_date(h.today) }]
            },
            label_y: num(frame.bottom + 16.0),
            frame,
        }
    }
}

fn summary(h: &LevelHistory) -> String {
    let sessions = match h.sessions.len() {
        1 => "1 session".to_owned(),
        n => format!("{n} sessions"),
    };
    let mut text = format!("Level {} of {} after {sessions}.", h.level, h.top_level);
    for c in &h.changes {
        let way = match c.direction {
            Direction::Up => "Up",
            Direction::Down => "Down",
        };
        text.push_str(&format!(" {way} from {} to {} on {}.", c.from, c.to, long_date(c.day)));
    }
    if h.changes.is_empty() {
        text.push_str(" No change yet.");
    }
    text
}

//! The charts, drawn on the server as SVG: each is a struct built from `runwell-app`'s chart
//! data (all the arithmetic happens here, with [`scale`]'s tested maths), rendered by its own
//! askama partial under `templates/charts/` and placed in a page with `{{ chart|safe }}`.
//!
//! Every chart is a `<figure>` with a visible title, an SVG whose `role="img"` names it and
//! points at a one-paragraph summary in words, and the numbers as a table under a disclosure, so
//! that a screen reader, a printout and a runner who prefers numbers all get the same answer.
//! Colours come from classes in `app.css` (light, dark and print), never from the chart alone:
//! lines also differ by dash, lights carry their letter, calendar cells their symbol.

mod calendar;
mod level;
mod load;
mod pain;
mod run;
pub(crate) mod scale;
mod weekly;

use runwell_app::words::{Lang, Words, dates};
use runwell_domain::LocalDay;

pub(crate) use calendar::CalendarChart;
pub(crate) use level::LevelChart;
pub(crate) use load::LoadChart;
pub(crate) use pain::PainChart;
pub(crate) use run::RunCharts;
pub(crate) use weekly::WeeklyChart;

/// Every chart's width in SVG units. At 400 a 12-unit label is still about 10 px on a 360 px
/// screen, and the stylesheet caps a chart's width so that it does not grow huge on a desktop.
pub(crate) const WIDTH: f64 = 400.0;

/// A tick or a label on an axis: its position (already a coordinate) and its text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tick {
    pub(crate) at: String,
    pub(crate) label: String,
}

/// The plotting area inside a chart: margins leave room for the axes' labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Frame {
    pub(crate) left: f64,
    pub(crate) right: f64,
    pub(crate) top: f64,
    pub(crate) bottom: f64,
}

impl Frame {
    pub(crate) fn x(&self) -> (f64, f64) {
        (self.left, self.right)
    }

    /// Upwards: the first value is the bottom.
    pub(crate) fn y(&self) -> (f64, f64) {
        (self.bottom, self.top)
    }

    pub(crate) fn left(&self) -> String {
        scale::num(self.left)
    }

    pub(crate) fn right(&self) -> String {
        scale::num(self.right)
    }

    pub(crate) fn bottom(&self) -> String {
        scale::num(self.bottom)
    }

    pub(crate) fn middle_x(&self) -> String {
        scale::num((self.left + self.right) / 2.0)
    }

    pub(crate) fn middle_y(&self) -> String {
        scale::num((self.top + self.bottom) / 2.0)
    }
}

/// "2 Mar", "2. mar.", "2 mars".
pub(crate) fn short_date(w: &Words, day: LocalDay) -> String {
    dates::day_month(w.lang(), day)
}

/// "2 March", "2. marts", "2 mars".
pub(crate) fn long_date(w: &Words, day: LocalDay) -> String {
    dates::day_month_long(w.lang(), day)
}

/// An axis's tick label with the language's decimal comma; English as the axis writes it.
pub(crate) fn tick_label(w: &Words, axis: &scale::Axis, value: f64) -> String {
    let label = axis.label(value);
    match w.lang() {
        Lang::En => label,
        Lang::Da | Lang::Sv => label.replace('.', ","),
    }
}

/// `M:SS` for a pace or a duration in seconds.
pub(crate) fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Every `every`-th index of `n`, always including the last, so that labels do not collide.
pub(crate) fn label_indices(n: usize, room: f64, label_width: f64) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let fits = (room / label_width).floor().max(1.0) as usize;
    let every = n.div_ceil(fits).max(1);
    // Counted back from the last, which is the one a runner looks for (this week).
    let mut out: Vec<usize> = (0..n).rev().step_by(every).collect();
    out.reverse();
    out
}

#[cfg(test)]
mod tests;

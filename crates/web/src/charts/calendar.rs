//! The adherence calendar: one row per week, one cell per day, each cell saying whether what was
//! planned that day was done (by symbol and by colour), strength days outlined, and the week's
//! verdict at the end of its row (PROG-1: two strength sessions meet a week).

use askama::Template;
use runwell_app::words::Words;
use runwell_app::{AdherenceCalendar, CalendarDay};
use runwell_domain::adherence::WeekStatus;
use runwell_domain::programme::RoutineKind;

use super::scale::num;
use super::{Tick, WIDTH, long_date, short_date};

/// How a day went, as the calendar shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayState {
    /// Everything planned was done.
    Done,
    /// Some of it.
    Partly,
    /// A day gone by with nothing of the plan done.
    Missed,
    /// Today or ahead, with something planned.
    Planned,
    /// Nothing planned, something done anyway.
    Extra,
    Rest,
}

impl DayState {
    pub(crate) fn of(day: &CalendarDay, today: runwell_domain::LocalDay) -> Self {
        let planned_done = day.planned.iter().filter(|k| day.done.contains(k)).count();
        match (day.planned.is_empty(), day.done.is_empty()) {
            (true, true) => DayState::Rest,
            (true, false) => DayState::Extra,
            _ if planned_done == day.planned.len() => DayState::Done,
            _ if planned_done > 0 => DayState::Partly,
            _ if day.day >= today => DayState::Planned,
            _ => DayState::Missed,
        }
    }

    fn class(self) -> &'static str {
        match self {
            DayState::Done => "done",
            DayState::Partly => "partly",
            DayState::Missed => "missed",
            DayState::Planned => "planned",
            DayState::Extra => "extra",
            DayState::Rest => "rest",
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            DayState::Done => "✓",
            DayState::Partly => "◐",
            DayState::Missed => "✗",
            DayState::Planned => "○",
            DayState::Extra => "+",
            DayState::Rest => "·",
        }
    }
}

fn routine_word(kind: RoutineKind) -> &'static str {
    match kind {
        RoutineKind::Warmup => "warm-up",
        RoutineKind::Cooldown => "cool-down",
        RoutineKind::Strength => "hip strength",
    }
}

fn list(kinds: &[RoutineKind]) -> String {
    if kinds.is_empty() {
        "nothing".to_owned()
    } else {
        kinds.iter().map(|k| routine_word(*k)).collect::<Vec<_>>().join(", ")
    }
}

/// The week's status as the chart's narrow column has room for (`WeekStatus::words` is the
/// full wording, shown in the table and the summary).
fn status_word(status: WeekStatus) -> &'static str {
    match status {
        WeekStatus::Met => "Met",
        WeekStatus::Missed => "Missed",
        WeekStatus::NothingPlanned => "No plan",
        WeekStatus::OnTrack => "On track",
        WeekStatus::Behind => "Behind",
    }
}

#[derive(Debug)]
pub(crate) struct Cell {
    x: String,
    y: String,
    text_x: String,
    text_y: String,
    class: &'static str,
    symbol: &'static str,
    strength: bool,
    today: bool,
    title: String,
}

#[derive(Debug)]
pub(crate) struct WeekRow {
    label: Tick,
    status: &'static str,
    status_class: &'static str,
    cells: Vec<Cell>,
    /// The table's row: the week, then each day's words.
    table: Vec<String>,
    strength: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/calendar.html")]
pub(crate) struct CalendarChart {
    id: &'static str,
    title: String,
    summary: String,
    height: String,
    cell_w: String,
    cell_h: String,
    weekdays: Vec<Tick>,
    status_x: String,
    weeks: Vec<WeekRow>,
}

const LEFT: f64 = 50.0;
const STATUS_W: f64 = 70.0;
const TOP: f64 = 22.0;
const ROW: f64 = 30.0;
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

impl CalendarChart {
    pub(crate) fn new(id: &'static str, calendar: &AdherenceCalendar) -> Self {
        // The calendar's words are English still: its days are written to match them.
        let english = Words::default();
        let cell = (WIDTH - LEFT - STATUS_W) / 7.0;
        let weeks = calendar
            .weeks
            .iter()
            .enumerate()
            .map(|(row, w)| {
                let y = TOP + ROW * row as f64;
                let cells = w
                    .days
                    .iter()
                    .enumerate()
                    .map(|(col, d)| {
                        let state = DayState::of(d, calendar.today);
                        let x = LEFT + cell * col as f64;
                        Cell {
                            x: num(x + 1.0),
                            y: num(y + 1.0),
                            text_x: num(x + cell / 2.0),
                            text_y: num(y + ROW / 2.0 + 5.0),
                            class: state.class(),
                            symbol: state.symbol(),
                            strength: d.planned.contains(&RoutineKind::Strength),
                            today: d.day == calendar.today,
                            title: day_words(d, state),
                        }
                    })
                    .collect();
                let status_class = match w.status {
                    WeekStatus::Met => "met",
                    WeekStatus::Missed | WeekStatus::Behind => "short",
                    WeekStatus::NothingPlanned | WeekStatus::OnTrack => "open",
                };
                WeekRow {
                    label: Tick {
                        at: num(y + ROW / 2.0 + 4.0),
                        label: short_date(&english, w.week_start),
                    },
                    status: status_word(w.status),
                    status_class,
                    cells,
                    table: w
                        .days
                        .iter()
                        .map(|d| {
                            let state = DayState::of(d, calendar.today);
                            format!("{} {}", state.symbol(), short_day_words(d, state))
                        })
                        .collect(),
                    strength: format!("{} of {}", w.done_strength, w.strength_target),
                }
            })
            .collect::<Vec<_>>();
        let height = TOP + ROW * calendar.weeks.len() as f64 + 4.0;
        CalendarChart {
            id,
            title: match calendar.weeks.len() {
                1 => "Sessions done against the plan, this week".to_owned(),
                n => format!("Sessions done against the plan, last {n} weeks"),
            },
            summary: summary(&english, calendar),
            height: num(height),
            cell_w: num(cell - 2.0),
            cell_h: num(ROW - 2.0),
            weekdays: WEEKDAYS
                .iter()
                .enumerate()
                .map(|(i, d)| Tick { at: num(LEFT + cell * (i as f64 + 0.5)), label: (*d).into() })
                .collect(),
            status_x: num(WIDTH - STATUS_W + 8.0),
            weeks,
        }
    }
}

fn day_words(d: &CalendarDay, state: DayState) -> String {
    let when = d.day.date().strftime("%A %-d %B").to_string();
    format!("{when}: {}", short_day_words(d, state))
}

fn short_day_words(d: &CalendarDay, state: DayState) -> String {
    match state {
        DayState::Rest => "rest day".to_owned(),
        DayState::Extra => format!("done {} (not planned)", list(&d.done)),
        DayState::Planned => format!("planned {}", list(&d.planned)),
        DayState::Missed => format!("planned {}, not done", list(&d.planned)),
        DayState::Done | DayState::Partly => {
            format!("planned {}; done {}", list(&d.planned), list(&d.done))
        }
    }
}

fn summary(english: &Words, calendar: &AdherenceCalendar) -> String {
    let n = calendar.weeks.len();
    let judged: Vec<_> = calendar
        .weeks
        .iter()
        .filter(|w| w.week_start < calendar.today.week_start())
        .filter(|w| w.status != WeekStatus::NothingPlanned)
        .collect();
    let met = judged.iter().filter(|w| w.status == WeekStatus::Met).count();
    let mut text = if judged.is_empty() && n == 1 {
        "The calendar starts with the week of your first session.".to_owned()
    } else if judged.is_empty() {
        format!("No complete week with strength planned in the last {n} weeks yet.")
    } else {
        format!(
            "Strength target met in {met} of the {} complete weeks with a plan (two sessions a \
             week, or all planned if fewer; PROG-1).",
            judged.len()
        )
    };
    match calendar.streak_weeks {
        0 => {}
        1 => text.push_str(" 1 week in a row met."),
        s => text.push_str(&format!(" {s} weeks in a row met.")),
    }
    if let Some(current) = calendar.weeks.last() {
        text.push_str(&format!(
            " This week (from {}): {} of {} strength sessions, {}.",
            long_date(english, current.week_start),
            current.done_strength,
            current.strength_target,
            current.status.words().to_lowercase()
        ));
    }
    text
}

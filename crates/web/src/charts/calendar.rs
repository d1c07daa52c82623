//! The adherence calendar: one row per week, one cell per day, each cell saying whether what was
//! planned that day was done (by symbol and by colour), strength days outlined, and the week's
//! verdict at the end of its row (PROG-1: two strength sessions meet a week).

use askama::Template;
use runwell_app::words::{Words, dates};
use runwell_app::{AdherenceCalendar, CalendarDay};
use runwell_domain::Weekday;
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

fn routine_word(w: &Words, kind: RoutineKind) -> String {
    w.get(&format!("charts-routine-{}", kind.id()))
}

fn list(w: &Words, kinds: &[RoutineKind]) -> String {
    if kinds.is_empty() {
        w.get("charts-nothing")
    } else {
        kinds.iter().map(|k| routine_word(w, *k)).collect::<Vec<_>>().join(", ")
    }
}

/// The week's status as the chart's narrow column has room for (`charts-week-status-*` is the
/// full wording, which the summary uses).
fn status_word(w: &Words, status: WeekStatus) -> String {
    w.get(&format!("charts-status-{}", status.id()))
}

/// A weekday as the calendar's narrow column heads it: "Mon", "man", "mån".
fn weekday_short(w: &Words, weekday: Weekday) -> String {
    dates::weekday_name(w.lang(), weekday).chars().take(3).collect()
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
    status: String,
    status_class: &'static str,
    cells: Vec<Cell>,
    /// The table's row: the week, then each day's words.
    table: Vec<String>,
    strength: String,
}

#[derive(Debug, Template)]
#[template(path = "charts/calendar.html")]
pub(crate) struct CalendarChart {
    /// The page's language: the chart's words and days are written in it.
    words: Words,
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

impl CalendarChart {
    pub(crate) fn new(id: &'static str, calendar: &AdherenceCalendar) -> Self {
        let words = crate::lang::words();
        let w = &words;
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
                            title: day_words(&words, d, state),
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
                        label: short_date(&words, w.week_start),
                    },
                    status: status_word(&words, w.status),
                    status_class,
                    cells,
                    table: w
                        .days
                        .iter()
                        .map(|d| {
                            let state = DayState::of(d, calendar.today);
                            format!("{} {}", state.symbol(), short_day_words(&words, d, state))
                        })
                        .collect(),
                    strength: words.with(
                        "charts-of",
                        &[
                            ("done", w.done_strength.to_string().into()),
                            ("target", w.strength_target.to_string().into()),
                        ],
                    ),
                }
            })
            .collect::<Vec<_>>();
        let height = TOP + ROW * calendar.weeks.len() as f64 + 4.0;
        CalendarChart {
            id,
            title: w.with("charts-calendar-title", &[("count", calendar.weeks.len().into())]),
            summary: summary(w, calendar),
            height: num(height),
            cell_w: num(cell - 2.0),
            cell_h: num(ROW - 2.0),
            weekdays: Weekday::ALL
                .iter()
                .enumerate()
                .map(|(i, d)| Tick {
                    at: num(LEFT + cell * (i as f64 + 0.5)),
                    label: weekday_short(w, *d),
                })
                .collect(),
            status_x: num(WIDTH - STATUS_W + 8.0),
            weeks,
            words,
        }
    }
}

fn day_words(w: &Words, d: &CalendarDay, state: DayState) -> String {
    let lang = w.lang();
    let weekday = dates::weekday_name(lang, d.day.weekday());
    format!("{weekday} {}: {}", dates::day_month_long(lang, d.day), short_day_words(w, d, state))
}

fn short_day_words(w: &Words, d: &CalendarDay, state: DayState) -> String {
    let planned = || ("planned", list(w, &d.planned).into());
    let done = || ("done", list(w, &d.done).into());
    match state {
        DayState::Rest => w.get("charts-day-rest"),
        DayState::Extra => w.with("charts-day-extra", &[done()]),
        DayState::Planned => w.with("charts-day-planned", &[planned()]),
        DayState::Missed => w.with("charts-day-missed", &[planned()]),
        DayState::Done | DayState::Partly => w.with("charts-day-done", &[planned(), done()]),
    }
}

fn summary(w: &Words, calendar: &AdherenceCalendar) -> String {
    let n = calendar.weeks.len();
    let judged: Vec<_> = calendar
        .weeks
        .iter()
        .filter(|week| week.week_start < calendar.today.week_start())
        .filter(|week| week.status != WeekStatus::NothingPlanned)
        .collect();
    let met = judged.iter().filter(|week| week.status == WeekStatus::Met).count();
    let mut parts = vec![if judged.is_empty() && n == 1 {
        w.get("charts-calendar-first")
    } else if judged.is_empty() {
        w.with("charts-calendar-none", &[("count", n.into())])
    } else {
        w.with("charts-calendar-met", &[("met", met.into()), ("count", judged.len().into())])
    }];
    if calendar.streak_weeks > 0 {
        parts.push(
            w.with("charts-calendar-streak", &[("count", i64::from(calendar.streak_weeks).into())]),
        );
    }
    if let Some(current) = calendar.weeks.last() {
        let status = w.get(&format!("charts-week-status-{}", current.status.id()));
        parts.push(w.with(
            "charts-calendar-this-week",
            &[
                ("week", long_date(w, current.week_start).into()),
                ("done", current.done_strength.to_string().into()),
                ("target", current.strength_target.to_string().into()),
                ("status", status.into()),
            ],
        ));
    }
    parts.join(" ")
}

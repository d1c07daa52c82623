//! What every page shares: the layout (title, menu, the day being shown, asset URLs).

use runwell_domain::LocalDay;

use crate::assets::{ASSETS, Assets};
use crate::error::PageError;

/// One entry of the menu.
#[derive(Debug)]
pub(crate) struct NavItem {
    pub(crate) key: &'static str,
    pub(crate) path: &'static str,
    pub(crate) label: &'static str,
}

const NAV: &[NavItem] = &[
    NavItem { key: "today", path: "/", label: "Today" },
    NavItem { key: "trends", path: "/trends", label: "Trends" },
    NavItem { key: "log", path: "/log", label: "Log" },
    NavItem { key: "import", path: "/import", label: "Import" },
    NavItem { key: "runs", path: "/runs", label: "Runs" },
    NavItem { key: "programme", path: "/programme", label: "Programme" },
    NavItem { key: "check", path: "/check", label: "Check" },
    NavItem { key: "learn", path: "/learn", label: "Learn" },
];

/// The frame around every page: `base.html` reads it.
#[derive(Debug)]
pub(crate) struct Layout {
    pub(crate) title: String,
    /// The menu entry of this page (`""` for none).
    pub(crate) nav: &'static str,
    /// `?today=YYYY-MM-DD` when a page is shown as of a given day, carried on every link and form
    /// so that a whole visit can be reproduced; empty otherwise.
    pub(crate) day_query: String,
    pub(crate) assets: &'static Assets,
}

impl Layout {
    pub(crate) fn new(title: impl Into<String>, nav: &'static str) -> Self {
        Self { title: title.into(), nav, day_query: String::new(), assets: &ASSETS }
    }

    pub(crate) fn day(mut self, day: Option<LocalDay>) -> Self {
        self.day_query = day.map(|d| format!("?today={d}")).unwrap_or_default();
        self
    }

    pub(crate) fn nav_items(&self) -> &'static [NavItem] {
        NAV
    }

    /// `path` with the day carried along.
    pub(crate) fn href(&self, path: &str) -> String {
        format!("{path}{}", self.day_query)
    }

    /// `base` followed by `tail` (an id, a routine), with the day carried along after both.
    pub(crate) fn link(&self, base: &str, tail: impl std::fmt::Display) -> String {
        format!("{base}{tail}{}", self.day_query)
    }

    /// `path` with the day and one more query parameter.
    pub(crate) fn href_with(&self, path: &str, extra: &str) -> String {
        if self.day_query.is_empty() {
            format!("{path}?{extra}")
        } else {
            format!("{path}{}&{extra}", self.day_query)
        }
    }
}

/// Reads the optional `?today=YYYY-MM-DD`: the day a page answers for instead of today. Every
/// route that reads `?today=` reads it here. A day outside the plausible range of
/// `runwell_domain::plausible` (1990 to next year) is refused: a page for the year 9999 would
/// only cost time. The range needs this year, so the clock is read for it (in UTC: the bound is
/// a whole year ahead, so the runner's zone does not matter).
pub(crate) fn parse_day(text: Option<&str>) -> Result<Option<LocalDay>, PageError> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else { return Ok(None) };
    let this_year = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date();
    LocalDay::parse(text)
        .and_then(|day| runwell_domain::plausible::day(day, LocalDay::new(this_year)))
        .map(Some)
        .map_err(|e| PageError::BadRequest(e.to_string()))
}

/// "1 h 05 min", "12 min", "45 s".
pub(crate) fn minutes(seconds: u32) -> String {
    if seconds < 60 {
        return format!("{seconds} s");
    }
    let (h, m) = (seconds / 3600, (seconds % 3600 + 30) / 60);
    match (h, m) {
        (0, m) => format!("{m} min"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_day() {
        let plain = Layout::new("t", "");
        assert_eq!(plain.href("/log"), "/log");
        assert_eq!(plain.href_with("/", "logged=pain"), "/?logged=pain");
        let day = Layout::new("t", "").day(Some(LocalDay::parse("2026-03-14").unwrap()));
        assert_eq!(day.href("/log"), "/log?today=2026-03-14");
        assert_eq!(day.href_with("/", "logged=pain"), "/?today=2026-03-14&logged=pain");
        assert_eq!(day.link("/runs/", 7), "/runs/7?today=2026-03-14");
        assert_eq!(plain.link("/session/", "strength/log"), "/session/strength/log");
    }

    #[test]
    fn days_are_read_or_refused() {
        assert!(parse_day(None).unwrap().is_none());
        assert!(parse_day(Some(" ")).unwrap().is_none());
        assert!(parse_day(Some("2026-03-14")).unwrap().is_some());
        assert!(parse_day(Some("14/03/2026")).is_err());
        assert!(parse_day(Some("1990-01-01")).unwrap().is_some());
        assert!(parse_day(Some("1989-12-31")).is_err());
        assert!(parse_day(Some("9999-12-31")).is_err());
        assert!(parse_day(Some("0001-01-01")).is_err());
    }

    #[test]
    fn durations_read_as_minutes() {
        for (s, text) in [(45, "45 s"), (600, "10 min"), (3900, "1 h 05 min"), (89, "1 min")] {
            assert_eq!(minutes(s), text);
        }
    }
}

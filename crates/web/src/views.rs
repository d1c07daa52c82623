//! What every page shares: the layout (title, menu, the day being shown, asset URLs).

use runwell_domain::LocalDay;

use crate::assets::{ASSETS, Assets};

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
    NavItem { key: "diary", path: "/diary", label: "Diary" },
    NavItem { key: "import", path: "/import", label: "Import" },
    NavItem { key: "runs", path: "/runs", label: "Runs" },
    NavItem { key: "programme", path: "/programme", label: "Programme" },
    NavItem { key: "check", path: "/check", label: "Check" },
    NavItem { key: "learn", path: "/learn", label: "Learn" },
    NavItem { key: "settings", path: "/settings", label: "Settings" },
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
}

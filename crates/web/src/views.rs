//! What every page shares: the layout (title, menu, the day being shown, asset URLs). The menu
//! and the links follow who is asking (`who::who`): the runner on her own machine, a signed-in
//! runner or clinician on a server, or a clinician reading a runner's record, whose links stay
//! under `/clinic/runners/{id}/`.

use std::sync::OnceLock;

use runwell_app::words::{Arg, Words};
use runwell_domain::LocalDay;

use crate::assets::{ASSETS, Assets};
use crate::lang;
use crate::who::{Who, who};

/// One entry of the menu.
#[derive(Debug)]
pub(crate) struct NavItem {
    pub(crate) key: &'static str,
    pub(crate) href: String,
    pub(crate) label: String,
}

/// The runner's own pages: (key, path); each label is the message `nav-{key}`.
const RUNNER_NAV: &[(&str, &str)] = &[
    ("today", "/"),
    ("trends", "/trends"),
    ("log", "/log"),
    ("diary", "/diary"),
    ("import", "/import"),
    ("runs", "/runs"),
    ("programme", "/programme"),
    ("check", "/check"),
    ("learn", "/learn"),
    ("settings", "/settings"),
];

/// A runner's pages a clinician reads, under `/clinic/runners/{id}`.
const READ_NAV: &[(&str, &str)] =
    &[("today", "/"), ("trends", "/trends"), ("diary", "/diary"), ("programme", "/programme")];

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
    who: Who,
    /// The language the page is written in (`lang.rs` chose it for this request).
    pub(crate) words: Words,
}

impl Layout {
    pub(crate) fn new(title: impl Into<String>, nav: &'static str) -> Self {
        Self {
            title: title.into(),
            nav,
            day_query: String::new(),
            assets: &ASSETS,
            who: who(),
            words: lang::words(),
        }
    }

    pub(crate) fn day(mut self, day: Option<LocalDay>) -> Self {
        self.day_query = day.map(|d| format!("?today={d}")).unwrap_or_default();
        self
    }

    /// The message `id` in the page's language.
    pub(crate) fn t(&self, id: &str) -> String {
        self.words.get(id)
    }

    /// The message `id` with one argument.
    pub(crate) fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.words.with(id, &[(name, Arg::from(value))])
    }

    /// A weekday's name as a label shows it: "Monday", "Mandag", "Måndag".
    pub(crate) fn weekday(&self, day: &runwell_domain::Weekday) -> String {
        let name = runwell_app::words::dates::weekday_name(self.words.lang(), *day);
        let mut chars = name.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }

    /// The message `id` with two arguments.
    pub(crate) fn t2(
        &self,
        id: &str,
        (first, one): &(&'static str, &str),
        (second, two): &(&'static str, &str),
    ) -> String {
        self.words.with(id, &[(*first, Arg::from(*one)), (*second, Arg::from(*two))])
    }

    /// The page's language tag, for `<html lang>` (and so the browser's voice and
    /// hyphenation): runwell's English is British.
    pub(crate) fn lang_tag(&self) -> &'static str {
        match self.words.lang() {
            runwell_app::words::Lang::En => "en-GB",
            runwell_app::words::Lang::Da => "da",
            runwell_app::words::Lang::Sv => "sv",
        }
    }

    fn item(&self, key: &'static str, href: String) -> NavItem {
        NavItem { key, href, label: self.t(&format!("nav-{key}")) }
    }

    pub(crate) fn nav_items(&self) -> Vec<NavItem> {
        let items = |list: &[(&'static str, &str)]| -> Vec<NavItem> {
            list.iter().map(|(key, path)| self.item(key, self.href(path))).collect()
        };
        match &self.who {
            Who::Local => items(RUNNER_NAV),
            Who::Visitor | Who::Unpaired => Vec::new(),
            Who::Signed(account) if account.role == runwell_app::AccountRole::Clinician => {
                vec![
                    self.item("clinic", "/clinic".to_owned()),
                    self.item("account", "/account".to_owned()),
                ]
            }
            Who::Signed(_) => {
                let mut list = items(RUNNER_NAV);
                list.push(self.item("sharing", "/sharing".to_owned()));
                list.push(self.item("account", "/account".to_owned()));
                list
            }
            Who::Reading { .. } => {
                let mut list = vec![self.item("clinic", "/clinic".to_owned())];
                list.extend(items(READ_NAV));
                list
            }
        }
    }

    /// In server mode, the signed-in account's name (the header offers to sign out).
    pub(crate) fn signed_in_as(&self) -> Option<&str> {
        match &self.who {
            Who::Signed(account) => Some(&account.name),
            Who::Reading { clinician, .. } => Some(&clinician.name),
            Who::Local | Who::Visitor | Who::Unpaired => None,
        }
    }

    /// Whether the page is served by a server with accounts (the footer says where data is).
    pub(crate) fn on_server(&self) -> bool {
        !matches!(self.who, Who::Local | Who::Unpaired)
    }

    /// Whether the page shows a runner's record to a clinician, read-only: forms and links to
    /// change anything are left out.
    pub(crate) fn read_only(&self) -> bool {
        matches!(self.who, Who::Reading { .. })
    }

    /// The runner a clinician is reading: (id, name).
    pub(crate) fn reading(&self) -> Option<(i64, &str)> {
        match &self.who {
            Who::Reading { runner_id, runner_name, .. } => Some((*runner_id, runner_name)),
            _ => None,
        }
    }

    /// `path` with the day carried along (and, for a clinician reading a runner's record, the
    /// pages she may read kept under that runner's address).
    pub(crate) fn href(&self, path: &str) -> String {
        let path = match &self.who {
            Who::Reading { runner_id, .. } if READ_NAV.iter().any(|(_, p)| *p == path) => {
                let tail = if path == "/" { "" } else { path };
                format!("/clinic/runners/{runner_id}{tail}")
            }
            _ => path.to_owned(),
        };
        format!("{path}{}", self.day_query)
    }

    /// `base` followed by `tail` (an id, a routine), with the day carried along after both.
    pub(crate) fn link(&self, base: &str, tail: impl std::fmt::Display) -> String {
        format!("{base}{tail}{}", self.day_query)
    }

    /// Words a script writes itself, in the page's language, as JSON for a
    /// `<script type="application/json">` element: each `(key, message id, holes)` becomes the
    /// message with its arguments left as `{name}` holes for the script to fill.
    pub(crate) fn script_words(&self, entries: &[(&str, &str, &[&'static str])]) -> String {
        let map: serde_json::Map<String, serde_json::Value> = entries
            .iter()
            .map(|(key, id, holes)| {
                let args: Vec<(&'static str, Arg)> =
                    holes.iter().map(|n| (*n, Arg::from(format!("{{{n}}}")))).collect();
                ((*key).to_owned(), self.words.with(id, &args).into())
            })
            .collect();
        // Inside a <script> element: no "</script>" can close it early.
        serde_json::Value::Object(map).to_string().replace('<', "\\u003c")
    }

    /// The offline banner's words (`static/offline.js` writes the banner as the phone's
    /// connection comes and goes, and names each post kept on the phone). Every page carries
    /// them, so they are written once per language, not per request.
    pub(crate) fn offline_words(&self) -> &'static str {
        static WRITTEN: [OnceLock<String>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let slot = match self.words.lang() {
            runwell_app::words::Lang::En => &WRITTEN[0],
            runwell_app::words::Lang::Da => &WRITTEN[1],
            runwell_app::words::Lang::Sv => &WRITTEN[2],
        };
        slot.get_or_init(|| self.write_offline_words())
    }

    fn write_offline_words(&self) -> String {
        let mut entries: Vec<(&str, &str, &[&'static str])> = vec![
            ("offline", "outbox-offline", &[]),
            ("unreachable", "outbox-unreachable", &[]),
            ("refused_some", "outbox-refused-some", &[]),
            ("all_sent", "outbox-all-sent", &[]),
            ("keep_open", "outbox-keep-open", &[]),
            ("waiting_count", "outbox-waiting-count", &["count"]),
            ("kept_at", "outbox-kept-at", &["time"]),
            ("refused", "outbox-refused", &["reason"]),
            ("waiting", "outbox-waiting", &[]),
            ("discard", "outbox-discard", &[]),
            ("session", "outbox-session", &["routine"]),
            ("pain", "outbox-pain", &[]),
            ("pain_score", "outbox-pain-score", &["score"]),
            ("routine_warmup", "programme-link-warmup", &[]),
            ("routine_cooldown", "programme-link-cooldown", &[]),
            ("routine_strength", "programme-link-strength", &[]),
        ];
        let moments = [
            ("moment_morning", "moment-morning"),
            ("moment_during", "moment-during"),
            ("moment_after", "moment-after"),
            ("moment_daily", "moment-daily"),
            ("moment_night", "moment-night"),
        ];
        entries.extend(moments.iter().map(|(key, id)| (*key, *id, &[][..])));
        self.script_words(&entries)
    }

    /// `path` with the day and one more query parameter.
    pub(crate) fn href_with(&self, path: &str, extra: &str) -> String {
        let path = self.href(path);
        if self.day_query.is_empty() {
            format!("{path}?{extra}")
        } else {
            format!("{path}&{extra}")
        }
    }
}

/// A pain entry as a list shows it (the diary, a run's page): its score, its light, and what
/// the page says of it.
#[derive(Debug)]
pub(crate) struct PainLine {
    pub(crate) id: i64,
    /// "6/10".
    pub(crate) score: String,
    pub(crate) light: runwell_domain::Light,
    /// "Pain next morning, for the run of Sat 28 Nov · 8.40 km".
    pub(crate) text: String,
    pub(crate) note: Option<String>,
}

impl PainLine {
    pub(crate) fn new(w: &Words, p: &runwell_app::PainView, text: String) -> Self {
        Self {
            id: p.entry.id,
            score: w.score(f64::from(p.entry.score.value()), 0),
            light: p.light,
            text,
            note: p.entry.note.clone(),
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
        assert_eq!(plain.nav_items().len(), RUNNER_NAV.len());
    }
}

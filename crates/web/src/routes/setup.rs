//! `/setup`: the profile (time zone, run days, strength days and the optional heart-rate
//! numbers). A first visit is sent here; saving leads on to Today, by way of the PROG-1 warnings
//! when there are any.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use runwell_app::words::Lang;
use runwell_app::{App, AppError, ProfileInput};
use runwell_domain::{Profile, Weekday};
use serde::Deserialize;

use super::{Reply, see_other, unprocessable};
use crate::acting::Acting;
use crate::day::Asked;
use crate::error::PageError;
use crate::form::FormState;
use crate::views::Layout;

/// Common IANA zones for the select; any other can be typed.
const ZONES: &[&str] = &[
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Paris",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Copenhagen",
    "Europe/Oslo",
    "Europe/Stockholm",
    "Europe/Helsinki",
    "Europe/Madrid",
    "Europe/Rome",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
    "Australia/Sydney",
    "Pacific/Auckland",
    "Asia/Tokyo",
    "UTC",
];

#[derive(Debug, Deserialize)]
pub(super) struct SetupQuery {
    saved: Option<String>,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "setup.html")]
pub(super) struct SetupPage {
    layout: Layout,
    form: FormState,
    zones: &'static [&'static str],
    days: &'static [Weekday],
    first_visit: bool,
    /// After saving: the PROG-1 notes on the chosen days.
    warnings: Vec<(Option<&'static str>, String)>,
    /// What the runner told runwell as their recent longest run, and when.
    declared: Option<String>,
}

impl SetupPage {
    fn new(layout: Layout, form: FormState, first_visit: bool) -> Self {
        Self {
            layout,
            form,
            zones: ZONES,
            days: &Weekday::ALL,
            first_visit,
            warnings: Vec::new(),
            declared: None,
        }
    }

    /// The hint under the recent longest run, saying what runwell has now.
    async fn with_declared(mut self, app: &App) -> Result<Self, PageError> {
        let words = self.layout.words;
        self.declared = app.declared_longest().await?.map(|(km, day)| {
            // The field is in km whatever the unit shown elsewhere, so the hint is too.
            let distance = words.distance(runwell_domain::DistanceUnit::Km, km * 1000.0);
            match day {
                Some(day) => words.with(
                    "setup-declared-on",
                    &[("distance", distance.into()), ("day", words.day_year(day).into())],
                ),
                None => words.with("setup-declared", &[("distance", distance.into())]),
            }
        });
        Ok(self)
    }

    fn languages(&self) -> Vec<(&'static str, &'static str)> {
        super::settings::languages()
    }

    fn lang_form(&self) -> &FormState {
        &self.form
    }

    /// The free-text zone: what was typed, or a saved zone the select does not list.
    fn other_zone(&self) -> &str {
        match self.form.value("time_zone_other") {
            "" if !ZONES.contains(&self.form.value("time_zone")) => self.form.value("time_zone"),
            typed => typed,
        }
    }
}

fn form_of(profile: &Profile) -> FormState {
    let mut values = vec![("time_zone".to_owned(), profile.time_zone.name().to_owned())];
    values.extend(profile.run_days.iter().map(|d| ("run_days".to_owned(), d.short().to_owned())));
    values.extend(
        profile.strength_days.iter().map(|d| ("strength_days".to_owned(), d.short().to_owned())),
    );
    let optional = [
        ("hr_rest", profile.hr_rest.map(|h| h.bpm().to_string())),
        ("hr_max", profile.hr_max.map(|h| h.bpm().to_string())),
        ("sex", profile.sex.map(|s| format!("{s:?}").to_lowercase())),
    ];
    values.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v))));
    FormState::new(values)
}

pub(super) async fn page(
    Acting(app): Acting,
    asked: Asked,
    Query(q): Query<SetupQuery>,
) -> Result<SetupPage, PageError> {
    let layout = asked.layout(crate::lang::words().get("setup-title"), "");
    match app.profile().await {
        Ok(profile) => {
            let mut form = form_of(&profile);
            let language = app.language().await?.map(Lang::tag).unwrap_or_default();
            form = FormState::new(
                form.into_values()
                    .into_iter()
                    .chain([
                        ("distance_unit".to_owned(), app.distance_unit().await?.id().to_owned()),
                        ("language".to_owned(), language.to_owned()),
                    ])
                    .collect(),
            );
            let mut page = SetupPage::new(layout, form, false).with_declared(&app).await?;
            if q.saved.is_some() {
                page.layout.title = page.layout.t("setup-saved");
                page.warnings = profile
                    .check()
                    .map_err(AppError::from)?
                    .into_iter()
                    .map(|w| (w.rule(), w.message()))
                    .collect();
            }
            Ok(page)
        }
        Err(AppError::NoProfile) => {
            // The language the page came in is offered, so that saving keeps it for the
            // terminal too.
            let defaults = FormState::with(&[
                ("time_zone", "Europe/London".to_owned()),
                ("language", layout.words.tag().to_owned()),
            ]);
            Ok(SetupPage::new(layout, defaults, true))
        }
        Err(other) => Err(other.into()),
    }
}

/// The form as the app's input: the zone typed, or the one chosen.
fn input_of(form: &FormState) -> ProfileInput {
    let days = |name| form.values(name).join(",");
    ProfileInput {
        time_zone: form
            .optional("time_zone_other")
            .unwrap_or_else(|| form.value("time_zone").into()),
        run_days: days("run_days"),
        strength_days: days("strength_days"),
        hr_rest: form.optional("hr_rest"),
        hr_max: form.optional("hr_max"),
        sex: form.optional("sex"),
        recent_longest_km: form.optional("recent_longest_km"),
        distance_unit: form.optional("distance_unit"),
    }
}

/// The fields with a message of their own.
const SHOWS: &[&str] = &[
    "time_zone",
    "run_days",
    "strength_days",
    "distance_unit",
    "hr_rest",
    "hr_max",
    "recent_longest_km",
];

pub(super) async fn save(Acting(app): Acting, asked: Asked, mut form: FormState) -> Reply {
    let layout = asked.layout(crate::lang::words().get("setup-title"), "");
    // The language is checked with the profile and kept only once the profile is saved.
    if let Err(refused) = runwell_app::parse_language(form.value("language")) {
        form.refused(refused, &["language"])?;
        return unprocessable(SetupPage::new(layout, form, false));
    }
    let saved = app.save_profile(&input_of(&form)).await;
    if saved.is_ok() {
        app.set_language(form.value("language")).await?;
    }
    match form.outcome(saved, SHOWS)? {
        // PROG-1's notes on the chosen days come first, where there are any.
        Some(saved) if !saved.warnings.is_empty() => {
            see_other(&layout.href_with("/setup", "saved=1"))
        }
        Some(_) => see_other(&layout.href("/")),
        None => unprocessable(SetupPage::new(layout, form, false)),
    }
}

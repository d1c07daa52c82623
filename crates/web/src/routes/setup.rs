//! `/setup`: the profile (time zone, run days, strength days and the optional heart-rate
//! numbers). A first visit is sent here; saving leads on to Today, by way of the PROG-1 warnings
//! when there are any.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::{App, AppError, ProfileInput};
use runwell_domain::{DomainError, HeartRate, Profile, RunnerZone, Weekday};
use serde::Deserialize;

use crate::error::PageError;
use crate::form::{FormState, capitalise};
use crate::views::{Layout, parse_day};

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
    today: Option<String>,
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
        self.declared = app.declared_longest().await?.map(|(km, day)| match day {
            Some(day) => format!("You told runwell {km:.1} km on {day}."),
            None => format!("You told runwell {km:.1} km."),
        });
        Ok(self)
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
    State(app): State<App>,
    Query(q): Query<SetupQuery>,
) -> Result<SetupPage, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let layout = Layout::new("Set up", "").day(day);
    match app.profile().await {
        Ok(profile) => {
            let mut page =
                SetupPage::new(layout, form_of(&profile), false).with_declared(&app).await?;
            if q.saved.is_some() {
                page.layout.title = "Profile saved".to_owned();
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
            let defaults = FormState::with(&[("time_zone", "Europe/London".to_owned())]);
            Ok(SetupPage::new(layout, defaults, true))
        }
        Err(other) => Err(other.into()),
    }
}

/// Reads the form into the app's input, recording a message beside each field it cannot use.
fn input_of(form: &mut FormState) -> Option<ProfileInput> {
    let zone = form.optional("time_zone_other").unwrap_or_else(|| form.value("time_zone").into());
    let zone = form.check("time_zone", RunnerZone::new(&zone)).map(|z| z.name().to_owned());
    let days = |form: &FormState, name| form.values(name).join(",");
    let (run_days, strength_days) = (days(form, "run_days"), days(form, "strength_days"));
    let hr_rest = form.whole_number("hr_rest", "Resting heart rate");
    let hr_max = form.whole_number("hr_max", "Maximum heart rate");
    for (name, value) in [("hr_rest", hr_rest.flatten()), ("hr_max", hr_max.flatten())] {
        if let Some(bpm) = value {
            form.check(name, HeartRate::new(bpm));
        }
    }
    let sex = form.optional("sex");
    let recent_longest_km = match form.optional("recent_longest_km") {
        None => None,
        Some(text) => match text.replace(',', ".").trim().parse::<f64>() {
            Ok(km) if km > 0.0 && km.is_finite() => Some(km),
            _ => {
                form.add_error(
                    "recent_longest_km",
                    "Write your longest run of the last month in kilometres, more than 0, e.g. 12",
                );
                None
            }
        },
    };
    if form.has_errors() {
        return None;
    }
    Some(ProfileInput {
        time_zone: zone?,
        run_days,
        strength_days,
        hr_rest: hr_rest?,
        hr_max: hr_max?,
        sex,
        recent_longest_km,
    })
}

pub(super) async fn save(
    State(app): State<App>,
    Query(q): Query<SetupQuery>,
    Form(values): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let layout = Layout::new("Set up", "").day(day);
    let mut form = FormState::new(values);
    if let Some(input) = input_of(&mut form) {
        match app.save_profile(&input).await {
            Ok(saved) if saved.warnings.is_empty() => {
                return Ok(Redirect::to(&layout.href("/")).into_response());
            }
            Ok(_) => {
                return Ok(Redirect::to(&layout.href_with("/setup", "saved=1")).into_response());
            }
            Err(AppError::Invalid(DomainError::Profile(message))) => {
                form.add_error("hr_max", capitalise(&message));
            }
            Err(AppError::Invalid(other)) => form.add_error("form", capitalise(&other.to_string())),
            Err(other) => return Err(other.into()),
        }
    }
    let page = SetupPage::new(layout, form, false);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

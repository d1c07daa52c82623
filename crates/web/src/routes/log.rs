//! `/log`: log a run (`POST /log/run`) or pain (`POST /log/pain`). Every value is checked here
//! with the domain's own parsers, so that each message sits beside its field; the app checks
//! again before it stores anything.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use runwell_app::{App, AppError, PainInput, RunInput};
use runwell_domain::diary::{Character, PainMoment, Region, Side};
use runwell_domain::{DomainError, DurationS, LocalDay, PainScore, Rpe, Surface};
use serde::Deserialize;

use super::{day_of, is_htmx};
use crate::error::PageError;
use crate::form::{FormState, capitalise};
use crate::views::{Layout, parse_day};

type Options = &'static [(&'static str, &'static str)];

const MOMENTS: Options = &[
    ("morning", "Next morning"),
    ("during", "During a run"),
    ("after", "After a run"),
    ("daily", "In daily life"),
    ("night", "At night"),
];
const SIDES: Options = &[("", "Not given"), ("left", "Left"), ("right", "Right"), ("both", "Both")];
const REGIONS: Options = &[
    ("", "Not given"),
    ("outer", "Outer hip"),
    ("groin", "Groin or front"),
    ("buttock", "Buttock"),
    ("deep", "Deep in the joint"),
];
const CHARACTERS: Options = &[
    ("", "Not given"),
    ("sharp", "Sharp"),
    ("dull", "Dull ache"),
    ("burning", "Burning"),
    ("stiff", "Stiffness"),
];
pub(super) const SURFACES: Options = &[
    ("road", "Road"),
    ("track", "Track"),
    ("grass", "Grass"),
    ("trail", "Trail"),
    ("treadmill", "Treadmill"),
    ("mixed", "Mixed"),
];

#[derive(Debug, Deserialize)]
pub(super) struct LogQuery {
    today: Option<String>,
    /// Prefills the pain form, as Today's links to a missing entry do: the run, the day the
    /// pain was felt and the moment (DATA-1, DATA-2).
    run: Option<String>,
    date: Option<String>,
    when: Option<String>,
}

/// The pain form's choices, shared by the page and the fragment htmx swaps in.
#[derive(Debug)]
struct PainChoices {
    moments: Options,
    /// The optional one-choice questions: field name, legend, options.
    details: [(&'static str, &'static str, Options); 3],
    scores: [&'static str; 11],
}

const CHOICES: PainChoices = PainChoices {
    moments: MOMENTS,
    details: [
        ("side", "Side", SIDES),
        ("region", "Where", REGIONS),
        ("character", "What it feels like", CHARACTERS),
    ],
    scores: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
};

#[derive(Debug, Template, WebTemplate)]
#[template(path = "log.html")]
pub(super) struct LogPage {
    layout: Layout,
    run: FormState,
    pain: FormState,
    pain_done: Option<String>,
    choices: PainChoices,
    surfaces: Options,
}

/// The pain section alone, for htmx to swap in place after a POST.
#[derive(Debug, Template, WebTemplate)]
#[template(path = "partials/pain_form.html")]
struct PainFragment {
    layout: Layout,
    pain: FormState,
    pain_done: Option<String>,
    choices: PainChoices,
}

fn run_defaults(day: LocalDay) -> FormState {
    FormState::with(&[("date", day.to_string())])
}

/// The pain form's starting values: the page's day and "next morning", or what the link asks
/// for. Values a link brings are only suggestions: they are checked again when the form is sent.
fn pain_defaults(day: LocalDay, q: Option<&LogQuery>) -> FormState {
    let pick = |value: Option<&String>, ok: &dyn Fn(&str) -> bool| {
        value.map(|v| v.trim().to_owned()).filter(|v| ok(v))
    };
    let date = pick(q.and_then(|q| q.date.as_ref()), &|v| LocalDay::parse(v).is_ok())
        .unwrap_or_else(|| day.to_string());
    let when = pick(q.and_then(|q| q.when.as_ref()), &|v| v.parse::<PainMoment>().is_ok())
        .unwrap_or_else(|| "morning".to_owned());
    let mut values = vec![("date", date), ("when", when)];
    if let Some(run) = pick(q.and_then(|q| q.run.as_ref()), &|v| v.parse::<i64>().is_ok()) {
        values.push(("run", run));
    }
    FormState::with(&values)
}

fn page_with(layout: Layout, run: FormState, pain: FormState) -> LogPage {
    LogPage { layout, run, pain, pain_done: None, choices: CHOICES, surfaces: SURFACES }
}

pub(super) async fn page(
    State(app): State<App>,
    Query(q): Query<LogQuery>,
) -> Result<LogPage, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let date = day_of(&app, day).await?;
    let layout = Layout::new("Log", "log").day(day);
    Ok(page_with(layout, run_defaults(date), pain_defaults(date, Some(&q))))
}

/// `HH:MM` on a 24-hour clock.
fn check_time(text: &str) -> Result<(), DomainError> {
    let ok = text.split_once(':').is_some_and(|(h, m)| {
        h.parse::<u8>().is_ok_and(|h| h < 24)
            && m.len() == 2
            && m.parse::<u8>().is_ok_and(|m| m < 60)
    });
    if ok {
        Ok(())
    } else {
        Err(DomainError::Value(format!("{text:?} is not a time of day: use HH:MM, e.g. 07:30")))
    }
}

fn run_input(form: &mut FormState) -> Option<RunInput> {
    let date = form.value("date").to_owned();
    form.check("date", LocalDay::parse(&date));
    let time = form.optional("time");
    if let Some(time) = &time {
        form.check("time", check_time(time));
    }
    let distance_text = form.value("distance_km").replace(',', ".");
    let distance_km = match distance_text.parse::<f64>() {
        Ok(km) if km > 0.0 && km.is_finite() => Some(km),
        _ => {
            form.add_error(
                "distance_km",
                "Write the distance in kilometres, more than 0, e.g. 8.5",
            );
            None
        }
    };
    let duration = form.value("duration").to_owned();
    if let Some(d) = form.check("duration", DurationS::parse_clock(&duration))
        && d.get() <= 0.0
    {
        form.add_error("duration", "A run lasts more than no time: use MM:SS or H:MM:SS");
    }
    let rpe = form.whole_number("rpe", "Effort").flatten();
    if let Some(rpe) = rpe {
        form.check("rpe", Rpe::new(rpe));
    }
    let surface = form.optional("surface");
    if let Some(surface) = &surface {
        form.check("surface", surface.parse::<Surface>());
    }
    if form.has_errors() {
        return None;
    }
    Some(RunInput {
        date,
        time,
        distance_km: distance_km?,
        duration,
        rpe,
        surface,
        shoe: form.optional("shoe"),
        note: form.optional("note"),
    })
}

pub(super) async fn run(
    State(app): State<App>,
    Query(q): Query<LogQuery>,
    Form(values): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let layout = Layout::new("Log", "log").day(day);
    let mut form = FormState::new(values);
    if let Some(input) = run_input(&mut form) {
        match app.log_run(&input).await {
            Ok(run) => {
                let to = layout.href_with(&format!("/runs/{}", run.id), "logged=1");
                return Ok(Redirect::to(&to).into_response());
            }
            Err(e @ AppError::FutureDate { .. }) => {
                form.add_error("date", capitalise(&e.to_string()));
            }
            Err(AppError::Invalid(e)) => form.add_error("form", capitalise(&e.to_string())),
            Err(other) => return Err(other.into()),
        }
    }
    let date = day_of(&app, day).await?;
    let page = page_with(layout, form, pain_defaults(date, None));
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

fn pain_input(form: &mut FormState) -> Option<PainInput> {
    let date = form.value("date").to_owned();
    form.check("date", LocalDay::parse(&date));
    let when = form.value("when").to_owned();
    form.check("when", when.parse::<PainMoment>());
    let score = match form.optional("score") {
        None => {
            form.add_error("score", "Choose how much it hurts, from 0 (no pain) to 10");
            None
        }
        Some(text) => form
            .check("score", text.parse::<i64>().map_err(|_| DomainError::PainScore(text.clone())))
            .and_then(|n| form.check("score", PainScore::new(n)).map(|_| n)),
    };
    let side = form.optional("side");
    if let Some(side) = &side {
        form.check("side", side.parse::<Side>());
    }
    let region = form.optional("region");
    if let Some(region) = &region {
        form.check("region", region.parse::<Region>());
    }
    let character = form.optional("character");
    if let Some(character) = &character {
        form.check("character", character.parse::<Character>());
    }
    let run = form.whole_number("run", "A run's number").flatten();
    if form.has_errors() {
        return None;
    }
    Some(PainInput {
        date,
        when,
        score: score?,
        side,
        region,
        character,
        limits_daily_life: form.is("limits_daily_life", "yes"),
        run,
        note: form.optional("note"),
    })
}

pub(super) async fn pain(
    State(app): State<App>,
    Query(q): Query<LogQuery>,
    headers: HeaderMap,
    Form(values): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let layout = Layout::new("Log", "log").day(day);
    let htmx = is_htmx(&headers);
    let mut form = FormState::new(values);
    if let Some(input) = pain_input(&mut form) {
        match app.log_pain(&input).await {
            Ok(entry) if htmx => {
                let done = format!(
                    "Saved: pain {}/10 ({}) on {}.",
                    entry.score.value(),
                    MOMENTS.iter().find(|(id, _)| *id == entry.moment.id()).map_or("", |m| m.1),
                    entry.day
                );
                let fresh = pain_defaults(entry.day, None);
                let fragment =
                    PainFragment { layout, pain: fresh, pain_done: Some(done), choices: CHOICES };
                return Ok(fragment.into_response());
            }
            Ok(_) => {
                return Ok(Redirect::to(&layout.href_with("/", "logged=pain")).into_response());
            }
            Err(AppError::NoSuchRun(id)) => {
                form.add_error(
                    "run",
                    format!("There is no run {id}: leave this empty or pick one from Runs"),
                );
            }
            Err(e @ AppError::FutureDate { .. }) => {
                form.add_error("date", capitalise(&e.to_string()));
            }
            Err(AppError::Invalid(e)) => form.add_error("form", capitalise(&e.to_string())),
            Err(other) => return Err(other.into()),
        }
    }
    if htmx {
        // htmx swaps only successful responses: the refused form comes back as a 200 fragment.
        let fragment = PainFragment { layout, pain: form, pain_done: None, choices: CHOICES };
        return Ok(fragment.into_response());
    }
    let date = day_of(&app, day).await?;
    let page = page_with(layout, run_defaults(date), form);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

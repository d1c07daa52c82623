//! `/log`: log a run (`POST /log/run`) or pain (`POST /log/pain`). The form's text goes to the
//! app as it was typed; what the app refuses comes back beside each field.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use runwell_app::{App, PainInput, RunInput};
use runwell_domain::LocalDay;
use runwell_domain::diary::PainMoment;
use serde::Deserialize;

use super::{Reply, is_htmx, see_other, unprocessable};
use crate::acting::Acting;
use crate::day::Today;
use crate::form::FormState;
use crate::views::Layout;

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
/// Every sport, in the words a runner uses.
const SPORTS: Options = &[
    ("run", "Run"),
    ("trail_run", "Trail run"),
    ("treadmill_run", "Treadmill run"),
    ("track_run", "Track run"),
    ("walk", "Walk"),
    ("hike", "Hike"),
    ("ride", "Ride"),
    ("swim", "Swim"),
    ("other", "Other"),
];
pub(super) const SURFACES: Options = &[
    ("road", "Road"),
    ("track", "Track"),
    ("grass", "Grass"),
    ("trail", "Trail"),
    ("treadmill", "Treadmill"),
    ("mixed", "Mixed"),
];

#[derive(Debug, Default, Deserialize)]
pub(super) struct LogQuery {
    /// Prefills the pain form, as Today's links to a missing entry do: the run, the day the
    /// pain was felt and the moment (DATA-1, DATA-2).
    run: Option<String>,
    date: Option<String>,
    when: Option<String>,
}

/// The pain form's choices, shared by the page and the fragment htmx swaps in.
#[derive(Debug)]
pub(super) struct PainChoices {
    moments: Options,
    /// The optional one-choice questions: field name, legend, options.
    details: [(&'static str, &'static str, Options); 3],
    scores: [&'static str; 11],
}

pub(super) const CHOICES: PainChoices = PainChoices {
    moments: MOMENTS,
    details: [
        ("side", "Side", SIDES),
        ("region", "Where", REGIONS),
        ("character", "What it feels like", CHARACTERS),
    ],
    scores: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
};

/// The run form's choices, for logging a run and for changing one.
#[derive(Debug)]
pub(super) struct RunChoices {
    pub(super) sports: Options,
    pub(super) surfaces: Options,
    pub(super) scores: [&'static str; 11],
    /// `km` or `mi`: the distance field's unit, as the runner's profile says.
    pub(super) unit: &'static str,
}

pub(super) fn run_choices(unit: runwell_domain::DistanceUnit) -> RunChoices {
    RunChoices {
        sports: SPORTS,
        surfaces: SURFACES,
        scores: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        unit: unit.id(),
    }
}

/// What the pain form says and where it goes: a new entry here, a change on the diary's page.
#[derive(Debug)]
pub(super) struct PainText {
    pub(super) heading: &'static str,
    pub(super) action: String,
    /// Sent with htmx, swapped in place (the Log page's form).
    pub(super) htmx: bool,
    /// The run the pain is for, as "Sat 28 Nov · 8.40 km", when the form names one.
    pub(super) run: Option<String>,
    pub(super) submit: &'static str,
}

impl PainText {
    fn new_entry(layout: &Layout, run: Option<String>) -> Self {
        Self {
            heading: "Log pain",
            action: layout.href("/log/pain"),
            htmx: true,
            run,
            submit: "Save pain entry",
        }
    }
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "log.html")]
pub(super) struct LogPage {
    layout: Layout,
    run_form: FormState,
    pain: FormState,
    pain_done: Option<String>,
    choices: PainChoices,
    run_choices: RunChoices,
    pain_text: PainText,
}

/// The pain section alone, for htmx to swap in place after a POST.
#[derive(Debug, Template, WebTemplate)]
#[template(path = "partials/pain_form.html")]
struct PainFragment {
    layout: Layout,
    pain: FormState,
    pain_done: Option<String>,
    choices: PainChoices,
    pain_text: PainText,
}

/// The pain form on its own page: a stored entry to change (`/diary/pain/{id}`).
#[derive(Debug, Template, WebTemplate)]
#[template(path = "pain_edit.html")]
pub(super) struct PainEditPage {
    pub(super) layout: Layout,
    pub(super) pain: FormState,
    pub(super) pain_done: Option<String>,
    pub(super) choices: PainChoices,
    pub(super) pain_text: PainText,
    pub(super) id: i64,
}

fn run_defaults(day: LocalDay) -> FormState {
    FormState::with(&[("date", day.to_string()), ("sport", "run".to_owned())])
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

fn page_with(
    layout: Layout,
    run_form: FormState,
    pain: FormState,
    run: Option<String>,
    unit: runwell_domain::DistanceUnit,
) -> LogPage {
    let pain_text = PainText::new_entry(&layout, run);
    LogPage {
        layout,
        run_form,
        pain,
        pain_done: None,
        choices: CHOICES,
        run_choices: run_choices(unit),
        pain_text,
    }
}

/// The run a pain form names, as the runner knows it, when it is one of hers.
async fn run_named(app: &App, pain: &FormState) -> Option<String> {
    let id = pain.value("run").parse::<i64>().ok()?;
    app.run(id).await.ok().map(|r| r.short_text())
}

pub(super) async fn page(Acting(app): Acting, today: Today, Query(q): Query<LogQuery>) -> Reply {
    let layout = today.asked.layout("Log", "log");
    let mut q = q;
    // "Log pain for this run": the run's day and "after", unless the link says otherwise.
    if let Some(run) = q.run.as_deref().and_then(|r| r.trim().parse::<i64>().ok())
        && let Ok(run) = app.run(run).await
    {
        q.date.get_or_insert_with(|| run.day.to_string());
        q.when.get_or_insert_with(|| "after".to_owned());
    }
    let pain = pain_defaults(today.day, Some(&q));
    let run = run_named(&app, &pain).await;
    let unit = app.distance_unit().await?;
    Ok(page_with(layout, run_defaults(today.day), pain, run, unit).into_response())
}

/// The run form's fields with a message of their own.
pub(super) const RUN_FIELDS: &[&str] = &[
    "date",
    "time",
    "sport",
    "distance_km",
    "duration",
    "elapsed",
    "force",
    "rpe",
    "surface",
    "shoe",
    "title",
];
/// The pain form's.
pub(super) const PAIN_FIELDS: &[&str] =
    &["date", "when", "score", "side", "region", "character", "run"];

pub(super) fn run_input(form: &FormState) -> RunInput {
    RunInput {
        date: form.value("date").to_owned(),
        time: form.optional("time"),
        sport: form.optional("sport"),
        distance_km: form.value("distance_km").to_owned(),
        miles: form.value("distance_unit") == "mi",
        duration: form.value("duration").to_owned(),
        elapsed: form.optional("elapsed"),
        rpe: form.optional("rpe"),
        surface: form.optional("surface"),
        shoe: form.optional("shoe"),
        title: form.optional("title"),
        note: form.optional("note"),
        force: form.is("force", "yes"),
    }
}

pub(super) async fn run(Acting(app): Acting, today: Today, mut form: FormState) -> Reply {
    let layout = today.asked.layout("Log", "log");
    let logged = app.log_run(&run_input(&form)).await;
    if let Some(run) = form.outcome(logged, RUN_FIELDS)? {
        return see_other(&layout.href_with(&format!("/runs/{}", run.id), "logged=1"));
    }
    let unit = app.distance_unit().await?;
    unprocessable(page_with(layout, form, pain_defaults(today.day, None), None, unit))
}

pub(super) fn pain_input(form: &FormState) -> PainInput {
    PainInput {
        date: form.value("date").to_owned(),
        when: form.value("when").to_owned(),
        score: form.value("score").to_owned(),
        side: form.optional("side"),
        region: form.optional("region"),
        character: form.optional("character"),
        limits_daily_life: form.is("limits_daily_life", "yes"),
        run: form.optional("run"),
        note: form.optional("note"),
    }
}

pub(super) async fn pain(
    Acting(app): Acting,
    today: Today,
    headers: HeaderMap,
    mut form: FormState,
) -> Reply {
    let layout = today.asked.layout("Log", "log");
    let htmx = is_htmx(&headers);
    let logged = app.log_pain(&pain_input(&form)).await;
    match form.outcome(logged, PAIN_FIELDS)? {
        Some(entry) if htmx => {
            let done = format!(
                "Saved: pain {}/10 ({}) on {}.",
                entry.score.value(),
                MOMENTS.iter().find(|(id, _)| *id == entry.moment.id()).map_or("", |m| m.1),
                entry.day
            );
            let fresh = pain_defaults(entry.day, None);
            let pain_text = PainText::new_entry(&layout, None);
            let fragment = PainFragment {
                layout,
                pain: fresh,
                pain_done: Some(done),
                choices: CHOICES,
                pain_text,
            };
            return Ok(fragment.into_response());
        }
        Some(_) => return see_other(&layout.href_with("/", "logged=pain")),
        None => {}
    }
    let run = run_named(&app, &form).await;
    if htmx {
        // htmx swaps only successful responses: the refused form comes back as a 200 fragment.
        let pain_text = PainText::new_entry(&layout, run);
        let fragment =
            PainFragment { layout, pain: form, pain_done: None, choices: CHOICES, pain_text };
        return Ok(fragment.into_response());
    }
    let unit = app.distance_unit().await?;
    unprocessable(page_with(layout, run_defaults(today.day), form, run, unit))
}

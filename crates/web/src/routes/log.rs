//! `/log`: log a run (`POST /log/run`) or pain (`POST /log/pain`). The form's text goes to the
//! app as it was typed; what the app refuses comes back beside each field.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use runwell_app::words::{Words, numbers};
use runwell_app::{App, PainInput, RunInput, RunView};
use runwell_domain::LocalDay;
use runwell_domain::diary::PainMoment;
use serde::Deserialize;

use super::{Reply, is_htmx, see_other, unprocessable};
use crate::acting::Acting;
use crate::day::Today;
use crate::form::FormState;
use crate::views::Layout;

/// A choice's ids, in the order shown; each label is the message `form-{question}-{id}`, and
/// `""`, the choice to say nothing, is "Not given".
type Ids = &'static [&'static str];

/// Choices as a form shows them: (id, label in the page's language).
pub(super) type Options = Vec<(&'static str, String)>;

const MOMENTS: Ids = &["morning", "during", "after", "daily", "night"];
const SIDES: Ids = &["", "left", "right", "both"];
const REGIONS: Ids = &["", "outer", "groin", "buttock", "deep"];
const CHARACTERS: Ids = &["", "sharp", "dull", "burning", "stiff"];
/// Every sport, in the words a runner uses.
const SPORTS: Ids =
    &["run", "trail_run", "treadmill_run", "track_run", "walk", "hike", "ride", "swim", "other"];
const SURFACES: Ids = &["road", "track", "grass", "trail", "treadmill", "mixed"];

/// The labels of a question's choices.
fn options(words: &Words, question: &str, ids: Ids) -> Options {
    ids.iter()
        .map(|id| {
            let label = if id.is_empty() {
                words.get("form-not-given")
            } else {
                words.get(&format!("form-{question}-{id}"))
            };
            (*id, label)
        })
        .collect()
}

/// A moment of pain as the form's choice says it: "Next morning".
pub(super) fn moment_label(words: &Words, moment: PainMoment) -> String {
    words.get(&format!("form-when-{}", moment.id()))
}

/// A sport as a list shows it, inside a line: "trail run".
pub(super) fn sport_words(words: &Words, sport: runwell_domain::Sport) -> String {
    words.get(&format!("form-sport-{}", sport.id())).to_lowercase()
}

/// A surface as a list shows it: "road".
pub(super) fn surface_words(words: &Words, surface: runwell_domain::Surface) -> String {
    words.get(&format!("form-surface-{}", surface.id())).to_lowercase()
}

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
    details: [(&'static str, String, Options); 3],
    scores: [&'static str; 11],
}

pub(super) fn pain_choices(words: &Words) -> PainChoices {
    PainChoices {
        moments: options(words, "when", MOMENTS),
        details: [
            ("side", words.get("form-pain-side"), options(words, "side", SIDES)),
            ("region", words.get("form-pain-where"), options(words, "region", REGIONS)),
            ("character", words.get("form-pain-feels"), options(words, "character", CHARACTERS)),
        ],
        scores: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    }
}

/// The run form's choices, for logging a run and for changing one.
#[derive(Debug)]
pub(super) struct RunChoices {
    pub(super) sports: Options,
    pub(super) surfaces: Options,
    pub(super) scores: [&'static str; 11],
    /// `km` or `mi`: the distance field's unit, as the runner's profile says.
    pub(super) unit: &'static str,
}

pub(super) fn run_choices(words: &Words, unit: runwell_domain::DistanceUnit) -> RunChoices {
    RunChoices {
        sports: options(words, "sport", SPORTS),
        surfaces: options(words, "surface", SURFACES),
        scores: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        unit: unit.id(),
    }
}

/// What the pain form says and where it goes: a new entry here, a change on the diary's page.
#[derive(Debug)]
pub(super) struct PainText {
    pub(super) heading: String,
    pub(super) action: String,
    /// Sent with htmx, swapped in place (the Log page's form).
    pub(super) htmx: bool,
    /// The run the pain is for, as "Sat 28 Nov · 8.40 km", when the form names one.
    pub(super) run: Option<String>,
    pub(super) submit: String,
}

impl PainText {
    fn new_entry(layout: &Layout, run: Option<String>) -> Self {
        Self {
            heading: layout.t("log-pain-heading"),
            action: layout.href("/log/pain"),
            htmx: true,
            run,
            submit: layout.t("log-save-pain"),
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
        choices: pain_choices(&layout.words),
        run_choices: run_choices(&layout.words, unit),
        layout,
        run_form,
        pain,
        pain_done: None,
        pain_text,
    }
}

/// The run a pain form names, as the runner knows it, when it is one of hers.
pub(super) async fn run_named(app: &App, pain: &FormState) -> Option<String> {
    let id = pain.value("run").parse::<i64>().ok()?;
    app.run(id).await.ok().map(|r| run_short(&crate::lang::words(), &r))
}

/// "Sat 28 Nov · 8.40 km": a run as the runner knows it, where an id would mean nothing.
pub(super) fn run_short(words: &Words, run: &RunView) -> String {
    let distance = numbers::distance_places(words.lang(), run.unit, run.distance_m, 2);
    format!("{} \u{b7} {distance}", words.day(run.day))
}

pub(super) async fn page(Acting(app): Acting, today: Today, Query(q): Query<LogQuery>) -> Reply {
    let layout = today.asked.layout(crate::lang::words().get("log-title"), "log");
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
    let layout = today.asked.layout(crate::lang::words().get("log-title"), "log");
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
    let layout = today.asked.layout(crate::lang::words().get("log-title"), "log");
    let htmx = is_htmx(&headers);
    let logged = app.log_pain(&pain_input(&form)).await;
    match form.outcome(logged, PAIN_FIELDS)? {
        Some(entry) if htmx => {
            let w = layout.words;
            let done = w.with(
                "log-pain-saved",
                &[
                    ("score", w.score(f64::from(entry.score.value()), 0).into()),
                    ("moment", moment_label(&w, entry.moment).into()),
                    ("day", entry.day.to_string().into()),
                ],
            );
            let fresh = pain_defaults(entry.day, None);
            let pain_text = PainText::new_entry(&layout, None);
            let fragment = PainFragment {
                choices: pain_choices(&layout.words),
                layout,
                pain: fresh,
                pain_done: Some(done),
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
        let choices = pain_choices(&layout.words);
        let fragment = PainFragment { layout, pain: form, pain_done: None, choices, pain_text };
        return Ok(fragment.into_response());
    }
    let unit = app.distance_unit().await?;
    unprocessable(page_with(layout, run_defaults(today.day), form, run, unit))
}

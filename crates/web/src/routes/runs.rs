//! `/runs`: the runs, newest first, a page at a time; `/runs/{id}`: one run's summary, the pain
//! logged for it and the next morning's, the form to change any of its fields, and the way to
//! delete it (`records.rs` asks first). The app's `RunView` says when each run started and its
//! pace, so the list and the page show the same.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use runwell_app::words::{Words, numbers};
use runwell_app::{PainView, RunView};
use runwell_domain::Sport;
use serde::Deserialize;

use super::log::{RUN_FIELDS, RunChoices, run_choices, run_input, sport_words, surface_words};
use super::{Reply, see_other, unprocessable};
use crate::acting::Acting;
use crate::charts::RunCharts;
use crate::day::Asked;
use crate::error::PageError;
use crate::form::{FormState, capitalise};
use crate::views::{Layout, PainLine};

/// Runs on one page of the list: enough for months of running, quick to render.
const PER_PAGE: usize = 50;

#[derive(Debug, Deserialize)]
pub(super) struct RunsQuery {
    page: Option<usize>,
    logged: Option<String>,
    saved: Option<String>,
}

/// A run as the list and the run page show it: the app's view, with "–" where it is unknown.
#[derive(Debug)]
struct RunRow {
    id: i64,
    /// "Sat 28 Nov 2026".
    date: String,
    /// The run's own name, when it has one.
    name: Option<String>,
    time: String,
    /// "trail run", shown for anything but a plain run.
    sport: Option<String>,
    distance: String,
    duration: String,
    pace: String,
    rpe: String,
    surface: String,
    shoe: String,
}

fn or_dash(value: Option<String>) -> String {
    value.unwrap_or_else(|| "–".to_owned())
}

fn row(w: &Words, r: &RunView) -> RunRow {
    RunRow {
        id: r.id,
        date: w.day_year(r.day),
        name: r.name.clone(),
        time: r.time.clone(),
        sport: (r.sport != Sport::Run).then(|| sport_words(w, r.sport)),
        // Two decimals, as the list has always shown a run's distance.
        distance: numbers::distance_places(w.lang(), r.unit, r.distance_m, 2),
        duration: r.duration_text(),
        pace: r.pace_text(),
        rpe: or_dash(r.rpe.map(|x| x.value().to_string())),
        surface: or_dash(r.surface.map(|s| surface_words(w, s))),
        shoe: or_dash(r.shoe.clone()),
    }
}

/// The run's name, or "Trail run on Fri 20 Nov 2026" for a run without one.
fn title(w: &Words, r: &RunView) -> String {
    r.name.clone().unwrap_or_else(|| {
        let sport = w.get(&format!("form-sport-{}", r.sport.id()));
        w.with("run-title", &[("sport", sport.into()), ("day", w.day_year(r.day).into())])
    })
}

/// A pain entry on the run's page: "6/10" and "next morning, Sun 1 Mar".
fn pain_line(w: &Words, p: &PainView) -> PainLine {
    PainLine::new(w, p, format!("{}, {}", w.moment(p.entry.moment), w.day(p.entry.day)))
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "runs.html")]
pub(super) struct RunsPage {
    layout: Layout,
    rows: Vec<RunRow>,
    total: usize,
    page: usize,
    pages: usize,
}

impl RunsPage {
    fn page_href(&self, page: usize) -> String {
        self.layout.href_with("/runs", &format!("page={page}"))
    }

    /// "12 runs, newest first."
    fn count(&self) -> String {
        self.layout.words.with("runs-count", &[("count", self.total.into())])
    }

    /// The message `id` that names this page of so many: "Page 2 of 3."
    fn of(&self, id: &str) -> String {
        let w = &self.layout.words;
        let (page, pages) = (self.page.to_string(), self.pages.to_string());
        w.with(id, &[("page", page.into()), ("pages", pages.into())])
    }
}

pub(super) async fn list(
    Acting(app): Acting,
    asked: Asked,
    Query(q): Query<RunsQuery>,
) -> Result<RunsPage, PageError> {
    let wanted = q.page.unwrap_or(1).max(1);
    let (total, runs) = app.runs_page((wanted - 1) * PER_PAGE, PER_PAGE).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    // A page past the end shows the last page.
    let (page, runs) = if wanted > pages {
        (pages, app.runs_page((pages - 1) * PER_PAGE, PER_PAGE).await?.1)
    } else {
        (wanted, runs)
    };
    let layout = asked.layout(crate::lang::words().get("runs-title"), "runs");
    let rows = runs.iter().map(|r| row(&layout.words, r)).collect();
    Ok(RunsPage { layout, rows, total, page, pages })
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "run.html")]
pub(super) struct RunPage {
    layout: Layout,
    run: RunRow,
    title: String,
    facts: Vec<(String, String)>,
    note: Option<String>,
    partial: bool,
    /// The edit form.
    run_form: FormState,
    run_choices: RunChoices,
    notice: Option<String>,
    /// The pain logged for the run and the next morning's.
    pain: Vec<PainLine>,
    /// Pace, heart rate and cadence along the run, when its file had samples.
    charts: Option<RunCharts>,
    /// Why the samples stored for the run cannot be shown.
    samples_problem: Option<String>,
    /// The shoe's id, for the link to the shoes page.
    shoe_link: bool,
}

/// Points per line on the run's charts: about one per screen pixel of a phone.
const CHART_POINTS: usize = 300;

fn run_page(layout: Layout, r: &RunView, run_form: FormState, notice: Option<String>) -> RunPage {
    let w = layout.words;
    let metres = |m: f64| numbers::metres(w.lang(), m);
    let beats = |h: u16| w.with("run-beats", &[("bpm", numbers::count(w.lang(), h.into()).into())]);
    let steps = |c: f64| w.with("run-steps", &[("spm", w.number(c, 0).into())]);
    let mut facts = vec![("run-elapsed", r.elapsed_text())];
    let optional = [
        ("run-ascent", r.ascent_m.map(metres)),
        ("run-descent", r.descent_m.map(metres)),
        ("run-avg-hr", r.avg_hr.map(beats)),
        ("run-max-hr", r.max_hr.map(beats)),
        ("run-cadence", r.avg_cadence_spm.map(steps)),
        ("run-device", r.device.clone()),
        ("run-gear-name", r.gear_name.clone()),
    ];
    facts.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
    // A run typed by hand says so in the page's language; a file keeps its name.
    let source = if r.source == "manual" { w.get("run-source-manual") } else { r.source.clone() };
    facts.push(("run-source", source));
    RunPage {
        run: row(&w, r),
        title: title(&w, r),
        facts: facts.into_iter().map(|(id, value)| (w.get(id), value)).collect(),
        note: r.note.clone(),
        partial: r.partial,
        run_form,
        run_choices: run_choices(&w, r.unit),
        layout,
        notice,
        pain: Vec::new(),
        charts: None,
        samples_problem: None,
        shoe_link: r.shoe.is_some(),
    }
}

/// The form as the run is now: saving it unchanged changes nothing.
fn edit_form_of(input: &runwell_app::RunInput) -> FormState {
    FormState::filled(&[
        ("date", Some(&input.date)),
        ("time", input.time.as_ref()),
        ("sport", input.sport.as_ref()),
        ("distance_km", Some(&input.distance_km)),
        ("duration", Some(&input.duration)),
        ("elapsed", input.elapsed.as_ref()),
        ("rpe", input.rpe.as_ref()),
        ("surface", input.surface.as_ref()),
        ("shoe", input.shoe.as_ref()),
        ("title", input.title.as_ref()),
        ("note", input.note.as_ref()),
    ])
}

pub(super) fn parse_id(text: &str) -> Result<i64, PageError> {
    text.parse::<i64>()
        .map_err(|_| PageError::NotFound(format!("{text:?} is not a run number: Runs lists them")))
}

pub(super) async fn page(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    Query(q): Query<RunsQuery>,
) -> Result<RunPage, PageError> {
    let id = parse_id(&id)?;
    let run = app.run(id).await?;
    let w = crate::lang::words();
    let notice = if q.logged.is_some() {
        Some(w.get("run-logged"))
    } else if q.saved.is_some() {
        Some(w.get("run-saved"))
    } else {
        None
    };
    let form = edit_form_of(&app.run_input(id).await?);
    let mut page = run_page(asked.layout(title(&w, &run), "runs"), &run, form, notice);
    page.pain = app.pain_for_run(id).await?.iter().map(|p| pain_line(&w, p)).collect();
    let samples = app.run_samples(id, CHART_POINTS, run.unit).await?;
    page.charts = samples.chart.as_ref().map(|c| RunCharts::new(c, samples.unit));
    page.samples_problem = samples.problem.as_deref().map(capitalise);
    Ok(page)
}

pub(super) async fn edit(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    mut form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let run = app.run(id).await?;
    let w = crate::lang::words();
    let layout = asked.layout(title(&w, &run), "runs");
    let edited = app.edit_run(id, &run_input(&form)).await;
    if form.outcome(edited, RUN_FIELDS)?.is_some() {
        return see_other(&layout.href_with(&format!("/runs/{id}"), "saved=1"));
    }
    let mut page = run_page(layout, &run, form, None);
    page.pain = app.pain_for_run(id).await?.iter().map(|p| pain_line(&w, p)).collect();
    unprocessable(page)
}

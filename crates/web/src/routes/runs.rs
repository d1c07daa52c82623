//! `/runs`: the runs, newest first, a page at a time; `/runs/{id}`: one run's summary and the
//! form to change its effort, surface, shoe or note.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::tz::{Offset, TimeZone};
use runwell_app::{App, AppError, RunEditInput, StoredRun};
use runwell_domain::{DurationS, Rpe, Surface};
use serde::Deserialize;

use super::log::SURFACES;
use crate::charts::RunCharts;
use crate::error::PageError;
use crate::form::{FormState, capitalise};
use crate::views::{Layout, parse_day};

/// Runs on one page of the list: enough for months of running, quick to render.
const PER_PAGE: usize = 50;

#[derive(Debug, Deserialize)]
pub(super) struct RunsQuery {
    today: Option<String>,
    page: Option<usize>,
    logged: Option<String>,
    saved: Option<String>,
}

/// A run as the list and the run page show it.
#[derive(Debug)]
struct RunRow {
    id: i64,
    date: String,
    time: String,
    sport: String,
    distance: String,
    duration: String,
    pace: String,
    rpe: String,
    surface: String,
    shoe: String,
}

fn row(r: &StoredRun, tz: &TimeZone) -> RunRow {
    let start = jiff::Timestamp::from_second(r.run.start_utc).unwrap_or_default();
    let local = tz.to_datetime(start);
    let seconds = r.run.moving_s.unwrap_or(r.run.elapsed_s);
    let km = r.run.distance_m / 1000.0;
    let pace = if km > 0.05 {
        let per_km = (seconds / km).round() as u64;
        format!("{}:{:02} /km", per_km / 60, per_km % 60)
    } else {
        "–".to_owned()
    };
    RunRow {
        id: r.id,
        date: local.date().to_string(),
        time: format!("{:02}:{:02}", local.hour(), local.minute()),
        sport: r.run.sport.map_or("run", |s| s.id()).replace('_', " "),
        distance: format!("{km:.2} km"),
        duration: DurationS::new(seconds).unwrap_or_default().to_string(),
        pace,
        rpe: r.run.rpe.map_or("–".to_owned(), |x| x.value().to_string()),
        surface: r.run.surface.map_or("–".to_owned(), |s| s.id().to_owned()),
        shoe: r.shoe.clone().unwrap_or_else(|| "–".to_owned()),
    }
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
}

pub(super) async fn list(
    State(app): State<App>,
    Query(q): Query<RunsQuery>,
) -> Result<RunsPage, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let wanted = q.page.unwrap_or(1).max(1);
    let (profile, total, runs) = app.runs_page((wanted - 1) * PER_PAGE, PER_PAGE).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    // A page past the end shows the last page.
    let (page, runs) = if wanted > pages {
        (pages, app.runs_page((pages - 1) * PER_PAGE, PER_PAGE).await?.2)
    } else {
        (wanted, runs)
    };
    let tz = profile.time_zone.tz();
    let rows = runs.iter().map(|r| row(r, tz)).collect();
    Ok(RunsPage { layout: Layout::new("Runs", "runs").day(day), rows, total, page, pages })
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "run.html")]
pub(super) struct RunPage {
    layout: Layout,
    run: RunRow,
    facts: Vec<(&'static str, String)>,
    note: Option<String>,
    partial: bool,
    form: FormState,
    surfaces: &'static [(&'static str, &'static str)],
    scores: [&'static str; 11],
    notice: Option<&'static str>,
    /// Pace, heart rate and cadence along the run, when its file had samples.
    charts: Option<RunCharts>,
    /// Why the samples stored for the run cannot be shown.
    samples_problem: Option<String>,
}

/// Points per line on the run's charts: about one per screen pixel of a phone.
const CHART_POINTS: usize = 300;

/// The run's own UTC offset places it in local time; runs without one are shown in UTC.
fn zone_of(r: &StoredRun) -> (TimeZone, &'static str) {
    match r.run.utc_offset_s.and_then(|s| Offset::from_seconds(s).ok()) {
        Some(offset) => (TimeZone::fixed(offset), ""),
        None => (TimeZone::UTC, " UTC"),
    }
}

fn run_page(
    layout: Layout,
    r: &StoredRun,
    form: FormState,
    notice: Option<&'static str>,
) -> RunPage {
    let (tz, zone_note) = zone_of(r);
    let mut run = row(r, &tz);
    run.time.push_str(zone_note);
    let mut facts =
        vec![("Elapsed time", DurationS::new(r.run.elapsed_s).unwrap_or_default().to_string())];
    let optional = [
        ("Ascent", r.run.ascent_m.map(|m| format!("{m:.0} m"))),
        ("Descent", r.run.descent_m.map(|m| format!("{m:.0} m"))),
        ("Average heart rate", r.run.avg_hr.map(|h| format!("{h} beats/min"))),
        ("Maximum heart rate", r.run.max_hr.map(|h| format!("{h} beats/min"))),
        ("Cadence", r.run.avg_cadence_spm.map(|c| format!("{c:.0} steps/min"))),
        ("Device", r.run.device.clone()),
        ("Name in the file", r.run.gear_name.clone()),
    ];
    facts.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
    facts.push(("Source", r.run.source.clone()));
    RunPage {
        layout,
        run,
        facts,
        note: r.run.note.clone(),
        partial: r.run.partial,
        form,
        surfaces: SURFACES,
        scores: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        notice,
        charts: None,
        samples_problem: None,
    }
}

fn edit_form_of(r: &StoredRun) -> FormState {
    FormState::with(&[
        ("rpe", r.run.rpe.map(|x| x.value().to_string()).unwrap_or_default()),
        ("surface", r.run.surface.map(|s| s.id().to_owned()).unwrap_or_default()),
        ("shoe", r.shoe.clone().unwrap_or_default()),
        ("note", r.run.note.clone().unwrap_or_default()),
    ])
}

fn parse_id(text: &str) -> Result<i64, PageError> {
    text.parse::<i64>()
        .map_err(|_| PageError::NotFound(format!("{text:?} is not a run number: Runs lists them")))
}

pub(super) async fn page(
    State(app): State<App>,
    Path(id): Path<String>,
    Query(q): Query<RunsQuery>,
) -> Result<RunPage, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let id = parse_id(&id)?;
    let run = app.run(id).await?;
    let notice = if q.logged.is_some() {
        Some("Run saved. How did the hip feel? Log it below the summary, or on the Log page.")
    } else if q.saved.is_some() {
        Some("Changes saved.")
    } else {
        None
    };
    let layout = Layout::new(format!("Run {id}"), "runs").day(day);
    let mut page = run_page(layout, &run, edit_form_of(&run), notice);
    let samples = app.run_samples(id, CHART_POINTS).await?;
    page.charts = samples.chart.as_ref().map(RunCharts::new);
    page.samples_problem = samples.problem.as_deref().map(capitalise);
    Ok(page)
}

fn edit_input(form: &mut FormState) -> Option<RunEditInput> {
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
    Some(RunEditInput { rpe, surface, shoe: form.optional("shoe"), note: form.optional("note") })
}

pub(super) async fn edit(
    State(app): State<App>,
    Path(id): Path<String>,
    Query(q): Query<RunsQuery>,
    Form(values): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let day = parse_day(q.today.as_deref())?;
    let id = parse_id(&id)?;
    let layout = Layout::new(format!("Run {id}"), "runs").day(day);
    let mut form = FormState::new(values);
    if let Some(input) = edit_input(&mut form) {
        match app.edit_run(id, &input).await {
            Ok(_) => {
                let to = layout.href_with(&format!("/runs/{id}"), "saved=1");
                return Ok(Redirect::to(&to).into_response());
            }
            Err(AppError::Invalid(e)) => form.add_error("form", capitalise(&e.to_string())),
            Err(other) => return Err(other.into()),
        }
    }
    let run = app.run(id).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, run_page(layout, &run, form, None)).into_response())
}

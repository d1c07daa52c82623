//! `GET /cadence`: the runner's cadence baseline and targets (CAD-1…3), recent runs against them,
//! and a metronome at the target step rate (`static/metronome.js`, WebAudio).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use runwell_app::words::{Arg, Words};
use runwell_domain::Thresholds;
use runwell_domain::cadence::{CadenceReport, RunCadence};
use serde::Deserialize;

use super::Page;
use crate::acting::Acting;
use crate::assets::ASSETS;
use crate::day::Asked;
use crate::views::Layout;

/// The metronome's rate when there is no baseline to set a target from: a common easy-run
/// cadence, to be changed by the runner. Not a target (runwell never sets a universal one).
const DEFAULT_RATE: u32 = 170;
/// The rates the metronome offers.
const MIN_RATE: u32 = 120;
const MAX_RATE: u32 = 220;

#[derive(Debug, Deserialize)]
pub(super) struct CadenceQuery {
    rate: Option<u32>,
}

#[derive(Debug)]
struct RecentRow {
    day: String,
    run_href: String,
    cadence: String,
    note: String,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "cadence.html")]
pub(super) struct CadencePage {
    layout: Layout,
    /// What the numbers mean and what to do with them, in the page's language.
    advice: String,
    baseline: Option<String>,
    first_target: Option<u32>,
    second_target: Option<String>,
    recent: Vec<RecentRow>,
    rate: u32,
    min_rate: u32,
    max_rate: u32,
    script_js: &'static str,
}

/// A run's note in the table: `RunCadence::note`'s cases, or that it was an easy run.
fn note(r: &RunCadence, w: &Words) -> String {
    match (r.undoubled, r.meets_first_target) {
        (true, _) => w.get("gear-note-undoubled"),
        (false, Some(true)) => w.get("gear-note-at-target"),
        (false, Some(false)) => w.get("gear-note-below-target"),
        (false, None) if r.easy => w.get("gear-easy-run"),
        (false, None) => String::new(),
    }
}

/// `CadenceReport::advice` in the page's language, from the same numbers.
fn advice(report: &CadenceReport, w: &Words) -> String {
    let t = Thresholds::default();
    let text = |n: &dyn std::fmt::Display| Arg::from(n.to_string());
    match (report.baseline_spm, report.first_target_spm, report.second_target_spm) {
        (Some(baseline), Some(first), Some((low, high))) => w.with(
            "gear-cadence-advice",
            &[
                ("baseline", w.number(baseline, 0).into()),
                ("first", text(&first)),
                ("low", text(&low)),
                ("high", text(&high)),
                ("weeks", text(&report.retest_after_weeks)),
            ],
        ),
        _ => w.with(
            "gear-cadence-needs",
            &[
                ("runs", text(&t.cadence_baseline_min_runs)),
                ("days", text(&t.cadence_baseline_days)),
                ("rpe", text(&t.easy_rpe_max)),
            ],
        ),
    }
}

pub(super) async fn page(
    Acting(app): Acting,
    Query(q): Query<CadenceQuery>,
    asked: Asked,
) -> Page<CadencePage> {
    let layout = asked.layout(crate::lang::words().get("gear-cadence-title"), "runs");
    let report = app.cadence(asked.0).await?;
    let recent = report
        .recent
        .iter()
        .map(|r| RecentRow {
            day: r.day.to_string(),
            run_href: layout.href(&format!("/runs/{}", r.run_id)),
            cadence: format!("{:.0}", r.cadence_spm),
            // A run's own note is the domain's English (`RunCadence::note`); "easy run" is ours.
            note: note(r, &layout.words),
        })
        .collect();
    let rate = q.rate.or(report.first_target_spm).unwrap_or(DEFAULT_RATE).clamp(MIN_RATE, MAX_RATE);
    Ok(CadencePage {
        advice: advice(&report, &layout.words),
        baseline: report.baseline_spm.map(|b| format!("{b:.0}")),
        first_target: report.first_target_spm,
        second_target: report.second_target_spm.map(|(a, b)| format!("{a}–{b}")),
        recent,
        rate,
        min_rate: MIN_RATE,
        max_rate: MAX_RATE,
        script_js: ASSETS.metronome_js.as_str(),
        layout,
    })
}

//! One line for a run and for a pain entry, as `runs`, `run`, `diary` and the edits print them.

use runwell_app::{PainView, RunView};

use crate::output::safe;

/// One line for a run: "#12    Fri 20 Nov 2026 07:30  run            8.40 km     48:10  RPE 5".
pub(crate) fn run_line(r: &RunView) -> String {
    let mut line = format!(
        "#{:<5} {:<15} {}  {:<13} {:>9}  {:>8}",
        r.id,
        r.day.weekday_date_year(),
        r.time,
        r.sport.id(),
        r.distance_text(),
        r.duration_text()
    );
    if let Some(name) = &r.name {
        line.push_str(&format!("  \u{201c}{}\u{201d}", safe(name)));
    }
    if let Some(rpe) = r.rpe {
        line.push_str(&format!("  RPE {}", rpe.value()));
    }
    if let Some(surface) = r.surface {
        line.push_str(&format!("  {surface}"));
    }
    if let Some(shoe) = &r.shoe {
        line.push_str(&format!("  [{}]", safe(shoe)));
    }
    line
}

/// One pain entry on a line: "  pain #4   3/10 after a run  left outer  [run Sat 28 Nov · 8.40 km]".
pub(crate) fn pain_line(p: &PainView) -> String {
    let e = &p.entry;
    let mut line = format!("  pain #{:<4} {:>2}/10 {}", e.id, e.score.value(), p.moment_words);
    let details: Vec<&str> =
        [e.side.map(|s| s.id()), e.region.map(|r| r.id()), e.character.map(|c| c.id())]
            .into_iter()
            .flatten()
            .collect();
    if !details.is_empty() {
        line.push_str(&format!("  {}", details.join(" ")));
    }
    if e.limits_daily_life {
        line.push_str("  limits daily life");
    }
    if let Some(run) = &p.run_text {
        line.push_str(&format!("  [run {run}]"));
    }
    if let Some(note) = &e.note {
        line.push_str(&format!("  \u{2014} {}", safe(note)));
    }
    line
}

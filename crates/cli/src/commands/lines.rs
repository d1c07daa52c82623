//! One line for a run and for a pain entry, as `runs`, `run`, `diary` and the edits print them.

use runwell_app::words::Words;
use runwell_app::{PainView, RunView};

use crate::output::safe;

/// "8.40 km": a run's distance to the hundredth, as lists show it.
pub(crate) fn run_distance(w: &Words, r: &RunView) -> String {
    crate::lang::distance(w, r.unit, r.distance_m, 2)
}

/// "Sat 28 Nov · 8.40 km": a run as the runner knows it.
pub(crate) fn run_short(w: &Words, r: &RunView) -> String {
    format!("{} \u{b7} {}", w.day(r.day), run_distance(w, r))
}

/// One line for a run: "#12    Fri 20 Nov 2026 07:30  run            8.40 km     48:10  RPE 5".
pub(crate) fn run_line(w: &Words, r: &RunView) -> String {
    let mut line = format!(
        "#{:<5} {:<15} {}  {:<13} {:>9}  {:>8}",
        r.id,
        w.day_year(r.day),
        r.time,
        r.sport.id(),
        run_distance(w, r),
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
/// The run it belongs to is looked up in `runs`, so that its day and distance are written in
/// the runner's language; the side, region and character stay the words the options take.
pub(crate) fn pain_line(w: &Words, p: &PainView, runs: &[RunView]) -> String {
    let e = &p.entry;
    let mut line = format!(
        "  {} #{:<4} {:>2}/10 {}",
        w.get("cli-pain"),
        e.id,
        e.score.value(),
        w.moment(e.moment)
    );
    let details: Vec<&str> =
        [e.side.map(|s| s.id()), e.region.map(|r| r.id()), e.character.map(|c| c.id())]
            .into_iter()
            .flatten()
            .collect();
    if !details.is_empty() {
        line.push_str(&format!("  {}", details.join(" ")));
    }
    if e.limits_daily_life {
        line.push_str(&format!("  {}", w.get("cli-pain-limits")));
    }
    let run = e.run_id.and_then(|id| runs.iter().find(|r| r.id == id));
    match (run, &p.run_text) {
        (Some(run), _) => line.push_str(&format!("  [{} {}]", w.get("cli-run"), run_short(w, run))),
        (None, Some(text)) => line.push_str(&format!("  [{} {text}]", w.get("cli-run"))),
        (None, None) => {}
    }
    if let Some(note) = &e.note {
        line.push_str(&format!("  \u{2014} {}", safe(note)));
    }
    line
}

//! Every heading and sentence of the physio report, in one place: the web page and
//! `runwell report` print these as they are, and a translation replaces this file's words only.

use runwell_domain::diary::{Region, RunRecord, Shoe, Side};
use runwell_domain::triage::Improvement;
use runwell_domain::{DistanceUnit, LocalDay, Thresholds};
use serde::Serialize;

/// A line of "who and when": a label and its value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
}

/// The report's fixed words.
#[derive(Debug, Serialize)]
pub struct Words {
    pub title: &'static str,
    pub lead: &'static str,
    pub who: &'static str,
    pub pain: &'static str,
    pub pain_chart: &'static str,
    pub load: &'static str,
    pub flags_none: &'static str,
    pub programme: &'static str,
    pub programme_none: &'static str,
    pub levels_none: &'static str,
    pub week_of: &'static str,
    pub strength: &'static str,
    pub warmups: &'static str,
    pub cooldowns: &'static str,
    pub status: &'static str,
    pub movement: &'static str,
    pub level: &'static str,
    pub changed: &'static str,
    pub check: &'static str,
    pub answers_none: &'static str,
    pub triage_now: &'static str,
    pub kit: &'static str,
    pub notes: &'static str,
    pub notes_hint: &'static str,
    pub notes_save: &'static str,
    pub generated: &'static str,
    pub print_hint: &'static str,
    pub disclaimer: &'static str,
}

pub(crate) static WORDS: Words = Words {
    title: "Hip pain and running: a summary for my physiotherapist",
    lead: "Made by runwell from my own diary, runs and exercise sessions. It records what I \
           logged; it is not a diagnosis.",
    who: "Who and when",
    pain: "Pain",
    pain_chart: "Pain during and after each run, and the week's mean next-morning pain",
    load: "Running",
    flags_none: "No single-run spike (SPIKE-1) or weekly jump (WEEK-1) held the light back in \
                 this period.",
    programme: "Hip programme",
    programme_none: "No exercise sessions were planned in this period.",
    levels_none: "No strength movement has been done yet.",
    week_of: "Week of",
    strength: "Strength",
    warmups: "Warm-ups",
    cooldowns: "Cool-downs",
    status: "Week",
    movement: "Movement",
    level: "Level now",
    changed: "Last changed",
    check: "Red-flag check",
    answers_none: "No check questions were answered in this period.",
    triage_now: "Triage level at the end of the period",
    kit: "Shoes and surfaces",
    notes: "My notes for the physio",
    notes_hint: "Anything you want to ask or tell; kept with this report's period and printed \
                 on a second page.",
    notes_save: "Save notes",
    generated: "Made on",
    print_hint: "To keep it as a PDF, use your browser's Print and choose \"Save as PDF\" (or \
                 `runwell report --pdf`).",
    disclaimer: "runwell informs and does not diagnose. Its thresholds are the evidence rules \
                 named beside them (EVIDENCE.md ids); those marked as defaults are runwell's own \
                 choices.",
};

/// A distance in the runner's unit, to a tenth.
fn distance(km: f64, unit: DistanceUnit) -> String {
    format!("{:.1} {}", km * 1000.0 / unit.metres(), unit.id())
}

/// The flags left out for room.
pub(crate) fn more_flags(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "…and 1 more flag in this period (see `runwell today --today DAY`).".to_owned(),
        n => format!("…and {n} more flags in this period (see `runwell today --today DAY`)."),
    }
}

/// "3 of 4".
pub(crate) fn of(done: u32, planned: u32) -> String {
    format!("{done} of {planned}")
}

/// "Sat 28 Nov 2026".
fn day_text(day: LocalDay) -> String {
    format!("{} {}", day.weekday_date(), day.date().year())
}

pub(crate) fn facts(
    (from, to): (LocalDay, LocalDay),
    weeks: i32,
    side: Option<Side>,
    region: Option<Region>,
    episode: Option<&Improvement>,
    t: &Thresholds,
) -> Vec<Fact> {
    let where_ = match (side, region) {
        (None, None) => "not logged".to_owned(),
        (Some(s), None) => format!("{s} hip"),
        (None, Some(r)) => format!("{r} of the hip"),
        (Some(Side::Both), Some(r)) => format!("both hips, {r}"),
        (Some(s), Some(r)) => format!("{s} hip, {r}"),
    };
    vec![
        Fact {
            label: "Period",
            value: format!(
                "{} to {} ({weeks} training week{})",
                day_text(from),
                day_text(to),
                if weeks == 1 { "" } else { "s" }
            ),
        },
        Fact { label: "Pain most logged", value: where_ },
        Fact {
            label: "Episode started",
            value: episode.map_or_else(
                || {
                    format!(
                        "no pain episode in the diary (morning or daily pain of {} or more in the \
                         last {} days, NRS-1)",
                        t.episode_min_pain, t.episode_lookback_days
                    )
                },
                |e| day_text(e.episode_start),
            ),
        },
    ]
}

/// NRS-1 with its numbers.
pub(crate) fn nrs(episode: Option<&Improvement>, t: &Thresholds) -> String {
    let Some(e) = episode else {
        return "NRS-1: no pain episode to compare against.".to_owned();
    };
    match e.current_mean {
        None => format!(
            "NRS-1: the episode's first week averaged {:.1}/10; the last 7 days cannot be \
             compared yet (it needs two weeks apart and a morning or daily entry).",
            e.baseline_mean
        ),
        Some(now) => format!(
            "NRS-1: {} — the last 7 days averaged {now:.1}/10 against {:.1}/10 in the episode's \
             first week (meaningful is a fall of {} points or {:.0} %).",
            if e.meaningful { "meaningfully better" } else { "not meaningfully better yet" },
            e.baseline_mean,
            t.nrs_points,
            t.nrs_fraction * 100.0,
        ),
    }
}

/// Distance, runs and the longest run.
pub(crate) fn load(
    total_km: f64,
    runs: usize,
    weeks: i32,
    longest: Option<&RunRecord>,
    unit: DistanceUnit,
) -> Vec<String> {
    let total = distance(total_km, unit);
    let per_week = distance(total_km / f64::from(weeks.max(1)), unit);
    let mut lines = vec![format!(
        "{total} in {runs} run{} over {weeks} weeks ({per_week} a week on average).",
        if runs == 1 { "" } else { "s" }
    )];
    if let Some(run) = longest {
        lines.push(format!(
            "Longest run: {} on {}.",
            distance(run.distance.km(), unit),
            day_text(run.day)
        ));
    }
    lines
}

/// "Mon 12 Oct", or "Mon 12 Oct–Wed 14 Oct" for a flag held over several days.
pub(crate) fn days(from: LocalDay, until: LocalDay) -> String {
    if from == until {
        from.weekday_date()
    } else {
        format!("{}–{}", from.weekday_date(), until.weekday_date())
    }
}

/// "Mon 12 Oct 2026", or that it has not changed.
pub(crate) fn level_changed(day: Option<LocalDay>) -> String {
    day.map_or("not yet (still the starting level)".to_owned(), day_text)
}

/// The shoes worn and the surfaces run on, with the distance on each (descriptive).
pub(crate) fn kit(runs: &[&RunRecord], shoes: &[Shoe], unit: DistanceUnit) -> Vec<String> {
    let mut by_shoe: Vec<(String, f64, usize)> = Vec::new();
    let mut by_surface: Vec<(&'static str, f64)> = Vec::new();
    let mut unknown_surface = 0.0;
    for run in runs {
        let km = run.distance.km();
        let shoe = run
            .shoe_id
            .and_then(|id| shoes.iter().find(|s| s.id == id))
            .map_or("no shoe recorded".to_owned(), |s| s.name.clone());
        match by_shoe.iter_mut().find(|(name, _, _)| *name == shoe) {
            Some(entry) => {
                entry.1 += km;
                entry.2 += 1;
            }
            None => by_shoe.push((shoe, km, 1)),
        }
        match run.surface.or_else(|| run.sport.implied_surface()) {
            Some(surface) => match by_surface.iter_mut().find(|(s, _)| *s == surface.id()) {
                Some(entry) => entry.1 += km,
                None => by_surface.push((surface.id(), km)),
            },
            None => unknown_surface += km,
        }
    }
    if runs.is_empty() {
        return vec!["No runs in this period.".to_owned()];
    }
    let show = |km: f64| distance(km, unit);
    let shoes = by_shoe
        .iter()
        .map(|(name, km, n)| {
            format!("{name} {} ({n} run{})", show(*km), if *n == 1 { "" } else { "s" })
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut surfaces =
        by_surface.iter().map(|(s, km)| format!("{s} {}", show(*km))).collect::<Vec<_>>();
    if unknown_surface > 0.0 {
        surfaces.push(format!("not recorded {}", show(unknown_surface)));
    }
    vec![format!("Shoes: {shoes}."), format!("Surfaces: {}.", surfaces.join("; "))]
}

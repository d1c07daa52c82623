//! Every heading and sentence of the physio report, in one place: the web page and
//! `runwell report` print these as they are, in the runner's language (the messages are
//! `runwell-words`' `report.ftl`); the JSON takes them in English.

use runwell_domain::diary::{Region, RunRecord, Shoe, Side};
use runwell_domain::triage::Improvement;
use runwell_domain::{DistanceUnit, LocalDay, Surface, Thresholds};
use runwell_words::{Arg, Words};
use serde::Serialize;

/// A line of "who and when": a label and its value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// The report's fixed words, in one language.
#[derive(Debug, Clone, Serialize)]
pub struct ReportWords {
    pub title: String,
    pub lead: String,
    pub who: String,
    pub pain: String,
    pub pain_chart: String,
    pub load: String,
    pub flags_none: String,
    pub programme: String,
    pub programme_none: String,
    pub levels_none: String,
    pub week_of: String,
    pub strength: String,
    pub warmups: String,
    pub cooldowns: String,
    pub status: String,
    pub movement: String,
    pub level: String,
    pub changed: String,
    pub check: String,
    pub answers_none: String,
    pub triage_now: String,
    pub kit: String,
    pub notes: String,
    pub notes_hint: String,
    pub notes_save: String,
    pub generated: String,
    pub print_hint: String,
    pub disclaimer: String,
}

impl ReportWords {
    pub fn new(w: &Words) -> Self {
        Self {
            title: w.get("report-title"),
            lead: w.get("report-lead"),
            who: w.get("report-who"),
            pain: w.get("report-pain"),
            pain_chart: w.get("report-pain-chart"),
            load: w.get("report-load"),
            flags_none: w.get("report-flags-none"),
            programme: w.get("report-programme"),
            programme_none: w.get("report-programme-none"),
            levels_none: w.get("report-levels-none"),
            week_of: w.get("report-week-of"),
            strength: w.get("report-strength"),
            warmups: w.get("report-warmups"),
            cooldowns: w.get("report-cooldowns"),
            status: w.get("report-status"),
            movement: w.get("report-movement"),
            level: w.get("report-level"),
            changed: w.get("report-changed"),
            check: w.get("report-check"),
            answers_none: w.get("report-answers-none"),
            triage_now: w.get("report-triage-now"),
            kit: w.get("report-kit"),
            notes: w.get("report-notes"),
            notes_hint: w.get("report-notes-hint"),
            notes_save: w.get("report-notes-save"),
            generated: w.get("report-generated"),
            print_hint: w.get("report-print-hint"),
            disclaimer: w.get("report-disclaimer"),
        }
    }
}

/// A distance in the runner's unit, to a tenth.
fn distance(w: &Words, km: f64, unit: DistanceUnit) -> String {
    w.distance(unit, km * 1000.0)
}

/// The flags left out for room.
pub(crate) fn more_flags(w: &Words, n: usize) -> String {
    match n {
        0 => String::new(),
        n => w.with("report-more-flags", &[("count", n.into())]),
    }
}

/// "3 of 4".
pub(crate) fn of(w: &Words, done: u32, planned: u32) -> String {
    w.with(
        "report-of",
        &[("done", done.to_string().into()), ("planned", planned.to_string().into())],
    )
}

/// Where the pain was logged most: "left hip, outer".
fn where_logged(w: &Words, side: Option<Side>, region: Option<Region>) -> String {
    let side_word = |s: Side| Arg::from(w.get(&format!("report-side-{s}")));
    let region_word = |r: Region| Arg::from(w.get(&format!("report-region-{r}")));
    match (side, region) {
        (None, None) => w.get("report-where-none"),
        (Some(Side::Both), None) => w.get("report-where-both-only"),
        (Some(s), None) => w.with("report-where-side", &[("side", side_word(s))]),
        (None, Some(r)) => w.with("report-where-region", &[("region", region_word(r))]),
        (Some(Side::Both), Some(r)) => w.with("report-where-both", &[("region", region_word(r))]),
        (Some(s), Some(r)) => w.with(
            "report-where-side-region",
            &[("side", side_word(s)), ("region", region_word(r))],
        ),
    }
}

pub(crate) fn facts(
    w: &Words,
    (from, to): (LocalDay, LocalDay),
    weeks: i32,
    side: Option<Side>,
    region: Option<Region>,
    episode: Option<&Improvement>,
    t: &Thresholds,
) -> Vec<Fact> {
    vec![
        Fact {
            label: w.get("report-period-label"),
            value: w.with(
                "report-period",
                &[
                    ("from", w.day_year(from).into()),
                    ("to", w.day_year(to).into()),
                    ("weeks", i64::from(weeks).into()),
                ],
            ),
        },
        Fact { label: w.get("report-where-label"), value: where_logged(w, side, region) },
        Fact {
            label: w.get("report-episode-label"),
            value: episode.map_or_else(
                || {
                    w.with(
                        "report-episode-none",
                        &[
                            ("score", t.episode_min_pain.to_string().into()),
                            ("days", t.episode_lookback_days.to_string().into()),
                        ],
                    )
                },
                |e| w.day_year(e.episode_start),
            ),
        },
    ]
}

/// A number as the thresholds give it: whole when it is whole ("2"), else to a tenth.
fn plain(w: &Words, value: f64) -> String {
    w.number(value, if value.fract() == 0.0 { 0 } else { 1 })
}

/// NRS-1 with its numbers.
pub(crate) fn nrs(w: &Words, episode: Option<&Improvement>, t: &Thresholds) -> String {
    let Some(e) = episode else {
        return w.get("report-nrs-none");
    };
    let baseline = w.score(e.baseline_mean, 1);
    match e.current_mean {
        None => w.with("report-nrs-waiting", &[("baseline", baseline.into())]),
        Some(now) => {
            let verdict =
                w.get(if e.meaningful { "report-nrs-better" } else { "report-nrs-not-yet" });
            // A share, not a change: written without the sign `percent` puts on a change.
            let percent = w.percent(t.nrs_fraction * 100.0).trim_start_matches('+').to_owned();
            w.with(
                "report-nrs",
                &[
                    ("verdict", verdict.into()),
                    ("now", w.score(now, 1).into()),
                    ("baseline", baseline.into()),
                    ("points", plain(w, t.nrs_points).into()),
                    ("percent", percent.into()),
                ],
            )
        }
    }
}

/// Distance, runs and the longest run.
pub(crate) fn load(
    w: &Words,
    total_km: f64,
    runs: usize,
    weeks: i32,
    longest: Option<&RunRecord>,
    unit: DistanceUnit,
) -> Vec<String> {
    let total = distance(w, total_km, unit);
    let per_week = distance(w, total_km / f64::from(weeks.max(1)), unit);
    let mut lines = vec![w.with(
        "report-load-total",
        &[
            ("total", total.into()),
            ("runs", runs.into()),
            ("weeks", i64::from(weeks).into()),
            ("per_week", per_week.into()),
        ],
    )];
    if let Some(run) = longest {
        lines.push(w.with(
            "report-longest",
            &[
                ("distance", distance(w, run.distance.km(), unit).into()),
                ("day", w.day_year(run.day).into()),
            ],
        ));
    }
    lines
}

/// "Mon 12 Oct", or "Mon 12 Oct–Wed 14 Oct" for a flag held over several days.
pub(crate) fn days(w: &Words, from: LocalDay, until: LocalDay) -> String {
    if from == until { w.day(from) } else { format!("{}–{}", w.day(from), w.day(until)) }
}

/// "Mon 12 Oct 2026", or that it has not changed.
pub(crate) fn level_changed(w: &Words, day: Option<LocalDay>) -> String {
    day.map_or_else(|| w.get("report-level-unchanged"), |d| w.day_year(d))
}

/// The shoes worn and the surfaces run on, with the distance on each (descriptive).
pub(crate) fn kit(
    w: &Words,
    runs: &[&RunRecord],
    shoes: &[Shoe],
    unit: DistanceUnit,
) -> Vec<String> {
    let mut by_shoe: Vec<(String, f64, usize)> = Vec::new();
    let mut by_surface: Vec<(Surface, f64)> = Vec::new();
    let mut unknown_surface = 0.0;
    for run in runs {
        let km = run.distance.km();
        let shoe = run
            .shoe_id
            .and_then(|id| shoes.iter().find(|s| s.id == id))
            .map_or_else(|| w.get("report-no-shoe"), |s| s.name.clone());
        match by_shoe.iter_mut().find(|(name, _, _)| *name == shoe) {
            Some(entry) => {
                entry.1 += km;
                entry.2 += 1;
            }
            None => by_shoe.push((shoe, km, 1)),
        }
        match run.surface.or_else(|| run.sport.implied_surface()) {
            Some(surface) => match by_surface.iter_mut().find(|(s, _)| *s == surface) {
                Some(entry) => entry.1 += km,
                None => by_surface.push((surface, km)),
            },
            None => unknown_surface += km,
        }
    }
    if runs.is_empty() {
        return vec![w.get("report-no-runs")];
    }
    let show = |km: f64| Arg::from(distance(w, km, unit));
    let shoes = by_shoe
        .iter()
        .map(|(name, km, n)| {
            w.with(
                "report-shoe",
                &[("name", name.as_str().into()), ("distance", show(*km)), ("runs", (*n).into())],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut surfaces = by_surface
        .iter()
        .map(|(s, km)| {
            let surface = w.get(&format!("report-surface-{}", s.id()));
            w.with("report-surface", &[("surface", surface.into()), ("distance", show(*km))])
        })
        .collect::<Vec<_>>();
    if unknown_surface > 0.0 {
        surfaces.push(w.with("report-surface-unknown", &[("distance", show(unknown_surface))]));
    }
    vec![
        w.with("report-shoes", &[("list", shoes.into())]),
        w.with("report-surfaces", &[("list", surfaces.join("; ").into())]),
    ]
}

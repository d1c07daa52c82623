//! What the pain model says, in the runner's words, with the rule behind each sentence.

use crate::days::Days;
use crate::diary::PainMoment;
use crate::reason::{Reason, default_of};
use crate::{DistanceUnit, Light, LocalDay, Thresholds};

use super::verdict::{DayVerdict, MorningCheck, settled_pair};
use super::{Missing, PainState, score_light};

/// DATA-3: while red holds, amber once enough settled mornings in a row follow it.
pub(super) fn red_holds(
    days: &Days<'_>,
    red_day: LocalDay,
    event: LocalDay,
    t: &Thresholds,
    reasons: &mut Vec<Reason>,
) -> PainState {
    match settled_pair(days, event, t) {
        Some(pair) => {
            let (first, last) = (pair[0].0, pair[pair.len() - 1].0);
            reasons.push(Reason::new(
                "DATA-3",
                Light::Amber,
                format!(
                    "Your mornings from {first} to {last} were settled after the red day on \
                     {red_day}, with no new run judged since: Today is amber. Consider returning \
                     at the last load that stayed green, and no further."
                ),
            ));
            PainState::Returning
        }
        None => {
            reasons.push(Reason::new(
                "DATA-3",
                Light::Red,
                format!(
                    "Your hip was red on {red_day}, and red lasts until a later run is judged \
                     green or amber with its morning settled; rest days alone never turn it \
                     green. {} settled mornings in a row without a new run ({}) would make Today \
                     amber: logging your morning pain lets runwell see them.",
                    t.settled_mornings_to_amber,
                    default_of(t.settled_mornings_to_amber)
                ),
            ));
            PainState::Red
        }
    }
}

fn what(kind: &str, day: LocalDay) -> String {
    match kind {
        "session" => format!("during your exercise session on {day}"),
        other => format!("{other} your run on {day}"),
    }
}

/// The PAIN-1/PAIN-2 reasons for the scores of one day.
fn score_reasons(v: &DayVerdict, t: &Thresholds, out: &mut Vec<Reason>) {
    let green = default_of(format!("{}/10", t.pain_green_max));
    for (kind, score) in v.scores() {
        let rule = if kind == "after" { "PAIN-2" } else { "PAIN-1" };
        let when = what(kind, v.day);
        let session_note = if kind == "session" {
            " An exercise session counts as activity (DATA-7)."
        } else {
            ""
        };
        let message = match score_light(score, t) {
            Light::Green => format!(
                "Pain {when} was {score}/10: in the green zone ({green} for green).{session_note}"
            ),
            Light::Amber => format!(
                "Pain {when} was {score}/10: inside the pain-monitoring model's 5/10, but above \
                 green ({green}). Consider repeating this load rather than increasing it.\
                 {session_note}"
            ),
            Light::Red => format!(
                "Pain {when} was {score}/10, above the {}/10 the pain-monitoring model allows. \
                 Consider going back to the last load that stayed green and keeping to \
                 pain-free exercises.{session_note}",
                t.pain_amber_max
            ),
        };
        out.push(Reason::new(rule, score_light(score, t), message));
    }
}

pub(super) fn usual_words(usual: f64, from_default: bool, t: &Thresholds) -> String {
    if from_default {
        format!(
            "a usual morning level of {usual:.1}/10 ({} while fewer than {} mornings are known, \
             never above the highest of them)",
            default_of(format!("{}/10", t.usual_morning_default)),
            t.usual_morning_min_entries
        )
    } else {
        format!("your usual morning level of {usual:.1}/10")
    }
}

/// The morning reasons for a run (PAIN-2, DATA-2), and what to ask for.
fn morning_reasons(
    v: &DayVerdict,
    days: &Days<'_>,
    t: &Thresholds,
    out: &mut Vec<Reason>,
    missing: &mut Vec<Missing>,
) {
    if !v.run {
        return;
    }
    let day = v.day;
    match v.check {
        MorningCheck::Settled(on, m) => out.push(Reason::new(
            "PAIN-2",
            Light::Green,
            format!(
                "Pain had settled by the morning after your run on {day} ({m}/10 on {on}, at or \
                 below {}).",
                usual_words(v.usual, v.usual_default, t)
            ),
        )),
        MorningCheck::NotSettled(on, m) => out.push(Reason::new(
            "PAIN-2",
            Light::Red,
            format!(
                "Your hip had not settled the morning after your run on {day}: {m}/10 on {on} \
                 against {}. Consider going back to the last load that settled by morning.",
                usual_words(v.usual, v.usual_default, t)
            ),
        )),
        MorningCheck::NotKnown => {
            out.push(Reason::new(
                "DATA-2",
                Light::Amber,
                format!(
                    "No morning pain is logged for the {} days after your run on {day} ({}), so \
                     runwell cannot tell whether your hip settled. Until it can, that run counts \
                     as pain not known: amber at best.",
                    t.morning_check_days,
                    default_of(format!("{} days", t.morning_check_days))
                ),
            ));
            missing.push(Missing {
                rule: "DATA-2",
                run_id: days.runs_on(day).last().map(|r| r.id),
                run_day: day,
                day: day.plus_days(1),
                moment: PainMoment::Morning,
            });
        }
        MorningCheck::NotDue => {}
    }
    if let Some((on, m)) = v.unsettled
        && !matches!(v.check, MorningCheck::NotSettled(d, _) if d == on)
    {
        out.push(Reason::new(
            "DATA-2",
            Light::Red,
            format!(
                "On the morning of {on} your hip was at {m}/10, above {}, since your run on \
                 {day}. Any morning above your usual level after a run counts as not settled.",
                usual_words(v.usual, v.usual_default, t)
            ),
        ));
    }
}

/// DATA-1: the reason and the entry to ask for when a run's pain is not known.
fn unknown_reason(
    v: &DayVerdict,
    days: &Days<'_>,
    unit: DistanceUnit,
    out: &mut Vec<Reason>,
    missing: &mut Vec<Missing>,
) {
    let run = days.runs_on(v.day).last();
    let distance = run.map(|r| format!(" ({})", unit.short(r.distance.get()))).unwrap_or_default();
    out.push(Reason::new(
        "DATA-1",
        Light::Amber,
        format!(
            "No pain is logged during or after your run on {}{distance}. Until it is, that run's \
             pain is not known: amber at best, no progression, and it cannot count as a load \
             that stayed green.",
            v.day
        ),
    ));
    missing.push(Missing {
        rule: "DATA-1",
        run_id: run.map(|r| r.id),
        run_day: v.day,
        day: v.day,
        moment: PainMoment::After,
    });
}

/// The reasons for one walked day. Days beyond the recent window are summed up by the caller.
pub(super) fn day_reasons(
    v: &DayVerdict,
    days: &Days<'_>,
    t: &Thresholds,
    unit: DistanceUnit,
    out: &mut Vec<Reason>,
    missing: &mut Vec<Missing>,
) {
    score_reasons(v, t, out);
    if v.run && !v.pain_known {
        unknown_reason(v, days, unit, out, missing);
    }
    morning_reasons(v, days, t, out, missing);
}

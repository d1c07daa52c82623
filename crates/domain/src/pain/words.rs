//! What the pain model says, in the runner's words, with the rule behind each sentence.

use crate::days::Days;
use crate::diary::PainMoment;
use crate::reason::{Reason, default_of};
use crate::text::{Arg, Text};
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
                Text::new("advice-data3-returning")
                    .with("first", first)
                    .with("last", last)
                    .with("red_day", red_day),
            ));
            PainState::Returning
        }
        None => {
            reasons.push(Reason::new(
                "DATA-3",
                Light::Red,
                Text::new("advice-data3-red")
                    .with("red_day", red_day)
                    .with("count", t.settled_mornings_to_amber)
                    .with("default", default_of(Arg::Count(t.settled_mornings_to_amber.into()))),
            ));
            PainState::Red
        }
    }
}

fn what(kind: &str, day: LocalDay) -> Text {
    let id = match kind {
        "session" => "pain-when-session",
        "after" => "pain-when-after",
        _ => "pain-when-during",
    };
    Text::new(id).with("day", day)
}

/// The PAIN-1/PAIN-2 reasons for the scores of one day.
fn score_reasons(v: &DayVerdict, t: &Thresholds, out: &mut Vec<Reason>) {
    let green = default_of(Arg::Score(f64::from(t.pain_green_max), 0));
    for (kind, score) in v.scores() {
        let rule = if kind == "after" { "PAIN-2" } else { "PAIN-1" };
        let id = match score_light(score, t) {
            Light::Green => "advice-pain-green",
            Light::Amber => "advice-pain-amber",
            Light::Red => "advice-pain-red",
        };
        // An exercise session's pain says that it counts as activity (DATA-7).
        let session = if kind == "session" { "yes" } else { "no" };
        let message = Text::new(id)
            .with("when", what(kind, v.day))
            .with("score", Arg::Score(f64::from(score), 0))
            .with("green", green.clone())
            .with("amber_max", Arg::Score(f64::from(t.pain_amber_max), 0))
            .with("session", Arg::Verbatim(session.to_owned()));
        out.push(Reason::new(rule, score_light(score, t), message));
    }
}

pub(super) fn usual_words(usual: f64, from_default: bool, t: &Thresholds) -> Text {
    if from_default {
        Text::new("pain-usual-default")
            .with("usual", Arg::Score(usual, 1))
            .with("default", default_of(Arg::Score(f64::from(t.usual_morning_default), 0)))
            .with("count", t.usual_morning_min_entries)
    } else {
        Text::new("pain-usual").with("usual", Arg::Score(usual, 1))
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
            Text::new("advice-morning-settled")
                .with("day", day)
                .with("score", Arg::Score(f64::from(m), 0))
                .with("on", on)
                .with("usual", usual_words(v.usual, v.usual_default, t)),
        )),
        MorningCheck::NotSettled(on, m) => out.push(Reason::new(
            "PAIN-2",
            Light::Red,
            Text::new("advice-morning-not-settled")
                .with("day", day)
                .with("score", Arg::Score(f64::from(m), 0))
                .with("on", on)
                .with("usual", usual_words(v.usual, v.usual_default, t)),
        )),
        MorningCheck::NotKnown => {
            out.push(Reason::new(
                "DATA-2",
                Light::Amber,
                Text::new("advice-morning-not-known")
                    .with("count", t.morning_check_days)
                    .with("day", day)
                    .with(
                        "default",
                        default_of(Text::new("count-days").with("count", t.morning_check_days)),
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
            Text::new("advice-morning-above")
                .with("on", on)
                .with("score", Arg::Score(f64::from(m), 0))
                .with("usual", usual_words(v.usual, v.usual_default, t))
                .with("day", day),
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
    let message = match run {
        Some(r) => Text::new("advice-pain-unknown-distance")
            .with("distance", Arg::Distance(r.distance.get(), unit)),
        None => Text::new("advice-pain-unknown"),
    };
    out.push(Reason::new("DATA-1", Light::Amber, message.with("day", v.day)));
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

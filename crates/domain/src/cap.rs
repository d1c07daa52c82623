//! Today's suggested longest run: SPIKE-1's cap on a green day, and on an amber or red day never
//! above the last load that stayed green (DATA-4); no cap at all without a basis (DATA-5).

use serde::Serialize;

use crate::days::Days;
use crate::diary::{History, RunRecord};
use crate::pain::{self, PainState};
use crate::reason::Reason;
use crate::text::{Arg, Text};
use crate::{DistanceUnit, Light, LocalDay, Thresholds, load};

/// DATA-4: the last load that stayed green.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastGreen {
    pub distance_m: f64,
    /// The run it was; `None` while no run is logged and the runner's declared recent longest
    /// run stands in for it.
    pub run_id: Option<i64>,
    pub day: Option<LocalDay>,
}

/// Whether a run stayed green on pain (judged in full, DATA-1/2) and on SPIKE-1.
fn green_load(days: &Days<'_>, history: &History, run: &RunRecord, t: &Thresholds) -> bool {
    pain::verdict(days, run.day, t).green_in_full()
        && load::run_spike_in(&days.runs, history, run, t).light(t) == Some(Light::Green)
}

/// DATA-4: the longest run of the 30 days before the run that turned the light (the first of
/// the runs since the last green load), among those that stayed green on pain and on SPIKE-1.
/// After a red spike that is the 30-day longest before the spike, never the spike itself. While
/// no run is logged at all, the runner's declared recent longest run stands in for it.
pub(crate) fn last_green_load(
    days: &Days<'_>,
    history: &History,
    t: &Thresholds,
) -> Option<LastGreen> {
    if days.runs.is_empty() {
        return history
            .declared_longest
            .filter(|_| load::declared_counts_in(&days.runs, history, days.today, t))
            .map(|d| LastGreen { distance_m: d.get(), run_id: None, day: None });
    }
    // Newest first: the runs since the last green load, the earliest of which turned the light.
    let mut turning: Option<&RunRecord> = None;
    for run in days.runs.iter().rev() {
        if green_load(days, history, run, t) {
            break;
        }
        turning = Some(run);
    }
    let (from, to) = match turning {
        Some(run) => (run.day.plus_days(-t.spike_window_days), run.day.plus_days(-1)),
        None => (days.today.plus_days(-t.spike_window_days), days.today),
    };
    days.runs
        .iter()
        .filter(|r| r.day >= from && r.day <= to)
        .filter(|r| green_load(days, history, r, t))
        // The longest; of equals, the most recent.
        .max_by(|a, b| {
            a.distance
                .get()
                .total_cmp(&b.distance.get())
                .then(a.day.cmp(&b.day))
                .then(a.id.cmp(&b.id))
        })
        .map(|r| LastGreen { distance_m: r.distance.get(), run_id: Some(r.id), day: Some(r.day) })
}

fn min_of(values: &[Option<f64>]) -> Option<f64> {
    values.iter().flatten().copied().reduce(f64::min)
}

/// The cap for today, and the note that explains it (so no number is shown without its rule).
pub(crate) fn suggested_cap(
    light: Light,
    pain: PainState,
    days: &Days<'_>,
    history: &History,
    last_green: Option<&LastGreen>,
    t: &Thresholds,
    unit: DistanceUnit,
) -> (Option<f64>, Reason) {
    let today = days.today;
    let longest = load::longest_before_in(&days.runs, history, today, t).map(|d| d.get());
    let Some(longest) = longest else {
        return (
            None,
            Reason::new(
                "DATA-5",
                Light::Green,
                Text::new("cap-no-basis-today").with("count", t.spike_window_days),
            ),
        );
    };
    let spike_cap = longest * t.spike_cap_factor;
    let green_m = last_green.map(|g| g.distance_m);
    let green_words = match last_green {
        Some(LastGreen { day: Some(day), distance_m, .. }) => Text::new("cap-last-green")
            .with("distance", Arg::Distance(*distance_m, unit))
            .with("day", *day),
        Some(g) => {
            Text::new("cap-declared-longest").with("distance", Arg::Distance(g.distance_m, unit))
        }
        None => Text::new("cap-no-basis"),
    };
    // The longest run of the latest run day (runs are sorted by day, then distance).
    let last_run = days.runs.last();
    let cap = match (light, pain) {
        (Light::Green, _) => Some(spike_cap),
        (Light::Amber, PainState::Returning) | (Light::Red, _) => {
            min_of(&[green_m, Some(spike_cap)]).filter(|_| green_m.is_some())
        }
        (Light::Amber, _) => {
            min_of(&[last_run.map(|r| r.distance.get()), green_m, Some(spike_cap)])
                .filter(|_| green_m.is_some())
        }
    };
    let message = match (light, cap) {
        (Light::Green, Some(c)) => Text::new("cap-green")
            .with("cap", Arg::Distance(c, unit))
            .with("count", t.spike_window_days)
            .with("longest", Arg::Distance(longest, unit)),
        (Light::Amber, Some(c)) if pain == PainState::Returning => Text::new("cap-returning")
            .with("cap", Arg::Distance(c, unit))
            .with("basis", green_words),
        (Light::Amber, Some(c)) => {
            Text::new("cap-amber").with("cap", Arg::Distance(c, unit)).with("basis", green_words)
        }
        (Light::Red, Some(c)) => {
            Text::new("cap-red").with("cap", Arg::Distance(c, unit)).with("basis", green_words)
        }
        (Light::Red, None) => Text::new("cap-red-none"),
        (_, None) => Text::new("cap-amber-none"),
    };
    let rule = if light == Light::Green { "SPIKE-1" } else { "DATA-4" };
    (cap, Reason::new(rule, Light::Green, message))
}

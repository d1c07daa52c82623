//! Shoes (SHOE-1…4, Cook 1985, Malisoux 2015): kilometres per pair from the runs, prompts to
//! inspect and replace worded as cushioning (never as injury risk), and rotation.

use serde::Serialize;

use crate::diary::{History, Shoe};
use crate::reason::Reason;
use crate::text::{Arg, Text};
use crate::{DistanceUnit, Light, LocalDay, ShoeThresholds, Thresholds};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShoeState {
    Fine,
    /// SHOE-2: past the inspection mark.
    Inspect,
    /// SHOE-2: past the replacement mark.
    Replace,
    Retired,
}

/// A pair's mileage and what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShoeStatus {
    pub shoe: Shoe,
    pub km: f64,
    pub runs: usize,
    pub inspect_km: f64,
    pub replace_km: f64,
    /// km ÷ replace_km, for a wear bar (may pass 1).
    pub wear: f64,
    pub state: ShoeState,
    pub last_run: Option<LocalDay>,
}

/// Every shoe's mileage and state, as of `today`.
pub fn shoe_statuses(
    history: &History,
    defaults: &ShoeThresholds,
    today: LocalDay,
) -> Vec<ShoeStatus> {
    history
        .shoes
        .iter()
        .map(|shoe| {
            let runs: Vec<_> = history
                .runs
                .iter()
                .filter(|r| r.shoe_id == Some(shoe.id) && r.sport.is_running() && r.day <= today)
                .collect();
            let km = shoe.start_km + runs.iter().map(|r| r.distance.km()).sum::<f64>();
            let inspect_km = shoe.inspect_km.unwrap_or(defaults.inspect_km);
            let replace_km = shoe.replace_km.unwrap_or(defaults.replace_km);
            let state = if shoe.retired_on.is_some_and(|d| d <= today) {
                ShoeState::Retired
            } else if km >= replace_km {
                ShoeState::Replace
            } else if km >= inspect_km {
                ShoeState::Inspect
            } else {
                ShoeState::Fine
            };
            ShoeStatus {
                shoe: shoe.clone(),
                km,
                runs: runs.len(),
                inspect_km,
                replace_km,
                wear: if replace_km > 0.0 { km / replace_km } else { 0.0 },
                state,
                last_run: runs.iter().map(|r| r.day).max(),
            }
        })
        .collect()
}

/// Today's shoe notes: inspect or replace a pair in use (SHOE-2), and rotation (SHOE-3). Notes
/// inform; they never change the light.
pub fn shoe_notes(
    history: &History,
    defaults: &ShoeThresholds,
    today: LocalDay,
    t: &Thresholds,
    unit: DistanceUnit,
) -> Vec<Reason> {
    let mut notes = Vec::new();
    for status in shoe_statuses(history, defaults, today) {
        let in_use = status.shoe.is_default
            || status.last_run.is_some_and(|d| today.days_since(d) <= t.shoe_in_use_days);
        if !in_use {
            continue;
        }
        let name = &status.shoe.name;
        // SHOE-2's mileages are defaults from consumer guidance: say so unless the runner set
        // this pair's own.
        let whose = |own: Option<f64>| {
            Text::new(if own.is_some() { "shoe-own-setting" } else { "shoe-default" })
        };
        match status.state {
            ShoeState::Inspect => notes.push(Reason::new(
                "SHOE-2",
                Light::Green,
                Text::new("advice-shoe-inspect")
                    .with("name", Arg::Verbatim(name.clone()))
                    .with("distance", Arg::WholeDistance(status.km * 1000.0, unit))
                    .with("limit", Arg::WholeDistance(status.inspect_km * 1000.0, unit))
                    .with("whose", whose(status.shoe.inspect_km)),
            )),
            ShoeState::Replace => notes.push(Reason::new(
                "SHOE-2",
                Light::Green,
                Text::new("advice-shoe-replace")
                    .with("name", Arg::Verbatim(name.clone()))
                    .with("distance", Arg::WholeDistance(status.km * 1000.0, unit))
                    .with("limit", Arg::WholeDistance(status.replace_km * 1000.0, unit))
                    .with("whose", whose(status.shoe.replace_km)),
            )),
            ShoeState::Fine | ShoeState::Retired => {}
        }
    }
    let from = today.plus_days(-t.shoe_rotation_days);
    let recent: Vec<_> = history
        .runs
        .iter()
        .filter(|r| r.sport.is_running() && r.day >= from && r.day <= today)
        .collect();
    let mut pairs: Vec<i64> = recent.iter().filter_map(|r| r.shoe_id).collect();
    pairs.sort_unstable();
    pairs.dedup();
    if pairs.len() == 1
        && recent.iter().filter(|r| r.shoe_id.is_some()).count() >= t.shoe_rotation_min_runs
    {
        notes.push(Reason::new("SHOE-3", Light::Green, Text::new("advice-shoe-rotate")));
    }
    notes
}

/// The model a run's shoe is, for marking changes beside the pain trend (SHOE-4): the model
/// where known, else the pair's name.
pub fn shoe_model(history: &History, shoe_id: i64) -> Option<String> {
    let shoe = history.shoes.iter().find(|s| s.id == shoe_id)?;
    Some(match (&shoe.brand, &shoe.model) {
        (Some(b), Some(m)) => format!("{b} {m}"),
        (None, Some(m)) => m.clone(),
        _ => shoe.name.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::RunRecord;
    use crate::{DistanceM, DurationS, Sport};

    fn shoe(id: i64, start_km: f64) -> Shoe {
        Shoe {
            id,
            name: format!("Pair {id}"),
            brand: None,
            model: None,
            start_km,
            inspect_km: None,
            replace_km: None,
            is_default: false,
            retired_on: None,
        }
    }

    fn run(day: &str, km: f64, shoe: i64) -> RunRecord {
        RunRecord {
            id: 0,
            day: LocalDay::parse(day).unwrap(),
            sport: Sport::Run,
            distance: DistanceM::from_km(km).unwrap(),
            duration: DurationS::new(km * 360.0).unwrap(),
            rpe: None,
            avg_hr: None,
            surface: None,
            shoe_id: Some(shoe),
            cadence_spm: None,
        }
    }

    #[test]
    fn thresholds_give_the_state() {
        let today = LocalDay::parse("2026-11-26").unwrap();
        let check = |start_km: f64, state: ShoeState| {
            let history = History {
                shoes: vec![shoe(1, start_km)],
                runs: vec![run("2026-11-20", 10.0, 1)],
                ..History::default()
            };
            let status = &shoe_statuses(&history, &ShoeThresholds::default(), today)[0];
            assert_eq!(status.state, state, "{start_km}");
            assert!((status.km - (start_km + 10.0)).abs() < 1e-9);
        };
        check(0.0, ShoeState::Fine);
        check(469.9, ShoeState::Fine);
        check(470.0, ShoeState::Inspect); // 480 km with the run
        check(789.9, ShoeState::Inspect);
        check(790.0, ShoeState::Replace);
    }

    #[test]
    fn notes_speak_of_cushioning_and_rotation() {
        let today = LocalDay::parse("2026-11-26").unwrap();
        let runs = (1..=5).map(|d| run(&format!("2026-11-{:02}", d * 4), 10.0, 1)).collect();
        let history = History { shoes: vec![shoe(1, 800.0)], runs, ..History::default() };
        let notes = shoe_notes(
            &history,
            &ShoeThresholds::default(),
            today,
            &Thresholds::default(),
            DistanceUnit::Km,
        );
        let rules: Vec<&str> = notes.iter().filter_map(|n| n.rule).collect();
        assert_eq!(rules, ["SHOE-2", "SHOE-3"]);
        // The words (about cushioning, never injury) are the message's; the numbers are these.
        assert_eq!(notes[0].message.id, "advice-shoe-replace");
        assert_eq!(
            notes[0].message.arg("distance"),
            Some(&Arg::WholeDistance(850_000.0, DistanceUnit::Km))
        );
        // In miles: about 528 mi on it, past the default 800 km, which is 497 mi.
        let miles = shoe_notes(
            &history,
            &ShoeThresholds::default(),
            today,
            &Thresholds::default(),
            DistanceUnit::Mi,
        );
        assert_eq!(
            miles[0].message.arg("limit"),
            Some(&Arg::WholeDistance(800_000.0, DistanceUnit::Mi))
        );
        // A retired pair and a pair not run in for months prompt nothing.
        let mut old = shoe(2, 900.0);
        old.retired_on = Some(LocalDay::parse("2026-10-01").unwrap());
        let history = History { shoes: vec![old, shoe(3, 900.0)], ..History::default() };
        assert!(
            shoe_notes(
                &history,
                &ShoeThresholds::default(),
                today,
                &Thresholds::default(),
                DistanceUnit::Km
            )
            .is_empty()
        );
    }

    #[test]
    fn a_pair_with_its_own_thresholds() {
        let today = LocalDay::parse("2026-11-26").unwrap();
        let mut s = shoe(1, 300.0);
        s.inspect_km = Some(250.0);
        s.replace_km = Some(400.0);
        let history = History { shoes: vec![s], ..History::default() };
        assert_eq!(
            shoe_statuses(&history, &ShoeThresholds::default(), today)[0].state,
            ShoeState::Inspect
        );
    }
}

//! Cadence (CAD-1…3; Heiderscheit 2011, Lenhart 2014, Willy 2016): the runner's own baseline
//! from easy runs, targets of +5 % and then +7.5–10 %, and recent runs against the target.
//! Never a universal 180.
//!
//! An easy run is one rated RPE 4 or less; an unrated run counts as easy when its pace is no
//! faster than the runner's median pace over the same window. A cadence under 100 steps/min
//! while running most likely counts one foot (CAD-3): it is flagged and left out.

use serde::Serialize;

use crate::diary::{History, RunRecord};
use crate::{LocalDay, Thresholds, stats};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunCadence {
    pub run_id: i64,
    pub day: LocalDay,
    pub cadence_spm: f64,
    pub easy: bool,
    /// CAD-3: looks like one foot's count; not used.
    pub undoubled: bool,
    /// At or above the first target (CAD-2), where there is a target.
    pub meets_first_target: Option<bool>,
}

impl RunCadence {
    /// What the run's cadence says against the targets, when it says anything.
    pub fn note(&self) -> Option<&'static str> {
        match (self.undoubled, self.meets_first_target) {
            (true, _) => Some("Looks like one foot's count (CAD-3): left out"),
            (false, Some(true)) => Some("At or above your first target"),
            (false, Some(false)) => Some("Below your first target"),
            (false, None) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CadenceReport {
    /// Median steps/min of recent easy runs.
    pub baseline_spm: Option<f64>,
    pub easy_runs_used: usize,
    /// CAD-2 step 1: round(baseline × 1.05).
    pub first_target_spm: Option<u32>,
    /// CAD-2 step 2: round(baseline × 1.075) to round(baseline × 1.10).
    pub second_target_spm: Option<(u32, u32)>,
    /// Recent runs with a cadence, newest first.
    pub recent: Vec<RunCadence>,
    pub retest_after_weeks: i32,
    pub advice: String,
}

/// A run's cadence from its samples (CAD-1): the median steps/min over the moving, running
/// stretches. Samples without cadence, with a zero cadence (stopped), or slower than
/// `Thresholds::cadence_running_speed_m_s` where the speed is known, are left out.
pub fn stream_cadence_spm(streams: &crate::streams::Streams, t: &Thresholds) -> Option<f64> {
    let values: Vec<f64> = streams
        .speeds_and_cadences()
        .filter(|(speed, _)| speed.is_none_or(|v| v >= t.cadence_running_speed_m_s))
        .filter_map(|(_, cadence)| cadence)
        .filter(|c| *c > 0.0)
        .collect();
    stats::median(values)
}

fn pace(run: &RunRecord) -> Option<f64> {
    (run.distance.get() > 0.0).then(|| run.duration.get() / run.distance.km())
}

/// The cadence report on `today`.
pub fn cadence_report(history: &History, today: LocalDay, t: &Thresholds) -> CadenceReport {
    let from = today.plus_days(-t.cadence_baseline_days);
    let mut window: Vec<&RunRecord> = history
        .runs
        .iter()
        .filter(|r| r.sport.is_running() && r.day >= from && r.day <= today)
        .collect();
    window.sort_by(|a, b| b.day.cmp(&a.day).then(b.id.cmp(&a.id)));
    let median_pace = stats::median(window.iter().filter_map(|r| pace(r)).collect());
    let is_easy = |r: &RunRecord| match r.rpe {
        Some(rpe) => rpe.value() <= t.easy_rpe_max,
        None => match (pace(r), median_pace) {
            (Some(p), Some(m)) => p >= m,
            _ => false,
        },
    };
    let with_cadence: Vec<(&RunRecord, f64)> =
        window.iter().filter_map(|r| r.cadence_spm.map(|c| (*r, c))).collect();
    let easy: Vec<f64> = with_cadence
        .iter()
        .filter(|(r, c)| is_easy(r) && *c >= t.cadence_undoubled_below)
        .take(t.cadence_baseline_runs)
        .map(|(_, c)| *c)
        .collect();
    let baseline =
        (easy.len() >= t.cadence_baseline_min_runs).then(|| stats::median(easy.clone())).flatten();
    let first = baseline.map(|b| (b * t.cadence_step1).round() as u32);
    let second = baseline.map(|b| {
        ((b * t.cadence_step2_low).round() as u32, (b * t.cadence_step2_high).round() as u32)
    });
    let recent: Vec<RunCadence> = with_cadence
        .iter()
        .take(10)
        .map(|(r, c)| {
            let undoubled = *c < t.cadence_undoubled_below;
            RunCadence {
                run_id: r.id,
                day: r.day,
                cadence_spm: *c,
                easy: is_easy(r),
                undoubled,
                meets_first_target: first.filter(|_| !undoubled).map(|f| c.round() as u32 >= f),
            }
        })
        .collect();
    let advice = match (baseline, first, second) {
        (Some(b), Some(f), Some((lo, hi))) => format!(
            "Your easy-run cadence is about {b:.0} steps/min. A first target is {f} steps/min \
             (+5 %) at the same speed, practised in short blocks; once that feels natural, \
             {lo}–{hi} steps/min (+7.5–10 %). A higher step rate lowered the load at the hip in \
             studies (CAD-1). Retest after about {} weeks.",
            t.cadence_retest_weeks
        ),
        _ => format!(
            "runwell needs the cadence of at least {} easy runs in the last {} days to set your \
             baseline (easy: RPE {} or less, or no faster than your usual pace). Import runs from \
             a watch that records cadence.",
            t.cadence_baseline_min_runs, t.cadence_baseline_days, t.easy_rpe_max
        ),
    };
    CadenceReport {
        baseline_spm: baseline,
        easy_runs_used: if baseline.is_some() { easy.len() } else { 0 },
        first_target_spm: first,
        second_target_spm: second,
        recent,
        retest_after_weeks: t.cadence_retest_weeks,
        advice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DistanceM, DurationS, Rpe, Sport};

    fn run(
        id: i64,
        day: &str,
        cadence: Option<f64>,
        rpe: Option<i64>,
        pace_s_per_km: f64,
    ) -> RunRecord {
        RunRecord {
            id,
            day: LocalDay::parse(day).unwrap(),
            sport: Sport::Run,
            distance: DistanceM::from_km(8.0).unwrap(),
            duration: DurationS::new(8.0 * pace_s_per_km).unwrap(),
            rpe: rpe.map(|r| Rpe::new(r).unwrap()),
            avg_hr: None,
            surface: None,
            shoe_id: None,
            cadence_spm: cadence,
        }
    }

    fn report(runs: Vec<RunRecord>) -> CadenceReport {
        let history = History { runs, ..History::default() };
        cadence_report(&history, LocalDay::parse("2026-11-26").unwrap(), &Thresholds::default())
    }

    #[test]
    fn stream_cadence_is_the_median_of_running_stretches() {
        use crate::streams::{Sample, Streams};
        let mut streams = Streams::new();
        let samples = [
            (0.0, Some(0.0), Some(0.5)), // standing at the start
            (1.0, Some(160.0), Some(3.0)),
            (2.0, Some(162.0), Some(3.1)),
            (3.0, Some(164.0), Some(3.0)),
            (4.0, Some(110.0), Some(1.0)), // a walking break
            (5.0, None, Some(3.0)),
        ];
        for (t, cadence, speed) in samples {
            streams.push(Sample {
                time_s: t,
                cadence_per_min: cadence,
                speed_m_s: speed,
                ..Sample::default()
            });
        }
        assert_eq!(stream_cadence_spm(&streams, &Thresholds::default()), Some(162.0));
        assert_eq!(stream_cadence_spm(&Streams::new(), &Thresholds::default()), None);
    }

    #[test]
    fn baseline_is_the_median_of_easy_runs_and_targets_follow_cad_2() {
        let r = report(vec![
            run(1, "2026-11-20", Some(160.0), Some(3), 360.0),
            run(2, "2026-11-22", Some(164.0), Some(4), 360.0),
            run(3, "2026-11-24", Some(170.0), Some(2), 360.0),
            // Hard run: not in the baseline.
            run(4, "2026-11-25", Some(185.0), Some(8), 280.0),
        ]);
        assert_eq!(r.baseline_spm, Some(164.0));
        assert_eq!(r.first_target_spm, Some(172)); // round(164 × 1.05) = 172.2
        assert_eq!(r.second_target_spm, Some((176, 180))); // 176.3, 180.4
        assert_eq!(r.easy_runs_used, 3);
        assert_eq!(r.recent[0].run_id, 4);
        assert_eq!(r.recent[0].meets_first_target, Some(true));
        assert!(r.advice.contains("172"));
    }

    #[test]
    fn undoubled_cadence_is_flagged_not_used() {
        let r = report(vec![
            run(1, "2026-11-20", Some(82.0), Some(3), 360.0),
            run(2, "2026-11-22", Some(164.0), Some(3), 360.0),
            run(3, "2026-11-24", Some(166.0), Some(3), 360.0),
        ]);
        assert_eq!(r.baseline_spm, None, "two usable easy runs are not enough");
        let flagged = r.recent.iter().find(|c| c.run_id == 1).unwrap();
        assert!(flagged.undoubled);
        assert_eq!(flagged.meets_first_target, None);
        assert!(r.advice.contains("at least 3"));
    }

    #[test]
    fn unrated_runs_are_easy_when_no_faster_than_the_median_pace() {
        let r = report(vec![
            run(1, "2026-11-18", Some(158.0), None, 400.0),
            run(2, "2026-11-20", Some(160.0), None, 380.0),
            run(3, "2026-11-22", Some(162.0), None, 380.0),
            run(4, "2026-11-24", Some(190.0), None, 250.0),
        ]);
        // Median pace 380 s/km: runs 1–3 are easy, the fast one is not.
        assert_eq!(r.baseline_spm, Some(160.0));
    }
}

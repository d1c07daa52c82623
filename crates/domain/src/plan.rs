//! The runner's week laid out day by day: which routines belong to which calendar day.
//!
//! The warm-up comes before every run and the cool-down after it, so both are planned on each run
//! day; the hip strength session goes on the strength days the runner chose (PROG-1: 2–3 a week on
//! non-consecutive days — [`crate::Profile::check`] warns when the choice departs from that, and
//! the plan follows the runner's choice anyway). The plan is a pure function of the chosen days
//! and a start day, so the CLI, the web app, adherence and the calendar export all see the same
//! days.

use serde::Serialize;

use crate::programme::RoutineKind;
use crate::{LocalDay, Profile, Weekday, WeekdaySet};

/// The longest plan made at once: two years. A longer request is cut to this, which keeps a
/// mistyped `--weeks 100000` from allocating a century of days.
pub const MAX_WEEKS: u32 = 104;

/// One calendar day of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedDay {
    pub day: LocalDay,
    pub weekday: Weekday,
    /// A run is planned (from the profile's run days).
    pub run: bool,
    /// The routines of the day in the order they are done: warm-up, (the run), cool-down, then
    /// the strength session. Empty on a rest day.
    pub routines: Vec<RoutineKind>,
}

impl PlannedDay {
    pub fn has(&self, kind: RoutineKind) -> bool {
        self.routines.contains(&kind)
    }
}

/// Every day from `from` for `weeks` weeks (`weeks × 7` days, at most [`MAX_WEEKS`]), rest days
/// included. The plan starts on `from` itself; pass `from.week_start()` for whole Monday weeks.
pub fn plan(
    run_days: WeekdaySet,
    strength_days: WeekdaySet,
    from: LocalDay,
    weeks: u32,
) -> Vec<PlannedDay> {
    let days = weeks.min(MAX_WEEKS) * 7;
    (0..days)
        .map(|offset| {
            // `days` is at most 728, so the offset always fits an i32.
            let day = from.plus_days(offset as i32);
            let weekday = day.weekday();
            let run = run_days.contains(weekday);
            let mut routines = Vec::new();
            if run {
                routines.extend([RoutineKind::Warmup, RoutineKind::Cooldown]);
            }
            if strength_days.contains(weekday) {
                routines.push(RoutineKind::Strength);
            }
            PlannedDay { day, weekday, run, routines }
        })
        .collect()
}

/// The plan for a profile's run and strength days.
pub fn plan_for(profile: &Profile, from: LocalDay, weeks: u32) -> Vec<PlannedDay> {
    plan(profile.run_days, profile.strength_days, from, weeks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> LocalDay {
        LocalDay::parse(text).unwrap()
    }

    /// One compact line per day: `2026-11-23 mon R w,c,s` (R = run day).
    fn compact(days: &[PlannedDay]) -> Vec<String> {
        days.iter()
            .map(|d| {
                let routines: Vec<&str> = d
                    .routines
                    .iter()
                    .map(|r| match r {
                        RoutineKind::Warmup => "w",
                        RoutineKind::Cooldown => "c",
                        RoutineKind::Strength => "s",
                    })
                    .collect();
                let run = if d.run { "R" } else { "-" };
                format!("{} {} {run} {}", d.day, d.weekday, routines.join(","))
            })
            .collect()
    }

    #[test]
    fn a_week_puts_warm_up_and_cool_down_on_run_days_and_strength_on_its_days() {
        let check = |run: &str, strength: &str, from: &str, expected: &[&str]| {
            let days = plan(
                WeekdaySet::parse(run).unwrap(),
                WeekdaySet::parse(strength).unwrap(),
                day(from),
                1,
            );
            assert_eq!(compact(&days), expected, "run {run} strength {strength}");
        };
        check(
            "mon,wed,sat",
            "tue,thu",
            "2026-11-23",
            &[
                "2026-11-23 mon R w,c",
                "2026-11-24 tue - s",
                "2026-11-25 wed R w,c",
                "2026-11-26 thu - s",
                "2026-11-27 fri - ",
                "2026-11-28 sat R w,c",
                "2026-11-29 sun - ",
            ],
        );
        // A run day that is also a strength day gets all three, strength last.
        check(
            "mon",
            "mon,thu",
            "2026-11-23",
            &[
                "2026-11-23 mon R w,c,s",
                "2026-11-24 tue - ",
                "2026-11-25 wed - ",
                "2026-11-26 thu - s",
                "2026-11-27 fri - ",
                "2026-11-28 sat - ",
                "2026-11-29 sun - ",
            ],
        );
        // A plan starting mid-week runs seven days from that day, across the month.
        check(
            "sun",
            "",
            "2026-11-27",
            &[
                "2026-11-27 fri - ",
                "2026-11-28 sat - ",
                "2026-11-29 sun R w,c",
                "2026-11-30 mon - ",
                "2026-12-01 tue - ",
                "2026-12-02 wed - ",
                "2026-12-03 thu - ",
            ],
        );
    }

    #[test]
    fn length_follows_the_weeks_asked_for_within_the_cap() {
        let check = |weeks: u32, expected_days: usize| {
            let days = plan(WeekdaySet::default(), WeekdaySet::default(), day("2026-11-23"), weeks);
            assert_eq!(days.len(), expected_days, "{weeks} weeks");
        };
        check(0, 0);
        check(1, 7);
        check(4, 28);
        check(MAX_WEEKS, MAX_WEEKS as usize * 7);
        check(MAX_WEEKS + 1, MAX_WEEKS as usize * 7);
        check(u32::MAX, MAX_WEEKS as usize * 7);
    }

    #[test]
    fn days_are_consecutive_and_weekdays_match() {
        let days = plan(
            WeekdaySet::parse("tue").unwrap(),
            WeekdaySet::parse("fri").unwrap(),
            day("2026-12-28"),
            3,
        );
        for pair in days.windows(2) {
            assert_eq!(pair[1].day.days_since(pair[0].day), 1);
        }
        assert!(days.iter().all(|d| d.weekday == d.day.weekday()));
        assert_eq!(days.iter().filter(|d| d.has(RoutineKind::Strength)).count(), 3);
        assert_eq!(days.iter().filter(|d| d.run).count(), 3);
    }

    #[test]
    fn serialises_for_json_output() {
        let days =
            plan(WeekdaySet::parse("mon").unwrap(), WeekdaySet::default(), day("2026-11-23"), 1);
        assert_eq!(
            serde_json::to_string(&days[0]).unwrap(),
            r#"{"day":"2026-11-23","weekday":"mon","run":true,"routines":["warmup","cooldown"]}"#
        );
    }
}

//! Planned against done, week by week (Monday to Sunday), and the streak of weeks kept.
//!
//! A week is *met* when the strength sessions done reach `min(planned, 2)`. Two is PROG-1's floor
//! (2–3 sessions a week): a runner who planned three and did two still did the dose the evidence
//! supports, and one who planned fewer than two (the profile check warns about that) meets their
//! own plan. Warm-ups and cool-downs are counted and shown but do not decide "met": they follow the
//! runs, and a run skipped to rest the hip — which the pain advice may suggest — should not cost
//! the runner their streak. A week with no strength planned is neither met nor missed: it is
//! passed over by the streak, not counted and not breaking it.
//!
//! Sessions are counted once per day and kind: two strength sessions on one day are one session
//! in PROG-1's sense (the days between them are what the muscles and tendons need).

use std::collections::BTreeSet;

use serde::Serialize;

use crate::plan::PlannedDay;
use crate::programme::RoutineKind;
use crate::{LocalDay, Thresholds};

/// A routine done on a day (guided or logged afterwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DoneSession {
    pub day: LocalDay,
    pub routine: RoutineKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekStatus {
    /// Strength done reached the target.
    Met,
    /// A complete week that fell short.
    Missed,
    /// No strength session was planned this week.
    NothingPlanned,
    /// The current week: not met yet, but the strength days still ahead can reach the target.
    OnTrack,
    /// The current week: even the strength days still ahead cannot reach the target.
    Behind,
}

impl WeekStatus {
    /// The status's id, for the message that words it (`week-status-on-track`).
    pub fn id(self) -> &'static str {
        match self {
            WeekStatus::Met => "met",
            WeekStatus::Missed => "missed",
            WeekStatus::NothingPlanned => "nothing-planned",
            WeekStatus::OnTrack => "on-track",
            WeekStatus::Behind => "behind",
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            WeekStatus::Met => "Met",
            WeekStatus::Missed => "Missed",
            WeekStatus::NothingPlanned => "Nothing planned",
            WeekStatus::OnTrack => "On track",
            WeekStatus::Behind => "Behind",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekAdherence {
    /// The Monday that starts the week.
    pub week_start: LocalDay,
    /// The week has ended (today is after its Sunday).
    pub complete: bool,
    pub planned_strength: u32,
    pub done_strength: u32,
    /// `min(planned_strength, 2)` (PROG-1).
    pub strength_target: u32,
    /// One of each per planned run day.
    pub planned_warmups: u32,
    pub done_warmups: u32,
    pub planned_cooldowns: u32,
    pub done_cooldowns: u32,
    pub status: WeekStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Adherence {
    /// The plan's weeks up to and including the one holding `today`, oldest first.
    pub weeks: Vec<WeekAdherence>,
    /// Consecutive met weeks ending at the last complete week.
    pub streak_weeks: u32,
    /// Whether the current week is met or on track; `None` when the plan does not cover today.
    pub current_on_track: Option<bool>,
}

/// Compares the plan with the sessions done. Weeks are the Monday weeks the plan's days fall in;
/// weeks after `today`'s are left out. Planned counts come from the plan's days only, so a plan
/// that starts mid-week has a short first week; done counts cover the whole Monday week.
pub fn adherence(
    plan: &[PlannedDay],
    done: &[DoneSession],
    today: LocalDay,
    t: &Thresholds,
) -> Adherence {
    let current_week = today.week_start();
    let mondays: BTreeSet<LocalDay> =
        plan.iter().map(|d| d.day.week_start()).filter(|monday| *monday <= current_week).collect();
    let weeks: Vec<WeekAdherence> =
        mondays.into_iter().map(|monday| week(monday, plan, done, today, t)).collect();

    let streak_weeks = weeks
        .iter()
        .rev()
        .filter(|w| w.complete && w.status != WeekStatus::NothingPlanned)
        .take_while(|w| w.status == WeekStatus::Met)
        .count() as u32;
    let current_on_track = weeks
        .iter()
        .find(|w| w.week_start == current_week)
        .map(|w| matches!(w.status, WeekStatus::Met | WeekStatus::OnTrack));
    Adherence { weeks, streak_weeks, current_on_track }
}

fn week(
    monday: LocalDay,
    plan: &[PlannedDay],
    done: &[DoneSession],
    today: LocalDay,
    t: &Thresholds,
) -> WeekAdherence {
    let in_week = |day: LocalDay| day.week_start() == monday;
    let planned = |kind| plan.iter().filter(|d| in_week(d.day) && d.has(kind)).count() as u32;
    let done_days = |kind| {
        done.iter()
            .filter(|s| s.routine == kind && in_week(s.day))
            .map(|s| s.day)
            .collect::<BTreeSet<_>>()
            .len() as u32
    };
    let planned_strength = planned(RoutineKind::Strength);
    let done_strength = done_days(RoutineKind::Strength);
    let strength_target = planned_strength.min(t.strength_sessions_floor);
    let complete = today.days_since(monday) >= 7;
    // Strength days still ahead this week, today included (today's session may not be done yet).
    let ahead = plan
        .iter()
        .filter(|d| in_week(d.day) && d.day >= today && d.has(RoutineKind::Strength))
        .count() as u32;
    let status = if strength_target == 0 {
        WeekStatus::NothingPlanned
    } else if done_strength >= strength_target {
        WeekStatus::Met
    } else if complete {
        WeekStatus::Missed
    } else if done_strength + ahead >= strength_target {
        WeekStatus::OnTrack
    } else {
        WeekStatus::Behind
    };
    WeekAdherence {
        week_start: monday,
        complete,
        planned_strength,
        done_strength,
        strength_target,
        planned_warmups: planned(RoutineKind::Warmup),
        done_warmups: done_days(RoutineKind::Warmup),
        planned_cooldowns: planned(RoutineKind::Cooldown),
        done_cooldowns: done_days(RoutineKind::Cooldown),
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WeekdaySet;
    use crate::plan::plan;
    use RoutineKind::{Cooldown, Strength, Warmup};
    use WeekStatus::{Behind, Met, Missed, NothingPlanned, OnTrack};

    fn day(text: &str) -> LocalDay {
        LocalDay::parse(text).unwrap()
    }

    fn done(rows: &[(&str, RoutineKind)]) -> Vec<DoneSession> {
        rows.iter().map(|&(d, routine)| DoneSession { day: day(d), routine }).collect()
    }

    /// Four weeks from Monday 2026-11-02: runs mon,wed,sat; strength as given.
    fn four_weeks(strength: &str) -> Vec<PlannedDay> {
        plan(
            WeekdaySet::parse("mon,wed,sat").unwrap(),
            WeekdaySet::parse(strength).unwrap(),
            day("2026-11-02"),
            4,
        )
    }

    #[test]
    fn weeks_are_met_at_min_of_planned_and_two() {
        // Each row: strength days planned, strength sessions done in the first week, status.
        let check = |strength: &str, done_days: &[&str], expected: WeekStatus| {
            let sessions: Vec<_> = done_days.iter().map(|&d| (d, Strength)).collect();
            let a = adherence(
                &four_weeks(strength),
                &done(&sessions),
                day("2026-11-30"),
                &Thresholds::default(),
            );
            assert_eq!(a.weeks[0].status, expected, "{strength} {done_days:?}");
        };
        check("tue,thu", &["2026-11-03", "2026-11-05"], Met);
        check("tue,thu", &["2026-11-03"], Missed);
        check("tue,thu", &[], Missed);
        // Three planned, two done: PROG-1's floor is met.
        check("mon,wed,fri", &["2026-11-02", "2026-11-06"], Met);
        check("mon,wed,fri", &["2026-11-02"], Missed);
        // One planned (the profile warns), one done: the runner's own plan is met.
        check("thu", &["2026-11-05"], Met);
        check("thu", &[], Missed);
        // Nothing planned: neither met nor missed.
        check("", &["2026-11-05"], NothingPlanned);
        // Sessions on unplanned days count; two on one day count once; other weeks do not count.
        check("tue,thu", &["2026-11-04", "2026-11-08"], Met);
        check("tue,thu", &["2026-11-03", "2026-11-03"], Missed);
        check("tue,thu", &["2026-11-03", "2026-11-09"], Missed);
        check("tue,thu", &["2026-11-03", "2026-11-01"], Missed);
    }

    #[test]
    fn warm_ups_and_cool_downs_are_counted_beside() {
        let sessions = done(&[
            ("2026-11-02", Warmup),
            ("2026-11-02", Cooldown),
            ("2026-11-04", Warmup),
            ("2026-11-04", Warmup),
            ("2026-11-03", Strength),
            ("2026-11-05", Strength),
        ]);
        let a =
            adherence(&four_weeks("tue,thu"), &sessions, day("2026-11-10"), &Thresholds::default());
        let w = &a.weeks[0];
        assert_eq!((w.planned_warmups, w.done_warmups), (3, 2));
        assert_eq!((w.planned_cooldowns, w.done_cooldowns), (3, 1));
        assert_eq!((w.planned_strength, w.done_strength, w.strength_target), (2, 2, 2));
        // Missing warm-ups and cool-downs do not stop the week being met.
        assert_eq!(w.status, Met);
    }

    #[test]
    fn the_current_week_is_on_track_or_behind() {
        // Strength tue,thu in the week of 2026-11-09. Each row: today, strength done, status.
        let check = |today: &str, done_days: &[&str], expected: WeekStatus| {
            let sessions: Vec<_> = done_days.iter().map(|&d| (d, Strength)).collect();
            let a = adherence(
                &four_weeks("tue,thu"),
                &done(&sessions),
                day(today),
                &Thresholds::default(),
            );
            let current = a.weeks.last().unwrap();
            assert_eq!(current.week_start, day("2026-11-09"));
            assert!(!current.complete);
            assert_eq!(current.status, expected, "{today} {done_days:?}");
            assert_eq!(a.current_on_track, Some(matches!(expected, Met | OnTrack)));
        };
        check("2026-11-09", &[], OnTrack);
        // Today's planned session counts as still ahead.
        check("2026-11-10", &[], OnTrack);
        check("2026-11-11", &[], Behind);
        check("2026-11-11", &["2026-11-10"], OnTrack);
        check("2026-11-13", &["2026-11-10"], Behind);
        check("2026-11-15", &["2026-11-10", "2026-11-15"], Met);
    }

    #[test]
    fn the_streak_counts_met_weeks_back_from_the_last_complete_one() {
        // Each row: strength days done, today, expected streak and the weeks' statuses.
        let check = |done_days: &[&str], today: &str, streak: u32, statuses: &[WeekStatus]| {
            let sessions: Vec<_> = done_days.iter().map(|&d| (d, Strength)).collect();
            let a = adherence(
                &four_weeks("tue,thu"),
                &done(&sessions),
                day(today),
                &Thresholds::default(),
            );
            let got: Vec<_> = a.weeks.iter().map(|w| w.status).collect();
            assert_eq!((a.streak_weeks, got.as_slice()), (streak, statuses), "{done_days:?}");
        };
        let week = |monday: &str| {
            let m = day(monday);
            [m.plus_days(1).to_string(), m.plus_days(3).to_string()]
        };
        let [a1, a2] = week("2026-11-02");
        let [b1, b2] = week("2026-11-09");
        let [c1, c2] = week("2026-11-16");
        let all = [a1.as_str(), &a2, &b1, &b2, &c1, &c2];
        // Three met weeks; today in the fourth.
        check(&all, "2026-11-23", 3, &[Met, Met, Met, OnTrack]);
        // The middle week missed: the streak is the last week alone.
        check(&[&a1, &a2, &b1, &c1, &c2], "2026-11-23", 1, &[Met, Missed, Met, OnTrack]);
        // The last complete week missed: no streak, whatever came before.
        check(&[&a1, &a2, &b1, &b2], "2026-11-23", 0, &[Met, Met, Missed, OnTrack]);
        // The current week being met already does not count yet.
        check(&all, "2026-11-20", 2, &[Met, Met, Met]);
        // Before the plan ends its future weeks are left out; after, every week is complete.
        check(&all, "2026-12-07", 0, &[Met, Met, Met, Missed]);
        assert_eq!(
            adherence(&four_weeks("tue,thu"), &[], day("2026-12-07"), &Thresholds::default())
                .current_on_track,
            None
        );
        // Today before the plan starts: no weeks at all.
        assert!(
            adherence(&four_weeks("tue,thu"), &[], day("2026-10-01"), &Thresholds::default())
                .weeks
                .is_empty()
        );
    }

    #[test]
    fn weeks_with_nothing_planned_neither_extend_nor_break_the_streak() {
        // A weekday set plans the same days every week, so take week 2's strength day out by hand.
        let mut days = four_weeks("sat");
        for d in &mut days {
            if d.day.week_start() == day("2026-11-09") {
                d.routines.retain(|r| *r != Strength);
            }
        }
        let sessions = done(&[("2026-11-07", Strength), ("2026-11-21", Strength)]);
        let a = adherence(&days, &sessions, day("2026-11-23"), &Thresholds::default());
        let got: Vec<_> = a.weeks.iter().map(|w| w.status).collect();
        assert_eq!(got, [Met, NothingPlanned, Met, OnTrack]);
        assert_eq!(a.streak_weeks, 2);
    }

    #[test]
    fn a_plan_starting_mid_week_has_a_short_first_week() {
        let days = plan(
            WeekdaySet::parse("sat").unwrap(),
            WeekdaySet::parse("tue,thu,sat").unwrap(),
            day("2026-11-05"),
            1,
        );
        let a = adherence(
            &days,
            &done(&[("2026-11-03", Strength)]),
            day("2026-11-16"),
            &Thresholds::default(),
        );
        let w = &a.weeks[0];
        // Thursday and Saturday were planned; Tuesday's session still counts for the week.
        assert_eq!((w.planned_strength, w.done_strength, w.status), (2, 1, Missed));
        assert_eq!(a.weeks.len(), 2);
    }
}

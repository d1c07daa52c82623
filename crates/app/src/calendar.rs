//! The adherence calendar: each day of the last weeks, what was planned and what was done.

use runwell_domain::adherence::{self, DoneSession, WeekStatus};
use runwell_domain::programme::RoutineKind;
use runwell_domain::{LocalDay, Thresholds, plan};
use serde::Serialize;

use crate::{App, AppError, local_today};

/// Planned against done, day by day, for a calendar of weeks × days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdherenceCalendar {
    pub today: LocalDay,
    /// Oldest week first.
    pub weeks: Vec<CalendarWeek>,
    pub streak_weeks: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarWeek {
    pub week_start: LocalDay,
    pub status: WeekStatus,
    pub done_strength: u32,
    pub strength_target: u32,
    /// Monday to Sunday.
    pub days: Vec<CalendarDay>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarDay {
    pub day: LocalDay,
    /// After the day asked for: nothing can have been done yet.
    pub ahead: bool,
    pub run_planned: bool,
    /// The routines planned for the day, in the plan's order.
    pub planned: Vec<RoutineKind>,
    /// The routines done on the day (each kind once), in the order of `RoutineKind::ALL`.
    pub done: Vec<RoutineKind>,
}

impl App {
    /// Each day of the last `weeks` weeks up to `day`: what was planned and what was done.
    pub async fn adherence_calendar(
        &self,
        day: Option<LocalDay>,
        weeks: u32,
    ) -> Result<AdherenceCalendar, AppError> {
        let snapshot = self.snapshot().await?;
        let today = day.unwrap_or_else(|| local_today(&snapshot.profile));
        let done = self.done_sessions().await?;
        // The calendar starts with the week the runner began: weeks before are not "missed".
        let started = self.started_on(&snapshot.profile, &done).await?;
        let planned = crate::training::plan_since(&snapshot.profile, today, weeks, started);
        Ok(calendar(&planned, &done, today))
    }
}

fn calendar(
    planned: &[plan::PlannedDay],
    done: &[DoneSession],
    today: LocalDay,
) -> AdherenceCalendar {
    let summary = adherence::adherence(planned, done, today, &Thresholds::default());
    let weeks = summary
        .weeks
        .iter()
        .map(|w| CalendarWeek {
            week_start: w.week_start,
            status: w.status,
            done_strength: w.done_strength,
            strength_target: w.strength_target,
            days: (0..7)
                .map(|i| {
                    let day = w.week_start.plus_days(i);
                    let plan = planned.iter().find(|p| p.day == day);
                    CalendarDay {
                        day,
                        ahead: day > today,
                        run_planned: plan.is_some_and(|p| p.run),
                        planned: plan.map(|p| p.routines.clone()).unwrap_or_default(),
                        done: RoutineKind::ALL
                            .into_iter()
                            .filter(|k| done.iter().any(|s| s.day == day && s.routine == *k))
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect();
    AdherenceCalendar { today, weeks, streak_weeks: summary.streak_weeks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::day;

    #[test]
    fn the_calendar_lays_out_planned_and_done_by_day() {
        let run_days = runwell_domain::WeekdaySet::parse("mon,wed").unwrap();
        let strength = runwell_domain::WeekdaySet::parse("tue,fri").unwrap();
        let today = day("2026-03-11"); // a Wednesday
        let planned = plan::plan(run_days, strength, day("2026-03-02"), 2);
        let done = [
            DoneSession { day: day("2026-03-03"), routine: RoutineKind::Strength },
            DoneSession { day: day("2026-03-03"), routine: RoutineKind::Strength },
            DoneSession { day: day("2026-03-09"), routine: RoutineKind::Warmup },
            DoneSession { day: day("2026-03-08"), routine: RoutineKind::Cooldown },
        ];
        let c = calendar(&planned, &done, today);
        assert_eq!(c.weeks.len(), 2);
        let first = &c.weeks[0];
        assert_eq!(first.week_start, day("2026-03-02"));
        assert_eq!(first.status, WeekStatus::Missed);
        assert_eq!(first.days[1].done, [RoutineKind::Strength], "counted once");
        assert_eq!(first.days[6].done, [RoutineKind::Cooldown], "done though not planned");
        assert!(first.days[6].planned.is_empty());
        let second = &c.weeks[1];
        assert_eq!(second.days[0].planned, [RoutineKind::Warmup, RoutineKind::Cooldown]);
        assert!(second.days[0].run_planned);
        assert_eq!(second.days[0].done, [RoutineKind::Warmup]);
        assert!(!second.days[2].ahead && second.days[3].ahead);
        // Tuesday's session was missed and only Friday is left: two cannot be reached.
        assert_eq!(second.status, WeekStatus::Behind);
    }
}

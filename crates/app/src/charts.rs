//! The data behind the web app's charts: the weekly trend, the load trend, the adherence
//! calendar and each movement's level over time (a run's own line is `samples.rs`). Drawing is the front end's job; this module only answers with numbers, computed by
//! the domain's own rules from the cached snapshot (and, for sessions and streams, the store).
//!
//! The weekly and load series ask the rules for every day they cover, which is too slow to
//! repeat on every request for Today: they are kept with the snapshot (`cache::memo`), so that a page
//! computes them once after each write.

use std::sync::Arc;

use runwell_domain::adherence::{self, DoneSession, WeekStatus};
use runwell_domain::diary::History;
use runwell_domain::load;
use runwell_domain::plan;
use runwell_domain::programme::RoutineKind;
use runwell_domain::progression::{self, LevelChange, ProgressionRules};
use runwell_domain::trend::{self, WeekRow};
use runwell_domain::{LocalDay, Thresholds};
use runwell_store::SessionRow;
use serde::Serialize;

use crate::cache::memo;
use crate::{App, AppError, local_today, programme};

/// The load trend on each of a run of days, for the acute and chronic lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LoadSeries {
    /// The last day of the series.
    pub day: LocalDay,
    /// Days of data up to `day` (LOAD-2 reads the ratio only from the 28th).
    pub days_of_data: i32,
    /// Days of data needed before the chart means anything (`Thresholds::ratio_min_days`).
    pub days_needed: i32,
    /// One point per day from the first day with load (or the window's start) to `day`; empty
    /// until `days_of_data` reaches `days_needed`.
    pub points: Vec<LoadPoint>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LoadPoint {
    pub day: LocalDay,
    /// LOAD-1 session load of the day (RPE × minutes).
    pub load: f64,
    /// LOAD-2: the 7-day EWMA.
    pub acute: f64,
    /// LOAD-2: the 28-day EWMA.
    pub chronic: f64,
}

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

/// A movement's level from its first session to the day asked for (PROG-2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelHistory {
    pub movement: String,
    pub name: String,
    pub top_level: u8,
    /// The level the sessions lead to.
    pub level: u8,
    pub today: LocalDay,
    /// The sessions that count for the movement, oldest first: day and level done at.
    pub sessions: Vec<(LocalDay, u8)>,
    pub changes: Vec<LevelChange>,
}

impl App {
    /// The last `weeks` training weeks up to `day` ([`App::trend`]), computed once per snapshot.
    pub async fn weekly_chart(
        &self,
        day: Option<LocalDay>,
        weeks: u32,
    ) -> Result<Arc<Vec<WeekRow>>, AppError> {
        let snapshot = self.snapshot().await?;
        let day = day.unwrap_or_else(|| local_today(&snapshot.profile));
        let weeks = weeks.clamp(1, plan::MAX_WEEKS);
        Ok(memo(&snapshot.weekly_charts, (day, weeks), || {
            trend::weekly_trend(
                &snapshot.history,
                &snapshot.profile,
                &snapshot.answers,
                day,
                weeks,
                &Thresholds::default(),
            )
        }))
    }

    /// The acute and chronic load (LOAD-2) on each of the last `days` days up to `day`, computed
    /// once per snapshot. The points are left out until 28 days of data exist.
    pub async fn load_chart(
        &self,
        day: Option<LocalDay>,
        days: u32,
    ) -> Result<Arc<LoadSeries>, AppError> {
        let snapshot = self.snapshot().await?;
        let day = day.unwrap_or_else(|| local_today(&snapshot.profile));
        let days = days.clamp(1, plan::MAX_WEEKS * 7);
        Ok(memo(&snapshot.load_charts, (day, days), || load_series(&snapshot.history, day, days)))
    }

    /// Each day of the last `weeks` weeks up to `day`: what was planned and what was done.
    pub async fn adherence_calendar(
        &self,
        day: Option<LocalDay>,
        weeks: u32,
    ) -> Result<AdherenceCalendar, AppError> {
        let snapshot = self.snapshot().await?;
        let today = day.unwrap_or_else(|| local_today(&snapshot.profile));
        let weeks = weeks.clamp(1, plan::MAX_WEEKS);
        let done: Vec<DoneSession> = self
            .store()
            .sessions()
            .await?
            .iter()
            .map(|s| DoneSession { day: s.day, routine: s.routine })
            .collect();
        // The calendar starts with the week of the first session: weeks before the runner
        // began are not "missed".
        let current = today.week_start();
        let back = i32::try_from(weeks - 1).unwrap_or(0) * 7;
        let began = done.iter().map(|s| s.day.week_start()).min().unwrap_or(current);
        let first = current.plus_days(-back).max(began.min(current));
        let weeks = u32::try_from(current.days_since(first) / 7 + 1).unwrap_or(1);
        let planned = plan::plan_for(&snapshot.profile, first, weeks);
        Ok(calendar(&planned, &done, today))
    }

    /// Every movement's level over time, as PROG-2 works it out from the stored sessions and
    /// the pain diary, up to `day`.
    pub async fn level_histories(
        &self,
        day: Option<LocalDay>,
    ) -> Result<Vec<LevelHistory>, AppError> {
        let snapshot = self.snapshot().await?;
        let today = day.unwrap_or_else(|| local_today(&snapshot.profile));
        let sessions: Vec<SessionRow> =
            self.store().sessions().await?.into_iter().filter(|s| s.day <= today).collect();
        let mut out = Vec::new();
        for movement in &programme()?.movements {
            let outcomes = crate::training::outcomes(&movement.id, &sessions, &snapshot.history);
            let result = progression::progress(
                movement.top_level(),
                &outcomes,
                &ProgressionRules::default(),
            );
            out.push(LevelHistory {
                movement: movement.id.clone(),
                name: movement.name.clone(),
                top_level: movement.top_level(),
                level: result.level,
                today,
                sessions: outcomes.iter().map(|o| (o.day, o.level)).collect(),
                changes: result.changes,
            });
        }
        Ok(out)
    }
}

fn load_series(history: &History, day: LocalDay, days: u32) -> LoadSeries {
    let t = Thresholds::default();
    let days_of_data = load::load_trend(history, day, &t).map_or(0, |l| l.days_of_data);
    let mut points = Vec::new();
    if days_of_data >= t.ratio_min_days {
        let span = i32::try_from(days).unwrap_or(1).min(days_of_data);
        let fallback = load::fallback_rpe(history, &t);
        for back in (0..span).rev() {
            let d = day.plus_days(-back);
            if let Some(trend) = load::load_trend(history, d, &t) {
                points.push(LoadPoint {
                    day: d,
                    load: load::day_load(history, d, fallback),
                    acute: trend.acute,
                    chronic: trend.chronic,
                });
            }
        }
    }
    LoadSeries { day, days_of_data, days_needed: t.ratio_min_days, points }
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
    use runwell_domain::PainScore;
    use runwell_domain::session::{SessionRecord, SetRecord, Side};

    use super::*;
    use crate::{PainInput, ProfileInput, RunInput};

    fn day(text: &str) -> LocalDay {
        LocalDay::parse(text).unwrap()
    }

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

    async fn app() -> (tempfile::TempDir, App) {
        let dir = tempfile::tempdir().unwrap();
        let app = App::open(Some(&dir.path().join("runwell.db"))).await.unwrap();
        app.save_profile(&ProfileInput {
            time_zone: "Europe/London".into(),
            run_days: "mon,wed,sat".into(),
            strength_days: "tue,fri".into(),
            ..ProfileInput::default()
        })
        .await
        .unwrap();
        (dir, app)
    }

    async fn run(app: &App, date: String, rpe: i64) {
        let input = RunInput {
            date,
            time: Some("07:30".into()),
            distance_km: 6.0,
            duration: "36:00".into(),
            rpe: Some(rpe),
            ..RunInput::default()
        };
        app.log_run(&input).await.unwrap();
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn the_load_chart_waits_for_28_days_and_is_computed_once() {
        let (_dir, app) = app().await;
        let start = day("2026-02-01");
        for i in (0..27).step_by(3) {
            run(&app, start.plus_days(i).to_string(), 5).await;
        }
        let early = app.load_chart(Some(start.plus_days(26)), 84).await.unwrap();
        assert_eq!((early.days_of_data, early.days_needed), (27, 28));
        assert!(early.points.is_empty());
        let ready = app.load_chart(Some(start.plus_days(27)), 84).await.unwrap();
        assert_eq!(ready.points.len(), 28, "from the first day of data, not 84 days back");
        assert_eq!(ready.points[0].day, start);
        assert!((ready.points[0].load - 180.0).abs() < 1e-9, "5 × 36 min");
        let last = ready.points.last().unwrap();
        assert!(last.acute > 0.0 && last.chronic > 0.0);
        let again = app.load_chart(Some(start.plus_days(27)), 84).await.unwrap();
        assert!(Arc::ptr_eq(&ready, &again), "the same snapshot answers from the memo");
        run(&app, start.plus_days(27).to_string(), 6).await;
        let fresh = app.load_chart(Some(start.plus_days(27)), 84).await.unwrap();
        assert!(!Arc::ptr_eq(&ready, &fresh), "a write starts a new snapshot");
        assert!(fresh.points.last().unwrap().acute > last.acute);
        let weeks = app.weekly_chart(Some(start.plus_days(27)), 4).await.unwrap();
        assert_eq!(weeks.len(), 4);
        assert!(Arc::ptr_eq(
            &weeks,
            &app.weekly_chart(Some(start.plus_days(27)), 4).await.unwrap()
        ));
    }

    fn strength_record(app_levels: u8, done_all: bool, pain: i64) -> SessionRecord {
        let programme = programme().unwrap();
        let dose = programme.routine_dose(RoutineKind::Strength, |_| app_levels).unwrap();
        let mut sets = Vec::new();
        for item in &dose.items {
            let sides: &[Side] =
                if item.per_side { &[Side::Left, Side::Right] } else { &[Side::Both] };
            for set_no in 1..=item.dose.sets() {
                for side in sides {
                    let target = item.dose.per_set();
                    sets.push(SetRecord {
                        movement: item.movement.clone(),
                        level: item.level,
                        side: *side,
                        set_no,
                        target,
                        done: if done_all { target } else { 0 },
                    });
                }
            }
        }
        SessionRecord {
            routine: RoutineKind::Strength,
            sets,
            duration_s: 900,
            finished: true,
            pain: Some(PainScore::new(pain).unwrap()),
            rpe: Some(runwell_domain::Rpe::new(4).unwrap()),
        }
    }

    async fn morning(app: &App, date: &str, score: i64) {
        let input =
            PainInput { date: date.into(), when: "morning".into(), score, ..PainInput::default() };
        app.log_pain(&input).await.unwrap();
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn levels_over_time_follow_the_sessions() {
        let (_dir, app) = app().await;
        let before = app.level_histories(Some(day("2026-03-01"))).await.unwrap();
        assert_eq!(before.len(), programme().unwrap().movements.len());
        assert!(before.iter().all(|h| h.level == 1 && h.sessions.is_empty()));
        for (d, next) in [("2026-03-03", "2026-03-04"), ("2026-03-06", "2026-03-07")] {
            app.record_session(&strength_record(1, true, 1), Some(day(d)), true).await.unwrap();
            morning(&app, next, 0).await;
        }
        let after = app.level_histories(Some(day("2026-03-08"))).await.unwrap();
        let clamshell = after.iter().find(|h| h.movement == "clamshell").unwrap();
        assert_eq!(clamshell.level, 2);
        assert_eq!(clamshell.sessions, [(day("2026-03-03"), 1), (day("2026-03-06"), 1)]);
        assert_eq!(clamshell.changes.len(), 1);
        assert_eq!((clamshell.changes[0].from, clamshell.changes[0].to), (1, 2));
        // The stored level agrees with the history drawn.
        assert_eq!(app.movement("clamshell").await.unwrap().current_level.level, 2);
        // A day before the sessions shows none of them.
        let earlier = app.level_histories(Some(day("2026-03-02"))).await.unwrap();
        assert!(earlier.iter().all(|h| h.sessions.is_empty()));
        // The warm-up's own movement is judged by the warm-up sessions.
        let swings = after.iter().find(|h| h.movement == "leg-swings").unwrap();
        assert!(swings.sessions.is_empty());
        let calendar = app.adherence_calendar(Some(day("2026-03-08")), 8).await.unwrap();
        assert_eq!(calendar.weeks.len(), 1, "from the week of the first session");
        assert_eq!(calendar.weeks[0].done_strength, 2);
        assert_eq!(calendar.weeks[0].days[1].done, [RoutineKind::Strength]);
        let later = app.adherence_calendar(Some(day("2026-03-20")), 8).await.unwrap();
        assert_eq!(later.weeks.len(), 3);
        let fresh = App::open(Some(&_dir.path().join("other.db"))).await.unwrap();
        fresh
            .save_profile(&ProfileInput {
                time_zone: "UTC".into(),
                run_days: "mon".into(),
                strength_days: "tue,fri".into(),
                ..ProfileInput::default()
            })
            .await
            .unwrap();
        let none = fresh.adherence_calendar(Some(day("2026-03-20")), 8).await.unwrap();
        assert_eq!(none.weeks.len(), 1, "no session yet: only this week");
    }
}

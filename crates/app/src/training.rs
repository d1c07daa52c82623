//! The programme over time: the weekly plan and its calendar file, sessions done (guided or
//! logged afterwards), each movement's level (PROG-2) and adherence.

use std::collections::BTreeMap;

use runwell_domain::adherence::{self, Adherence, DoneSession};
use runwell_domain::plan::{self, PlannedDay};
use runwell_domain::programme::{Dose, RoutineKind};
use runwell_domain::session::{SessionRecord, SetRecord, Side};
use runwell_domain::{DomainError, LocalDay, PainScore, Rpe, Thresholds};
use runwell_store::{SessionRow, SetRow};
use serde::Serialize;

use crate::levels::LevelChangeView;
use crate::profile::Warning;
use crate::{App, AppError, ics, local_today};

/// The plan for some weeks, with what the runner should know about their days (PROG-1).
#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub from: LocalDay,
    pub weeks: u32,
    pub days: Vec<PlannedDay>,
    pub warnings: Vec<Warning>,
}

/// A session done without guidance, as a runner types it.
#[derive(Debug, Clone, Default)]
pub struct SessionInput {
    pub routine: String,
    pub date: Option<String>,
    /// Every set of every movement done at target.
    pub all: bool,
    /// Sets done at target per movement (`clamshell=2`); movements not named were not done.
    pub done: Vec<(String, u32)>,
    pub pain: i64,
    pub rpe: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionSaved {
    pub id: i64,
    pub day: LocalDay,
    pub routine: RoutineKind,
    pub sets_done: usize,
    pub sets_planned: usize,
    pub level_changes: Vec<LevelChangeView>,
}

impl App {
    /// The plan from the Monday of `day`'s week for `weeks` weeks.
    pub async fn plan(&self, day: Option<LocalDay>, weeks: u32) -> Result<PlanView, AppError> {
        let profile = self.profile().await?;
        let from = day.unwrap_or_else(|| local_today(&profile)).week_start();
        let weeks = weeks.clamp(1, plan::MAX_WEEKS);
        let warnings = profile.check()?.into_iter().map(Warning::from).collect();
        Ok(PlanView { from, weeks, days: plan::plan_for(&profile, from, weeks), warnings })
    }

    /// The plan as an iCalendar file, with each routine at the runner's current levels.
    pub async fn plan_ics(&self, day: Option<LocalDay>, weeks: u32) -> Result<String, AppError> {
        let view = self.plan(day, weeks).await?;
        let mut doses = Vec::new();
        for kind in RoutineKind::ALL {
            doses.push(self.routine(kind, None).await?);
        }
        Ok(ics::plan_calendar(&view.days, &doses, jiff::Timestamp::now().as_second()))
    }

    /// Planned against done over the last `weeks` weeks up to `day`, and the streak.
    pub async fn adherence(
        &self,
        day: Option<LocalDay>,
        weeks: u32,
    ) -> Result<Adherence, AppError> {
        let profile = self.profile().await?;
        let today = day.unwrap_or_else(|| local_today(&profile));
        let weeks = weeks.clamp(1, plan::MAX_WEEKS);
        let back = i32::try_from(weeks - 1).unwrap_or(0) * 7;
        let first = today.week_start().plus_days(-back);
        let planned = plan::plan_for(&profile, first, weeks);
        let done: Vec<DoneSession> = self
            .store()
            .sessions()
            .await?
            .iter()
            .map(|s| DoneSession { day: s.day, routine: s.routine })
            .collect();
        Ok(adherence::adherence(&planned, &done, today, &Thresholds::default()))
    }

    /// Stores a session (guided or logged) and moves levels as PROG-2 says.
    pub async fn record_session(
        &self,
        record: &SessionRecord,
        day: Option<LocalDay>,
        guided: bool,
    ) -> Result<SessionSaved, AppError> {
        let profile = self.profile().await?;
        let day = day.unwrap_or_else(|| local_today(&profile));
        let row = SessionRow {
            id: 0,
            day,
            routine: record.routine,
            pain: record.pain.map(PainScore::value),
            rpe: record.rpe.map(Rpe::value),
            duration_s: Some(f64::from(record.duration_s)),
            guided,
            sets: record
                .sets
                .iter()
                .map(|s| SetRow {
                    movement: s.movement.clone(),
                    level: s.level,
                    side: s.side.id().to_owned(),
                    set_no: s.set_no,
                    target: s.target,
                    done: s.done,
                })
                .collect(),
        };
        let id = self.store().insert_session(&row).await?;
        let level_changes = self.update_levels(day).await?;
        Ok(SessionSaved {
            id,
            day,
            routine: record.routine,
            sets_done: record.sets.iter().filter(|s| s.done >= s.target && s.target > 0).count(),
            sets_planned: record.sets.len(),
            level_changes,
        })
    }

    /// Logs a session done without guidance: every set at the runner's current level, done at
    /// target for the movements and number of sets named.
    pub async fn log_session(&self, input: &SessionInput) -> Result<SessionSaved, AppError> {
        let kind: RoutineKind = input.routine.parse()?;
        let day = input.date.as_deref().map(LocalDay::parse).transpose()?;
        let pain = PainScore::new(input.pain)?;
        let rpe = Rpe::new(input.rpe)?;
        let dose = self.routine(kind, None).await?;
        for (movement, _) in &input.done {
            if !dose.items.iter().any(|i| &i.movement == movement) {
                return Err(AppError::NotFound {
                    what: "movement in this routine",
                    id: movement.clone(),
                    known: dose
                        .items
                        .iter()
                        .map(|i| i.movement.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
        }
        if !input.all && input.done.is_empty() {
            return Err(DomainError::Value(
                "say what was done: --all, or --done MOVEMENT=SETS for each movement".into(),
            )
            .into());
        }
        let done: BTreeMap<&str, u32> = input.done.iter().map(|(m, n)| (m.as_str(), *n)).collect();
        let mut sets = Vec::new();
        for item in &dose.items {
            let sides: &[Side] =
                if item.per_side { &[Side::Left, Side::Right] } else { &[Side::Both] };
            let sets_done = if input.all {
                u32::MAX
            } else {
                done.get(item.movement.as_str()).copied().unwrap_or(0)
            };
            let target = match item.dose {
                Dose::Reps { reps, .. } => reps,
                Dose::Hold { hold_s, .. } => hold_s,
                Dose::Time { duration_s } => duration_s,
            };
            for set_no in 1..=item.dose.sets() {
                for side in sides {
                    sets.push(SetRecord {
                        movement: item.movement.clone(),
                        level: item.level,
                        side: *side,
                        set_no,
                        target,
                        done: if set_no <= sets_done { target } else { 0 },
                    });
                }
            }
        }
        let record = SessionRecord {
            routine: kind,
            sets,
            duration_s: dose.estimated_s,
            finished: true,
            pain: Some(pain),
            rpe: Some(rpe),
        };
        self.record_session(&record, day, false).await
    }
}

//! The programme over time: the weekly plan and its calendar file, sessions done (guided or
//! logged afterwards), each movement's level (PROG-2) and adherence.

use std::collections::BTreeMap;

use runwell_domain::adherence::{self, Adherence, DoneSession};
use runwell_domain::plan::{self, PlannedDay};
use runwell_domain::programme::RoutineKind;
use runwell_domain::session::{NOTHING_DONE, SessionRecord, SetRecord};
use runwell_domain::text::Text;
use runwell_domain::{DomainError, LocalDay, PainScore, Rpe, Thresholds};
use runwell_store::{SessionRow, SetRow};
use serde::Serialize;

use crate::input::{Fields, given, not_after};
use crate::levels::LevelChangeView;
use crate::profile::Warning;
use crate::{App, AppError, ics, local_today, programme};

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
    pub answers: SessionAnswers,
}

/// The two questions at the end of every session, as typed: pain in the hip during it (0–10,
/// PAIN-1, DATA-7) and effort (RPE 0–10, LOAD-1).
#[derive(Debug, Clone, Default)]
pub struct SessionAnswers {
    pub pain: Option<String>,
    pub rpe: Option<String>,
}

impl SessionAnswers {
    fn check(&self) -> Result<(PainScore, Rpe), AppError> {
        let mut f = Fields::default();
        let mut answer = |field, text: Option<&str>, missing: &'static str| match given(text) {
            None => {
                f.refuse(field, Text::new(missing));
                None
            }
            Some(text) => Some(text.to_owned()),
        };
        let pain = answer("pain", self.pain.as_deref(), "form-refused-session-pain-missing");
        let rpe = answer("rpe", self.rpe.as_deref(), "form-refused-session-effort-missing");
        let pain = pain.and_then(|t| f.check("pain", t.parse::<PainScore>()));
        let rpe = rpe.and_then(|t| f.check("rpe", t.parse::<Rpe>()));
        f.finish()?;
        pain.zip(rpe).ok_or_else(|| AppError::invalid("form", "the answers could not be read"))
    }
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

/// The plan over the last `weeks` weeks up to `today`'s, from the day the runner started: the
/// weeks and days before it are not shown as missed, and a session planned on her first day
/// is still ahead of her that day.
pub(crate) fn plan_since(
    profile: &runwell_domain::Profile,
    today: LocalDay,
    weeks: u32,
    started: Option<LocalDay>,
) -> Vec<PlannedDay> {
    let weeks = weeks.clamp(1, plan::MAX_WEEKS);
    let current = today.week_start();
    let back = i32::try_from(weeks - 1).unwrap_or(0) * 7;
    let began = started.unwrap_or(today).min(today);
    let first = current.plus_days(-back).max(began.week_start());
    let weeks = u32::try_from(current.days_since(first) / 7 + 1).unwrap_or(1);
    plan::plan_for(profile, first, weeks).into_iter().filter(|d| d.day >= began).collect()
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
    /// The plan as a calendar file: `weeks` weeks (`ics::ICS_WEEKS` when `None`), each day
    /// with an alarm `alarm_minutes` before it starts (`ics::ICS_ALARM_MINUTES` when `None`;
    /// 0 for no alarm).
    pub async fn plan_ics(
        &self,
        day: Option<LocalDay>,
        weeks: Option<u32>,
        alarm_minutes: Option<u32>,
    ) -> Result<String, AppError> {
        let alarm = alarm_minutes.unwrap_or(ics::ICS_ALARM_MINUTES);
        if alarm > ics::ICS_ALARM_MAX_MINUTES {
            return Err(AppError::invalid(
                "alarm",
                format!(
                    "an alarm goes off at most a week (10080 minutes) before its day; got {alarm}"
                ),
            ));
        }
        let view = self.plan(day, weeks.unwrap_or(ics::ICS_WEEKS)).await?;
        let mut doses = Vec::new();
        for kind in RoutineKind::ALL {
            doses.push(self.routine(kind, None).await?);
        }
        let stamp = jiff::Timestamp::now().as_second();
        Ok(ics::plan_calendar(&view.days, &doses, stamp, (alarm > 0).then_some(alarm)))
    }

    /// Planned against done over the last `weeks` weeks up to `day`, and the streak.
    pub async fn adherence(
        &self,
        day: Option<LocalDay>,
        weeks: u32,
    ) -> Result<Adherence, AppError> {
        let profile = self.profile().await?;
        let today = day.unwrap_or_else(|| local_today(&profile));
        let done = self.done_sessions().await?;
        let started = self.started_on(&profile, &done).await?;
        let planned = plan_since(&profile, today, weeks, started);
        Ok(adherence::adherence(&planned, &done, today, &Thresholds::default()))
    }

    /// The day the runner started: the first session done, or the day the profile was set up
    /// if that is earlier. Nothing before it can have been missed.
    pub(crate) async fn started_on(
        &self,
        profile: &runwell_domain::Profile,
        done: &[DoneSession],
    ) -> Result<Option<LocalDay>, AppError> {
        let set_up = self
            .store()
            .profile_created_utc(self.runner)
            .await?
            .and_then(|s| jiff::Timestamp::from_second(s).ok())
            .map(|t| profile.time_zone.day_of(t));
        let first_session = done.iter().map(|s| s.day).min();
        Ok(set_up.into_iter().chain(first_session).min())
    }

    /// Every routine done, guided or logged, by day (what adherence counts).
    pub(crate) async fn done_sessions(&self) -> Result<Vec<DoneSession>, AppError> {
        let sessions = self.store().sessions(self.runner).await?;
        Ok(sessions.iter().map(|s| DoneSession { day: s.day, routine: s.routine }).collect())
    }

    /// Stores a session (guided or logged) and moves levels as PROG-2 says. Every record is
    /// checked against the programme first (`SessionRecord::check`), whoever made it; a guided
    /// one in which nothing was done is not stored.
    pub async fn record_session(
        &self,
        record: &SessionRecord,
        day: Option<LocalDay>,
        guided: bool,
    ) -> Result<SessionSaved, AppError> {
        record.check(programme()?).map_err(|e| AppError::invalid("record", e.to_string()))?;
        if guided && !record.anything_done() {
            return Err(AppError::invalid("record", NOTHING_DONE));
        }
        let profile = self.profile().await?;
        let today = local_today(&profile);
        let day = match day {
            Some(day) => {
                not_after(day, today).map_err(|e| AppError::invalid("date", e.to_string()))?
            }
            None => today,
        };
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
        let (id, level_changes) = match &record.key {
            None => (
                self.store().insert_session(self.runner, &row).await?,
                self.update_levels(day).await?,
            ),
            Some(key) => {
                let stored =
                    self.store().insert_session_once(self.runner, &row, key.as_str()).await?;
                // A record sent again (the phone's queue after a lost reply) is the session
                // already stored: nothing new to count, so no level moves a second time.
                let changes = if stored.new { self.update_levels(day).await? } else { Vec::new() };
                (stored.id, changes)
            }
        };
        Ok(SessionSaved {
            id,
            day,
            routine: record.routine,
            sets_done: record.sets.iter().filter(|s| s.done >= s.target && s.target > 0).count(),
            sets_planned: record.sets.len(),
            level_changes,
        })
    }

    /// Stores a session played in the browser: the record its page sends back, which is
    /// checked before the answers are (a record that cannot be stored is refused whatever was
    /// answered), then the two answers.
    pub async fn record_answered_session(
        &self,
        mut record: SessionRecord,
        answers: &SessionAnswers,
        day: Option<LocalDay>,
    ) -> Result<SessionSaved, AppError> {
        record.check(programme()?).map_err(|e| AppError::invalid("record", e.to_string()))?;
        if !record.anything_done() {
            return Err(AppError::invalid("record", NOTHING_DONE));
        }
        let (pain, rpe) = answers.check()?;
        (record.pain, record.rpe) = (Some(pain), Some(rpe));
        self.record_session(&record, day, true).await
    }

    /// Logs a session done without guidance: every set at the runner's current level, done at
    /// target for the movements and number of sets named.
    pub async fn log_session(&self, input: &SessionInput) -> Result<SessionSaved, AppError> {
        let kind: RoutineKind = input
            .routine
            .parse()
            .map_err(|e: DomainError| AppError::invalid("routine", e.to_string()))?;
        let day = input
            .date
            .as_deref()
            .and_then(|d| given(Some(d)))
            .map(LocalDay::parse)
            .transpose()
            .map_err(|e| AppError::invalid("date", e.to_string()))?;
        let (pain, rpe) = input.answers.check()?;
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
        let sets = SetRecord::all_of(&dose, |item, set_no, target| {
            let sets_done = done.get(item.movement.as_str()).copied().unwrap_or(0);
            if input.all || set_no <= sets_done { target } else { 0 }
        });
        let record = SessionRecord {
            routine: kind,
            sets,
            duration_s: dose.estimated_s,
            finished: true,
            pain: Some(pain),
            rpe: Some(rpe),
            key: None,
        };
        self.record_session(&record, day, false).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{app, day, strength_record};

    fn fields(result: Result<SessionSaved, AppError>) -> Vec<(&'static str, String)> {
        match result {
            Err(AppError::Invalid(errors)) => {
                errors.into_iter().map(|e| (e.field, e.message)).collect()
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn weeks_and_days_before_the_runner_started_are_not_missed() {
        let (_dir, app) = app().await;
        let profile = app.profile().await.unwrap();
        // Strength on Tuesday and Friday; she started on Tuesday 2026-03-10.
        let started = Some(day("2026-03-10"));
        let today = day("2026-03-10");
        let planned = plan_since(&profile, today, 8, started);
        assert!(planned.iter().all(|d| d.day >= today), "nothing planned before she began");
        let a = adherence::adherence(&planned, &[], today, &Thresholds::default());
        assert_eq!(a.weeks.len(), 1, "no week before hers: {a:?}");
        assert_eq!(a.weeks[0].status, adherence::WeekStatus::OnTrack, "today's session is ahead");
        // A week later with nothing done: that week is missed, the one before does not exist.
        let later = day("2026-03-17");
        let planned = plan_since(&profile, later, 8, started);
        let a = adherence::adherence(&planned, &[], later, &Thresholds::default());
        assert_eq!(a.weeks.len(), 2);
        assert_eq!(a.weeks[0].status, adherence::WeekStatus::Missed);
        // No start known: only the current week.
        assert_eq!(
            plan_since(&profile, later, 8, None).iter().map(|d| d.day.week_start()).min(),
            Some(later.week_start())
        );
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn every_record_is_checked_whoever_made_it_and_nothing_is_stored() {
        let (_dir, app) = app().await;
        let on = Some(day("2026-03-03"));
        let mut short = strength_record(1, true, 1);
        short.sets.pop();
        for guided in [true, false] {
            let refused = fields(app.record_session(&short, on, guided).await);
            assert_eq!(refused[0].0, "record");
            assert!(refused[0].1.contains("are not those of its level"), "{refused:?}");
        }
        let nothing = strength_record(1, false, 1);
        assert_eq!(fields(app.record_session(&nothing, on, true).await)[0].1, NOTHING_DONE);
        let later = Some(day("2099-01-01"));
        let refused = fields(app.record_session(&strength_record(1, true, 1), later, false).await);
        assert_eq!(refused[0].0, "date", "DATA-9: {refused:?}");
        // The browser's record is judged before its answers, then both answers at once.
        let none = SessionAnswers::default();
        let refused = fields(app.record_answered_session(short, &none, on).await);
        assert_eq!(refused.iter().map(|f| f.0).collect::<Vec<_>>(), ["record"]);
        let good = strength_record(1, true, 1);
        let refused = fields(app.record_answered_session(good.clone(), &none, on).await);
        assert_eq!(refused.iter().map(|f| f.0).collect::<Vec<_>>(), ["pain", "rpe"]);
        assert_eq!(app.adherence(on, 1).await.unwrap().weeks[0].done_strength, 0);
        let answers = SessionAnswers { pain: Some("2".into()), rpe: Some(" 5".into()) };
        let saved = app.record_answered_session(good, &answers, on).await.unwrap();
        assert_eq!((saved.sets_done, saved.sets_planned), (saved.sets_planned, saved.sets_planned));
        assert_eq!(app.adherence(on, 1).await.unwrap().weeks[0].done_strength, 1);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_record_sent_twice_under_its_key_is_stored_once() {
        let (_dir, app) = app().await;
        let on = Some(day("2026-03-03"));
        let mut record = strength_record(1, true, 1);
        record.key = Some("0b5c6a0e-8f61-4c4e-9d0a-2f1f3e4d5c6b".to_owned().try_into().unwrap());
        let first = app.record_session(&record, on, true).await.unwrap();
        let again = app.record_session(&record, on, true).await.unwrap();
        assert_eq!(again.id, first.id);
        assert!(again.level_changes.is_empty());
        assert_eq!(app.done_sessions().await.unwrap().len(), 1);
        // Another key, or none (the CLI's), is another session.
        record.key = Some("1b5c6a0e-8f61-4c4e-9d0a-2f1f3e4d5c6b".to_owned().try_into().unwrap());
        assert_ne!(app.record_session(&record, on, true).await.unwrap().id, first.id);
        record.key = None;
        app.record_session(&record, on, true).await.unwrap();
        assert_eq!(app.done_sessions().await.unwrap().len(), 3);
    }
}

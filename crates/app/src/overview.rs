//! A runner at a glance, as a clinician's list shows her (issue 18): today's light and triage
//! level, the last four weeks' worst pain by day, the last run, this week's strength sessions
//! against the plan, and the days since she last wrote anything in her diary.

use runwell_domain::triage::TriageLevel;
use runwell_domain::{Light, LocalDay};

use crate::{App, AppError, RunView};

/// Days in the pain line.
pub const OVERVIEW_DAYS: i32 = 28;

/// A runner at a glance.
#[derive(Debug, Clone)]
pub struct Overview {
    pub day: LocalDay,
    pub light: Light,
    pub triage: TriageLevel,
    pub running_suspended: bool,
    /// The worst pain of each of the last [`OVERVIEW_DAYS`] days, oldest first; `None` for a
    /// day with nothing logged (never 0: a gap is not a painless day).
    pub pain_by_day: Vec<Option<u8>>,
    pub last_run: Option<RunView>,
    pub strength_done: u32,
    pub strength_planned: u32,
    /// Days since the last pain entry, session or check answer; `None` with none at all.
    pub days_since_entry: Option<i32>,
}

impl App {
    /// The runner at a glance on `day` (today where she lives when `None`).
    pub async fn overview(&self, day: Option<LocalDay>) -> Result<Overview, AppError> {
        let today = self.today(day).await?;
        let day = today.date;
        let adherence = self.adherence(Some(day), 1).await?;
        let snapshot = self.snapshot().await?;
        let from = day.plus_days(-(OVERVIEW_DAYS - 1));
        let mut pain_by_day = vec![None; OVERVIEW_DAYS as usize];
        for entry in snapshot.history.pain.iter().filter(|e| e.day >= from && e.day <= day) {
            let slot = &mut pain_by_day[usize::try_from(entry.day.days_since(from)).unwrap_or(0)];
            let score = entry.score.value();
            *slot = Some(slot.map_or(score, |s: u8| s.max(score)));
        }
        let last_entry = snapshot
            .history
            .pain
            .iter()
            .map(|e| e.day)
            .chain(snapshot.history.sessions.iter().map(|s| s.day))
            .chain(snapshot.answers.iter().map(|a| a.day))
            .filter(|d| *d <= day)
            .max();
        let last_run = snapshot.runs().await?.iter().rev().find(|r| r.day <= day).cloned();
        let week = adherence.weeks.last();
        Ok(Overview {
            day,
            light: today.light,
            triage: today.triage.level,
            running_suspended: today.running_suspended,
            pain_by_day,
            last_run,
            strength_done: week.map_or(0, |w| w.done_strength),
            strength_planned: week.map_or(0, |w| w.planned_strength),
            days_since_entry: last_entry.map(|d| day.days_since(d)),
        })
    }
}

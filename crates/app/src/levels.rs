//! PROG-2 over the stored sessions: each movement's level, moved and stored after a session
//! or a morning entry, and its history over time for the level charts.

use runwell_domain::diary::History;
use runwell_domain::pain::next_morning_light;
use runwell_domain::programme::RoutineKind;
use runwell_domain::progression::{
    self, LevelChange, ProgressionRules, SessionOutcome, SessionPainCutoffs,
};
use runwell_domain::text::Text;
use runwell_domain::{Light, LocalDay, PainScore, Thresholds};
use runwell_store::{SessionRow, SetRow};
use serde::Serialize;

use crate::words::Words;
use crate::{App, AppError, local_today, programme};

/// A movement whose level changed when a session or a morning was logged.
#[derive(Debug, Clone, Serialize)]
pub struct LevelChangeView {
    pub movement: String,
    /// The movement's name, as the runner reads it.
    pub name: String,
    pub from: u8,
    pub to: u8,
    /// Why, in English (the text stored with the level).
    pub reason: String,
    /// The same sentence, for a front end to say in the runner's language.
    #[serde(skip)]
    pub why: Text,
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

/// The routine a movement's progression is judged in: the strength session for the movements it
/// holds (the toe tap is also in the warm-up, but its warm-up dose is not its training dose),
/// otherwise any routine that holds the movement.
pub(crate) fn counts_for(movement: &str, routine: RoutineKind) -> bool {
    let Ok(programme) = programme() else { return false };
    let in_strength = programme
        .routine(RoutineKind::Strength)
        .is_some_and(|r| r.items.iter().any(|i| i.movement == movement));
    !in_strength || routine == RoutineKind::Strength
}

/// PROG-2's input for one movement from the stored sessions, oldest first. A session without a
/// pain answer counts as amber: it holds the level, it cannot raise it.
pub(crate) fn outcomes(
    movement: &str,
    sessions: &[SessionRow],
    history: &History,
) -> Vec<SessionOutcome> {
    let cutoffs = SessionPainCutoffs::default();
    let t = Thresholds::default();
    sessions
        .iter()
        .filter(|s| counts_for(movement, s.routine))
        .filter_map(|s| {
            let sets: Vec<&SetRow> = s.sets.iter().filter(|x| x.movement == movement).collect();
            let level = sets.first()?.level;
            let during = s
                .pain
                .and_then(|p| PainScore::new(i64::from(p)).ok())
                .map_or(Light::Amber, |p| cutoffs.light(p));
            Some(SessionOutcome {
                day: s.day,
                level,
                all_sets_at_target: sets.iter().all(|x| x.done >= x.target),
                during,
                next_morning: next_morning_light(history, s.day, &t),
            })
        })
        .collect()
}

impl App {
    /// Where each of `movements` stands by its stored sessions and the diary, as
    /// [`App::update_levels`] last worked it out: the sessions read once for all of them.
    pub(crate) async fn progressions_of(
        &self,
        movements: &[&runwell_domain::programme::Movement],
    ) -> Result<Vec<progression::Progression>, AppError> {
        let sessions = self.store().sessions(self.runner).await?;
        let snapshot = self.snapshot().await?;
        let rules = ProgressionRules::default();
        Ok(movements
            .iter()
            .map(|m| {
                let outcomes = outcomes(&m.id, &sessions, &snapshot.history);
                progression::progress(m.top_level(), &outcomes, &rules)
            })
            .collect())
    }

    /// Every movement's level over time, as PROG-2 works it out from the stored sessions and
    /// the pain diary, up to `day`.
    pub async fn level_histories(
        &self,
        day: Option<LocalDay>,
    ) -> Result<Vec<LevelHistory>, AppError> {
        let snapshot = self.snapshot().await?;
        let today = day.unwrap_or_else(|| local_today(&snapshot.profile));
        let sessions: Vec<SessionRow> = self
            .store()
            .sessions(self.runner)
            .await?
            .into_iter()
            .filter(|s| s.day <= today)
            .collect();
        let mut out = Vec::new();
        for movement in &programme()?.movements {
            let outcomes = outcomes(&movement.id, &sessions, &snapshot.history);
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

    /// Recomputes every movement's level from its sessions (PROG-2) and stores the ones that
    /// changed. Called after a session and after a morning pain entry, which can complete a
    /// session's verdict, and after either is changed or deleted.
    pub(crate) async fn update_levels(
        &self,
        day: LocalDay,
    ) -> Result<Vec<LevelChangeView>, AppError> {
        let sessions = self.store().sessions(self.runner).await?;
        let history = self.snapshot().await?.history.clone();
        let stored = self.store().movement_levels(self.runner).await?;
        let mut changes = Vec::new();
        for movement in &programme()?.movements {
            let outcomes = outcomes(&movement.id, &sessions, &history);
            if outcomes.is_empty() {
                // Its sessions were deleted: the movement is at level 1 again.
                if stored.contains_key(&movement.id) {
                    self.store().clear_movement_level(self.runner, &movement.id).await?;
                }
                continue;
            }
            let result = progression::progress(
                movement.top_level(),
                &outcomes,
                &ProgressionRules::default(),
            );
            let before = stored.get(&movement.id);
            let old_level = before.map_or(1, |s| s.level);
            // The stored reason is English, as exports and the record keep it; pages say it
            // again in the runner's language from the sessions (`App::movement_in`).
            let reason = Words::default().text(&result.reason);
            if before.is_some_and(|s| s.level == result.level && s.reason == reason) {
                continue;
            }
            let since = result.since.unwrap_or(day);
            self.store()
                .set_movement_level(self.runner, &movement.id, result.level, since, &reason)
                .await?;
            if old_level != result.level {
                changes.push(LevelChangeView {
                    movement: movement.id.clone(),
                    name: movement.name.clone(),
                    from: old_level,
                    to: result.level,
                    reason,
                    why: result.reason,
                });
            }
        }
        Ok(changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{app, day, morning, strength_record};

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
        let (_other, fresh) = crate::test_support::app().await;
        let none = fresh.adherence_calendar(Some(day("2026-03-20")), 8).await.unwrap();
        assert_eq!(none.weeks.len(), 1, "no session yet: only this week");
    }
}

//! Reading the programme: the exercises, one movement with the runner's level, a routine dosed
//! at the runner's levels, the knowledge pages.

use std::collections::HashMap;

use runwell_domain::programme::{
    Level, Movement, MovementKind, Page, Programme, RoutineDose, RoutineKind,
};
use runwell_domain::progression;
use serde::Serialize;

use crate::words::Words;
use crate::{App, AppError};

/// The programme compiled into this runwell.
pub fn programme() -> Result<&'static Programme, AppError> {
    programme_in(runwell_content::Lang::En)
}

/// Starts reading the English programme and messages on a thread of their own, for a command
/// that is about to open the database and then give advice, which quotes both: they take a
/// couple of milliseconds of a core that the opening leaves waiting on SQLite's threads. A
/// read that comes first waits for this one rather than reading them twice.
pub fn read_english_ahead() {
    // A thread that cannot be made leaves the reading to the first use, as without this.
    let _ = std::thread::Builder::new().name("read-ahead".into()).spawn(|| {
        let _ = programme();
        Words::new(runwell_content::Lang::En).load();
    });
}

/// The programme in `lang`: the English ids, numbers and structure with that language's words.
pub fn programme_in(lang: runwell_content::Lang) -> Result<&'static Programme, AppError> {
    runwell_content::embedded_in(lang).map_err(|errors| AppError::Content(errors.to_string()))
}

/// One of the article's six exercises with its movements, for listings.
#[derive(Debug, Clone, Serialize)]
pub struct ExerciseView {
    pub number: u8,
    pub id: String,
    pub name: String,
    pub summary: String,
    pub movements: Vec<MovementBrief>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MovementBrief {
    pub id: String,
    pub name: String,
    pub kind: MovementKind,
    pub per_side: bool,
    pub summary: String,
    pub levels: usize,
}

/// One movement in full, with the level the runner is at and why.
#[derive(Debug, Clone, Serialize)]
pub struct MovementView {
    pub movement: Movement,
    pub exercise_number: u8,
    pub exercise_name: String,
    pub current_level: Level,
    /// Why the movement is at this level: the stored reason, or that everyone starts at 1.
    pub level_reason: String,
    pub level_since: Option<String>,
}

pub fn exercises() -> Result<Vec<ExerciseView>, AppError> {
    let programme = programme()?;
    Ok(programme
        .exercises
        .iter()
        .map(|e| ExerciseView {
            number: e.number,
            id: e.id.clone(),
            name: e.name.clone(),
            summary: e.summary.clone(),
            movements: e
                .movements
                .iter()
                .filter_map(|id| programme.movement(id))
                .map(|m| MovementBrief {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    kind: m.kind,
                    per_side: m.per_side,
                    summary: m.summary.clone(),
                    levels: m.levels.len(),
                })
                .collect(),
        })
        .collect())
}

pub fn movement(id: &str) -> Result<&'static Movement, AppError> {
    let programme = programme()?;
    programme.movement(id).ok_or_else(|| AppError::NotFound {
        what: "movement",
        id: id.to_owned(),
        known: programme.movements.iter().map(|m| m.id.as_str()).collect::<Vec<_>>().join(", "),
    })
}

/// A knowledge page by id (`causes`, `prevention`, `tips`, `seek-help`, `load-education`).
pub fn page(id: &str) -> Result<&'static Page, AppError> {
    let programme = programme()?;
    programme.page(id).ok_or_else(|| AppError::NotFound {
        what: "topic",
        id: id.to_owned(),
        known: programme.pages.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", "),
    })
}

impl App {
    /// A movement with the runner's current level on its ladder.
    pub async fn movement(&self, id: &str) -> Result<MovementView, AppError> {
        self.movement_in(id, runwell_content::Lang::En).await
    }

    /// The same, with the movement's words in `lang`.
    pub async fn movement_in(
        &self,
        id: &str,
        lang: runwell_content::Lang,
    ) -> Result<MovementView, AppError> {
        let english = movement(id)?;
        let mut views = self.movement_views(&[english], lang).await?;
        views.pop().ok_or_else(|| AppError::Content(format!("movement {id} is missing")))
    }

    /// Every movement of the programme in its exercises' order, each at the runner's level,
    /// with its words in `lang`: the levels and sessions read once for all of them.
    pub async fn movements_in(
        &self,
        lang: runwell_content::Lang,
    ) -> Result<Vec<MovementView>, AppError> {
        let english = programme()?;
        let ids = english.exercises.iter().flat_map(|e| e.movements.iter());
        let movements = ids.map(|id| movement(id)).collect::<Result<Vec<_>, AppError>>()?;
        self.movement_views(&movements, lang).await
    }

    async fn movement_views(
        &self,
        english: &[&Movement],
        lang: runwell_content::Lang,
    ) -> Result<Vec<MovementView>, AppError> {
        let programme = programme_in(lang)?;
        let mut stored = self.store().movement_levels(self.runner).await?;
        // Only a movement that has moved needs its sessions: the others start at level 1.
        let moved: Vec<&Movement> =
            english.iter().copied().filter(|m| stored.contains_key(&m.id)).collect();
        let mut now: HashMap<&str, progression::Progression> = if moved.is_empty() {
            HashMap::new()
        } else {
            moved.iter().map(|m| m.id.as_str()).zip(self.progressions_of(&moved).await?).collect()
        };
        let words = Words::new(lang);
        english
            .iter()
            .map(|english| {
                // The id as the programme spells it: the runner may have typed it in another
                // case.
                let id = english.id.as_str();
                let movement =
                    programme.movements.iter().find(|m| m.id == id).ok_or_else(|| {
                        AppError::Content(format!("movement {id} is missing in {lang}"))
                    })?;
                let exercise = programme
                    .exercises
                    .iter()
                    .find(|e| e.movements.iter().any(|m| m == id))
                    .ok_or_else(|| AppError::Content(format!("movement {id} is in no exercise")))?;
                let (level, level_reason, level_since) = match stored.remove(id) {
                    Some(s) => {
                        // The stored reason is English; the sessions say it again in `lang`
                        // while they still lead to the stored level (a restored or older
                        // record may not).
                        let reason = match now.remove(id) {
                            Some(p)
                                if p.level == s.level
                                    && p.since.is_none_or(|d| d.to_string() == s.changed_on) =>
                            {
                                words.text(&p.reason)
                            }
                            _ => s.reason,
                        };
                        (s.level, reason, Some(s.changed_on))
                    }
                    None => (1, words.text(&progression::starting_reason()), None),
                };
                Ok(MovementView {
                    movement: movement.clone(),
                    exercise_number: exercise.number,
                    exercise_name: exercise.name.clone(),
                    current_level: movement.level(level).clone(),
                    level_reason,
                    level_since,
                })
            })
            .collect()
    }

    /// A routine with each movement at the runner's level, or at `level` for all when given.
    pub async fn routine(
        &self,
        kind: RoutineKind,
        level: Option<u8>,
    ) -> Result<RoutineDose, AppError> {
        self.routine_in(kind, level, runwell_content::Lang::En).await
    }

    /// The same, with the routine's and the movements' words in `lang`.
    pub async fn routine_in(
        &self,
        kind: RoutineKind,
        level: Option<u8>,
        lang: runwell_content::Lang,
    ) -> Result<RoutineDose, AppError> {
        let levels = self.store().movement_levels(self.runner).await?;
        let mut dose = programme_in(lang)?
            .routine_dose(kind, |m| {
                level.unwrap_or_else(|| levels.get(&m.id).map_or(1, |l| l.level))
            })
            .ok_or_else(|| AppError::Content(format!("the {kind} routine is missing")))?;
        // Each set's amount as the session shows and says it, in the routine's language.
        let words = Words::new(lang);
        for item in &mut dose.items {
            item.dose_text = words.dose(item.dose, item.per_side);
        }
        Ok(dose)
    }
}

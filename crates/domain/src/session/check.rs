//! What a complete session record is. Progression (PROG-2) reads "every set done at target"
//! off a record, so a record that misses sets, invents levels or counts beyond a target must
//! not pass for a session. Every way a record is stored is held to this: a guided session in
//! the terminal or the browser (whose record comes back from the page and may be anything), and
//! one logged by hand.

use super::{SessionRecord, Side};
use crate::DomainError;
use crate::programme::Programme;

/// The longest a session may say it lasted: a day. Anything longer is not a session.
pub const LONGEST_SESSION_S: u32 = 24 * 3600;
/// More sets than any routine has; a record with more is not one of runwell's.
const MOST_SETS: usize = 200;

/// What a session where nothing was done comes to.
pub const NOTHING_DONE: &str = "nothing was done, so nothing is saved";

fn refused(why: String) -> DomainError {
    DomainError::Value(format!("that session cannot be saved: {why}. Nothing was saved"))
}

impl SessionRecord {
    /// Checks the record against the programme: its routine's own movements, real levels, each
    /// level's target, nothing beyond it, and every set of every movement once at one level.
    /// The message says what was wrong.
    pub fn check(&self, programme: &Programme) -> Result<(), DomainError> {
        let routine = programme
            .routine(self.routine)
            .ok_or_else(|| refused("the routine is missing from the programme".into()))?;
        if self.sets.is_empty() || self.sets.len() > MOST_SETS {
            return Err(refused("the record has no sets, or far too many".into()));
        }
        if self.duration_s > LONGEST_SESSION_S {
            return Err(refused("the record says the session lasted more than a day".into()));
        }
        for set in &self.sets {
            let movement = programme
                .movement(&set.movement)
                .filter(|m| routine.items.iter().any(|i| i.movement == m.id))
                .ok_or_else(|| {
                    refused(format!("{} is not a movement of this routine", set.movement))
                })?;
            if set.level == 0 || set.level > movement.top_level() {
                return Err(refused(format!("{} has no level {}", movement.name, set.level)));
            }
            let dose = movement.level(set.level).dose;
            if set.target != dose.per_set() || set.set_no == 0 || set.set_no > dose.sets() {
                let what =
                    format!("set {} of {} does not match its level", set.set_no, movement.name);
                return Err(refused(what));
            }
            if set.done > set.target {
                let what =
                    format!("set {} of {} counts more than its target", set.set_no, movement.name);
                return Err(refused(what));
            }
        }
        for item in &routine.items {
            let movement = programme
                .movement(&item.movement)
                .ok_or_else(|| refused("the programme is incomplete".into()))?;
            let sets: Vec<_> = self.sets.iter().filter(|s| s.movement == movement.id).collect();
            let Some(level) = sets.first().map(|s| s.level) else {
                return Err(refused(format!("{} is missing", movement.name)));
            };
            let sides = Side::of(movement.per_side);
            let count = movement.level(level).dose.sets();
            let complete = sets.len() == sides.len() * count as usize
                && sets.iter().all(|s| s.level == level && sides.contains(&s.side))
                && (1..=count).all(|n| {
                    sides.iter().all(|side| sets.iter().any(|s| s.set_no == n && s.side == *side))
                });
            if !complete {
                return Err(refused(format!(
                    "the sets of {} are not those of its level",
                    movement.name
                )));
            }
        }
        Ok(())
    }
}

//! The guided session: a routine turned into a timed script, played by a state machine that a
//! front end drives with the clock and the runner's keys.
//!
//! [`Script::new`] lays out a [`RoutineDose`](crate::programme::RoutineDose) step by step: for
//! each movement, set and side a short "get ready" countdown (the first one introduces the
//! movement with its steps), the work (reps at the movement's tempo, or a hold), and a rest. The
//! [`Engine`] plays it: `tick(now_ms)` moves it along a clock the caller owns (a real one in the
//! terminal, a fake one in tests, the browser's later) and returns the [`Event`]s to show and to
//! speak; `key(..)` pauses, resumes, skips a step or quits. Nothing here sleeps or reads a clock,
//! which is what lets a whole session be tested in microseconds and mirrored in JavaScript.
//!
//! What the runner did is kept as a [`SessionRecord`]: every set of the routine with its target
//! and what was done. A set played to its end counts as done at target — the runner follows the
//! timed cues — and a set skipped or interrupted by quitting counts what was done before it:
//! whole reps at the movement's tempo, or whole seconds held. Sets never reached count 0. Pain and
//! effort are asked by the front end at the end and added to the record.

mod check;
mod dose;
mod engine;
mod event;
mod key;
mod script;

use serde::{Deserialize, Serialize};

use crate::programme::{DosedItem, RoutineDose, RoutineKind};
use crate::{PainScore, Rpe};

pub use check::{LONGEST_SESSION_S, NOTHING_DONE};
pub use engine::{Engine, Key, Phase, State, View};
pub use event::{Event, clock};
pub use key::RecordKey;
pub use script::{Script, ScriptItem, SetRef, Step, StepKind, Timing, Work};

/// Which leg a set is for: per-side movements alternate left and right, the rest are both. The
/// same words as the side of a pain entry, so it is the diary's [`Side`](crate::diary::Side).
pub use crate::diary::Side;

/// One set of one movement on one side: its target and what was done, in reps or seconds as the
/// movement's dose counts them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetRecord {
    pub movement: String,
    pub level: u8,
    pub side: Side,
    /// From 1.
    pub set_no: u32,
    pub target: u32,
    pub done: u32,
}

impl SetRecord {
    /// Every set of a dosed routine in order, on each side for a movement done per side, at
    /// its level's target; `done(item, set_no, target)` says how much of each was done.
    pub fn all_of(
        dose: &RoutineDose,
        mut done: impl FnMut(&DosedItem, u32, u32) -> u32,
    ) -> Vec<SetRecord> {
        let mut sets = Vec::new();
        for item in &dose.items {
            let target = item.dose.per_set();
            for set_no in 1..=item.dose.sets() {
                for &side in Side::of(item.per_side) {
                    sets.push(SetRecord {
                        movement: item.movement.clone(),
                        level: item.level,
                        side,
                        set_no,
                        target,
                        done: done(item, set_no, target),
                    });
                }
            }
        }
        sets
    }
}

/// A guided session as it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub routine: RoutineKind,
    /// Every set of the routine in the order played, including those not reached (done 0).
    pub sets: Vec<SetRecord>,
    /// Time spent in the session, pauses left out.
    pub duration_s: u32,
    /// Played to the end (skips allowed), rather than quit.
    pub finished: bool,
    /// Pain during the session, asked at the end by the front end (PAIN-1).
    pub pain: Option<PainScore>,
    /// Effort on the CR-10 scale, asked at the end by the front end (LOAD-1).
    pub rpe: Option<Rpe>,
    /// Given by a front end that may send the record more than once (the browser's offline
    /// queue): the record is stored once under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<RecordKey>,
}

/// How one movement went in a session: what progression (PROG-2) needs from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MovementResult {
    pub movement: String,
    pub level: u8,
    /// Sets of the movement, both sides counted.
    pub sets: u32,
    pub sets_at_target: u32,
}

impl MovementResult {
    pub fn all_sets_at_target(&self) -> bool {
        self.sets_at_target == self.sets
    }
}

impl SessionRecord {
    /// Whether any rep was done or any second held; a session quit before that is not worth
    /// keeping.
    pub fn anything_done(&self) -> bool {
        self.sets.iter().any(|s| s.done > 0)
    }

    /// "Done: 10 of 12 sets at target in 14:32."
    pub fn summary(&self) -> String {
        let (at_target, sets) = self.sets_at_target();
        let (m, s) = (self.duration_s / 60, self.duration_s % 60);
        format!("Done: {at_target} of {sets} sets at target in {m}:{s:02}.")
    }

    /// The sets done at target, and the sets in all.
    pub fn sets_at_target(&self) -> (u32, u32) {
        let movements = self.movements();
        (movements.iter().map(|m| m.sets_at_target).sum(), movements.iter().map(|m| m.sets).sum())
    }

    /// Each movement of the session once, in order of first appearance.
    pub fn movements(&self) -> Vec<MovementResult> {
        let mut out: Vec<MovementResult> = Vec::new();
        for set in &self.sets {
            let at_target = u32::from(set.done >= set.target);
            match out.iter_mut().find(|m| m.movement == set.movement) {
                Some(m) => {
                    m.sets += 1;
                    m.sets_at_target += at_target;
                }
                None => out.push(MovementResult {
                    movement: set.movement.clone(),
                    level: set.level,
                    sets: 1,
                    sets_at_target: at_target,
                }),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(movement: &str, side: Side, set_no: u32, target: u32, done: u32) -> SetRecord {
        SetRecord { movement: movement.into(), level: 2, side, set_no, target, done }
    }

    #[test]
    fn movements_sum_their_sets() {
        let record = SessionRecord {
            routine: RoutineKind::Strength,
            sets: vec![
                set("bridge", Side::Left, 1, 10, 10),
                set("bridge", Side::Right, 1, 10, 10),
                set("hold", Side::Both, 1, 30, 12),
                set("bridge", Side::Left, 2, 10, 10),
            ],
            duration_s: 100,
            finished: false,
            pain: None,
            rpe: None,
            key: None,
        };
        let got: Vec<_> = record
            .movements()
            .iter()
            .map(|m| (m.movement.clone(), m.sets, m.sets_at_target, m.all_sets_at_target()))
            .collect();
        assert_eq!(got, [("bridge".into(), 3, 3, true), ("hold".into(), 1, 0, false)]);
        assert!(record.anything_done());
    }

    #[test]
    fn records_serialise_with_the_stores_spelling() {
        let record = SessionRecord {
            routine: RoutineKind::Cooldown,
            sets: vec![set("hold", Side::Both, 1, 30, 0)],
            duration_s: 5,
            finished: false,
            pain: Some(PainScore::new(3).unwrap()),
            rpe: None,
            key: None,
        };
        assert!(!record.anything_done());
        let json = serde_json::to_string(&record).unwrap();
        assert_eq!(
            json,
            r#"{"routine":"cooldown","sets":[{"movement":"hold","level":2,"side":"both","set_no":1,"target":30,"done":0}],"duration_s":5,"finished":false,"pain":3,"rpe":null}"#
        );
        assert_eq!(serde_json::from_str::<SessionRecord>(&json).unwrap(), record);
        assert_eq!(Side::Right.id(), "right");
    }
}

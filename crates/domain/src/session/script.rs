//! A routine laid out as timed steps: get ready, work, rest, for every set and side.

use serde::Serialize;

use super::Side;
use crate::programme::{Dose, Programme, RoutineDose, RoutineKind};

/// The guided session's own timings. These are product choices *(defaults)*, not evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Timing {
    /// Seconds of "get ready" before each set.
    pub prepare_s: u32,
    /// Read a movement's steps out before its first set; off, only its name, variant and dose.
    pub introduce_steps: bool,
    /// The pace at which an introduction is read (espeak-ng speaks about 175 words a minute; a
    /// little slower leaves time to take the position). Sets how long the first get-ready lasts.
    pub words_per_minute: u32,
    /// The longest an introduction may hold up the first set.
    pub introduce_max_s: u32,
    /// Seconds per rep for a movement dosed in reps whose content gives no tempo.
    pub default_rep_s: u32,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            prepare_s: 5,
            introduce_steps: true,
            words_per_minute: 150,
            introduce_max_s: 60,
            // A steady three seconds a rep: up, a moment at the top, down.
            default_rep_s: 3,
        }
    }
}

/// A movement of the routine as the session plays it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScriptItem {
    pub movement: String,
    pub name: String,
    pub level: u8,
    pub top_level: u8,
    pub variant: String,
    pub dose: Dose,
    pub dose_text: String,
    pub per_side: bool,
    pub steps: Vec<String>,
}

impl ScriptItem {
    /// The introduction as spoken: name, variant, dose in words, and the steps when asked for.
    pub fn spoken_introduction(&self, with_steps: bool) -> String {
        let each = if self.per_side { ", each side" } else { "" };
        let dose = match self.dose {
            Dose::Reps { sets, reps } => format!("{} of {reps} reps{each}", plural(sets, "set")),
            Dose::Hold { sets, hold_s } => {
                format!("{} of {hold_s} seconds{each}", plural(sets, "hold"))
            }
            Dose::Time { duration_s } => format!("{duration_s} seconds{each}"),
        };
        let mut text = format!("{}. Level {}: {}. {dose}.", self.name, self.level, self.variant);
        if with_steps {
            for step in &self.steps {
                text.push(' ');
                text.push_str(step);
            }
        }
        text
    }
}

fn plural(n: u32, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// Which set a step belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SetRef {
    /// Index into [`Script::items`].
    pub item: usize,
    pub side: Side,
    pub set_no: u32,
}

/// The work of one set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Work {
    /// Reps at the movement's tempo, one every `rep_ms`.
    Reps { reps: u32, rep_ms: u64 },
    /// A hold, or a timed block, of `seconds`.
    Hold { seconds: u32 },
}

impl Work {
    /// The set's target, in the dose's unit (reps or seconds).
    pub fn target(self) -> u32 {
        match self {
            Work::Reps { reps, .. } => reps,
            Work::Hold { seconds } => seconds,
        }
    }

    fn duration_ms(self) -> u64 {
        match self {
            Work::Reps { reps, rep_ms } => u64::from(reps) * rep_ms,
            Work::Hold { seconds } => u64::from(seconds) * 1000,
        }
    }

    /// What `elapsed_ms` of the set amounts to: whole reps, or whole seconds held.
    pub fn done_after(self, elapsed_ms: u64) -> u32 {
        let done = match self {
            Work::Reps { rep_ms, .. } => elapsed_ms / rep_ms.max(1),
            Work::Hold { .. } => elapsed_ms / 1000,
        };
        u32::try_from(done).unwrap_or(u32::MAX).min(self.target())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum StepKind {
    /// "Get ready" before a set; the first set of a movement introduces it, and a change of leg
    /// is announced.
    Prepare {
        set: SetRef,
        introduce: bool,
        switch_side: bool,
    },
    Work {
        set: SetRef,
        work: Work,
    },
    /// Rest after a set; `next` is the set that follows.
    Rest {
        next: SetRef,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub kind: StepKind,
    pub duration_ms: u64,
}

/// A routine laid out step by step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Script {
    pub routine: RoutineKind,
    pub name: String,
    pub items: Vec<ScriptItem>,
    pub steps: Vec<Step>,
    pub timing: Timing,
}

impl Script {
    /// Lays out `dose` with its movements' steps and tempo from `programme`. For each movement:
    /// set 1 left, set 1 right, set 2 left… (per-side movements alternate, as the content's steps
    /// say: finish the set on one side, then swap), each set after a get-ready, with the routine's
    /// rest between sets and after the movement. No rest follows the routine's last set.
    pub fn new(dose: &RoutineDose, programme: &Programme, timing: &Timing) -> Script {
        let items: Vec<ScriptItem> = dose
            .items
            .iter()
            .map(|d| ScriptItem {
                movement: d.movement.clone(),
                name: d.name.clone(),
                level: d.level,
                top_level: d.top_level,
                variant: d.variant.clone(),
                dose: d.dose,
                dose_text: d.dose_text.clone(),
                per_side: d.per_side,
                // The content is validated, so the movement is there; without it the session
                // still runs, just without the steps.
                steps: programme.movement(&d.movement).map(|m| m.steps.clone()).unwrap_or_default(),
            })
            .collect();

        // Every set in playing order, with the rest that follows it.
        let mut sets: Vec<(SetRef, Work, u32)> = Vec::new();
        for (index, (item, dosed)) in items.iter().zip(&dose.items).enumerate() {
            let rep_s = programme
                .movement(&item.movement)
                .and_then(|m| m.rep_seconds)
                .unwrap_or(timing.default_rep_s);
            let work = match item.dose {
                Dose::Reps { reps, .. } => Work::Reps { reps, rep_ms: u64::from(rep_s) * 1000 },
                Dose::Hold { hold_s, .. } => Work::Hold { seconds: hold_s },
                Dose::Time { duration_s } => Work::Hold { seconds: duration_s },
            };
            let sides = Side::of(item.per_side);
            let count = item.dose.sets();
            for set_no in 1..=count {
                for (s, &side) in sides.iter().enumerate() {
                    let last = set_no == count && s + 1 == sides.len();
                    let rest = if last { dosed.rest_after_s } else { dosed.rest_between_sets_s };
                    sets.push((SetRef { item: index, side, set_no }, work, rest));
                }
            }
        }

        let mut steps = Vec::new();
        for (i, &(set, work, rest_s)) in sets.iter().enumerate() {
            let introduce = set.set_no == 1 && set.side != Side::Right;
            let switch_side = set.side != Side::Both;
            let item = &items[set.item];
            let prepare_s = if introduce { introduction_s(item, timing) } else { timing.prepare_s };
            if prepare_s > 0 {
                steps.push(Step {
                    kind: StepKind::Prepare { set, introduce, switch_side },
                    duration_ms: u64::from(prepare_s) * 1000,
                });
            }
            steps
                .push(Step { kind: StepKind::Work { set, work }, duration_ms: work.duration_ms() });
            if let Some(&(next, _, _)) = sets.get(i + 1)
                && rest_s > 0
            {
                steps.push(Step {
                    kind: StepKind::Rest { next },
                    duration_ms: u64::from(rest_s) * 1000,
                });
            }
        }
        Script { routine: dose.id, name: dose.name.clone(), items, steps, timing: *timing }
    }

    /// The whole script's length, without pauses or skips.
    pub fn total_ms(&self) -> u64 {
        self.steps.iter().map(|s| s.duration_ms).sum()
    }
}

/// Long enough to hear the introduction at the timing's pace, never shorter than an ordinary
/// get-ready nor longer than `introduce_max_s`.
fn introduction_s(item: &ScriptItem, timing: &Timing) -> u32 {
    let words = item.spoken_introduction(timing.introduce_steps).split_whitespace().count() as u32;
    let reading = (words * 60).div_ceil(timing.words_per_minute.max(1));
    reading.clamp(timing.prepare_s, timing.introduce_max_s.max(timing.prepare_s))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::programme::{
        Level, Movement, MovementKind, Programme, Routine, RoutineItem, RoutineKind,
    };

    fn movement(id: &str, per_side: bool, rep_seconds: Option<u32>, dose: Dose) -> Movement {
        Movement {
            id: id.into(),
            name: id.to_uppercase(),
            kind: MovementKind::Strength,
            per_side,
            summary: String::new(),
            illustration_svg: String::new(),
            illustration_alt: String::new(),
            steps: vec!["Lie down.".into(), "Lift.".into()],
            benefits: vec![],
            target_muscles: vec![],
            cues: vec![],
            mistakes: vec![],
            safety_stop: String::new(),
            rep_seconds,
            evidence: vec![],
            levels: vec![Level { level: 1, variant: "Easy".into(), dose }],
        }
    }

    /// A small programme: a per-side bridge (2 sets × 3 reps, 2 s a rep, 10 s rests, 20 s after)
    /// and a hold for both legs (2 × 4 s, 5 s rests).
    pub(in crate::session) fn programme() -> Programme {
        Programme {
            movements: vec![
                movement("bridge", true, Some(2), Dose::Reps { sets: 2, reps: 3 }),
                movement("hold", false, None, Dose::Hold { sets: 2, hold_s: 4 }),
            ],
            exercises: vec![],
            routines: vec![Routine {
                id: RoutineKind::Strength,
                name: "Hip strength".into(),
                when: String::new(),
                summary: String::new(),
                items: vec![
                    RoutineItem {
                        movement: "bridge".into(),
                        rest_between_sets_s: 10,
                        rest_after_s: 20,
                    },
                    RoutineItem {
                        movement: "hold".into(),
                        rest_between_sets_s: 5,
                        rest_after_s: 30,
                    },
                ],
            }],
            pages: vec![],
            faq: vec![],
            sources: vec![],
            gear: vec![],
        }
    }

    /// Short timings that keep test scripts readable: 3 s get-ready, 6 s introductions.
    pub(in crate::session) fn timing() -> Timing {
        Timing {
            prepare_s: 3,
            introduce_steps: false,
            words_per_minute: 60,
            introduce_max_s: 6,
            default_rep_s: 3,
        }
    }

    pub(in crate::session) fn script() -> Script {
        let programme = programme();
        let dose = programme.routine_dose(RoutineKind::Strength, |_| 1).unwrap();
        Script::new(&dose, &programme, &timing())
    }

    fn compact(script: &Script) -> Vec<String> {
        script
            .steps
            .iter()
            .map(|step| {
                let s = step.duration_ms / 1000;
                let at = |set: &SetRef| {
                    format!("{}.{}.{}", script.items[set.item].movement, set.side.id(), set.set_no)
                };
                match &step.kind {
                    StepKind::Prepare { set, introduce, switch_side } => format!(
                        "prep {} {s}s{}{}",
                        at(set),
                        if *introduce { " intro" } else { "" },
                        if *switch_side { " side" } else { "" }
                    ),
                    StepKind::Work { set, work } => {
                        format!("work {} {s}s {}", at(set), work.target())
                    }
                    StepKind::Rest { next } => format!("rest {s}s then {}", at(next)),
                }
            })
            .collect()
    }

    #[test]
    fn sets_alternate_sides_with_get_ready_and_rests() {
        assert_eq!(
            compact(&script()),
            [
                "prep bridge.left.1 6s intro side",
                "work bridge.left.1 6s 3",
                "rest 10s then bridge.right.1",
                "prep bridge.right.1 3s side",
                "work bridge.right.1 6s 3",
                "rest 10s then bridge.left.2",
                "prep bridge.left.2 3s side",
                "work bridge.left.2 6s 3",
                "rest 10s then bridge.right.2",
                "prep bridge.right.2 3s side",
                "work bridge.right.2 6s 3",
                "rest 20s then hold.both.1",
                "prep hold.both.1 6s intro",
                "work hold.both.1 4s 4",
                "rest 5s then hold.both.2",
                "prep hold.both.2 3s",
                "work hold.both.2 4s 4",
            ]
        );
        // 4 bridge sets × 6 s + 2 holds × 4 s, 3 × 10 + 20 + 5 s of rest, 6 + 3 × 3 + 6 + 3 s of
        // get-ready.
        assert_eq!(script().total_ms(), (24 + 8 + 55 + 24) * 1000);
    }

    #[test]
    fn introductions_last_as_long_as_they_take_to_say() {
        let item = &script().items[0];
        assert_eq!(
            item.spoken_introduction(false),
            "BRIDGE. Level 1: Easy. 2 sets of 3 reps, each side."
        );
        assert_eq!(
            item.spoken_introduction(true),
            "BRIDGE. Level 1: Easy. 2 sets of 3 reps, each side. Lie down. Lift."
        );
        // Each row: steps read or not, words per minute, longest, expected seconds (the text has
        // 11 words, 14 with the steps).
        let check = |steps: bool, wpm: u32, max: u32, expected: u32| {
            let t = Timing {
                introduce_steps: steps,
                words_per_minute: wpm,
                introduce_max_s: max,
                ..timing()
            };
            assert_eq!(introduction_s(item, &t), expected, "{wpm} wpm, max {max}");
        };
        check(false, 60, 60, 11);
        check(true, 60, 60, 14);
        check(true, 120, 60, 7);
        // Never shorter than the get-ready, never longer than the cap.
        check(true, 600, 60, 3);
        check(true, 60, 8, 8);
        check(true, 60, 1, 3);
        check(true, 0, 60, 60);
    }

    #[test]
    fn partial_sets_count_whole_reps_and_seconds() {
        let check = |work: Work, elapsed_ms: u64, expected: u32| {
            assert_eq!(work.done_after(elapsed_ms), expected, "{work:?} after {elapsed_ms} ms");
        };
        let reps = Work::Reps { reps: 10, rep_ms: 4000 };
        check(reps, 0, 0);
        check(reps, 3999, 0);
        check(reps, 4000, 1);
        check(reps, 39_999, 9);
        check(reps, 40_000, 10);
        check(reps, 99_000, 10);
        let hold = Work::Hold { seconds: 30 };
        check(hold, 999, 0);
        check(hold, 12_500, 12);
        check(hold, 31_000, 30);
    }

    #[test]
    fn missing_tempo_and_zero_timings_still_make_a_script() {
        let mut programme = programme();
        programme.movements[0].rep_seconds = None;
        let dose = programme.routine_dose(RoutineKind::Strength, |_| 1).unwrap();
        let quick = Timing { prepare_s: 0, ..timing() };
        let script = Script::new(&dose, &programme, &quick);
        let StepKind::Work { work, .. } = script.steps[1].kind else {
            panic!("{:?}", script.steps[1])
        };
        assert_eq!(work, Work::Reps { reps: 3, rep_ms: 3000 });
        // No get-ready steps except the introductions, which still last their reading time.
        assert_eq!(
            script.steps.iter().filter(|s| matches!(s.kind, StepKind::Prepare { .. })).count(),
            2
        );
    }
}

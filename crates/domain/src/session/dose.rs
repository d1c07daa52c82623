//! A routine dosed at the runner's levels, with its length taken from the script the guided
//! session plays. Announcing a length worked out some other way is how the programme page came
//! to say "about 3 min" for a cool-down the session then took 4 minutes over: the get-readies and
//! the movements' introductions were left out, and a rest after the last set was counted that is
//! never played. Here there is one source for both.
//!
//! It is an `impl Programme` living beside the script rather than in `programme.rs`, so that the
//! programme types need nothing from the session (the session uses them).

use super::script::{Script, StepKind, Timing};
use crate::programme::{DosedItem, Movement, Programme, RoutineDose, RoutineKind};

impl Programme {
    /// The routine with each movement's dose at the level `level_of` gives for it, and its
    /// length (whole and per movement) as [`Script::new`] lays it out at the default
    /// [`Timing`].
    pub fn routine_dose(
        &self,
        kind: RoutineKind,
        level_of: impl Fn(&Movement) -> u8,
    ) -> Option<RoutineDose> {
        let routine = self.routine(kind)?;
        let items = routine
            .items
            .iter()
            .filter_map(|item| {
                let movement = self.movement(&item.movement)?;
                let level = movement.level(level_of(movement));
                Some(DosedItem {
                    movement: movement.id.clone(),
                    name: movement.name.clone(),
                    per_side: movement.per_side,
                    level: level.level,
                    top_level: movement.top_level(),
                    variant: level.variant.clone(),
                    dose: level.dose,
                    dose_text: level.dose.describe(movement.per_side),
                    rest_between_sets_s: item.rest_between_sets_s,
                    rest_after_s: item.rest_after_s,
                    estimated_s: 0,
                })
            })
            .collect::<Vec<_>>();
        let mut dose = RoutineDose {
            id: routine.id,
            name: routine.name.clone(),
            when: routine.when.clone(),
            summary: routine.summary.clone(),
            estimated_s: 0,
            items,
        };
        let per_item_ms = item_lengths_ms(&Script::new(&dose, self, &Timing::default()), &dose);
        for (item, ms) in dose.items.iter_mut().zip(&per_item_ms) {
            item.estimated_s = whole_seconds(*ms);
        }
        // The total is the script's, not the sum of rounded parts.
        dose.estimated_s = whole_seconds(per_item_ms.iter().sum());
        Some(dose)
    }
}

/// Each movement's share of the script: its get-readies and sets, and every rest that follows
/// one of its sets (a rest names the set after it, so it is charged to the set before).
fn item_lengths_ms(script: &Script, dose: &RoutineDose) -> Vec<u64> {
    let mut lengths = vec![0u64; dose.items.len()];
    let mut current = 0;
    for step in &script.steps {
        if let StepKind::Prepare { set, .. } | StepKind::Work { set, .. } = &step.kind {
            current = set.item;
        }
        if let Some(length) = lengths.get_mut(current) {
            *length += step.duration_ms;
        }
    }
    lengths
}

fn whole_seconds(ms: u64) -> u32 {
    u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::super::script::tests::programme;
    use super::*;

    #[test]
    fn the_announced_length_is_the_scripts() {
        let programme = programme();
        let dose = programme.routine_dose(RoutineKind::Strength, |_| 1).unwrap();
        let script = Script::new(&dose, &programme, &Timing::default());
        assert_eq!(u64::from(dose.estimated_s) * 1000, script.total_ms());
        // Bridge, per side, 2 × 3 reps at 2 s: a 6 s introduction (14 words at 150 a minute)
        // and three 5 s get-readies, 24 s of work, three 10 s rests and the 20 s before the
        // hold. Hold, 2 × 4 s: a 5 s introduction and one get-ready, 8 s held, one 5 s rest,
        // and no rest after the routine's last set.
        let rows = [("bridge", 6 + 15 + 24 + 30 + 20), ("hold", 5 + 5 + 8 + 5)];
        for (item, (movement, seconds)) in dose.items.iter().zip(rows) {
            assert_eq!((item.movement.as_str(), item.estimated_s), (movement, seconds));
        }
        assert_eq!(dose.estimated_s, 95 + 23);
        assert_eq!(dose.items[0].dose_text, "2 × 3 reps each side");
    }

    #[test]
    fn lengths_are_announced_in_whole_minutes_to_the_nearest() {
        let mut dose = programme().routine_dose(RoutineKind::Strength, |_| 1).unwrap();
        for (seconds, minutes) in [(0, 1), (29, 1), (89, 1), (90, 2), (149, 2), (1799, 30)] {
            dose.estimated_s = seconds;
            assert_eq!(dose.about_minutes(), minutes, "{seconds} s");
        }
    }

    #[test]
    fn a_missing_routine_has_no_dose() {
        let mut programme = programme();
        programme.routines.clear();
        assert!(programme.routine_dose(RoutineKind::Warmup, |_| 1).is_none());
    }
}

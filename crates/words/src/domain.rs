//! The words for the domain's types, by their ids: `light-green`, `triage-urgent`,
//! `routine-warmup`… The domain keeps its English words for JSON and the pages not yet
//! translated; these are what a page in the runner's language shows.

use runwell_domain::adherence::WeekStatus;
use runwell_domain::diary::PainMoment;
use runwell_domain::pain::PainState;
use runwell_domain::programme::{Dose, RoutineKind};
use runwell_domain::triage::TriageLevel;
use runwell_domain::{Badge, Light};

use crate::{Arg, Words};

impl Words {
    /// The light as a word: "Green", "Grøn", "Grön".
    pub fn light(&self, light: Light) -> String {
        self.get(&format!("light-{}", light.id()))
    }

    /// The word on a reason's badge: "ok" for a rule that passed, never a green mark.
    pub fn badge(&self, badge: Badge) -> String {
        self.get(&format!("badge-{}", badge.id()))
    }

    /// What the light means for today's run (the domain's `Advice::verdict`).
    pub fn verdict(&self, running_suspended: bool, first_visit: bool, light: Light) -> String {
        let id = match (running_suspended, light) {
            (true, _) => "verdict-paused",
            (false, _) if first_visit => "verdict-first-visit",
            (false, Light::Green) => "verdict-green",
            (false, Light::Amber) => "verdict-amber",
            (false, Light::Red) => "verdict-red",
        };
        self.get(id)
    }

    /// PROG-2 on today's pain, in a sentence (the domain's `Advice::progression_note`).
    pub fn progression_note(&self, may_progress: bool) -> String {
        self.get(if may_progress { "progression-may" } else { "progression-hold" })
    }

    /// What a triage level means; the lower levels say "consider".
    pub fn triage_level(&self, level: TriageLevel) -> String {
        self.get(&format!("triage-{}", level.id().replace('_', "-")))
    }

    /// What to do at a triage level, and how soon.
    pub fn triage_what_to_do(&self, level: TriageLevel) -> String {
        self.get(&format!("triage-todo-{}", level.id().replace('_', "-")))
    }

    /// A week's verdict against the plan: "On track", "På vej", "På god väg".
    pub fn week_status(&self, status: WeekStatus) -> String {
        self.get(&format!("week-status-{}", status.id()))
    }

    /// A routine as Today lists it.
    pub fn routine_title(&self, kind: RoutineKind) -> String {
        self.get(&format!("routine-{}", kind.id()))
    }

    /// What the diary says about the hip, in a few words.
    pub fn pain_state(&self, state: PainState) -> String {
        let id = match state {
            PainState::Green => "pain-state-green",
            PainState::Amber => "pain-state-amber",
            PainState::NotKnown => "pain-state-not-known",
            PainState::Returning => "pain-state-returning",
            PainState::Red => "pain-state-red",
        };
        self.get(id)
    }

    /// A pain moment in a runner's words: "next morning".
    pub fn moment(&self, moment: PainMoment) -> String {
        self.get(&format!("moment-{}", moment.id()))
    }

    /// One set's amount in a few words: "3 × 12 reps each side", "2 × 30 s hold", "60 s".
    pub fn dose(&self, dose: Dose, per_side: bool) -> String {
        let side = if per_side { self.get("dose-each-side") } else { String::new() };
        let count = |n: u32| Arg::Count(i64::from(n));
        match dose {
            Dose::Reps { sets, reps } => self.with(
                "dose-reps",
                &[("sets", count(sets)), ("reps", count(reps)), ("side", side.into())],
            ),
            Dose::Hold { sets, hold_s } => self.with(
                "dose-hold",
                &[("sets", count(sets)), ("seconds", count(hold_s)), ("side", side.into())],
            ),
            Dose::Time { duration_s } => {
                self.with("dose-time", &[("seconds", count(duration_s)), ("side", side.into())])
            }
        }
    }

    /// How a default threshold reads where it is shown: "runwell's default of 2/10".
    pub fn default_of(&self, value: String) -> String {
        self.with("default-of", &[("value", Arg::Text(value))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use runwell_content::Lang;

    #[test]
    fn english_matches_the_domain_words() {
        // English is the domain's own words, so that JSON and pages agree.
        let en = Words::new(Lang::En);
        for light in [Light::Green, Light::Amber, Light::Red] {
            assert_eq!(en.light(light), light.word());
        }
        for badge in [Badge::Ok, Badge::Note, Badge::Amber, Badge::Red] {
            assert_eq!(en.badge(badge), badge.word());
        }
        for level in [
            TriageLevel::None,
            TriageLevel::SelfManage,
            TriageLevel::Physio,
            TriageLevel::Soon,
            TriageLevel::Urgent,
            TriageLevel::Emergency,
        ] {
            assert_eq!(en.triage_level(level), level.words());
            assert_eq!(en.triage_what_to_do(level), level.what_to_do());
        }
        for kind in RoutineKind::ALL {
            assert_eq!(en.routine_title(kind), kind.title());
        }
        for status in [
            WeekStatus::Met,
            WeekStatus::Missed,
            WeekStatus::NothingPlanned,
            WeekStatus::OnTrack,
            WeekStatus::Behind,
        ] {
            assert_eq!(en.week_status(status), status.words());
        }
        for moment in [
            PainMoment::During,
            PainMoment::After,
            PainMoment::Morning,
            PainMoment::Daily,
            PainMoment::Night,
        ] {
            assert_eq!(en.moment(moment), moment.words());
        }
    }

    #[test]
    fn doses_and_level_reasons_in_each_language() {
        use runwell_domain::LocalDay;
        use runwell_domain::progression::{change_sentence, starting_reason};
        use runwell_domain::text::Text;
        let (en, da, sv) = (Words::new(Lang::En), Words::new(Lang::Da), Words::new(Lang::Sv));
        // English is the domain's own `Dose::describe`, kept for JSON.
        for dose in [
            Dose::Reps { sets: 3, reps: 12 },
            Dose::Hold { sets: 2, hold_s: 30 },
            Dose::Time { duration_s: 60 },
        ] {
            for per_side in [false, true] {
                assert_eq!(en.dose(dose, per_side), dose.describe(per_side));
            }
        }
        assert_eq!(
            da.dose(Dose::Reps { sets: 2, reps: 10 }, true),
            "2 × 10 gentagelser på hver side"
        );
        assert_eq!(sv.dose(Dose::Hold { sets: 2, hold_s: 30 }, false), "2 × 30 s håll");
        assert_eq!(
            en.text(&change_sentence("Clamshell", 1, 2)),
            "Clamshell: level 1 → 2 (up, PROG-2)."
        );
        assert_eq!(
            en.text(&change_sentence("Clamshell", 3, 2)),
            "Clamshell: level 3 → 2 (down, PROG-2)."
        );
        assert_eq!(
            da.text(&change_sentence("Musling", 3, 2)),
            "Musling: niveau 3 → 2 (ned, PROG-2)."
        );
        assert_eq!(sv.text(&change_sentence("Mussla", 1, 2)), "Mussla: nivå 1 → 2 (upp, PROG-2).");
        let day = LocalDay::parse("2026-11-04").unwrap();
        let up = |needed: u8| {
            Text::new("level-up").with("level", 2u8).with("day", day).with("needed", needed)
        };
        assert_eq!(
            en.text(&up(2)),
            "Moved up to level 2 on Wed 4 Nov after two sessions in a row at target with green \
             pain (PROG-2)."
        );
        assert!(en.text(&up(1)).contains("after a session at target"));
        assert!(en.text(&up(6)).contains("after 6 sessions in a row"));
        assert!(
            da.text(&up(2)).starts_with("ons. 4. nov.: op på niveau 2 efter to træninger i træk")
        );
        assert!(sv.text(&up(3)).starts_with("ons 4 nov: upp till nivå 2 efter tre pass i rad"));
        for words in [en, da, sv] {
            let start = words.text(&starting_reason());
            assert!(start.contains("PROG-2") && start.contains('1'), "{start}");
        }
    }

    #[test]
    fn danish_and_swedish_words() {
        let da = Words::new(Lang::Da);
        let sv = Words::new(Lang::Sv);
        assert_eq!(da.light(Light::Amber), "Gul");
        assert_eq!(sv.light(Light::Red), "Röd");
        assert_eq!(da.verdict(false, false, Light::Red), "Skru ned for løbet");
        assert_eq!(sv.verdict(true, false, Light::Green), "Löpningen är pausad");
        assert_eq!(da.default_of("2/10".into()), "runwells standardværdi på 2/10");
        assert!(sv.triage_level(TriageLevel::Physio).starts_with("Överväg"));
    }
}

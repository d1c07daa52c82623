//! The words for the domain's types, by their ids: `light-green`, `triage-urgent`,
//! `routine-warmup`… The domain keeps its English words for JSON and the pages not yet
//! translated; these are what a page in the runner's language shows.

use runwell_domain::diary::PainMoment;
use runwell_domain::pain::PainState;
use runwell_domain::programme::RoutineKind;
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

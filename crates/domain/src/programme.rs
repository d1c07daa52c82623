//! The hip programme as values: movements with their dosage ladders, the article's six
//! exercises, the three routines, knowledge pages, FAQ, sources and gear.
//!
//! `runwell-content` builds a [`Programme`] from the TOML in `content/` and guarantees its
//! invariants (unique ids, resolved references, ladders that never get easier), so code here may
//! rely on them.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::DomainError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MovementKind {
    Strength,
    Balance,
    Mobility,
    Stretch,
}

/// How much of a movement one level asks for. Per-set amounts count each side when the movement
/// is done per side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Dose {
    Reps { sets: u32, reps: u32 },
    Hold { sets: u32, hold_s: u32 },
    Time { duration_s: u32 },
}

impl Dose {
    /// Sets in this dose (a timed block counts as one).
    pub fn sets(self) -> u32 {
        match self {
            Dose::Reps { sets, .. } | Dose::Hold { sets, .. } => sets,
            Dose::Time { .. } => 1,
        }
    }

    /// The amount in one set: repetitions or seconds.
    pub fn per_set(self) -> u32 {
        match self {
            Dose::Reps { reps, .. } => reps,
            Dose::Hold { hold_s, .. } => hold_s,
            Dose::Time { duration_s } => duration_s,
        }
    }

    pub fn same_kind(self, other: Dose) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// "3 × 12 reps", "2 × 30 s hold", "60 s".
    pub fn describe(self, per_side: bool) -> String {
        let side = if per_side { " each side" } else { "" };
        match self {
            Dose::Reps { sets, reps } => format!("{sets} × {reps} reps{side}"),
            Dose::Hold { sets, hold_s } => format!("{sets} × {hold_s} s hold{side}"),
            Dose::Time { duration_s } => format!("{duration_s} s{side}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    /// 1 is the easiest.
    pub level: u8,
    pub variant: String,
    pub dose: Dose,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Movement {
    pub id: String,
    pub name: String,
    pub kind: MovementKind,
    pub per_side: bool,
    pub summary: String,
    /// The movement's picture (start and end position) as SVG markup, left out of JSON.
    #[serde(skip)]
    pub illustration_svg: String,
    /// The picture's text alternative.
    pub illustration_alt: String,
    pub steps: Vec<String>,
    pub benefits: Vec<String>,
    pub target_muscles: Vec<String>,
    pub cues: Vec<String>,
    pub mistakes: Vec<String>,
    pub safety_stop: String,
    /// Seconds for one repetition at the intended tempo, for movements dosed in reps.
    pub rep_seconds: Option<u32>,
    pub evidence: Vec<String>,
    pub levels: Vec<Level>,
}

impl Movement {
    pub fn top_level(&self) -> u8 {
        self.levels.last().map_or(1, |l| l.level)
    }

    /// The level asked for, held within the ladder (0 becomes 1, past the top becomes the top).
    pub fn level(&self, wanted: u8) -> &Level {
        let index = usize::from(wanted.clamp(1, self.top_level())) - 1;
        &self.levels[index]
    }
}

/// One of the article's six numbered exercises, made of one or two movements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    pub number: u8,
    pub id: String,
    pub name: String,
    pub summary: String,
    pub movements: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoutineKind {
    Warmup,
    Cooldown,
    Strength,
}

impl RoutineKind {
    pub const ALL: [RoutineKind; 3] =
        [RoutineKind::Warmup, RoutineKind::Cooldown, RoutineKind::Strength];

    pub fn id(self) -> &'static str {
        match self {
            RoutineKind::Warmup => "warmup",
            RoutineKind::Cooldown => "cooldown",
            RoutineKind::Strength => "strength",
        }
    }

    /// The routine as Today lists it.
    pub fn title(self) -> &'static str {
        match self {
            RoutineKind::Warmup => "Warm-up before your run",
            RoutineKind::Cooldown => "Cool-down after your run",
            RoutineKind::Strength => "Hip strength session",
        }
    }
}

impl fmt::Display for RoutineKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl std::str::FromStr for RoutineKind {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, DomainError> {
        match s.trim().to_ascii_lowercase().replace(['-', ' '], "").as_str() {
            "warmup" => Ok(RoutineKind::Warmup),
            "cooldown" => Ok(RoutineKind::Cooldown),
            "strength" => Ok(RoutineKind::Strength),
            _ => Err(DomainError::Profile(format!(
                "{s:?} is not a routine: use warmup, cooldown or strength"
            ))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoutineItem {
    pub movement: String,
    pub rest_between_sets_s: u32,
    pub rest_after_s: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Routine {
    pub id: RoutineKind,
    pub name: String,
    pub when: String,
    pub summary: String,
    pub items: Vec<RoutineItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub sections: Vec<Section>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Faq {
    pub id: String,
    pub question: String,
    pub answer: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// One of the seven sources the original article lists.
    Article,
    /// A study or guideline EVIDENCE.md cites for a rule.
    Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    pub citation: String,
    /// EVIDENCE.md rule ids this source supports.
    pub rules: Vec<String>,
    pub url: Option<String>,
}

/// A supportive product the article shows. runwell presents these as products, not as advice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Product {
    pub id: String,
    pub name: String,
    pub description: String,
    pub price_pence: u32,
    pub offer: String,
}

impl Product {
    /// "£44.95".
    pub fn price(&self) -> String {
        format!("£{}.{:02}", self.price_pence / 100, self.price_pence % 100)
    }
}

/// The whole programme, as validated by `runwell-content`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    pub movements: Vec<Movement>,
    pub exercises: Vec<Exercise>,
    pub routines: Vec<Routine>,
    pub pages: Vec<Page>,
    pub faq: Vec<Faq>,
    pub sources: Vec<Source>,
    pub gear: Vec<Product>,
}

impl Programme {
    /// The movement with this id, in any case ("Clamshell" is `clamshell`).
    pub fn movement(&self, id: &str) -> Option<&Movement> {
        let id = id.trim();
        self.movements.iter().find(|m| m.id.eq_ignore_ascii_case(id))
    }

    pub fn routine(&self, kind: RoutineKind) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == kind)
    }

    /// The page with this id, in any case.
    pub fn page(&self, id: &str) -> Option<&Page> {
        let id = id.trim();
        self.pages.iter().find(|p| p.id.eq_ignore_ascii_case(id))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The source runwell cites for an EVIDENCE.md rule: the first evidence source listing it.
    pub fn source_for_rule(&self, rule: &str) -> Option<&Source> {
        self.sources
            .iter()
            .find(|s| s.kind == SourceKind::Evidence && s.rules.iter().any(|r| r == rule))
    }
}

/// A routine as the runner does it today: each movement at its current level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoutineDose {
    pub id: RoutineKind,
    pub name: String,
    pub when: String,
    pub summary: String,
    /// The routine's length in seconds as the guided session plays it (every get-ready, set
    /// and rest of its `Script` at the default `Timing`, without pauses): the one figure the
    /// programme, the session page, the calendar and the CLI announce. Built by
    /// `Programme::routine_dose` (in `session::dose`).
    pub estimated_s: u32,
    pub items: Vec<DosedItem>,
}

impl RoutineDose {
    /// The length to announce, in whole minutes to the nearest (never 0): every front end says
    /// "about N min" with this one rounding, so the programme, the calendar and the terminal
    /// agree with each other as well as with the session.
    pub fn about_minutes(&self) -> u32 {
        (self.estimated_s.saturating_add(30) / 60).max(1)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DosedItem {
    pub movement: String,
    pub name: String,
    pub per_side: bool,
    pub level: u8,
    pub top_level: u8,
    pub variant: String,
    pub dose: Dose,
    pub dose_text: String,
    pub rest_between_sets_s: u32,
    pub rest_after_s: u32,
    /// This movement's share of `RoutineDose::estimated_s`: its get-readies, sets and the rests
    /// after them.
    pub estimated_s: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn movement(per_side: bool, doses: &[Dose]) -> Movement {
        Movement {
            id: "m".into(),
            name: "M".into(),
            kind: MovementKind::Strength,
            per_side,
            summary: "s".into(),
            illustration_svg: String::new(),
            illustration_alt: String::new(),
            steps: vec![],
            benefits: vec![],
            target_muscles: vec![],
            cues: vec![],
            mistakes: vec![],
            safety_stop: "stop".into(),
            rep_seconds: Some(4),
            evidence: vec![],
            levels: doses
                .iter()
                .enumerate()
                .map(|(i, d)| Level { level: i as u8 + 1, variant: format!("v{i}"), dose: *d })
                .collect(),
        }
    }

    #[test]
    fn levels_are_held_within_the_ladder() {
        let m = movement(
            false,
            &[
                Dose::Reps { sets: 2, reps: 10 },
                Dose::Reps { sets: 3, reps: 10 },
                Dose::Reps { sets: 3, reps: 12 },
            ],
        );
        assert_eq!(m.level(0).level, 1);
        assert_eq!(m.level(1).level, 1);
        assert_eq!(m.level(3).level, 3);
        assert_eq!(m.level(9).level, 3);
    }

    #[test]
    fn doses_describe_themselves() {
        assert_eq!(Dose::Reps { sets: 3, reps: 12 }.describe(true), "3 × 12 reps each side");
        assert_eq!(Dose::Hold { sets: 2, hold_s: 30 }.describe(false), "2 × 30 s hold");
        assert_eq!(Dose::Time { duration_s: 60 }.describe(false), "60 s");
    }

    #[test]
    fn prices_print_in_pounds() {
        let p = Product {
            id: "p".into(),
            name: "P".into(),
            description: "d".into(),
            price_pence: 4495,
            offer: "o".into(),
        };
        assert_eq!(p.price(), "£44.95");
    }

    #[test]
    fn routine_kinds_parse() {
        assert_eq!("warm-up".parse::<RoutineKind>().unwrap(), RoutineKind::Warmup);
        assert_eq!("Cooldown".parse::<RoutineKind>().unwrap(), RoutineKind::Cooldown);
        assert!("yoga".parse::<RoutineKind>().is_err());
    }
}

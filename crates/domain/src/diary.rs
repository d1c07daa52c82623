//! The runner's history as the rules see it: runs, pain entries and exercise sessions, each
//! already placed on a local day.

use serde::{Deserialize, Serialize};

use crate::programme::RoutineKind;
use crate::{
    DistanceM, DomainError, DurationS, HeartRate, LocalDay, PainScore, Rpe, Sport, Surface,
};

/// A run (or other activity) as the load and pain rules need it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunRecord {
    pub id: i64,
    pub day: LocalDay,
    pub sport: Sport,
    pub distance: DistanceM,
    pub duration: DurationS,
    pub rpe: Option<Rpe>,
    pub avg_hr: Option<HeartRate>,
    pub surface: Option<Surface>,
    pub shoe_id: Option<i64>,
    /// The run's cadence in steps/min (CAD-3), from its samples or the device's average.
    pub cadence_spm: Option<f64>,
}

/// When a pain score was felt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PainMoment {
    During,
    After,
    Morning,
    Daily,
    Night,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Outer,
    Groin,
    Buttock,
    Deep,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Character {
    Sharp,
    Dull,
    Burning,
    Stiff,
}

/// Parses one of a fixed set of lowercase words, saying which are allowed when it fails.
macro_rules! word_enum {
    ($ty:ident, $what:literal, [$($variant:ident = $word:literal),+]) => {
        impl $ty {
            pub fn id(self) -> &'static str {
                match self { $($ty::$variant => $word),+ }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = DomainError;
            fn from_str(s: &str) -> Result<Self, DomainError> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($word => Ok($ty::$variant),)+
                    _ => Err(DomainError::Value(format!(
                        concat!("{:?} is not a ", $what, ": use {}"),
                        s,
                        [$($word),+].join(", ")
                    ))),
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

word_enum!(
    PainMoment,
    "moment",
    [During = "during", After = "after", Morning = "morning", Daily = "daily", Night = "night"]
);
word_enum!(Side, "side", [Left = "left", Right = "right", Both = "both"]);
word_enum!(
    Region,
    "region",
    [Outer = "outer", Groin = "groin", Buttock = "buttock", Deep = "deep"]
);
word_enum!(
    Character,
    "character",
    [Sharp = "sharp", Dull = "dull", Burning = "burning", Stiff = "stiff"]
);

/// One entry in the pain diary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainEntry {
    pub id: i64,
    pub day: LocalDay,
    pub moment: PainMoment,
    pub score: PainScore,
    pub side: Option<Side>,
    pub region: Option<Region>,
    pub character: Option<Character>,
    pub limits_daily_life: bool,
    pub run_id: Option<i64>,
    pub note: Option<String>,
}

/// A warm-up, cool-down or strength session as the load rules see it (LOAD-1 counts strength
/// sessions too).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionLoad {
    pub day: LocalDay,
    pub routine: RoutineKind,
    pub duration: DurationS,
    pub rpe: Option<Rpe>,
}

/// Everything the advice looks at, in any order: every rule sorts what it needs.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct History {
    pub runs: Vec<RunRecord>,
    pub pain: Vec<PainEntry>,
    pub sessions: Vec<SessionLoad>,
    /// SPIKE-1: the runner's own longest recent run, asked for while history is short.
    pub declared_longest: Option<DistanceM>,
    /// The runner's shoes (SHOE-1…4).
    pub shoes: Vec<crate::shoes::Shoe>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_parse_and_say_what_is_allowed() {
        assert_eq!("Morning".parse::<PainMoment>().unwrap(), PainMoment::Morning);
        let err = "evening".parse::<PainMoment>().unwrap_err().to_string();
        assert!(err.contains("during, after, morning, daily, night"), "{err}");
        assert_eq!("groin".parse::<Region>().unwrap(), Region::Groin);
        assert!("knee".parse::<Region>().is_err());
        assert_eq!(Character::Stiff.to_string(), "stiff");
        assert_eq!("both".parse::<Side>().unwrap(), Side::Both);
    }
}

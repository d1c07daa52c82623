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

impl PainMoment {
    /// The moment in a runner's words: "next morning".
    pub fn words(self) -> &'static str {
        match self {
            PainMoment::During => "during a run",
            PainMoment::After => "after a run",
            PainMoment::Morning => "next morning",
            PainMoment::Daily => "in daily life",
            PainMoment::Night => "at night",
        }
    }
}

word_enum!(Side, "side", [Left = "left", Right = "right", Both = "both"]);

impl Side {
    /// The sides a set is done on: left then right for a movement done on each side, else both.
    pub fn of(per_side: bool) -> &'static [Side] {
        if per_side { &[Side::Left, Side::Right] } else { &[Side::Both] }
    }
}
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

impl PainEntry {
    /// A bare entry: a score at a moment on a day, with nothing else said about it (id 0 until
    /// stored).
    pub fn new(day: LocalDay, moment: PainMoment, score: PainScore) -> Self {
        Self {
            id: 0,
            day,
            moment,
            score,
            side: None,
            region: None,
            character: None,
            limits_daily_life: false,
            run_id: None,
            note: None,
        }
    }
}

/// A pair of running shoes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shoe {
    pub id: i64,
    pub name: String,
    pub brand: Option<String>,
    pub model: Option<String>,
    /// Kilometres already on the pair when it was added.
    pub start_km: f64,
    /// This pair's own thresholds, where the runner set them.
    pub inspect_km: Option<f64>,
    pub replace_km: Option<f64>,
    pub is_default: bool,
    pub retired_on: Option<LocalDay>,
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

/// The pain the runner gave at the end of an exercise session. DATA-7: it is pain during
/// activity (PAIN-1) on its day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionPain {
    pub day: LocalDay,
    pub routine: RoutineKind,
    pub score: PainScore,
}

/// Everything the advice looks at, in any order: every rule sorts what it needs.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct History {
    pub runs: Vec<RunRecord>,
    pub pain: Vec<PainEntry>,
    pub sessions: Vec<SessionLoad>,
    /// The pain answered in exercise sessions (DATA-7), one entry per session that has one.
    pub session_pain: Vec<SessionPain>,
    /// SPIKE-1: the runner's own longest recent run, asked for while history is short.
    pub declared_longest: Option<DistanceM>,
    /// The day the runner declared it, when known (a declaration from before runwell kept the
    /// day has none). DATA-5: a declaration from the last 30 days is a basis after a break too.
    pub declared_on: Option<LocalDay>,
    /// The runner's shoes (SHOE-1…4).
    pub shoes: Vec<Shoe>,
}

impl History {
    /// The history as it stood at the end of `today`: entries dated later are left out
    /// (DATA-9: they are refused at entry, and ignored if an older database has them). Borrows
    /// when there is nothing to leave out, which is the usual case.
    pub fn as_of(&self, today: LocalDay) -> std::borrow::Cow<'_, History> {
        let future = self.runs.iter().any(|r| r.day > today)
            || self.pain.iter().any(|p| p.day > today)
            || self.sessions.iter().any(|s| s.day > today)
            || self.session_pain.iter().any(|s| s.day > today);
        if !future {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut kept = self.clone();
        kept.runs.retain(|r| r.day <= today);
        kept.pain.retain(|p| p.day <= today);
        kept.sessions.retain(|s| s.day <= today);
        kept.session_pain.retain(|s| s.day <= today);
        std::borrow::Cow::Owned(kept)
    }
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

    #[test]
    fn entries_after_today_are_left_out() {
        let day = |t: &str| LocalDay::parse(t).unwrap();
        let entry =
            |on: &str| PainEntry::new(day(on), PainMoment::Night, PainScore::new(4).unwrap());
        let history =
            History { pain: vec![entry("2026-11-10"), entry("2026-11-11")], ..History::default() };
        // Nothing later than the day: the history is borrowed as it is.
        assert!(matches!(history.as_of(day("2026-11-11")), std::borrow::Cow::Borrowed(_)));
        let earlier = history.as_of(day("2026-11-10"));
        assert_eq!(earlier.pain.len(), 1);
        assert_eq!(earlier.pain[0].day, day("2026-11-10"));
    }
}

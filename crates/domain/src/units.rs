//! Quantities that carry their unit in their name and are checked when they are made.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::DomainError;

/// Pain on the 0–10 numeric rating scale (0 none, 10 worst imaginable), as EVIDENCE.md's
/// PAIN rules use it. Anything outside 0–10 is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct PainScore(u8);

/// Rating of perceived exertion on Borg's CR-10 scale (0 rest, 10 maximal), used by LOAD-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Rpe(u8);

macro_rules! zero_to_ten {
    ($ty:ident, $err:ident) => {
        impl $ty {
            pub const MAX: u8 = 10;

            pub fn new(value: i64) -> Result<Self, DomainError> {
                match u8::try_from(value) {
                    Ok(v) if v <= Self::MAX => Ok(Self(v)),
                    _ => Err(DomainError::$err(value.to_string())),
                }
            }

            pub fn value(self) -> u8 {
                self.0
            }
        }

        impl TryFrom<i64> for $ty {
            type Error = DomainError;
            fn try_from(value: i64) -> Result<Self, DomainError> {
                Self::new(value)
            }
        }

        impl From<$ty> for u8 {
            fn from(value: $ty) -> u8 {
                value.0
            }
        }

        impl std::str::FromStr for $ty {
            type Err = DomainError;
            fn from_str(s: &str) -> Result<Self, DomainError> {
                s.trim()
                    .parse::<i64>()
                    .map_err(|_| DomainError::$err(format!("{s:?}")))
                    .and_then(Self::new)
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}/10", self.0)
            }
        }
    };
}

zero_to_ten!(PainScore, PainScore);
zero_to_ten!(Rpe, Rpe);

/// A distance in metres: finite and not negative.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct DistanceM(f64);

/// A duration in seconds: finite and not negative.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct DurationS(f64);

macro_rules! non_negative {
    ($ty:ident, $err:ident) => {
        impl $ty {
            pub const ZERO: Self = Self(0.0);

            pub fn new(value: f64) -> Result<Self, DomainError> {
                if value.is_finite() && value >= 0.0 {
                    // Normalise -0.0 so that equal values print and compare the same.
                    Ok(Self(value + 0.0))
                } else {
                    Err(DomainError::$err(value.to_string()))
                }
            }

            pub fn get(self) -> f64 {
                self.0
            }
        }

        impl TryFrom<f64> for $ty {
            type Error = DomainError;
            fn try_from(value: f64) -> Result<Self, DomainError> {
                Self::new(value)
            }
        }

        impl From<$ty> for f64 {
            fn from(value: $ty) -> f64 {
                value.0
            }
        }

        impl std::ops::Add for $ty {
            type Output = Self;
            fn add(self, other: Self) -> Self {
                Self(self.0 + other.0)
            }
        }
    };
}

non_negative!(DistanceM, Distance);
non_negative!(DurationS, Duration);

impl DistanceM {
    pub fn from_km(km: f64) -> Result<Self, DomainError> {
        if km.is_finite() && km >= 0.0 {
            Self::new(km * 1000.0)
        } else {
            Err(DomainError::Distance(format!("{km} km")))
        }
    }

    pub fn km(self) -> f64 {
        self.0 / 1000.0
    }
}

impl DurationS {
    pub fn minutes(self) -> f64 {
        self.0 / 60.0
    }

    /// Parses `MM:SS` or `H:MM:SS`, the way runners write a run's time.
    pub fn parse_clock(text: &str) -> Result<Self, DomainError> {
        // What was typed is not echoed: "got \"45\"" tells nothing the runner does not know.
        let bad = || {
            DomainError::Value(
                "write the time as minutes and seconds, e.g. 45:00, or as hours, minutes and \
                 seconds, e.g. 1:05:00"
                    .to_owned(),
            )
        };
        let parts: Vec<&str> = text.trim().split(':').collect();
        let numbers: Vec<u32> =
            parts.iter().map(|p| p.parse::<u32>().map_err(|_| bad())).collect::<Result<_, _>>()?;
        let seconds = match numbers.as_slice() {
            [m, s] if *s < 60 => m * 60 + s,
            [h, m, s] if *m < 60 && *s < 60 => h * 3600 + m * 60 + s,
            _ => return Err(bad()),
        };
        Self::new(f64::from(seconds))
    }
}

impl fmt::Display for DurationS {
    /// `H:MM:SS` for an hour or more, `M:SS` below.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.0.round() as u64;
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
        if h > 0 { write!(f, "{h}:{m:02}:{s:02}") } else { write!(f, "{m}:{s:02}") }
    }
}

/// A heart rate in beats per minute, 20–250.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u16")]
pub struct HeartRate(u16);

impl HeartRate {
    pub fn new(bpm: i64) -> Result<Self, DomainError> {
        match u16::try_from(bpm) {
            Ok(v) if (20..=250).contains(&v) => Ok(Self(v)),
            _ => Err(DomainError::HeartRate(bpm.to_string())),
        }
    }

    pub fn bpm(self) -> u16 {
        self.0
    }
}

impl TryFrom<i64> for HeartRate {
    type Error = DomainError;
    fn try_from(value: i64) -> Result<Self, DomainError> {
        Self::new(value)
    }
}

impl From<HeartRate> for u16 {
    fn from(value: HeartRate) -> u16 {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pain_score_accepts_zero_to_ten_only() {
        let check = |input: i64, ok: bool| assert_eq!(PainScore::new(input).is_ok(), ok, "{input}");
        check(-1, false);
        check(0, true);
        check(5, true);
        check(10, true);
        check(11, false);
        check(255, false);
        check(256, false);
    }

    #[test]
    fn pain_score_error_says_what_is_allowed() {
        let err = "11".parse::<PainScore>().unwrap_err().to_string();
        assert!(err.contains("0 (no pain) to 10"), "{err}");
        assert!(err.contains("11"), "{err}");
        assert!("seven".parse::<PainScore>().is_err());
    }

    #[test]
    fn rpe_accepts_zero_to_ten_only() {
        assert!(Rpe::new(0).is_ok());
        assert!(Rpe::new(10).is_ok());
        assert!(Rpe::new(11).is_err());
        assert!(Rpe::new(-3).is_err());
    }

    #[test]
    fn scores_deserialize_through_the_check() {
        assert_eq!(serde_json::from_str::<PainScore>("4").unwrap().value(), 4);
        assert!(serde_json::from_str::<PainScore>("12").is_err());
        assert_eq!(serde_json::to_string(&Rpe::new(7).unwrap()).unwrap(), "7");
    }

    #[test]
    fn distance_refuses_negative_and_not_finite() {
        assert!(DistanceM::new(-3.0).is_err());
        assert!(DistanceM::from_km(-3.0).is_err());
        assert!(DistanceM::new(f64::NAN).is_err());
        assert!(DistanceM::new(f64::INFINITY).is_err());
        assert_eq!(DistanceM::from_km(5.2).unwrap().get(), 5200.0);
        assert_eq!(DistanceM::new(-0.0).unwrap().get().to_bits(), 0.0f64.to_bits());
    }

    #[test]
    fn clock_durations_parse_and_print() {
        let check = |input: &str, expected: Option<f64>| {
            assert_eq!(DurationS::parse_clock(input).ok().map(DurationS::get), expected, "{input}")
        };
        check("25:30", Some(1530.0));
        check("1:02:03", Some(3723.0));
        check("0:59", Some(59.0));
        check("90:00", Some(5400.0));
        check("25:60", None);
        check("1:60:00", None);
        check("-5:00", None);
        check("abc", None);
        check("25", None);
        assert_eq!(DurationS::new(3723.0).unwrap().to_string(), "1:02:03");
        assert_eq!(DurationS::new(1530.0).unwrap().to_string(), "25:30");
    }

    #[test]
    fn heart_rate_range() {
        assert!(HeartRate::new(19).is_err());
        assert!(HeartRate::new(20).is_ok());
        assert!(HeartRate::new(250).is_ok());
        assert!(HeartRate::new(251).is_err());
    }
}

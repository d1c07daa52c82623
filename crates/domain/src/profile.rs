//! The runner's profile: where they live, which days they run and strengthen, and the few
//! numbers that later rules need (heart rate at rest and maximum, sex for TRIMP, shoe limits).

use serde::{Deserialize, Serialize};

use crate::{DomainError, HeartRate, RunnerZone, WeekdaySet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Female,
    Male,
}

impl std::str::FromStr for Sex {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, DomainError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "female" | "f" => Ok(Sex::Female),
            "male" | "m" => Ok(Sex::Male),
            _ => Err(DomainError::Profile(format!(
                "{s:?} is not a sex runwell uses for TRIMP (LOAD-5): use female or male, or leave it out"
            ))),
        }
    }
}

/// Default kilometres at which a shoe is flagged for inspection and replacement (SHOE-2: consumer
/// guidance, configurable per shoe).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ShoeThresholds {
    pub inspect_km: f64,
    pub replace_km: f64,
}

impl Default for ShoeThresholds {
    fn default() -> Self {
        Self { inspect_km: 480.0, replace_km: 800.0 }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub time_zone: RunnerZone,
    pub run_days: WeekdaySet,
    pub strength_days: WeekdaySet,
    pub hr_rest: Option<HeartRate>,
    pub hr_max: Option<HeartRate>,
    pub sex: Option<Sex>,
    pub shoes: ShoeThresholds,
}

/// Something about a profile that runwell accepts but the runner should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProfileWarning {
    /// PROG-1: fewer than two strength sessions a week.
    TooFewStrengthDays {
        days: usize,
    },
    /// PROG-1: more than three strength sessions a week.
    TooManyStrengthDays {
        days: usize,
    },
    /// PROG-1: strength days should be about 48 hours apart.
    ConsecutiveStrengthDays {
        first: String,
        second: String,
    },
    NoRunDays,
}

impl ProfileWarning {
    /// The EVIDENCE.md rule behind the warning, if any.
    pub fn rule(&self) -> Option<&'static str> {
        match self {
            ProfileWarning::NoRunDays => None,
            _ => Some("PROG-1"),
        }
    }

    pub fn message(&self) -> String {
        match self {
            ProfileWarning::TooFewStrengthDays { days } => format!(
                "You chose {days} strength day(s). The hip programme works best 2–3 times a week \
                 (PROG-1); consider adding a day."
            ),
            ProfileWarning::TooManyStrengthDays { days } => format!(
                "You chose {days} strength days. 2–3 a week is enough (PROG-1); the muscles and \
                 tendons may need the days between to adapt."
            ),
            ProfileWarning::ConsecutiveStrengthDays { first, second } => format!(
                "{first} and {second} follow each other. Consider leaving a day between strength \
                 sessions (about 48 hours, PROG-1)."
            ),
            ProfileWarning::NoRunDays => {
                "No run days chosen: the warm-up and cool-down are planned around your runs."
                    .to_owned()
            }
        }
    }
}

impl Profile {
    /// Checks the profile: impossible values are errors, choices against PROG-1 are warnings.
    pub fn check(&self) -> Result<Vec<ProfileWarning>, DomainError> {
        if let (Some(rest), Some(max)) = (self.hr_rest, self.hr_max)
            && rest >= max
        {
            return Err(DomainError::Profile(format!(
                "resting heart rate ({} beats/min) must be below maximum heart rate ({} beats/min)",
                rest.bpm(),
                max.bpm()
            )));
        }
        if !(self.shoes.inspect_km > 0.0 && self.shoes.inspect_km <= self.shoes.replace_km) {
            return Err(DomainError::Profile(format!(
                "shoe thresholds: inspect at {} km must be above 0 and not beyond replace at {} km",
                self.shoes.inspect_km, self.shoes.replace_km
            )));
        }
        let mut warnings = Vec::new();
        let days = self.strength_days.len();
        if days < 2 {
            warnings.push(ProfileWarning::TooFewStrengthDays { days });
        } else if days > 3 {
            warnings.push(ProfileWarning::TooManyStrengthDays { days });
        }
        for (first, second) in self.strength_days.consecutive_pairs() {
            warnings.push(ProfileWarning::ConsecutiveStrengthDays {
                first: first.long().to_owned(),
                second: second.long().to_owned(),
            });
        }
        if self.run_days.is_empty() {
            warnings.push(ProfileWarning::NoRunDays);
        }
        Ok(warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(strength: &str) -> Profile {
        Profile {
            time_zone: RunnerZone::new("Europe/Copenhagen").unwrap(),
            run_days: WeekdaySet::parse("mon,wed,sat").unwrap(),
            strength_days: WeekdaySet::parse(strength).unwrap(),
            hr_rest: None,
            hr_max: None,
            sex: None,
            shoes: ShoeThresholds::default(),
        }
    }

    #[test]
    fn strength_days_follow_prog_1() {
        let kinds = |strength: &str| -> Vec<String> {
            profile(strength)
                .check()
                .unwrap()
                .iter()
                .map(|w| format!("{w:?}").split([' ', '{']).next().unwrap().to_owned())
                .collect()
        };
        assert!(kinds("tue,thu").is_empty());
        assert!(kinds("mon,wed,fri").is_empty());
        assert_eq!(kinds("tue"), ["TooFewStrengthDays"]);
        assert_eq!(kinds(""), ["TooFewStrengthDays"]);
        assert_eq!(kinds("tue,wed"), ["ConsecutiveStrengthDays"]);
        assert_eq!(kinds("sun,wed,sat"), ["ConsecutiveStrengthDays"]);
        assert_eq!(kinds("mon,tue,thu,sat"), ["TooManyStrengthDays", "ConsecutiveStrengthDays"]);
        assert!(profile("tue,thu").check().unwrap().iter().all(|w| w.rule() == Some("PROG-1")));
    }

    #[test]
    fn heart_rates_must_be_ordered() {
        let mut p = profile("tue,thu");
        p.hr_rest = Some(HeartRate::new(60).unwrap());
        p.hr_max = Some(HeartRate::new(190).unwrap());
        assert!(p.check().is_ok());
        p.hr_rest = Some(HeartRate::new(190).unwrap());
        assert!(p.check().is_err());
    }

    #[test]
    fn sex_parses() {
        assert_eq!("Female".parse::<Sex>().unwrap(), Sex::Female);
        assert!("x".parse::<Sex>().is_err());
    }
}

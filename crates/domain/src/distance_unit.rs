//! The unit a runner reads and types distances in: kilometres or miles. Only what is shown and
//! typed changes; everything stored and every rule stays in metres, and JSON stays metric.

use std::str::FromStr;

use serde::Serialize;

use crate::DomainError;

/// Metres in an international mile.
pub const METRES_PER_MILE: f64 = 1609.344;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DistanceUnit {
    #[default]
    Km,
    Mi,
}

impl DistanceUnit {
    /// `km` or `mi`, as settings and forms name it.
    pub fn id(self) -> &'static str {
        match self {
            DistanceUnit::Km => "km",
            DistanceUnit::Mi => "mi",
        }
    }

    /// "kilometre" or "mile"; [`DistanceUnit::plural`] for more than one.
    pub fn name(self) -> &'static str {
        match self {
            DistanceUnit::Km => "kilometre",
            DistanceUnit::Mi => "mile",
        }
    }

    /// "kilometres" or "miles".
    pub fn plural(self) -> &'static str {
        match self {
            DistanceUnit::Km => "kilometres",
            DistanceUnit::Mi => "miles",
        }
    }

    /// Metres in one unit.
    pub fn metres(self) -> f64 {
        match self {
            DistanceUnit::Km => 1000.0,
            DistanceUnit::Mi => METRES_PER_MILE,
        }
    }

    /// "8.40 km" or "5.22 mi".
    pub fn show(self, distance_m: f64) -> String {
        format!("{:.2} {}", distance_m / self.metres(), self.id())
    }

    /// A distance in a sentence, to a tenth: "8.4 km" or "5.2 mi".
    pub fn short(self, distance_m: f64) -> String {
        format!("{:.1} {}", distance_m / self.metres(), self.id())
    }

    /// A distance in whole units: "480 km" or "298 mi".
    pub fn whole(self, distance_m: f64) -> String {
        format!("{:.0} {}", distance_m / self.metres(), self.id())
    }

    /// The number a form shows for a distance, to the metre and without trailing zeros.
    pub fn typed(self, distance_m: f64) -> String {
        let text = format!("{:.3}", distance_m / self.metres());
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

impl FromStr for DistanceUnit {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, DomainError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "km" | "kilometres" | "kilometers" => Ok(DistanceUnit::Km),
            "mi" | "mile" | "miles" => Ok(DistanceUnit::Mi),
            _ => Err(DomainError::Value(format!(
                "{:?} is not a distance unit: use km (kilometres) or mi (miles)",
                s.trim()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_read_in_either_unit() {
        let check = |unit: DistanceUnit, m: f64, shown: &str, typed: &str| {
            assert_eq!((unit.show(m).as_str(), unit.typed(m).as_str()), (shown, typed), "{m}");
        };
        check(DistanceUnit::Km, 8400.0, "8.40 km", "8.4");
        check(DistanceUnit::Km, 8412.3, "8.41 km", "8.412");
        check(DistanceUnit::Mi, METRES_PER_MILE * 5.0, "5.00 mi", "5");
        check(DistanceUnit::Mi, 10_000.0, "6.21 mi", "6.214");
        assert_eq!("Miles".parse::<DistanceUnit>(), Ok(DistanceUnit::Mi));
        assert_eq!(" KM".parse::<DistanceUnit>(), Ok(DistanceUnit::Km));
        assert!("furlongs".parse::<DistanceUnit>().unwrap_err().to_string().contains("km"));
    }
}

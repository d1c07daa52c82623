//! The traffic light every rule answers with, ordered from best to worst.

use serde::{Deserialize, Serialize};

/// Green: may progress. Amber: hold. Red: reduce (EVIDENCE.md, order of evaluation step 5).
/// The order is meaningful: `max` of several lights is the worst of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Light {
    Green,
    Amber,
    Red,
}

impl Light {
    pub fn id(self) -> &'static str {
        match self {
            Light::Green => "green",
            Light::Amber => "amber",
            Light::Red => "red",
        }
    }

    /// The light as a word, for a light never shown by colour alone.
    pub fn word(self) -> &'static str {
        match self {
            Light::Green => "Green",
            Light::Amber => "Amber",
            Light::Red => "Red",
        }
    }
}

impl std::fmt::Display for Light {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worst_light_wins() {
        assert_eq!([Light::Green, Light::Red, Light::Amber].into_iter().max(), Some(Light::Red));
        assert_eq!(Light::Green.max(Light::Amber), Light::Amber);
    }
}

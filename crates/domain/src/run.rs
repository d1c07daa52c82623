//! What a run is, whichever way it arrived: the sport it was and the ground it was on.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::DomainError;

/// runwell's set of sports. Files name many more; importers map theirs onto these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sport {
    Run,
    TrailRun,
    TreadmillRun,
    TrackRun,
    Walk,
    Hike,
    Ride,
    Swim,
    Other,
}

impl Sport {
    pub const ALL: [Sport; 9] = [
        Sport::Run,
        Sport::TrailRun,
        Sport::TreadmillRun,
        Sport::TrackRun,
        Sport::Walk,
        Sport::Hike,
        Sport::Ride,
        Sport::Swim,
        Sport::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Sport::Run => "run",
            Sport::TrailRun => "trail_run",
            Sport::TreadmillRun => "treadmill_run",
            Sport::TrackRun => "track_run",
            Sport::Walk => "walk",
            Sport::Hike => "hike",
            Sport::Ride => "ride",
            Sport::Swim => "swim",
            Sport::Other => "other",
        }
    }

    /// Whether the activity loads the hip as running does (and so counts in running load).
    pub fn is_running(self) -> bool {
        matches!(self, Sport::Run | Sport::TrailRun | Sport::TreadmillRun | Sport::TrackRun)
    }

    /// The surface the sport itself tells, where it does.
    pub fn implied_surface(self) -> Option<Surface> {
        match self {
            Sport::TrailRun => Some(Surface::Trail),
            Sport::TreadmillRun => Some(Surface::Treadmill),
            Sport::TrackRun => Some(Surface::Track),
            _ => None,
        }
    }
}

impl fmt::Display for Sport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl std::str::FromStr for Sport {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, DomainError> {
        let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Sport::ALL.into_iter().find(|sport| sport.id() == wanted).ok_or_else(|| {
            DomainError::Value(format!(
                "{s:?} is not a sport runwell knows: use run, trail_run, treadmill_run, track_run, \
                 walk, hike, ride, swim or other"
            ))
        })
    }
}

/// The ground a run was on. Road and track are the hard surfaces of the article's tip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Surface {
    Road,
    Track,
    Grass,
    Trail,
    Treadmill,
    Mixed,
}

impl Surface {
    pub const ALL: [Surface; 6] = [
        Surface::Road,
        Surface::Track,
        Surface::Grass,
        Surface::Trail,
        Surface::Treadmill,
        Surface::Mixed,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Surface::Road => "road",
            Surface::Track => "track",
            Surface::Grass => "grass",
            Surface::Trail => "trail",
            Surface::Treadmill => "treadmill",
            Surface::Mixed => "mixed",
        }
    }

    pub fn is_hard(self) -> bool {
        matches!(self, Surface::Road | Surface::Track)
    }
}

impl fmt::Display for Surface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl std::str::FromStr for Surface {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, DomainError> {
        let wanted = s.trim().to_ascii_lowercase();
        Surface::ALL.into_iter().find(|surface| surface.id() == wanted).ok_or_else(|| {
            DomainError::Value(format!(
                "{s:?} is not a surface: use road, track, grass, trail, treadmill or mixed"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sports_and_surfaces_parse_their_ids() {
        for sport in Sport::ALL {
            assert_eq!(sport.id().parse::<Sport>().unwrap(), sport);
        }
        assert_eq!("Trail run".parse::<Sport>().unwrap(), Sport::TrailRun);
        assert!("quidditch".parse::<Sport>().is_err());
        for surface in Surface::ALL {
            assert_eq!(surface.id().parse::<Surface>().unwrap(), surface);
        }
        assert!("ice".parse::<Surface>().unwrap_err().to_string().contains("road, track"));
    }

    #[test]
    fn running_sports_and_their_surfaces() {
        assert!(Sport::TreadmillRun.is_running());
        assert!(!Sport::Walk.is_running());
        assert_eq!(Sport::TrailRun.implied_surface(), Some(Surface::Trail));
        assert_eq!(Sport::Run.implied_surface(), None);
        assert!(Surface::Road.is_hard() && Surface::Track.is_hard() && !Surface::Grass.is_hard());
    }
}

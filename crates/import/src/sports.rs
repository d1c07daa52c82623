//! Sport names as people and apps write them (GPX `<type>`, TCX `Sport`, Strava's Activity Type)
//! onto runwell's sports.

use runwell_domain::Sport;

/// Every warning that a sport was guessed starts so, so that a better source (a Strava export's
/// own type) can withdraw it.
pub(crate) const GUESSED: &str = "the file does not name its sport";

/// `None` for words that name no sport runwell knows; callers then decide (Other, or a guess).
pub(crate) fn from_words(words: &str) -> Option<Sport> {
    let w: String =
        words.trim().chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let sport = match w.as_str() {
        "" => return None,
        "run" | "running" | "jogging" | "streetrunning" | "roadrunning" | "9" => Sport::Run,
        "trailrun" | "trailrunning" => Sport::TrailRun,
        "treadmill" | "treadmillrun" | "treadmillrunning" | "virtualrun" | "indoorrun"
        | "indoorrunning" => Sport::TreadmillRun,
        "trackrun" | "trackrunning" => Sport::TrackRun,
        "walk" | "walking" | "10" => Sport::Walk,
        "hike" | "hiking" | "mountaineering" | "4" => Sport::Hike,
        "ride" | "biking" | "cycling" | "bike" | "roadbiking" | "roadcycling"
        | "mountainbiking" | "mountainbikeride" | "gravelride" | "ebikeride"
        | "emountainbikeride" | "virtualride" | "indoorcycling" | "velomobile" | "handcycle"
        | "1" => Sport::Ride,
        "swim" | "swimming" | "openwaterswimming" | "lapswimming" | "poolswim" => Sport::Swim,
        _ => return None,
    };
    Some(sport)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_map_onto_sports() {
        let check = |w: &str, expected: Option<Sport>| assert_eq!(from_words(w), expected, "{w}");
        check("Running", Some(Sport::Run));
        check("running", Some(Sport::Run));
        check("Run", Some(Sport::Run));
        check("9", Some(Sport::Run));
        check("Trail Run", Some(Sport::TrailRun));
        check("trail_running", Some(Sport::TrailRun));
        check("Virtual Run", Some(Sport::TreadmillRun));
        check("Biking", Some(Sport::Ride));
        check("E-Bike Ride", Some(Sport::Ride));
        check("Walk", Some(Sport::Walk));
        check("Hike", Some(Sport::Hike));
        check("Swim", Some(Sport::Swim));
        check("Other", None);
        check("Weight Training", None);
        check("", None);
    }
}

//! FIT's numbers for sports, file kinds and devices, in runwell's terms.

use runwell_domain::Sport;
use rustyfit::profile::typedef::{File, GarminProduct, Manufacturer, SubSport};

/// FIT `sport` (and `sub_sport`) onto runwell's sports.
pub(super) fn sport(sport: u8, sub_sport: u8) -> Sport {
    let sub = SubSport(sub_sport);
    match sport {
        // running
        1 => match sub {
            SubSport::TRAIL => Sport::TrailRun,
            SubSport::TREADMILL | SubSport::INDOOR_RUNNING | SubSport::VIRTUAL_ACTIVITY => {
                Sport::TreadmillRun
            }
            SubSport::TRACK => Sport::TrackRun,
            _ => Sport::Run,
        },
        // cycling, e_biking
        2 | 21 => Sport::Ride,
        // fitness_equipment: older watches file treadmill runs and indoor rides here.
        4 => match sub {
            SubSport::TREADMILL | SubSport::INDOOR_RUNNING => Sport::TreadmillRun,
            SubSport::INDOOR_CYCLING | SubSport::SPIN => Sport::Ride,
            SubSport::INDOOR_WALKING => Sport::Walk,
            _ => Sport::Other,
        },
        5 => Sport::Swim,
        11 => Sport::Walk,
        // hiking, mountaineering
        16 | 17 => Sport::Hike,
        _ => Sport::Other,
    }
}

/// A record's `activity_type` (no sub-sport), for files without session, lap or sport message.
pub(super) fn activity_type(activity_type: u8) -> Option<Sport> {
    match activity_type {
        1 => Some(Sport::Run),
        2 => Some(Sport::Ride),
        5 => Some(Sport::Swim),
        6 => Some(Sport::Walk),
        _ => None,
    }
}

/// The file's words for its sport, e.g. `running/trail`, for `Activity::sport_in_file`.
pub(super) fn sport_words(sport: u8, sub_sport: u8) -> String {
    let sport_name = rustyfit::profile::typedef::Sport(sport).to_string();
    match sub_sport {
        0 | 255 => sport_name,
        _ => format!("{sport_name}/{}", SubSport(sub_sport)),
    }
}

/// What a non-activity FIT file is, in the runner's words.
pub(super) fn file_kind(file_type: u8) -> String {
    match File(file_type) {
        File::SETTINGS => "a FIT settings file".to_owned(),
        File::COURSE => "a FIT course (a planned route)".to_owned(),
        File::WORKOUT => "a FIT workout (a planned session)".to_owned(),
        File::SCHEDULES => "a FIT training schedule".to_owned(),
        File::WEIGHT => "a FIT weight-scale file".to_owned(),
        File::MONITORING_A | File::MONITORING_B | File::MONITORING_DAILY => {
            "a FIT monitoring file (all-day steps and heart rate)".to_owned()
        }
        File::DEVICE => "a FIT device description".to_owned(),
        File::SPORT => "a FIT sport settings file".to_owned(),
        File::TOTALS => "a FIT totals file".to_owned(),
        File::GOALS => "a FIT goals file".to_owned(),
        File::BLOOD_PRESSURE => "a FIT blood-pressure file".to_owned(),
        File::SEGMENT | File::SEGMENT_LIST => "a FIT segment file".to_owned(),
        File::ACTIVITY_SUMMARY => "a FIT activity summary without samples".to_owned(),
        other => format!("a FIT file of type {other}"),
    }
}

/// `manufacturer product`, e.g. `garmin fr645m`, naming Garmin's products where FIT knows them
/// and falling back to the file's product name or number.
pub(super) fn device(
    manufacturer: Option<u16>,
    product: Option<u16>,
    product_name: Option<&str>,
) -> Option<String> {
    let maker = manufacturer.map(|m| {
        let name = Manufacturer(m).to_string();
        if name.starts_with("Manufacturer(") { format!("manufacturer {m}") } else { name }
    });
    let garmin_family = matches!(
        manufacturer.map(Manufacturer),
        Some(
            Manufacturer::GARMIN
                | Manufacturer::DYNASTREAM
                | Manufacturer::DYNASTREAM_OEM
                | Manufacturer::TACX
        )
    );
    let model = match (product_name.map(str::trim).filter(|n| !n.is_empty()), product) {
        (Some(name), _) => Some(name.to_owned()),
        (None, Some(p)) if garmin_family => {
            let name = GarminProduct(p).to_string();
            Some(if name.starts_with("GarminProduct(") { p.to_string() } else { name })
        }
        (None, Some(p)) => Some(p.to_string()),
        (None, None) => None,
    };
    match (maker, model) {
        (Some(m), Some(p)) => Some(format!("{m} {p}")),
        (m, p) => m.or(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sports_map_onto_runwells() {
        let check =
            |s: u8, sub: u8, expected: Sport| assert_eq!(sport(s, sub), expected, "{s}/{sub}");
        check(1, 0, Sport::Run);
        check(1, 255, Sport::Run);
        check(1, 2, Sport::Run);
        check(1, 3, Sport::TrailRun);
        check(1, 1, Sport::TreadmillRun);
        check(1, 45, Sport::TreadmillRun);
        check(1, 4, Sport::TrackRun);
        check(4, 1, Sport::TreadmillRun);
        check(4, 14, Sport::Other);
        check(2, 6, Sport::Ride);
        check(21, 0, Sport::Ride);
        check(5, 17, Sport::Swim);
        check(11, 0, Sport::Walk);
        check(17, 0, Sport::Hike);
        check(3, 0, Sport::Other);
        check(0, 0, Sport::Other);
        check(255, 255, Sport::Other);
    }

    #[test]
    fn devices_are_named() {
        let check = |m: Option<u16>, p: Option<u16>, n: Option<&str>, expected: Option<&str>| {
            assert_eq!(device(m, p, n).as_deref(), expected);
        };
        check(Some(1), Some(2888), None, Some("garmin fr645m"));
        check(Some(1), Some(65000), None, Some("garmin 65000"));
        check(Some(294), Some(802), Some("COROS PACE 2"), Some("coros COROS PACE 2"));
        check(Some(265), Some(102), None, Some("strava 102"));
        check(Some(60000), None, None, Some("manufacturer 60000"));
        check(None, None, None, None);
        assert_eq!(sport_words(1, 3), "running/trail");
        assert_eq!(sport_words(1, 0), "running");
        assert!(file_kind(2).contains("settings"));
        assert!(file_kind(32).contains("monitoring"));
    }
}

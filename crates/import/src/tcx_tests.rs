//! The TCX reader's own cases; the real files are checked in `tests/import`.

use super::*;

fn tcx(sport: &str, laps: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" \
         xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\"><Activities>\
         <Activity Sport=\"{sport}\"><Id>2024-05-01T06:00:00Z</Id>{laps}\
         <Creator><Name>Forerunner 955</Name></Creator></Activity></Activities></TrainingCenterDatabase>"
    )
}

fn read(doc: &str) -> Result<Parsed, ImportError> {
    parse(doc.as_bytes(), &Limits::default())
}

fn lap(start_s: u32, seconds: u32, metres: f64) -> String {
    let points: String = (0..=seconds)
        .map(|t| {
            let s = start_s + t;
            format!(
                "<Trackpoint><Time>2024-05-01T06:{:02}:{:02}Z</Time><DistanceMeters>{}</DistanceMeters>\
                 <HeartRateBpm><Value>140</Value></HeartRateBpm><Extensions><ns3:TPX>\
                 <ns3:RunCadence>84</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>",
                s / 60,
                s % 60,
                f64::from(t) * metres / f64::from(seconds)
            )
        })
        .collect();
    format!(
        "<Lap StartTime=\"2024-05-01T06:{:02}:{:02}Z\"><TotalTimeSeconds>{seconds}</TotalTimeSeconds>\
         <DistanceMeters>{metres}</DistanceMeters><AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm>\
         <MaximumHeartRateBpm><Value>170</Value></MaximumHeartRateBpm><Track>{points}</Track></Lap>",
        start_s / 60,
        start_s % 60
    )
}

#[test]
fn laps_are_the_summary_and_run_cadence_is_doubled() {
    let doc = tcx("Running", &(lap(0, 100, 300.0) + &lap(200, 100, 310.0)));
    let a = &read(&doc).unwrap().activities[0];
    assert_eq!(a.sport, Sport::Run);
    assert_eq!(a.distance.get(), 610.0);
    assert_eq!(a.moving_time.get(), 200.0);
    assert_eq!(a.elapsed_time.get(), 300.0);
    assert_eq!(a.avg_heart_rate.map(|h| h.bpm()), Some(150));
    assert_eq!(a.max_heart_rate.map(|h| h.bpm()), Some(170));
    assert_eq!(a.avg_cadence_spm, Some(168.0));
    assert_eq!(a.device.as_deref(), Some("Forerunner 955"));
    assert_eq!(a.streams.len(), 202);
}

#[test]
fn sports_and_non_activities() {
    let sport = |s: &str| read(&tcx(s, &lap(0, 10, 50.0))).unwrap().activities[0].sport;
    assert_eq!(sport("Biking"), Sport::Ride);
    assert_eq!(sport("Other"), Sport::Other);
    let course = "<TrainingCenterDatabase><Courses><Course><Name>x</Name></Course></Courses></TrainingCenterDatabase>";
    assert!(matches!(read(course), Err(ImportError::NotActivity(_))));
    assert!(matches!(read("<TrainingCenterDatabase><Activities"), Err(ImportError::Corrupt(_))));
}

#[test]
fn damage_inside_a_point_keeps_the_point_read_so_far() {
    let doc = tcx("Running", &lap(0, 9, 90.0));
    // Cut right after the last trackpoint's time: that point is kept, as the GPX reader keeps one.
    let cut = &doc[..doc.rfind("</Time>").unwrap() + "</Time>".len()];
    let parsed = read(cut).unwrap();
    assert_eq!(parsed.activities[0].streams.len(), 10);
    assert!(parsed.activities[0].partial);
    assert!(parsed.warnings.iter().any(|w| w.contains("what came before the damage is kept")));
}

#[test]
fn activities_and_trackpoints_stop_at_their_limits() {
    let one = Limits { max_activities_per_file: 1, ..Limits::default() };
    let two = tcx("Running", &lap(0, 100, 300.0)).replace(
        "</Activity>",
        "</Activity><Activity Sport=\"Running\"><Id>2024-05-02T06:00:00Z</Id></Activity>",
    );
    let parsed = parse(two.as_bytes(), &one).unwrap();
    assert_eq!(parsed.activities.len(), 1);
    assert!(
        parsed.warnings.iter().any(|w| w.contains("more than 1 activities")),
        "{:?}",
        parsed.warnings
    );
    let limits = Limits { max_samples_per_file: 20, ..Limits::default() };
    let parsed = parse(two.as_bytes(), &limits).unwrap();
    // The lap counts as one of the 20: 19 trackpoints are kept.
    assert_eq!(parsed.activities[0].streams.len(), 19);
    assert!(
        parsed.warnings.iter().any(|w| w.contains("more than 20 trackpoints")),
        "{:?}",
        parsed.warnings
    );
}

//! The GPX reader's own cases; the real files are checked in `tests/import`.

use super::*;

fn gpx(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" \
         xmlns=\"http://www.topografix.com/GPX/1/1\" \
         xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">{body}</gpx>"
    )
}

fn read(doc: &str) -> Result<Parsed, ImportError> {
    parse(doc.as_bytes(), &Limits::default())
}

fn point(t: u32, lat: f64, extra: &str) -> String {
    format!(
        "<trkpt lat=\"{lat}\" lon=\"8.0\"><ele>100</ele><time>2024-05-01T06:{:02}:{:02}Z</time>{extra}</trkpt>",
        t / 60,
        t % 60
    )
}

#[test]
fn a_garmin_run_with_heart_rate_and_cadence() {
    let ext = "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr>\
               <gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>";
    let points: String = (0..=60).map(|t| point(t, 49.0 + f64::from(t) * 0.00003, ext)).collect();
    let doc = gpx(&format!(
        "<trk><name>Morning &amp; run</name><type>running</type><trkseg>{points}</trkseg></trk>"
    ));
    let parsed = read(&doc).unwrap();
    let a = &parsed.activities[0];
    assert_eq!(a.sport, Sport::Run);
    assert_eq!(a.name.as_deref(), Some("Morning & run"));
    assert_eq!(a.device.as_deref(), Some("test"));
    assert_eq!(a.elapsed_time.get(), 60.0);
    assert!((a.distance.get() - 200.2).abs() < 0.5, "{}", a.distance.get());
    assert_eq!(a.avg_heart_rate.map(|h| h.bpm()), Some(150));
    assert_eq!(a.avg_cadence_spm, Some(170.0));
    assert_eq!(a.streams.len(), 61);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn routes_waypoints_and_untimed_tracks_are_not_activities() {
    let check = |body: &str, expected: &str| {
        let err = read(&gpx(body)).unwrap_err().to_string();
        assert!(err.contains(expected), "{err}");
    };
    check("<rte><rtept lat=\"1\" lon=\"1\"/></rte>", "route");
    check("<wpt lat=\"1\" lon=\"1\"/>", "waypoints only");
    check("", "no track");
    check(
        "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk>",
        "without times",
    );
    check(&format!("<trk><trkseg>{}</trkseg></trk>", point(0, 1.0, "")), "two different times");
}

#[test]
fn tracks_an_hour_apart_are_separate_and_pauses_add_no_distance() {
    let seg = |from: u32| -> String {
        (from..from + 3).map(|t| point(t, 49.0 + f64::from(t) * 0.0001, "")).collect()
    };
    // Two segments of one track: the jump between them is a pause.
    let body = format!("<trk><trkseg>{}</trkseg><trkseg>{}</trkseg></trk>", seg(0), seg(30));
    let a = &read(&gpx(&body)).unwrap().activities[0];
    assert!((a.distance.get() - 4.0 * 11.1195).abs() < 0.1, "{}", a.distance.get());
    // Two tracks 3,000 s and more apart... are still one (gap under an hour).
    let body =
        format!("<trk><trkseg>{}</trkseg></trk><trk><trkseg>{}</trkseg></trk>", seg(0), seg(3000));
    assert_eq!(read(&gpx(&body)).unwrap().activities.len(), 1);
}

#[test]
fn damaged_xml_keeps_what_came_before() {
    let points: String = (0..10).map(|t| point(t, 49.0, "")).collect();
    let doc = gpx(&format!("<trk><trkseg>{points}</trkseg></trk>"));
    let cut = &doc[..doc.len() - 40];
    let parsed = read(cut).unwrap();
    assert!(parsed.activities[0].partial || parsed.warnings.iter().any(|w| w.contains("damaged")));
    assert!(matches!(read("<gpx><trk></gpx>"), Err(ImportError::Corrupt(_))));
}

#[test]
fn damage_inside_a_point_keeps_the_point_read_so_far() {
    let points: String = (0..10).map(|t| point(t, 49.0 + f64::from(t) * 0.0001, "")).collect();
    let doc = gpx(&format!("<trk><trkseg>{points}</trkseg></trk>"));
    // Cut right after the last point's time: that point is kept, as the TCX reader keeps one.
    let cut = &doc[..doc.rfind("</time>").unwrap() + "</time>".len()];
    let parsed = read(cut).unwrap();
    assert_eq!(parsed.activities[0].streams.len(), 10);
    assert!(parsed.activities[0].partial);
    assert!(parsed.warnings.iter().any(|w| w.contains("what came before the damage is kept")));
}

/// A track of two points a minute apart at `hour` o'clock.
fn track_at(hour: u32) -> String {
    let points = point(0, 49.0, "") + &point(60, 49.001, "");
    format!("<trk><trkseg>{}</trkseg></trk>", points.replace("T06:", &format!("T{hour:02}:")))
}

#[test]
fn a_long_name_is_cut_and_shared_by_every_track() {
    let limits = Limits { max_text_bytes: 16, ..Limits::default() };
    let name = "Long run ".repeat(1000);
    let tracks: String = (0..3).map(|i| track_at(6 + i * 2)).collect();
    let doc = gpx(&format!("<metadata><name>{name}</name></metadata>{tracks}"));
    let parsed = parse(doc.as_bytes(), &limits).unwrap();
    assert_eq!(parsed.activities.len(), 3);
    let names: Vec<&Arc<str>> =
        parsed.activities.iter().map(|a| a.name.as_ref().unwrap()).collect();
    assert_eq!(&**names[0], "Long run Long ru");
    assert!(names.iter().all(|n| Arc::ptr_eq(n, names[0])), "one name, shared");
    assert!(
        parsed.warnings.iter().any(|w| w.contains("longer than 16 bytes")),
        "{:?}",
        parsed.warnings
    );
}

#[test]
fn tracks_and_points_stop_at_their_limits() {
    let limits =
        Limits { max_activities_per_file: 2, max_samples_per_file: 50, ..Limits::default() };
    let tracks: String = (0..5).map(|i| track_at(6 + i * 2)).collect();
    let parsed = parse(gpx(&tracks).as_bytes(), &limits).unwrap();
    assert_eq!(parsed.activities.len(), 2);
    assert!(
        parsed.warnings.iter().any(|w| w.contains("more than 2 tracks")),
        "{:?}",
        parsed.warnings
    );
    let many: String = (0..100).map(|t| point(t, 49.0 + f64::from(t) * 0.0001, "")).collect();
    let parsed =
        parse(gpx(&format!("<trk><trkseg>{many}</trkseg></trk>")).as_bytes(), &limits).unwrap();
    assert_eq!(parsed.activities[0].streams.len(), 49, "the segment counts as one of the 50");
    assert!(parsed.activities[0].partial);
}

#[test]
fn many_attributes_cost_one_pass_each() {
    let attributes: String = (0..50_000).map(|i| format!(" a{i}=\"{i}\"")).collect();
    let doc = gpx(&format!(
        "<trk><trkseg><trkpt lat=\"49\" lon=\"8\"{attributes}><time>2024-05-01T06:00:00Z</time></trkpt>{}</trkseg></trk>",
        point(60, 49.001, "")
    ));
    // A duplicate check that compares every pair of these (quick-xml's did) would make over a
    // billion comparisons.
    let parsed = read(&doc).unwrap();
    assert_eq!(parsed.activities[0].streams.len(), 2);
}

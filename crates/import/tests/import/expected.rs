//! The values the corpus's source projects assert (testdata/EXPECTED.md), where they apply to a
//! normalised activity, and the record-by-record oracles in testdata/expected/.

use std::path::Path;

use jiff::Timestamp;
use runwell_domain::Sport;
use runwell_domain::streams::{Channel, LatLon, Sample, distance_m};
use runwell_import::{Activity, SourceFormat};

use crate::common::{activities, close, outcomes, testdata};

fn one(root: &Path, file: &str) -> Activity {
    let mut all = activities(&root.join(file));
    assert_eq!(all.len(), 1, "{file}");
    all.remove(0)
}

fn samples(a: &Activity) -> Vec<Sample> {
    a.streams.iter().collect()
}

fn at(a: &Activity, s: &Sample) -> Timestamp {
    a.start + jiff::SignedDuration::from_secs_f64(s.time_s)
}

#[test]
fn workoutizer_run() {
    let Some(root) = testdata() else { return };
    let a = one(&root, "fit/wkz_2019-09-14-17-22-05.fit");
    assert_eq!(a.sport, Sport::Run);
    assert_eq!(a.start.to_string(), "2019-09-14T15:22:05Z");
    close(a.distance.get(), 5840.0, 5.0, "distance 5.84 km");
    close(a.elapsed_time.get(), 3164.0, 1.0, "duration");
    close(a.distance.get() / a.moving_time.get(), 1.845, 0.001, "avg speed");
    assert_eq!(a.avg_heart_rate.map(|h| h.bpm()), Some(130));
    // Workoutizer's avg_cadence 64 counts one foot: 128 steps a minute and the fraction.
    let cadence = a.avg_cadence_spm.unwrap();
    assert!((128.0..130.0).contains(&cadence), "{cadence}");
    assert_eq!(a.ascent.map(|d| d.get()), Some(234.0));
    assert_eq!(a.descent.map(|d| d.get()), Some(233.0));
    assert_eq!(a.utc_offset_s, Some(7200));
    assert_eq!(a.device.as_deref(), Some("garmin fr645m"));
    // Workoutizer's figures from the records themselves.
    let s = samples(&a);
    let mean = |f: fn(&Sample) -> Option<f64>| {
        let v: Vec<f64> = s.iter().filter_map(f).collect();
        v.iter().sum::<f64>() / v.len() as f64
    };
    close(mean(|x| x.heart_rate_bpm.map(f64::from)), 129.72, 0.05, "mean heart rate");
    close(mean(|x| x.speed_m_s), 1.71, 0.005, "mean speed");
    let hr: Vec<u8> = s.iter().filter_map(|x| x.heart_rate_bpm).collect();
    assert_eq!((hr.iter().min(), hr.iter().max()), (Some(&95), Some(&160)));
    let max_speed = s.iter().filter_map(|x| x.speed_m_s).fold(0.0, f64::max);
    close(max_speed, 3.57, 0.005, "max speed (rounded by workoutizer)");
    let altitudes: Vec<f64> = s.iter().filter_map(|x| x.altitude_m).collect();
    close(altitudes.iter().copied().fold(f64::MAX, f64::min), -23.6, 0.05, "min altitude");
    close(altitudes.iter().copied().fold(f64::MIN, f64::max), 206.6, 0.05, "max altitude");
    let max_cadence = s.iter().filter_map(|x| x.cadence_per_min).fold(0.0, f64::max);
    assert_eq!((max_cadence / 2.0).floor(), 116.0, "max cadence, one foot");
}

#[test]
fn workoutizer_run_without_altitude() {
    let Some(root) = testdata() else { return };
    let a = one(&root, "fit/wkz_with_nones.fit");
    assert!(!a.streams.has(Channel::Altitude));
    assert_eq!((a.ascent, a.descent), (None, None));
    // Nine timer stops: elapsed 2401 s, timer 1663 s.
    close(a.elapsed_time.get(), 2401.0, 1.0, "elapsed");
    close(a.moving_time.get(), 1663.0, 1.0, "moving");
}

#[test]
fn python_fitparse_values() {
    let Some(root) = testdata() else { return };
    let elemnt = one(&root, "fit/pyfitparse_2019-02-17-062644-ELEMNT-297E-195-0.fit");
    close(elemnt.distance.get() / elemnt.moving_time.get(), 5.86, 0.005, "session avg_speed");
    close(elemnt.elapsed_time.get(), 23595.0, 0.5, "elapsed");
    let activity = one(&root, "fit/pyfitparse_Activity.fit");
    close(activity.distance.get(), 5.73, 0.005, "SDK example distance");
    close(activity.elapsed_time.get(), 13.749, 0.001, "SDK example time");
    let nick = outcomes(&root.join("fit/pyfitparse_nick.fit")).remove(0).result.unwrap();
    assert!(nick.warnings.iter().any(|w| w.contains("could not be read to the end")), "{nick:?}");
    let apple = one(&root, "fit/fittrackee_apple_watch.fit");
    close(apple.elapsed_time.get(), 335.0, 1.0, "FitTrackee's 0:05:35");
    let garmin = one(&root, "fit/garminjs_Activity.fit");
    close(garmin.streams.get(0).unwrap().altitude_m.unwrap(), 127.0, 0.05, "first altitude");
}

/// One row of a record dump (Garmin's FitCSVTool, as python-fitparse's tests use them).
struct Row {
    time: Timestamp,
    heart_rate: Option<u8>,
    cadence: Option<f64>,
    speed: Option<f64>,
    distance: Option<f64>,
    position: Option<(i32, i32)>,
    altitude: Option<f64>,
}

/// The dump's timestamps are local Pacific daylight time (UTC−7).
fn dump(root: &Path, name: &str) -> Vec<Row> {
    let mut reader = csv::Reader::from_path(root.join("expected").join(name)).unwrap();
    let number = |s: &str| s.trim().parse::<f64>().ok();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let text = r[0].replace(" PDT", "");
            let civil = jiff::fmt::strtime::parse("%a %b %d %H:%M:%S %Y", &text)
                .unwrap()
                .to_datetime()
                .unwrap();
            let time = jiff::tz::TimeZone::fixed(jiff::tz::offset(-7)).to_timestamp(civil).unwrap();
            Row {
                time,
                heart_rate: number(&r[1]).map(|h| h as u8),
                // The dump tool writes 0 for an invalid cadence.
                cadence: number(&r[2]).filter(|c| *c > 0.0),
                speed: number(&r[3]),
                distance: number(&r[4]),
                position: Some((r[5].parse().unwrap(), r[6].parse().unwrap())),
                altitude: number(&r[7]),
            }
        })
        .collect()
}

fn compare_with_dump(root: &Path, fit: &str, csv: &str, on_foot: bool) {
    let a = one(root, fit);
    let rows = dump(root, csv);
    let s = samples(&a);
    assert_eq!(s.len(), rows.len(), "{fit}: one sample per record");
    let semicircle = |v: i32| f64::from(v) * 180.0 / 2_147_483_648.0;
    for (i, (row, x)) in rows.iter().zip(&s).enumerate() {
        let what = format!("{fit} record {i}");
        assert_eq!(at(&a, x), row.time, "{what}");
        assert_eq!(x.heart_rate_bpm, row.heart_rate, "{what}");
        if let (Some(got), Some(want)) = (x.speed_m_s, row.speed) {
            close(got, want, 0.0005, &what);
        }
        assert_eq!(x.speed_m_s.is_some(), row.speed.is_some(), "{what}");
        close(x.distance_m.unwrap(), row.distance.unwrap(), 0.005, &what);
        if let (Some(LatLon { lat_deg, lon_deg }), Some((lat, lon))) = (x.position, row.position) {
            close(lat_deg, semicircle(lat), 0.6e-7, &what);
            close(lon_deg, semicircle(lon), 0.6e-7, &what);
        }
        if let Some(want) = row.altitude {
            close(x.altitude_m.unwrap(), want, 0.051, &what);
        }
        if let Some(want) = row.cadence {
            let per_leg = x.cadence_per_min.unwrap() / if on_foot { 2.0 } else { 1.0 };
            assert!((per_leg - want).abs() < 1.0, "{what}: cadence {per_leg} vs {want}");
        }
    }
}

#[test]
fn records_match_the_record_dumps() {
    let Some(root) = testdata() else { return };
    compare_with_dump(
        &root,
        "fit/pyfitparse_garmin-fenix-5-run.fit",
        "pyfitparse_garmin-fenix-5-run-records.csv",
        true,
    );
    compare_with_dump(
        &root,
        "fit/pyfitparse_garmin-fenix-5-walk.fit",
        "pyfitparse_garmin-fenix-5-walk-records.csv",
        true,
    );
    compare_with_dump(
        &root,
        "fit/pyfitparse_garmin-fenix-5-bike.fit",
        "pyfitparse_garmin-fenix-5-bike-records.csv",
        false,
    );
    compare_with_dump(
        &root,
        "fit/pyfitparse_garmin-edge-820-bike.fit",
        "pyfitparse_garmin-edge-820-bike-records.csv",
        false,
    );
    compare_with_dump(
        &root,
        "fit/pyfitparse_garmin-edge-500-activity.fit",
        "pyfitparse_garmin-edge-500-activity-records.csv",
        false,
    );
}

#[test]
fn compressed_timestamps_and_speed_distance_match_their_dump() {
    let Some(root) = testdata() else { return };
    let a = one(&root, "fit/pyfitparse_compressed-speed-distance.fit");
    let by_time: std::collections::HashMap<i64, Sample> =
        a.streams.iter().map(|s| (s.time_s.round() as i64, s)).collect();
    let mut reader = csv::Reader::from_path(
        root.join("expected/pyfitparse_compressed-speed-distance-records.csv"),
    )
    .unwrap();
    let mut compared = 0;
    for r in reader.records() {
        let r = r.unwrap();
        // Raw device times: seconds since the first (empty) record at 17217864.
        let t: i64 = r[0].trim().parse::<i64>().unwrap() - 17_217_864;
        let x = by_time.get(&t).unwrap_or_else(|| panic!("no sample at {t} s"));
        assert_eq!(x.heart_rate_bpm, r[1].trim().parse().ok(), "{t}");
        close(x.speed_m_s.unwrap(), r[2].trim().parse().unwrap(), 0.0005, "speed");
        // Sixteenths of a metre, stored to the centimetre.
        close(x.distance_m.unwrap(), r[3].trim().parse().unwrap(), 0.0051, "distance");
        match r[4].trim() {
            "null" => assert_eq!(x.cadence_per_min, None, "{t}"),
            c => {
                close(x.cadence_per_min.unwrap(), 2.0 * c.parse::<f64>().unwrap(), 0.05, "cadence")
            }
        }
        compared += 1;
    }
    assert_eq!(compared, 754);
}

#[test]
fn heart_rate_messages_are_merged_as_garmins_sdk_does() {
    let Some(root) = testdata() else { return };
    let a = one(&root, "fit/garminjs_HrmPluginTestActivity.fit");
    let oracle: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            root.join("expected/garminjs_HrmPluginTestActivity_merged-record-hr.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let expected: Vec<(i64, u64)> = oracle["mergedRecordMessages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["timestamp"].as_i64().unwrap(), m["heartRate"].as_u64().unwrap()))
        .collect();
    let got: Vec<(i64, u64)> = a
        .streams
        .iter()
        .map(|s| (at(&a, &s).as_second() - 631_065_600, u64::from(s.heart_rate_bpm.unwrap_or(0))))
        .collect();
    assert_eq!(got.len(), 310);
    let differing: Vec<_> = got.iter().zip(&expected).filter(|(g, e)| g != e).collect();
    assert!(
        differing.is_empty(),
        "{} of 310 differ: {:?}",
        differing.len(),
        &differing[..differing.len().min(10)]
    );
}

#[test]
fn tcxparser_run() {
    let Some(root) = testdata() else { return };
    let a = one(&root, "tcx/tcxparser_test.tcx");
    assert_eq!((a.sport, a.format), (Sport::Run, SourceFormat::Tcx));
    assert_eq!(a.start.to_string(), "2012-12-26T21:29:53Z");
    close(a.elapsed_time.get(), 1992.0, 1.0, "started → completed");
    close(a.moving_time.get(), 1992.78, 0.005, "sum of laps");
    // tcxparser takes the last trackpoint's distance; the laps (the device's summary) add to
    // 4689.24 m, within 0.1 %.
    close(a.distance.get(), 4686.31, 4.69, "distance");
    assert_eq!(a.max_heart_rate.map(|h| h.bpm()), Some(189));
    let s = samples(&a);
    let hr: Vec<f64> = s.iter().filter_map(|x| x.heart_rate_bpm.map(f64::from)).collect();
    assert_eq!(hr.iter().sum::<f64>() as u64 / hr.len() as u64, 156, "tcxparser's mean");
    assert_eq!((hr.first(), hr.last()), (Some(&62.0), Some(&180.0)));
    let alt: Vec<f64> = s.iter().filter_map(|x| x.altitude_m).collect();
    close(alt[0], 178.942626953, 0.05, "first altitude");
    close(*alt.last().unwrap(), 166.4453125, 0.05, "last altitude");
    close(alt.iter().copied().fold(f64::MIN, f64::max), 215.95324707, 0.05, "max altitude");
    close(alt.iter().copied().fold(f64::MAX, f64::min), 157.793579102, 0.05, "min altitude");
    let positions: Vec<LatLon> = s.iter().filter_map(|x| x.position).collect();
    close(positions[0].lat_deg, 35.951880198, 1e-7, "first latitude");
    close(positions[0].lon_deg, -79.0931872185, 1e-7, "first longitude");
    close(positions.last().unwrap().lat_deg, 35.9519544616, 1e-7, "last latitude");
    close(positions.last().unwrap().lon_deg, -79.0930143837, 1e-7, "last longitude");
    let no_hr = one(&root, "tcx/tcxparser_no_hr.tcx");
    assert!(!no_hr.streams.has(Channel::HeartRate));
    assert_eq!(no_hr.avg_heart_rate, None);
}

#[test]
fn sport_activities_features_distances() {
    let Some(root) = testdata() else { return };
    let d = |file: &str| one(&root, file).distance.get();
    close(d("tcx/fireflytcx_walking_activity_1.tcx"), 3988.82, 0.005, "walk");
    close(d("tcx/fireflytcx_cross-country-skiing_activity_1.tcx"), 5692.01, 0.005, "ski");
    close(d("tcx/fireflytcx_pool_swim-activity_1.tcx"), 1500.0, 0.005, "swim");
    // Their haversine sums; ours uses the mean Earth radius, within 0.5 %.
    close(d("gpx/saf_broken1.gpx"), 27060.58, 135.0, "broken1");
    close(d("gpx/saf_broken3.gpx"), 33759.50, 169.0, "broken3");
}

#[test]
fn georust_gpx_values() {
    let Some(root) = testdata() else { return };
    let a = one(&root, "gpx/georustgpx_garmin-activity.gpx");
    assert_eq!((a.sport, a.name.as_deref()), (Sport::Run, Some("casual stroll")));
    assert_eq!(a.sport_in_file.as_deref(), Some("running"));
    let centre = LatLon { lat_deg: 37.24, lon_deg: -121.97 };
    let (from, to): (Timestamp, Timestamp) =
        ("2017-07-28T00:00:00Z".parse().unwrap(), "2017-07-30T00:00:00Z".parse().unwrap());
    for x in a.streams.iter() {
        let e = x.altitude_m.unwrap();
        assert!(e > 90.0 && e < 220.0, "{e}");
        assert!(distance_m(x.position.unwrap(), centre) < 5000.0);
        assert!(at(&a, &x) > from && at(&a, &x) < to);
    }
    let wahoo = one(&root, "gpx/georustgpx_wahoo_example.gpx");
    assert!(!wahoo.streams.has(Channel::Altitude), "every <ele/> is empty");
    let caltopo = one(&root, "gpx/georustgpx_caltopo-export.gpx");
    assert_eq!(caltopo.name.as_deref(), Some("Day 02"));
    let last = caltopo.streams.get(2).unwrap();
    close(last.altitude_m.unwrap(), 2923.0, 0.05, "elevation");
    close(last.position.unwrap().lat_deg, 36.49673483334482, 1e-7, "latitude");
    close(last.position.unwrap().lon_deg, -118.33698051050305, 1e-7, "longitude");
}

#[test]
fn workoutizer_gpx_values() {
    let Some(root) = testdata() else { return };
    let a = one(&root, "gpx/wkz_example.gpx");
    assert_eq!(a.start.to_string(), "2019-07-12T17:05:36Z");
    close(a.elapsed_time.get(), 1502.0, 0.5, "duration");
    close(a.distance.get(), 4290.0, 10.0, "distance 4.29 km");
    let first = a.streams.get(0).unwrap();
    close(first.position.unwrap().lon_deg, 8.687453, 1e-6, "first longitude");
    close(first.position.unwrap().lat_deg, 49.405446, 1e-6, "first latitude");
    close(first.altitude_m.unwrap(), 128.94, 0.05, "first elevation");
    let garmin = one(&root, "gpx/wkz_garmin_example.gpx.gz");
    assert_eq!(garmin.sport, Sport::Run);
    // Workoutizer reports the metadata's 2019-12-16; the points themselves were recorded a month
    // earlier, and the recording is what runwell keeps.
    assert_eq!(garmin.start.to_string(), "2019-11-16T08:58:30Z");
}

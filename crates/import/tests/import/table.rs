//! Every file of the shared corpus, with what importing it must give.

use std::path::Path;

use runwell_domain::Sport::{self, *};
use runwell_domain::streams::{self, Streams};
use runwell_import::{HashScheme, Limits, walk_skipping};

use crate::common::{kind, outcomes, testdata};

#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Imported completely: one activity per sport listed, in order.
    Imported(&'static [Sport]),
    /// Imported, but decoding stopped early: the activities are marked partial.
    Partial(&'static [Sport]),
    /// Refused, with the error's kind and a phrase of its message.
    Fails(&'static str, &'static str),
    /// A folder or archive: outcomes reported, activities in them, outcomes that are errors.
    Export(usize, usize, usize),
}

use Expect::*;

/// `(file, expectation, samples in the single activity's streams)`. Sample counts are the
/// record and trackpoint counts SOURCES.md gives, less the records and points left out as
/// noted there (untimed GPX points, a damaged file's impossible times).
const TABLE: &[(&str, Expect, Option<usize>)] = &[
    ("fit/fitdecode_garmin-fr935-cr.fit", Imported(&[Swim]), Some(7515)),
    ("fit/fitparsers_Settings.fit", Fails("NotActivity", "settings"), None),
    ("fit/fitparsers_hrv-activity.fit", Imported(&[Ride]), Some(1072)),
    ("fit/fittrackee_apple_watch.fit", Imported(&[Ride]), Some(338)),
    ("fit/fittrackee_example.fit", Fails("NotActivity", "course"), None),
    ("fit/garminjs_Activity.fit", Imported(&[Other]), Some(3601)),
    ("fit/garminjs_HrmPluginTestActivity.fit", Imported(&[Walk]), Some(310)),
    ("fit/garminjs_WithGearChangeData.fit", Imported(&[Other]), Some(1979)),
    ("fit/pyfitparse_2013-02-06-12-11-14.fit", Imported(&[Run]), Some(590)),
    ("fit/pyfitparse_2015-10-13-08-43-15.fit", Imported(&[Ride]), Some(221)),
    ("fit/pyfitparse_20170518-191602-1740899583.fit", Imported(&[Other]), Some(1641)),
    ("fit/pyfitparse_2019-02-17-062644-ELEMNT-297E-195-0.fit", Imported(&[Ride]), Some(13471)),
    ("fit/pyfitparse_Activity.fit", Imported(&[Run]), Some(14)),
    ("fit/pyfitparse_DeveloperData.fit", Fails("NoData", "without timed records"), None),
    ("fit/pyfitparse_Edge810-Vector-2013-08-16-15-35-10.fit", Imported(&[Ride]), Some(4700)),
    ("fit/pyfitparse_MonitoringFile.fit", Fails("NotActivity", "monitoring"), None),
    ("fit/pyfitparse_Settings.fit", Fails("NotActivity", "settings"), None),
    ("fit/pyfitparse_WeightScaleSingleUser.fit", Fails("NotActivity", "weight"), None),
    ("fit/pyfitparse_WorkoutRepeatSteps.fit", Fails("NotActivity", "workout"), None),
    ("fit/pyfitparse_activity-activity-filecrc.fit", Imported(&[Run]), Some(14)),
    ("fit/pyfitparse_activity-filecrc.fit", Fails("Corrupt", "checksum"), None),
    (
        "fit/pyfitparse_activity-large-fenxi2-multisport.fit.gz",
        Imported(&[Other, Other, Run, Other, Run, Other, Ride]),
        None,
    ),
    ("fit/pyfitparse_activity-settings-corruptheader.fit", Partial(&[Run]), Some(14)),
    ("fit/pyfitparse_activity-settings-nodata.fit", Partial(&[Run]), Some(14)),
    ("fit/pyfitparse_activity-settings.fit", Imported(&[Run]), Some(14)),
    ("fit/pyfitparse_activity-small-fenix2-run.fit", Imported(&[Run]), Some(2809)),
    ("fit/pyfitparse_activity-unexpected-eof.fit", Partial(&[Run]), Some(14)),
    ("fit/pyfitparse_antfs-dump.63.fit", Imported(&[Run]), Some(686)),
    ("fit/pyfitparse_compressed-speed-distance.fit", Imported(&[Run]), Some(755)),
    ("fit/pyfitparse_coros-pace-2-cycling-misaligned-fields.fit", Imported(&[Ride]), Some(11272)),
    ("fit/pyfitparse_developer-types-sample.fit", Imported(&[Run]), Some(3424)),
    (
        "fit/pyfitparse_elemnt-bolt-no-application-id-inside-developer-data-id.fit",
        Imported(&[Ride]),
        Some(132),
    ),
    ("fit/pyfitparse_event_timestamp.fit", Imported(&[Swim]), Some(4376)),
    ("fit/pyfitparse_garmin-edge-500-activity.fit", Imported(&[Ride]), Some(10686)),
    ("fit/pyfitparse_garmin-edge-820-bike.fit", Imported(&[Ride]), Some(15)),
    ("fit/pyfitparse_garmin-fenix-5-bike.fit", Imported(&[Ride]), Some(19)),
    ("fit/pyfitparse_garmin-fenix-5-run.fit", Imported(&[Run]), Some(21)),
    ("fit/pyfitparse_garmin-fenix-5-walk.fit", Imported(&[Walk]), Some(17)),
    ("fit/pyfitparse_nametest.FIT", Fails("NotActivity", "settings"), None),
    ("fit/pyfitparse_nick.fit", Partial(&[Ride]), Some(14391)),
    ("fit/pyfitparse_null_compressed_speed_dist.fit", Imported(&[Ride]), Some(1808)),
    ("fit/pyfitparse_sample-activity-indoor-trainer.fit", Imported(&[Ride]), Some(2263)),
    ("fit/pyfitparse_sample-activity.fit", Imported(&[Ride]), Some(3098)),
    ("fit/pyfitparse_sample_mulitple_header.fit", Imported(&[Swim, Other, Ride, Other, Run]), None),
    // 473 records decode before the damage; the last of them has a time decades away.
    ("fit/pyfitparse_strava-android-app-201.10-b1218918.fit", Partial(&[Run]), Some(472)),
    ("fit/roznet_large.fit.gz", Imported(&[Run]), Some(42709)),
    ("fit/roznet_sample.fit", Imported(&[TrailRun]), Some(4276)),
    ("fit/saf_fit_format_test_File.FIT", Imported(&[Run]), Some(366)),
    ("fit/tormoder_0134902991.fit", Imported(&[Ride]), Some(739)),
    ("fit/tormoder_activity_poolswim_with_hr.fit", Imported(&[Swim]), Some(3501)),
    ("fit/tormoder_bpg-garmin.fit", Imported(&[Ride]), Some(8823)),
    ("fit/tormoder_mornindew-broken.fit", Imported(&[Run]), Some(6874)),
    ("fit/tormoder_unterminated-strings.fit", Imported(&[Ride]), Some(33)),
    ("fit/wkz_2019-09-14-17-22-05.fit", Imported(&[Run]), Some(1202)),
    ("fit/wkz_2019-09-18-16-02-35.fit", Imported(&[Run]), Some(1100)),
    ("fit/wkz_2019-09-25-16-15-53.fit", Imported(&[Run]), Some(495)),
    ("fit/wkz_2020-08-20-09-34-33.fit", Imported(&[Walk]), Some(4727)),
    ("fit/wkz_2020-08-31-17-41-11.fit", Imported(&[Run]), Some(624)),
    ("fit/wkz_2020-09-12-11-15-46.fit", Imported(&[Walk]), Some(19518)),
    ("fit/wkz_cycling_bad_schandau.fit", Imported(&[Ride]), Some(3993)),
    // Recorded as walking; workoutizer calls it a hike from its own settings.
    ("fit/wkz_hike_with_coordinates_muggenbrunn.fit", Imported(&[Walk]), Some(2704)),
    ("fit/wkz_run_with_coordinates.fit", Imported(&[Run]), Some(1945)),
    ("fit/wkz_swim_no_coordinates.fit", Imported(&[Swim]), Some(5)),
    ("fit/wkz_with_nones.fit", Imported(&[Run]), Some(427)),
    ("gpx/georustgpx_badcharacter.xml", Fails("Unrecognised", "neither GPX nor TCX"), None),
    // "Day 01" has three points at one instant and is left out; "Day 02" is the activity.
    ("gpx/georustgpx_caltopo-export.gpx", Imported(&[Run]), Some(3)),
    ("gpx/georustgpx_garmin-activity.gpx", Imported(&[Run]), Some(988)),
    ("gpx/georustgpx_garmin_with_extensions.gpx.gz", Imported(&[Run]), Some(3540)),
    ("gpx/georustgpx_strava_route_example.gpx", Fails("NotActivity", "without times"), None),
    ("gpx/georustgpx_wahoo_example.gpx", Imported(&[Run]), Some(3)),
    // Three points a few hundred metres apart in two seconds: not a runner's speed.
    ("gpx/georustgpx_with_accuracy.gpx", Imported(&[Other]), Some(3)),
    // Every point within the same second (a broken clock in 1901): no time span.
    ("gpx/gpxpy_Mojstrovka.gpx", Fails("NoData", "two different times"), None),
    ("gpx/gpxpy_around-visnjan-with-car.gpx", Imported(&[Ride]), Some(104)),
    ("gpx/gpxpy_cerknicko-jezero.gpx", Imported(&[Run]), Some(296)),
    ("gpx/gpxpy_cerknicko-without-times.gpx", Fails("NotActivity", "without times"), None),
    ("gpx/gpxpy_gpx1.0_with_all_fields.gpx", Fails("NoData", "two different times"), None),
    ("gpx/gpxpy_gpx_with_garmin_extension.gpx", Fails("NotActivity", "waypoints only"), None),
    ("gpx/gpxpy_korita-zbevnica.gpx", Imported(&[Run]), Some(513)),
    ("gpx/gpxpy_route.gpx", Fails("NotActivity", "route"), None),
    ("gpx/gpxpy_track-with-empty-segment.gpx", Imported(&[Run]), Some(9)),
    ("gpx/gpxpy_unicode_with_bom.gpx", Fails("NotActivity", "waypoints only"), None),
    ("gpx/saf_broken1.gpx", Imported(&[Run]), Some(3497)),
    ("gpx/saf_broken3.gpx", Imported(&[Run]), Some(3675)),
    ("gpx/wkz_cycling_walchensee.gpx", Imported(&[Ride]), Some(2156)),
    ("gpx/wkz_example.gpx", Imported(&[Run]), Some(245)),
    ("gpx/wkz_garmin_example.gpx.gz", Imported(&[Run]), Some(602)),
    ("tcx/fireflytcx_cross-country-skiing_activity_1.tcx", Imported(&[Other]), Some(486)),
    ("tcx/fireflytcx_pool_swim-activity_1.tcx", Imported(&[Other]), Some(32)),
    ("tcx/fireflytcx_running_activity_1.tcx", Imported(&[Run]), Some(1254)),
    ("tcx/fireflytcx_running_activity_2.tcx.gz", Imported(&[Run]), Some(1463)),
    ("tcx/fireflytcx_walking_activity_1.tcx", Imported(&[Other]), Some(660)),
    ("tcx/saf_dead_end.tcx", Imported(&[Ride]), Some(48)),
    ("tcx/tcxparser_no_hr.tcx", Imported(&[Run]), Some(384)),
    ("tcx/tcxparser_sup_activity_1.tcx", Imported(&[Other]), Some(111)),
    ("tcx/tcxparser_test.tcx", Imported(&[Run]), Some(384)),
    // Six files, each imported (one partially), and activities.csv with the hand-logged run.
    ("exports/strava-constructed", Export(7, 7, 0), None),
    ("exports/strava-constructed.zip", Export(7, 7, 0), None),
    // Three runs and a monitoring file in the inner ZIP; the JSON file is skipped quietly.
    ("exports/garmin-connect-constructed.zip", Export(4, 3, 1), None),
];

#[test]
fn every_file_of_the_corpus_gives_its_expected_outcome() {
    let Some(root) = testdata() else { return };
    let mut failures = Vec::new();
    for &(file, expect, samples) in TABLE {
        if let Err(problem) = check(&root.join(file), expect, samples) {
            failures.push(format!("{file}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "{} files differ:\n{}", failures.len(), failures.join("\n"));
}

fn check(path: &Path, expect: Expect, samples: Option<usize>) -> Result<(), String> {
    let outcomes = outcomes(path);
    if let Export(files, activities, failed) = expect {
        let got_activities: usize = outcomes
            .iter()
            .filter_map(|o| o.result.as_ref().ok())
            .map(|p| p.activities.len())
            .sum();
        let got_failed = outcomes.iter().filter(|o| o.result.is_err()).count();
        let got = (outcomes.len(), got_activities, got_failed);
        return if got == (files, activities, failed) {
            Ok(())
        } else {
            Err(format!("got {got:?}"))
        };
    }
    let [outcome] = &outcomes[..] else { return Err(format!("{} outcomes", outcomes.len())) };
    match (expect, &outcome.result) {
        (Fails(k, phrase), Err(e)) if kind(e) == k && e.to_string().contains(phrase) => Ok(()),
        (Imported(sports) | Partial(sports), Ok(parsed)) => {
            let got: Vec<Sport> = parsed.activities.iter().map(|a| a.sport).collect();
            if got != sports {
                return Err(format!("sports {got:?}"));
            }
            let partial = matches!(expect, Partial(_));
            if parsed.activities.iter().any(|a| a.partial != partial) {
                return Err(format!("partial is not {partial}: {:?}", parsed.warnings));
            }
            if partial && parsed.warnings.is_empty() {
                return Err("a partial import must say why".to_owned());
            }
            if let Some(n) = samples
                && parsed.activities[0].streams.len() != n
            {
                return Err(format!("{} samples, not {n}", parsed.activities[0].streams.len()));
            }
            for a in &parsed.activities {
                sound(a)?;
            }
            Ok(())
        }
        (_, result) => Err(format!("got {:?}", result.as_ref().map(|p| p.activities.len()))),
    }
}

/// What holds for any imported activity.
fn sound(a: &runwell_import::Activity) -> Result<(), String> {
    let hex = a.content_hash.strip_prefix(HashScheme::BLAKE3_PREFIX).unwrap_or_default();
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("hash {:?}", a.content_hash));
    }
    if a.moving_time.get() > a.elapsed_time.get() + 1e-9 {
        return Err(format!("moving {} > elapsed {}", a.moving_time, a.elapsed_time));
    }
    if a.source_file.is_empty() {
        return Err("no source file".to_owned());
    }
    // The store keeps the columns as they are; reading them back must give the same streams.
    if Streams::from_columns(a.streams.columns().clone()).as_ref() != Ok(&a.streams) {
        return Err("the streams do not survive their columns".to_owned());
    }
    let splits = a.streams.splits_km();
    let split_distance: f64 = splits.iter().map(|s| s.distance_m).sum();
    if splits.iter().any(|s| s.duration_s.is_nan() || s.duration_s < 0.0 || s.distance_m > 1000.0)
        || split_distance < 0.0
    {
        return Err(format!("odd splits {splits:?}"));
    }
    if let Some(line) = streams::run_series(&a.streams, 500, 1000.0) {
        let drawn = line
            .points
            .iter()
            .filter(|p| {
                p.pace_s_per_km.is_some() || p.heart_rate_bpm.is_some() || p.cadence_spm.is_some()
            })
            .count();
        if drawn > 500 || line.splits != splits {
            return Err(format!("the chart's line has {drawn} points, or other splits"));
        }
    }
    Ok(())
}

#[test]
fn the_table_covers_every_input_file() {
    let Some(root) = testdata() else { return };
    let mut missing = Vec::new();
    for dir in ["fit", "gpx", "tcx", "exports"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let relative =
                    path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
                let listed = TABLE.iter().any(|(file, ..)| {
                    relative == *file || relative.starts_with(&format!("{file}/"))
                });
                if !listed {
                    missing.push(relative);
                }
            }
        }
    }
    assert!(missing.is_empty(), "add these to the table: {missing:?}");
}

#[test]
fn content_hashes_are_of_the_bytes_once_gzip_is_removed() {
    let Some(root) = testdata() else { return };
    // SOURCES.md gives each gzipped file's upstream (ungzipped) SHA-256, and each plain file's
    // own: the scheme of the runners imported before BLAKE3 gives them.
    let check = |file: &str, prefix: &str| {
        let path = root.join(file);
        let mut legacy = Vec::new();
        let files = [(file.to_owned(), path.clone())];
        walk_skipping(&files, &Limits::default(), HashScheme::Sha256, &|_| false, |o| {
            legacy.push(o);
        });
        let hash = legacy.remove(0).content_hash.unwrap();
        assert!(hash.starts_with(prefix), "{file}: {hash}");
        // A new import's BLAKE3 is of the same bytes, and every activity carries it.
        let bytes = std::fs::read(&path).unwrap();
        let mut plain = Vec::new();
        if file.ends_with(".gz") {
            std::io::Read::read_to_end(
                &mut flate2::read::MultiGzDecoder::new(&bytes[..]),
                &mut plain,
            )
            .unwrap();
        } else {
            plain = bytes;
        }
        assert_eq!(HashScheme::Sha256.hash(&plain), hash, "{file}");
        let outcome = outcomes(&path).remove(0);
        let hash = outcome.content_hash.unwrap();
        assert_eq!(hash, runwell_import::content_hash(&plain), "{file}");
        for a in outcome.result.unwrap().activities {
            assert_eq!(&*a.content_hash, hash, "{file}");
        }
    };
    check("fit/roznet_large.fit.gz", "806c13c76176311d");
    check("fit/pyfitparse_activity-large-fenxi2-multisport.fit.gz", "446a91e2b887fb51");
    check("gpx/georustgpx_garmin_with_extensions.gpx.gz", "509ec3f15dba9ff6");
    check("gpx/wkz_garmin_example.gpx.gz", "ce90e2490a434cd2");
    check("tcx/fireflytcx_running_activity_2.tcx.gz", "009fc568266f2969");
    check(
        "fit/roznet_sample.fit",
        "0ff09b651218b0992a98e86f20adad4de6eb82203bd4fd3dde06873741f99264",
    );
}

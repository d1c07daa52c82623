//! Issue 12's hostile inputs, one test per item: each limit holds, the message says what
//! happened, and the other files of the same import still land. The files come from
//! `corpus::hostile`, small enough here (with small limits where that helps) to run quickly.

use std::sync::Arc;

use runwell_import::corpus::hostile;
use runwell_import::corpus::{self, Run};
use runwell_import::{FileOutcome, Limits, walk_bytes, walk_named};

use crate::common::kind;

fn good_fit() -> Vec<u8> {
    corpus::fit(&Run { start: 1_700_000_000, seconds: 120, seed: 5 })
}

/// Imports the file `hostile_name: hostile` and a good FIT file beside it, as `runwell import`
/// or an upload of two files does; returns the hostile file's outcomes once the good file is
/// known to have landed.
fn beside_a_good_file(hostile_name: &str, hostile: &[u8], limits: &Limits) -> Vec<FileOutcome> {
    let dir = tempfile::tempdir().unwrap();
    let (bad, good) = (dir.path().join("upload-0"), dir.path().join("upload-1"));
    std::fs::write(&bad, hostile).unwrap();
    std::fs::write(&good, good_fit()).unwrap();
    let files = [(hostile_name.to_owned(), bad), ("good.fit".to_owned(), good)];
    let mut out = Vec::new();
    walk_named(&files, limits, |o| out.push(o));
    let good = out.pop().expect("the good file");
    assert_eq!(good.path, "good.fit");
    assert_eq!(good.result.as_ref().map(|p| p.activities.len()), Ok(1), "{good:?}");
    out
}

fn message(outcome: &FileOutcome) -> String {
    match &outcome.result {
        Err(e) => format!("{}: {e}", kind(e)),
        Ok(parsed) => parsed.warnings.join("; "),
    }
}

#[test]
fn item_1_a_long_name_is_cut_once_and_shared_by_every_activity() {
    let gpx = hostile::gpx_named_tracks(1 << 20, 200);
    let out = beside_a_good_file("tracks.gpx", &gpx, &Limits::default());
    let parsed = out[0].result.as_ref().unwrap();
    assert_eq!(parsed.activities.len(), 200);
    let first = parsed.activities[0].name.as_ref().unwrap();
    assert_eq!(first.len(), 512);
    assert!(parsed.activities.iter().all(|a| Arc::ptr_eq(a.name.as_ref().unwrap(), first)));
    assert!(
        message(&out[0]).contains("longer than 512 bytes and were cut"),
        "{}",
        message(&out[0])
    );
}

#[test]
fn item_1_activities_per_file_are_capped_in_gpx_and_in_activities_csv() {
    let limits = Limits { max_activities_per_file: 25, ..Limits::default() };
    let out = beside_a_good_file("tracks.gpx", &hostile::gpx_named_tracks(0, 100), &limits);
    assert_eq!(out[0].result.as_ref().unwrap().activities.len(), 25);
    assert!(message(&out[0]).contains("more than 25 tracks"), "{}", message(&out[0]));
    let mut out = Vec::new();
    walk_bytes("export.zip", &hostile::strava_rows(100), &limits, |o| out.push(o));
    let csv = out.iter().find(|o| o.path.ends_with("activities.csv")).unwrap();
    assert_eq!(csv.result.as_ref().unwrap().activities.len(), 25);
    let text = message(csv);
    assert!(text.contains("more than 25 runs of its own; the last 75 were left out"), "{text}");
    // The rows read are bounded apart from the runs given.
    let rows = Limits { max_csv_rows: 40, ..Limits::default() };
    let mut out = Vec::new();
    walk_bytes("export.zip", &hostile::strava_rows(100), &rows, |o| out.push(o));
    let text = message(&out[0]);
    assert!(text.contains("more than 40 rows; the last 60 were left out"), "{text}");
}

#[test]
fn item_2_a_fit_file_of_empty_parts_is_given_up_after_its_part_limit() {
    let limits = Limits { max_fit_parts: 50, ..Limits::default() };
    let out = beside_a_good_file("bomb.fit.gz", &hostile::fit_empty_parts(200_000), &limits);
    let text = message(&out[0]);
    assert!(text.starts_with("NoData") && text.contains("first 50 hold no data"), "{text}");
    assert_eq!(out[0].content_hash, None, "decided from its first parts, not inflated whole");
    // Plain, it is split no further than the part limit.
    let mut plain = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&hostile::fit_empty_parts(200_000)[..]),
        &mut plain,
    )
    .unwrap();
    let out = beside_a_good_file("bomb.fit", &plain, &limits);
    assert!(message(&out[0]).contains("without timed records"), "{}", message(&out[0]));
    // Too large once unzipped, when the parts allowed are more than fit: refused as it
    // inflates, at the size limit.
    let small = Limits { max_entry_bytes: 1 << 20, max_fit_parts: 100_000, ..Limits::default() };
    let out = beside_a_good_file("bomb.fit.gz", &hostile::fit_empty_parts(200_000), &small);
    assert!(message(&out[0]).contains("expands to more than 1.0 MiB"), "{}", message(&out[0]));
}

#[test]
fn item_2_warnings_per_file_are_capped_and_counted() {
    // A chained file of parts that each fail their checksum gives a warning per part.
    let fit = good_fit();
    let mut bad = fit.clone();
    let last = bad.len() - 1;
    bad[last] ^= 0xff;
    let chained: Vec<u8> =
        std::iter::once(fit).chain(std::iter::repeat_n(bad, 40)).flatten().collect();
    let limits = Limits { max_warnings_per_file: 5, ..Limits::default() };
    let parsed = runwell_import::parse_named("chained.fit", &chained, &limits).unwrap();
    assert_eq!(parsed.warnings.len(), 6, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[5], "and 35 more warnings like these");
}

#[test]
fn item_3_a_zip_whose_entries_share_one_local_header_is_refused_before_reading() {
    let zip = hostile::zip_overlapping(2_000, 64 << 10);
    let mut out = Vec::new();
    walk_bytes("overlapping.zip", &zip, &Limits::default(), |o| out.push(o));
    assert_eq!(out.len(), 1);
    let text = message(&out[0]);
    assert!(text.contains("Limit") && text.contains("overlap or are out of order"), "{text}");
    // Beside a good file, and nested in another archive: refused alone.
    let out = beside_a_good_file("overlapping.zip", &zip, &Limits::default());
    assert!(message(&out[0]).contains("overlap"), "{}", message(&out[0]));
    let nested = hostile::zip_of(&[("inner.zip", &zip)]);
    let out = beside_a_good_file("outer.zip", &nested, &Limits::default());
    assert!(message(&out[0]).contains("overlap"), "{}", message(&out[0]));
}

#[test]
fn item_3_gzip_inside_an_archive_is_charged_to_the_archive() {
    // Zeros, not a FIT bomb (which is told from its first parts and costs nothing).
    let zip = hostile::zip_of_gzips(400, &corpus::gzip(&vec![0u8; 64 << 10]));
    let out = beside_a_good_file("gzips.zip", &zip, &Limits::default());
    assert_eq!(out.len(), 400);
    let refused =
        out.iter().filter(|o| message(o).contains("an archive of its size may give")).count();
    // Each entry inflates to 64 KiB (the most a small stream may, whatever its ratio); the
    // archive may give 64 times its own size in all, and that is where it stopped.
    let may_give = zip.len() as u64 * 64;
    let given: u64 = (400 - refused) as u64 * (64 << 10);
    assert!(refused > 100, "without the archive's bound all 400 would be given: {refused}");
    assert!(given <= may_give && given + 4 * (64 << 10) > may_give, "{given} of {may_give}");
    // The whole import's budget counts the same bytes.
    let limits = Limits { max_inflated_bytes: 1 << 20, ..Limits::default() };
    let mut out = Vec::new();
    walk_bytes("gzips.zip", &zip, &limits, |o| out.push(o));
    assert!(out.iter().any(|o| message(o).contains("this import has already decompressed")));
}

#[test]
fn item_4_a_wide_activities_csv_is_refused_and_the_export_goes_on() {
    let out = beside_a_good_file("wide.zip", &hostile::strava_wide(100_000, 5), &Limits::default());
    let csv = out.iter().find(|o| o.path.ends_with("activities.csv")).unwrap();
    let text = message(csv);
    assert!(text.contains("100000 columns, more than the 1000 allowed"), "{text}");
    // With the columns allowed, they are found once and the rows read.
    let wide = Limits { max_csv_columns: 100_000, max_csv_row_bytes: 1 << 20, ..Limits::default() };
    let mut out = Vec::new();
    walk_bytes("wide.zip", &hostile::strava_wide(100_000, 5), &wide, |o| out.push(o));
    assert_eq!(out[0].result.as_ref().unwrap().activities.len(), 5, "{}", message(&out[0]));
}

#[test]
fn item_5_a_file_over_the_size_limit_is_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("upload-0");
    let mut file = std::fs::File::create(&big).unwrap();
    hostile::gpx_large(300_000, &mut file).unwrap();
    drop(file);
    let good = dir.path().join("upload-1");
    std::fs::write(&good, good_fit()).unwrap();
    let limits = Limits { max_entry_bytes: 100_000, ..Limits::default() };
    let files = [("huge.gpx".to_owned(), big), ("run.fit".to_owned(), good)];
    let mut out = Vec::new();
    walk_named(&files, &limits, |o| out.push(o));
    assert_eq!(out[0].path, "huge.gpx");
    let text = message(&out[0]);
    assert!(text.contains("a file of 0.3 MiB, more than the 0.1 MiB allowed"), "{text}");
    assert_eq!(out[0].size_bytes, 4096, "only its first bytes were read");
    assert!(out[1].result.is_ok(), "{:?}", out[1]);
}

#[test]
fn item_10_a_refused_entry_adds_only_what_was_read() {
    let fit = good_fit();
    let mut zip = hostile::zip_of(&[("bomb.fit", &vec![0u8; 2 << 20]), ("good.fit", &fit)]);
    // The bomb's directory entry claims 4 GiB.
    let central = zip.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    zip[central + 24..central + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    let mut out = Vec::new();
    walk_bytes("upload.zip", &zip, &Limits::default(), |o| out.push(o));
    assert!(message(&out[0]).contains("ZIP bomb"), "{}", message(&out[0]));
    assert_eq!(out[0].size_bytes, 0);
    assert_eq!(out[1].size_bytes, fit.len() as u64);
}

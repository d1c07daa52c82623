//! Damaged and hostile input: never a panic, always a reason; bombs and lying archives are
//! refused after reading little.

use std::io::{Cursor, Write};

use proptest::prelude::*;
use runwell_import::corpus::{self, Run};
use runwell_import::{FileOutcome, ImportError, Limits, parse_file, walk_bytes};
use zip::write::SimpleFileOptions;

use crate::common::kind;

fn run(seconds: u32) -> Run {
    Run { start: 1_700_000_000, seconds, seed: 3 }
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn walked(bytes: &[u8], limits: &Limits) -> Vec<FileOutcome> {
    let mut out = Vec::new();
    walk_bytes("upload.zip", bytes, limits, |o| out.push(o));
    out
}

fn error_of(outcome: &FileOutcome) -> (&'static str, String) {
    match &outcome.result {
        Err(e) => (kind(e), e.to_string()),
        Ok(p) => panic!("{}: imported {} activities", outcome.path, p.activities.len()),
    }
}

#[test]
fn malformed_files_fail_with_a_reason() {
    let fit = corpus::fit(&run(120));
    let mut bad_crc = fit.clone();
    *bad_crc.last_mut().unwrap() ^= 0xff;
    let check = |bytes: &[u8], expected_kind: &str, phrase: &str| {
        let err = parse_file(bytes).unwrap_err();
        assert_eq!(kind(&err), expected_kind, "{err}");
        assert!(err.to_string().contains(phrase), "{err}");
    };
    check(b"", "Unrecognised", "empty file");
    check(&fit[..11], "Unrecognised", "unknown format");
    check(&fit[..40], "Corrupt", "ends in the middle");
    check(&bad_crc, "Corrupt", "checksum does not match");
    check(b"\x1f\x8b\x08\x00garbage", "Corrupt", "gzip");
    check(b"<?xml version=\"1.0\"?><gpx><trk></gpx>", "Corrupt", "not well-formed");
    check(b"<TrainingCenterDatabase><Activities><Activity", "Corrupt", "not well-formed");
    check(b"not xml at all, just words", "Unrecognised", "unknown format");
    check(&[0xde, 0xad, 0xbe, 0xef].repeat(64), "Unrecognised", "unknown format");
    check(&zip_of(&[("notes.txt", b"hello")]), "NoData", "no activity files");
}

#[test]
fn a_fit_file_cut_short_keeps_its_first_part() {
    let fit = corpus::fit(&run(600));
    let parsed = parse_file(&fit[..fit.len() / 2]).unwrap();
    let a = &parsed.activities[0];
    assert!(a.partial && a.streams.len() > 200 && a.streams.len() < 400, "{}", a.streams.len());
    assert!(parsed.warnings.iter().any(|w| w.contains("what came before is kept")), "{parsed:?}");
    // Every cut gives an activity or a reason.
    for cut in (0..fit.len()).step_by(97) {
        let _ = parse_file(&fit[..cut]);
    }
}

#[test]
fn a_zip_bomb_is_refused_before_it_expands() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("activities/bomb.fit", options).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        zip.write_all(&zeros).unwrap();
    }
    zip.start_file("activities/ok.fit", options).unwrap();
    zip.write_all(&corpus::fit(&run(60))).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 200_000, "{}", bytes.len());
    let outcomes = walked(&bytes, &Limits::default());
    let (k, message) = error_of(&outcomes[0]);
    assert_eq!(k, "Limit");
    assert!(message.contains("ZIP bomb"), "{message}");
    assert_eq!(outcomes[0].content_hash, None, "not read");
    assert!(outcomes[1].result.is_ok(), "the rest of the archive goes on");
}

#[test]
fn an_entry_larger_than_its_header_says_is_refused() {
    let gpx = corpus::gpx(&run(600));
    let mut bytes = zip_of(&[("activities/1.gpx", &gpx)]);
    // Make the local and central headers claim 100 bytes.
    let claim = 100u32.to_le_bytes();
    bytes[22..26].copy_from_slice(&claim);
    let central = bytes.windows(4).rposition(|w| w == b"PK\x01\x02").unwrap();
    bytes[central + 24..central + 28].copy_from_slice(&claim);
    let outcomes = walked(&bytes, &Limits::default());
    let (k, message) = error_of(&outcomes[0]);
    assert_eq!(k, "Limit", "{message}");
    assert!(message.contains("larger than its ZIP header says"), "{message}");
}

#[test]
fn archive_limits_skip_entries_not_the_archive() {
    let fit = corpus::fit(&run(300));
    let files: Vec<(String, &[u8])> =
        (0..20).map(|i| (format!("activities/{i}.fit"), &fit[..])).collect();
    let entries: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    let archive = zip_of(&entries);
    // Too many entries: the archive is refused before its directory is read.
    let few = Limits { max_entries: 10, ..Limits::default() };
    let outcomes = walked(&archive, &few);
    assert_eq!(outcomes.len(), 1);
    assert!(error_of(&outcomes[0]).1.contains("20 entries"));
    // A budget for three files: the fourth and later are skipped, each with a message.
    let budget = Limits { max_inflated_bytes: 3 * fit.len() as u64 + 10, ..Limits::default() };
    let outcomes = walked(&archive, &budget);
    assert_eq!(outcomes.len(), 20);
    assert_eq!(outcomes.iter().filter(|o| o.result.is_ok()).count(), 3);
    assert!(error_of(&outcomes[3]).1.contains("this import has already decompressed"));
    // An entry over the size limit.
    let small = Limits { max_entry_bytes: 1000, ..Limits::default() };
    assert!(error_of(&walked(&archive, &small)[0]).1.contains("more than the 0.0 MiB allowed"));
}

#[test]
fn zips_nest_two_deep_and_no_deeper() {
    let fit = corpus::fit(&run(60));
    let inner = zip_of(&[("a.fit", &fit)]);
    let middle = zip_of(&[("inner.zip", &inner), ("b.fit", &fit)]);
    let outer = zip_of(&[("middle.zip", &middle)]);
    let outcomes = walked(&middle, &Limits::default());
    assert!(outcomes.iter().all(|o| o.result.is_ok()), "{outcomes:?}");
    assert_eq!(outcomes[0].path, "upload.zip/inner.zip/a.fit");
    let outcomes = walked(&outer, &Limits::default());
    let (k, message) = error_of(&outcomes[0]);
    assert_eq!((k, outcomes[0].path.as_str()), ("Limit", "upload.zip/middle.zip/inner.zip"));
    assert!(message.contains("nested more than 2 deep"), "{message}");
    assert!(outcomes[1].result.is_ok());
}

#[test]
fn a_gzip_bomb_is_refused() {
    let bomb = corpus::gzip(&vec![0u8; 64 << 20]);
    let err = parse_file(&bomb).unwrap_err();
    assert!(matches!(err, ImportError::Limit(_)), "{err}");
    assert!(err.to_string().contains("200 times"), "{err}");
}

fn seeds() -> Vec<Vec<u8>> {
    let r = run(90);
    vec![
        corpus::fit(&r),
        corpus::gpx(&Run { seconds: 20, ..r }),
        corpus::tcx(&Run { seconds: 20, ..r }),
        corpus::gzip(&corpus::fit(&r)),
        zip_of(&[
            ("activities.csv", b"Activity ID,Filename\n1,a.fit\n"),
            ("a.fit", &corpus::fit(&r)),
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_file(&bytes);
    }

    #[test]
    fn damaged_files_never_panic(
        which in 0usize..5,
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = seeds().swap_remove(which);
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let keep = cut.index(bytes.len() + 1);
        bytes.truncate(keep.max(bytes.len() / 2));
        if let Ok(parsed) = parse_file(&bytes) {
            for a in parsed.activities {
                prop_assert!(a.moving_time.get() <= a.elapsed_time.get() + 1e-9);
                let columns = a.streams.columns().clone();
                prop_assert_eq!(runwell_domain::streams::Streams::from_columns(columns).unwrap(), a.streams);
            }
        }
    }
}

#[test]
fn a_large_zip_inside_a_zip_is_spooled_to_disk() {
    let fit = corpus::fit(&run(60));
    let mut inner = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    inner.start_file("a.fit", stored).unwrap();
    inner.write_all(&fit).unwrap();
    inner.start_file("padding.bin", stored).unwrap();
    inner.write_all(&vec![7u8; 33 << 20]).unwrap();
    let inner = inner.finish().unwrap().into_inner();
    let mut outer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    outer.start_file("UploadedFiles_0-_Part1.zip", stored).unwrap();
    outer.write_all(&inner).unwrap();
    let outer = outer.finish().unwrap().into_inner();
    let outcomes = walked(&outer, &Limits::default());
    assert_eq!(outcomes[0].path, "upload.zip/UploadedFiles_0-_Part1.zip/a.fit");
    assert_eq!(outcomes[0].result.as_ref().unwrap().activities.len(), 1);
    assert_eq!(error_of(&outcomes[1]).0, "Unrecognised");
}

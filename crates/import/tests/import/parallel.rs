//! Decoding on several threads gives what decoding on one gives, in the same order; a file
//! whose fingerprint is known is reported without being decoded.

use std::collections::HashSet;
use std::path::PathBuf;

use runwell_import::{
    FileOutcome, HashScheme, Limits, corpus, walk_bytes, walk_named, walk_skipping,
};

use crate::common::testdata;

fn walked(paths: &[PathBuf], limits: &Limits, known: &HashSet<String>) -> Vec<FileOutcome> {
    let named: Vec<(String, PathBuf)> =
        paths.iter().map(|p| (p.display().to_string(), p.clone())).collect();
    let mut out = Vec::new();
    walk_skipping(&named, limits, HashScheme::default(), &|f| known.contains(f), |o| out.push(o));
    out
}

#[test]
fn the_corpus_decodes_the_same_on_one_thread_and_on_four() {
    let Some(root) = testdata() else { return };
    let one = Limits { decode_threads: 1, ..Limits::default() };
    let four = Limits { decode_threads: 4, ..Limits::default() };
    let none = HashSet::new();
    let paths = [root];
    let (a, b) = (walked(&paths, &one, &none), walked(&paths, &four, &none));
    assert!(a.len() > 50, "the corpus has many files: {}", a.len());
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y, "{}", x.path);
    }
}

#[test]
fn known_files_are_not_decoded_and_keep_their_csv_rows_claimed() {
    let Some(root) = testdata() else { return };
    let export = root.join("exports/strava-constructed.zip");
    let export = [export];
    let first = walked(&export, &Limits::default(), &HashSet::new());
    let known: HashSet<String> = first.iter().filter_map(|o| o.fingerprint.clone()).collect();
    // Six activity files have fingerprints; the CSV's own runs have none.
    assert_eq!(known.len(), 6, "{known:?}");
    let again = walked(&export, &Limits::default(), &known);
    let (skipped, decoded): (Vec<_>, Vec<_>) = again.iter().partition(|o| o.known);
    assert_eq!(skipped.len(), 6);
    assert!(skipped.iter().all(|o| o.result.as_ref().is_ok_and(|p| p.activities.is_empty())));
    // The CSV still gives only the run logged by hand: a known file's row is claimed by it.
    let [csv] = &decoded[..] else { panic!("{decoded:?}") };
    assert_eq!(csv.result.as_ref().map(|p| p.activities.len()).ok(), Some(1));
    assert!(csv.fingerprint.is_none());
}

#[test]
fn a_fingerprint_is_the_stored_bytes_hash_and_size() {
    let fit = corpus::fit(&corpus::Run { start: 1_700_000_000, seconds: 60, seed: 3 });
    let gz = corpus::gzip(&fit);
    let mut fingerprints = Vec::new();
    for bytes in [&fit, &gz] {
        walk_bytes("x", bytes, &Limits::default(), |o| fingerprints.push(o.fingerprint));
    }
    let [Some(plain), Some(zipped)] = &fingerprints[..] else { panic!("{fingerprints:?}") };
    assert_eq!(plain, &runwell_import::fingerprint(&fit));
    assert!(plain.ends_with(&format!(":{}", fit.len())));
    // Gzip or not, the fingerprint is of the bytes as found; the content hash is of the FIT.
    assert_ne!(plain, zipped);
    assert!(zipped.ends_with(&format!(":{}", gz.len())));
}

#[test]
fn many_small_gzip_files_decoded_at_once_share_the_budget_exactly() {
    // Four threads inflating 40 files of 10,000 bytes against a budget of 250,000: never more
    // than 25 are inflated whole, whichever threads take them, and at most a few fewer (a file
    // cut off by the budget has spent its first chunk); every other fails for the budget.
    let dir = tempfile::tempdir().unwrap();
    let data: Vec<u8> = (0..10_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    let fit_like = corpus::gzip(&data);
    let mut files = Vec::new();
    for i in 0..40 {
        let path = dir.path().join(format!("{i:02}.gz"));
        std::fs::write(&path, &fit_like).unwrap();
        files.push((format!("{i:02}.gz"), path));
    }
    let limits = Limits { max_inflated_bytes: 250_000, decode_threads: 4, ..Limits::default() };
    let (mut inflated, mut refused) = (0, 0);
    let summary = walk_named(&files, &limits, |o| match &o.result {
        // Inflated whole, then found to be no activity format.
        Err(e) if e.to_string().contains("unknown format") => inflated += 1,
        Err(e) if e.to_string().contains("already decompressed") => refused += 1,
        other => panic!("{}: {other:?}", o.path),
    });
    assert_eq!(summary.files, 40);
    assert!((22..=25).contains(&inflated), "{inflated} inflated");
    assert_eq!(inflated + refused, 40);
}

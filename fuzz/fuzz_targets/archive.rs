//! The archive walker with nested gzip: the first byte picks how the rest is wrapped (as it is,
//! gzipped in a ZIP, gzipped in a ZIP in a ZIP, gzipped twice, or itself a ZIP holding a gzip
//! of itself), and the walk runs under small `Limits`, whose budget it must never exceed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runwell_import::Limits;
use runwell_import::corpus::{gzip, hostile::zip_of};

fuzz_target!(|data: &[u8]| {
    let Some((&how, rest)) = data.split_first() else { return };
    let wrapped = match how % 5 {
        0 => rest.to_vec(),
        1 => zip_of(&[("a.fit.gz", &gzip(rest))]),
        2 => zip_of(&[("inner.zip", &zip_of(&[("a.gpx.gz", &gzip(rest))]))]),
        3 => zip_of(&[("twice.tcx.gz", &gzip(&gzip(rest)))]),
        _ => zip_of(&[("self.zip", rest), ("self.fit.gz", &gzip(rest))]),
    };
    let limits = Limits {
        max_entry_bytes: 4 << 20,
        max_nested_archive_bytes: 8 << 20,
        max_inflated_bytes: 16 << 20,
        max_entries: 1000,
        ..Limits::default()
    };
    let mut read = 0u64;
    runwell_import::walk_bytes("fuzz.zip", &wrapped, &limits, |outcome| {
        read += outcome.size_bytes;
        if let Ok(parsed) = outcome.result {
            for a in parsed.activities {
                assert!(a.moving_time.get() <= a.elapsed_time.get() + 1e-9);
            }
        }
    });
    // What the entries gave is part of what the import decompressed.
    assert!(read <= limits.max_inflated_bytes + wrapped.len() as u64);
});

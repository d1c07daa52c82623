//! Archives: ZIP and gzip through the walker, with small limits so that a run stays bounded.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runwell_import::Limits;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_entry_bytes: 4 << 20,
        max_nested_archive_bytes: 8 << 20,
        max_inflated_bytes: 16 << 20,
        ..Limits::default()
    };
    runwell_import::walk_bytes("fuzz.zip", data, &limits, |outcome| {
        if let Ok(parsed) = outcome.result {
            for a in parsed.activities {
                assert!(a.moving_time.get() <= a.elapsed_time.get() + 1e-9);
            }
        }
    });
});

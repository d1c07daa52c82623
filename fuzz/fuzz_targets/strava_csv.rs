//! A Strava export's `activities.csv`: the input as the CSV of an export that also holds one
//! activity file it may name, walked under small `Limits` (few columns, short rows, few rows).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use runwell_import::Limits;
use runwell_import::corpus::{self, Run, hostile};

fn fit() -> &'static [u8] {
    static FIT: OnceLock<Vec<u8>> = OnceLock::new();
    FIT.get_or_init(|| corpus::fit(&Run { start: 1_600_000_000, seconds: 30, seed: 1 }))
}

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_csv_columns: 64,
        max_csv_row_bytes: 4096,
        max_activities_per_file: 64,
        max_csv_rows: 128,
        ..Limits::default()
    };
    let zip = hostile::zip_of(&[("activities.csv", data), ("activities/1.fit", fit())]);
    runwell_import::walk_bytes("export.zip", &zip, &limits, |outcome| {
        if let Ok(parsed) = outcome.result {
            assert!(parsed.activities.len() <= limits.max_activities_per_file);
            assert!(parsed.warnings.len() <= limits.max_warnings_per_file + 1);
            for a in parsed.activities {
                assert!(a.moving_time.get() <= a.elapsed_time.get() + 1e-9);
                assert!(a.name.as_deref().is_none_or(|n| n.len() <= limits.max_text_bytes));
                assert!(a.gear.as_deref().is_none_or(|g| g.len() <= limits.max_text_bytes));
            }
        }
    });
});

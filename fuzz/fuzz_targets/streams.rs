//! The stream blob reader (`runwell_store::blob`): never a panic, and whatever it accepts
//! writes back the same; the readings and the chart's line off any stream it accepts never
//! panic either.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runwell_store::blob;

fuzz_target!(|data: &[u8]| {
    if let Ok(streams) = blob::decode(data) {
        assert_eq!(blob::decode(&blob::encode(&streams)).ok().as_ref(), Some(&streams));
        let _ = streams.splits_km();
        let _ = streams.moving_time_s();
        let _ = runwell_domain::streams::run_series(&streams, 100, 1000.0);
        let _ = runwell_domain::streams::run_series(&streams, 100, runwell_domain::distance_unit::METRES_PER_MILE);
    }
});

//! The stream blob reader: never a panic, and whatever it accepts writes back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runwell_domain::streams::Streams;

fuzz_target!(|data: &[u8]| {
    if let Ok(streams) = Streams::decode(data) {
        assert_eq!(Streams::decode(&streams.encode()).as_ref(), Ok(&streams));
        let _ = streams.splits_km();
        let _ = streams.moving_time_s();
        let _ = streams.downsample(100);
    }
});

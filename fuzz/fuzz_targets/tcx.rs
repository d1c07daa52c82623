//! TCX reading: each input as it is, and inside an activity's lap.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = runwell_import::parse_file(data);
    let mut wrapped = b"<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>2024-01-01T00:00:00Z</Id><Lap StartTime=\"2024-01-01T00:00:00Z\">".to_vec();
    wrapped.extend_from_slice(data);
    wrapped.extend_from_slice(b"</Lap></Activity></Activities></TrainingCenterDatabase>");
    let _ = runwell_import::parse_file(&wrapped);
});

//! GPX reading: each input as it is, and inside a GPX track segment.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = runwell_import::parse_file(data);
    let mut wrapped =
        b"<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns:gpxtpx=\"x\"><trk><trkseg>".to_vec();
    wrapped.extend_from_slice(data);
    wrapped.extend_from_slice(b"</trkseg></trk></gpx>");
    let _ = runwell_import::parse_file(&wrapped);
});

//! FIT decoding. Each input is read as it is and, so that the fuzzer spends its time past the
//! header, also behind a valid FIT header that declares the input as its data.
#![no_main]

use libfuzzer_sys::fuzz_target;
use runwell_store::blob;

fn check(bytes: &[u8]) {
    if let Ok(parsed) = runwell_import::parse_file(bytes) {
        for a in parsed.activities {
            assert!(a.moving_time.get() <= a.elapsed_time.get() + 1e-9);
            assert_eq!(blob::decode(&blob::encode(&a.streams)).ok().as_ref(), Some(&a.streams));
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(data);
    let size = u32::try_from(data.len()).unwrap_or(u32::MAX).to_le_bytes();
    let mut framed = vec![
        14, 0x20, 0x5a, 0x08, size[0], size[1], size[2], size[3], b'.', b'F', b'I', b'T', 0, 0,
    ];
    framed.extend_from_slice(data);
    framed.extend_from_slice(&[0, 0]);
    check(&framed);
});

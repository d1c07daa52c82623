//! gzip, as Strava stores most activity files. `MultiGzDecoder` because a `.gz` may hold several
//! members one after another; the output is bounded by [`Limits`] whatever the header claims,
//! and every byte it gives is charged to the import's [`Budget`], at any depth.

use std::io::Read;

use flate2::read::MultiGzDecoder;

use crate::budget::Budget;
use crate::error::ImportError;
use crate::limits::{Limits, mib};

/// What came out of a gzip stream.
#[derive(Debug)]
pub(crate) struct Gunzipped {
    pub bytes: Vec<u8>,
    /// The stream was cut short or damaged: `bytes` is what came before, which may still be
    /// usable (a FIT file keeps its first part).
    pub damage: Option<String>,
}

/// How much of a stream is inflated before the rest: enough to tell a FIT file of nothing but
/// empty chained parts (`fit::only_empty_parts`), which is then refused without inflating it all.
fn probe_len(limits: &Limits) -> u64 {
    (limits.max_fit_parts as u64 + 1) * 16
}

pub(crate) fn gunzip(
    compressed: &[u8],
    limits: &Limits,
    budget: &mut Budget,
) -> Result<Gunzipped, ImportError> {
    let by_file = limits.gzip_cap(compressed.len() as u64);
    let cap = by_file.min(budget.available());
    let mut decoder = MultiGzDecoder::new(compressed);
    let probe = probe_len(limits).min(cap);
    let mut bytes = Vec::new();
    let mut result = (&mut decoder).take(probe).read_to_end(&mut bytes).map(drop);
    if result.is_ok() && bytes.len() as u64 == probe {
        if crate::fit::only_empty_parts(&bytes, limits.max_fit_parts) {
            budget.charge(probe);
            return Err(ImportError::NoData(format!(
                "a FIT file of nothing but empty chained parts: its first {} hold no data",
                limits.max_fit_parts
            )));
        }
        result = (&mut decoder).take(cap - probe + 1).read_to_end(&mut bytes).map(drop);
    }
    if bytes.len() as u64 > cap {
        budget.charge(cap);
        if cap < by_file {
            return Err(budget.exhausted());
        }
        return Err(ImportError::Limit(if cap == limits.max_entry_bytes {
            format!("it expands to more than {}", mib(limits.max_entry_bytes))
        } else {
            format!(
                "it expands more than {} times (a compression bomb, not an activity file)",
                limits.max_ratio
            )
        }));
    }
    budget.charge(bytes.len() as u64);
    match result {
        Ok(()) => Ok(Gunzipped { bytes, damage: None }),
        Err(e) if bytes.is_empty() => {
            Err(ImportError::Corrupt(format!("the gzip data is damaged: {e}")))
        }
        Err(e) => {
            let damage = format!("the gzip data is damaged after {} bytes ({e})", bytes.len());
            Ok(Gunzipped { bytes, damage: Some(damage) })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::GzEncoder;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn gunzip_with(compressed: &[u8], limits: &Limits) -> Result<Gunzipped, ImportError> {
        gunzip(compressed, limits, &mut Budget::new(limits))
    }

    #[test]
    fn plain_multi_member_and_damaged_streams() {
        let limits = Limits::default();
        assert_eq!(gunzip_with(&gz(b"hello"), &limits).unwrap().bytes, b"hello");
        let two = [gz(b"hello "), gz(b"world")].concat();
        assert_eq!(gunzip_with(&two, &limits).unwrap().bytes, b"hello world");
        let data: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let whole = gz(&data);
        let cut = gunzip_with(&whole[..whole.len() / 2], &limits).unwrap();
        assert!(cut.damage.is_some() && !cut.bytes.is_empty() && cut.bytes.len() < data.len());
        let garbage = gunzip_with(b"\x1f\x8b\x08garbage", &limits);
        assert!(matches!(garbage, Err(ImportError::Corrupt(_))));
    }

    #[test]
    fn bombs_are_refused_without_expanding() {
        let limits = Limits { ratio_min_bytes: 1000, ..Limits::default() };
        let bomb = gz(&vec![0u8; 10 << 20]);
        let err = gunzip_with(&bomb, &limits).unwrap_err().to_string();
        assert!(err.contains("expands more than 200 times"), "{err}");
        let small = Limits { max_entry_bytes: 1000, ..limits };
        let data: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let err = gunzip_with(&gz(&data), &small).unwrap_err().to_string();
        assert!(err.contains("more than 0.0 MiB"), "{err}");
    }

    #[test]
    fn every_byte_given_is_charged_to_the_import() {
        let limits = Limits { max_inflated_bytes: 25_000, ..Limits::default() };
        let mut budget = Budget::new(&limits);
        let data = vec![3u8; 10_000];
        assert!(gunzip(&gz(&data), &limits, &mut budget).is_ok());
        assert!(gunzip(&gz(&data), &limits, &mut budget).is_ok());
        assert_eq!(budget.available(), 5_000);
        let err = gunzip(&gz(&data), &limits, &mut budget).unwrap_err().to_string();
        assert!(err.contains("this import has already decompressed"), "{err}");
    }
}

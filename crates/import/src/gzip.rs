//! gzip, as Strava stores most activity files. `MultiGzDecoder` because a `.gz` may hold several
//! members one after another; the output is bounded by [`Limits`] whatever the header claims,
//! and every byte it gives is charged to the import's [`Budget`], at any depth.

use std::io::Read;

use flate2::bufread::MultiGzDecoder;

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

/// The size a gzip stream says it inflates to (its last member's, modulo 4 GiB), to size the
/// buffer once: only a hint, never trusted beyond the cap, and at most 64 MiB.
fn size_hint(compressed: &[u8]) -> u64 {
    let tail = compressed.len().checked_sub(4).and_then(|at| compressed.get(at..));
    let declared = tail.and_then(|t| t.try_into().ok()).map_or(0, u32::from_le_bytes);
    u64::from(declared).min(64 << 20)
}

pub(crate) fn gunzip(
    compressed: &[u8],
    limits: &Limits,
    budget: &Budget,
) -> Result<Gunzipped, ImportError> {
    let cap = limits.gzip_cap(compressed.len() as u64);
    let mut decoder = MultiGzDecoder::new(compressed);
    let probe = probe_len(limits).min(cap);
    let mut bytes =
        Vec::with_capacity(usize::try_from(size_hint(compressed).min(cap)).unwrap_or(0));
    let mut result = read_charged(&mut decoder, probe, &mut bytes, budget);
    if result.is_ok() && bytes.len() as u64 == probe {
        if crate::fit::only_empty_parts(&bytes, limits.max_fit_parts) {
            return Err(ImportError::NoData(format!(
                "a FIT file of nothing but empty chained parts: its first {} hold no data",
                limits.max_fit_parts
            )));
        }
        result = read_charged(&mut decoder, cap + 1, &mut bytes, budget);
    }
    if bytes.len() as u64 > cap {
        return Err(ImportError::Limit(if cap == limits.max_entry_bytes {
            format!("it expands to more than {}", mib(limits.max_entry_bytes))
        } else {
            format!(
                "it expands more than {} times (a compression bomb, not an activity file)",
                limits.max_ratio
            )
        }));
    }
    match result {
        Ok(()) => Ok(Gunzipped { bytes, damage: None }),
        Err(Stop::Budget) => Err(budget.exhausted()),
        Err(Stop::Broken(e)) if bytes.is_empty() => {
            Err(ImportError::Corrupt(format!("the gzip data is damaged: {e}")))
        }
        Err(Stop::Broken(e)) => {
            let damage = format!("the gzip data is damaged after {} bytes ({e})", bytes.len());
            Ok(Gunzipped { bytes, damage: Some(damage) })
        }
    }
}

/// Why inflating stopped before the end.
enum Stop {
    /// The import's (or the archive's) budget has no more room.
    Budget,
    Broken(std::io::Error),
}

/// What is inflated at a time before it is charged: the most a stream can overrun its budget by
/// in memory, never in the count. Each read ends with the inflater copying up to its 32 KiB
/// window out of what it wrote, so small reads cost: at 64 KiB the import inflated about a
/// quarter slower than at this size (measured on the synthetic export's GPX files).
const CHUNK: u64 = 1 << 20;

/// Reads from `decoder` into `bytes` until it holds `up_to` bytes or the stream ends, charging
/// each chunk to `budget` as it comes out.
fn read_charged(
    decoder: &mut impl Read,
    up_to: u64,
    bytes: &mut Vec<u8>,
    budget: &Budget,
) -> Result<(), Stop> {
    loop {
        let want = up_to.saturating_sub(bytes.len() as u64).min(CHUNK);
        if want == 0 {
            return Ok(());
        }
        let before = bytes.len();
        let read = (&mut *decoder).take(want).read_to_end(bytes);
        if !budget.try_charge((bytes.len() - before) as u64) {
            bytes.truncate(before);
            return Err(Stop::Budget);
        }
        match read {
            Err(e) => return Err(Stop::Broken(e)),
            Ok(0) => return Ok(()),
            Ok(_) => {}
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
        gunzip(compressed, limits, &Budget::new(limits))
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
        let budget = Budget::new(&limits);
        let data = vec![3u8; 10_000];
        assert!(gunzip(&gz(&data), &limits, &budget).is_ok());
        assert!(gunzip(&gz(&data), &limits, &budget).is_ok());
        assert_eq!(budget.available(), 5_000);
        let err = gunzip(&gz(&data), &limits, &budget).unwrap_err().to_string();
        assert!(err.contains("this import has already decompressed"), "{err}");
    }
}

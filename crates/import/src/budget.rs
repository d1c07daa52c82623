//! What an import may still decompress, charged as the bytes come out.
//!
//! One [`Budget`] lives for a whole import (`Limits::max_inflated_bytes`): every byte read out
//! of a ZIP entry and every byte a gzip stream gives, at any depth, is charged to it while it is
//! read, so a bomb stops at the limit rather than after it. Inside a top-level archive a second
//! bound applies, the archive's own ratio (`Limits::max_archive_ratio` times its size), so that
//! a small archive of many small bombs cannot go on until the import's budget is gone.

use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::ImportError;
use crate::limits::{Limits, mib};

/// A count of bytes that may still be decompressed, shared by the walker and the decoder
/// threads: taking from it is one atomic step, so two threads can never spend the same byte.
#[derive(Debug)]
struct Left {
    left: AtomicU64,
    limit: u64,
}

impl Left {
    fn new(limit: u64) -> Arc<Left> {
        Arc::new(Left { left: AtomicU64::new(limit), limit })
    }

    fn get(&self) -> u64 {
        self.left.load(Ordering::Acquire)
    }

    /// Takes up to `want` bytes and says how many it took.
    fn take(&self, want: u64) -> u64 {
        let mut took = 0;
        // The closure always returns Some, so the update cannot fail.
        let _ = self.left.fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| {
            took = left.min(want);
            Some(left - took)
        });
        took
    }

    fn give_back(&self, bytes: u64) {
        self.left.fetch_add(bytes, Ordering::AcqRel);
    }
}

/// The import's budget, as one reader sees it: cloned into every file handed to a decoder
/// thread, with the archive that file came from.
#[derive(Debug, Clone)]
pub(crate) struct Budget {
    import: Arc<Left>,
    /// The top-level archive being read, which nested archives share.
    archive: Option<Arc<Left>>,
}

/// The archive a budget was reading before [`Budget::enter_archive`], to go back to.
#[derive(Debug)]
pub(crate) struct Outer(Option<Arc<Left>>);

impl Budget {
    pub(crate) fn new(limits: &Limits) -> Budget {
        Budget { import: Left::new(limits.max_inflated_bytes), archive: None }
    }

    /// Starts a top-level archive of `size` bytes; nested archives share its bound.
    pub(crate) fn enter_archive(&mut self, size: u64, limits: &Limits) -> Outer {
        let previous = self.archive.clone();
        if previous.is_none() {
            self.archive = Some(Left::new(limits.archive_cap(size)));
        }
        Outer(previous)
    }

    pub(crate) fn leave_archive(&mut self, previous: Outer) {
        self.archive = previous.0;
    }

    /// How many more bytes may be decompressed now.
    pub(crate) fn available(&self) -> u64 {
        let import = self.import.get();
        self.archive.as_ref().map_or(import, |a| a.get().min(import))
    }

    /// Counts `bytes` as decompressed.
    pub(crate) fn charge(&self, bytes: u64) {
        self.import.take(bytes);
        if let Some(archive) = &self.archive {
            archive.take(bytes);
        }
    }

    /// Charges `bytes` if the budget has them all, else charges nothing and says no: what
    /// decoder threads spend is charged this way, chunk by chunk as it comes out, so that streams
    /// inflated at once can never together pass a limit.
    pub(crate) fn try_charge(&self, bytes: u64) -> bool {
        let from_import = self.import.take(bytes);
        if from_import < bytes {
            self.import.give_back(from_import);
            return false;
        }
        if let Some(archive) = &self.archive {
            let from_archive = archive.take(bytes);
            if from_archive < bytes {
                archive.give_back(from_archive);
                self.import.give_back(bytes);
                return false;
            }
        }
        true
    }

    /// Why nothing more may be decompressed, for a message.
    pub(crate) fn exhausted(&self) -> ImportError {
        let import_left = self.import.get();
        let reason = match &self.archive {
            Some(archive) if archive.get() <= import_left => format!(
                "the archive has already given {} of the {} an archive of its size may give \
                 (a compression bomb, not an export)",
                mib(archive.limit - archive.get()),
                mib(archive.limit)
            ),
            _ => format!(
                "this import has already decompressed {} of the {} one import may",
                mib(self.import.limit - import_left),
                mib(self.import.limit)
            ),
        };
        ImportError::Limit(reason)
    }
}

/// How reading up to a cap ended.
#[derive(Debug)]
pub(crate) enum Capped {
    /// Everything, no more than the cap.
    Whole(Vec<u8>),
    /// There was more than the cap: reading stopped one byte past it.
    Over,
    /// A read failed after these bytes.
    Broken(Vec<u8>, std::io::Error),
}

/// Reads `reader` to its end, but never more than `cap + 1` bytes, growing the buffer no further
/// than that (a lying size hint cannot make it reserve more).
pub(crate) fn read_capped(reader: impl Read, cap: u64, size_hint: u64) -> Capped {
    let limit = cap.saturating_add(1);
    let hint = size_hint.min(limit).min(64 << 20);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
    let mut reader = reader.take(limit);
    match reader.read_to_end(&mut bytes) {
        _ if bytes.len() as u64 > cap => Capped::Over,
        Ok(_) => Capped::Whole(bytes),
        Err(e) => Capped::Broken(bytes, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_is_bounded_by_its_ratio_and_the_import_by_its_budget() {
        let limits = Limits {
            max_inflated_bytes: 10_000,
            ratio_min_bytes: 100,
            max_archive_ratio: 10,
            ..Limits::default()
        };
        let mut budget = Budget::new(&limits);
        assert_eq!(budget.available(), 10_000);
        let outer = budget.enter_archive(50, &limits);
        assert_eq!(budget.available(), 500);
        // A nested archive shares the bound of the one holding it.
        let inner = budget.enter_archive(5, &limits);
        // A charge that does not fit is not made at all.
        assert!(!budget.try_charge(501));
        assert!(budget.try_charge(400));
        assert_eq!(budget.available(), 100);
        budget.charge(50);
        assert_eq!(budget.available(), 50);
        assert!(budget.exhausted().to_string().contains("an archive of its size"));
        budget.leave_archive(inner);
        budget.leave_archive(outer);
        assert_eq!(budget.available(), 9_550);
        budget.charge(20_000);
        assert!(budget.exhausted().to_string().contains("one import may"));
    }

    #[test]
    fn reading_stops_one_byte_past_the_cap() {
        let data = vec![7u8; 1000];
        assert!(matches!(read_capped(&data[..], 1000, 0), Capped::Whole(b) if b.len() == 1000));
        assert!(matches!(read_capped(&data[..], 999, u64::MAX), Capped::Over));
    }
}

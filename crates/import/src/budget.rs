//! What an import may still decompress, charged as the bytes come out.
//!
//! One [`Budget`] lives for a whole import (`Limits::max_inflated_bytes`): every byte read out
//! of a ZIP entry and every byte a gzip stream gives, at any depth, is charged to it while it is
//! read, so a bomb stops at the limit rather than after it. Inside a top-level archive a second
//! bound applies, the archive's own ratio (`Limits::max_archive_ratio` times its size), so that
//! a small archive of many small bombs cannot go on until the import's budget is gone.

use std::io::Read;

use crate::error::ImportError;
use crate::limits::{Limits, mib};

#[derive(Debug)]
pub(crate) struct Budget {
    import_left: u64,
    import_limit: u64,
    /// The archive being read: what it may still give, and what it may give at all.
    archive: Option<(u64, u64)>,
}

impl Budget {
    pub(crate) fn new(limits: &Limits) -> Budget {
        Budget {
            import_left: limits.max_inflated_bytes,
            import_limit: limits.max_inflated_bytes,
            archive: None,
        }
    }

    /// Starts a top-level archive of `size` bytes; nested archives share its bound.
    pub(crate) fn enter_archive(&mut self, size: u64, limits: &Limits) -> Option<(u64, u64)> {
        let previous = self.archive;
        if previous.is_none() {
            let cap = limits.archive_cap(size);
            self.archive = Some((cap, cap));
        }
        previous
    }

    pub(crate) fn leave_archive(&mut self, previous: Option<(u64, u64)>) {
        self.archive = previous;
    }

    /// How many more bytes may be decompressed now.
    pub(crate) fn available(&self) -> u64 {
        match self.archive {
            Some((left, _)) => left.min(self.import_left),
            None => self.import_left,
        }
    }

    pub(crate) fn charge(&mut self, bytes: u64) {
        self.import_left = self.import_left.saturating_sub(bytes);
        if let Some((left, _)) = &mut self.archive {
            *left = left.saturating_sub(bytes);
        }
    }

    /// Why nothing more may be decompressed, for a message.
    pub(crate) fn exhausted(&self) -> ImportError {
        let reason = match self.archive {
            Some((left, cap)) if left <= self.import_left => format!(
                "the archive has already given {} of the {} an archive of its size may give \
                 (a compression bomb, not an export)",
                mib(cap - left),
                mib(cap)
            ),
            _ => format!(
                "this import has already decompressed {} of the {} one import may",
                mib(self.import_limit - self.import_left),
                mib(self.import_limit)
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
        budget.charge(450);
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

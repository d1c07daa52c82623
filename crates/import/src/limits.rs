//! The limits that keep a hostile or broken archive from exhausting memory, disk or time.
//! `zip` and `flate2` never limit their output (STACK.md), so every decompression here is
//! checked against these before it starts and bounded while it runs.

/// Limits on what one import will read. The defaults fit a decade of daily runs with room to
/// spare; a file or entry beyond one is skipped with a message, and the rest of the import goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest single file or archive entry read into memory, after decompression. Default
    /// 256 MiB: a day-long FIT file is about 10 MB, a day-long GPX about 40 MB.
    pub max_entry_bytes: u64,
    /// Largest ZIP nested inside a ZIP (Garmin's export packs its FIT files this way). Such an
    /// archive is spooled to a temporary file rather than held in memory. Default 4 GiB.
    pub max_nested_archive_bytes: u64,
    /// Highest compression ratio accepted (decompressed ÷ compressed). Activity files compress
    /// 3–30 times; default 200.
    pub max_ratio: u64,
    /// Entries that decompress to no more than this are never refused for their ratio (tiny
    /// files of zeros compress very well). Default 1 MiB.
    pub ratio_min_bytes: u64,
    /// Most entries one archive may have. Default 100,000.
    pub max_entries: u64,
    /// Most bytes decompressed from one archive, nested archives included. Default 4 GiB.
    pub max_archive_bytes: u64,
    /// Deepest nesting of ZIP archives: 1 is a ZIP, 2 a ZIP inside a ZIP. Default 2.
    pub max_zip_depth: u32,
}

impl Default for Limits {
    fn default() -> Self {
        const MIB: u64 = 1 << 20;
        Limits {
            max_entry_bytes: 256 * MIB,
            max_nested_archive_bytes: 4096 * MIB,
            max_ratio: 200,
            ratio_min_bytes: MIB,
            max_entries: 100_000,
            max_archive_bytes: 4096 * MIB,
            max_zip_depth: 2,
        }
    }
}

impl Limits {
    /// Whether an entry that says it expands from `compressed` to `size` bytes is too
    /// compressed to be an activity file.
    pub(crate) fn ratio_too_high(&self, size: u64, compressed: u64) -> bool {
        size > self.ratio_min_bytes && size / compressed.max(1) > self.max_ratio
    }

    /// The most bytes a gzip stream of `compressed` bytes may expand to.
    pub(crate) fn gzip_cap(&self, compressed: u64) -> u64 {
        let by_ratio = compressed.saturating_mul(self.max_ratio).max(self.ratio_min_bytes);
        by_ratio.min(self.max_entry_bytes)
    }
}

pub(crate) fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1 << 20) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_is_judged_only_above_the_small_size() {
        let limits = Limits::default();
        let check = |size: u64, compressed: u64, expected: bool| {
            assert_eq!(limits.ratio_too_high(size, compressed), expected, "{size} / {compressed}");
        };
        check(1 << 20, 1, false);
        check((1 << 20) + 1, 1, true);
        check(300 << 20, 2 << 20, false);
        check(300 << 20, 1 << 20, true);
        check(10 << 20, 0, true);
    }

    #[test]
    fn gzip_cap_follows_ratio_then_entry_size() {
        let limits = Limits::default();
        assert_eq!(limits.gzip_cap(100), 1 << 20);
        assert_eq!(limits.gzip_cap(1 << 20), 200 << 20);
        assert_eq!(limits.gzip_cap(10 << 20), 256 << 20);
        assert_eq!(limits.gzip_cap(u64::MAX), 256 << 20);
    }
}

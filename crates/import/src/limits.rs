//! The limits that keep a hostile or broken input from exhausting memory, disk or time.
//!
//! Every cost an input can cause is bounded by one of these and charged as it is spent: bytes
//! inflated from ZIP and gzip (at every depth) against one budget per import, entries per
//! archive, parts, samples, activities and warnings per file, the length of every text kept,
//! the depth of XML, the width of a CSV. A file that would break one is skipped or cut short with
//! a message that names the limit, and the rest of the import goes on. `zip` and `flate2` never
//! limit their output (STACK.md), so every decompression is checked before it starts and bounded
//! while it runs. Tests prove a limit with a small value; the defaults fit a decade of daily runs
//! with room to spare.

const KIB: u64 = 1 << 10;
const MIB: u64 = 1 << 20;
const GIB: u64 = 1 << 30;

/// Limits on what one import will read and keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest single file or archive entry read into memory, after decompression. Default
    /// 128 MiB: a day-long FIT file is about 10 MB, a day-long GPX about 40 MB.
    pub max_entry_bytes: u64,
    /// Largest ZIP nested inside a ZIP (Garmin's export packs its FIT files this way). Such an
    /// archive is spooled to a temporary file rather than held in memory. Default 4 GiB.
    pub max_nested_archive_bytes: u64,
    /// Highest compression ratio accepted (decompressed ÷ compressed) for one entry or one gzip
    /// stream. Activity files compress 3–30 times; default 200.
    pub max_ratio: u64,
    /// Entries and streams that decompress to no more than this are never refused for their
    /// ratio (tiny files of zeros compress very well). Default 64 KiB: a real activity file
    /// that size compresses a few times, not a thousand.
    pub ratio_min_bytes: u64,
    /// Most an archive may give in all, entries, nested archives and the gzip streams inside them
    /// together, as a multiple of its own size (at least `ratio_min_bytes`). Real exports give
    /// 5–30 times their size; default 64. This is what bounds an archive of a thousand small
    /// bombs, each within the ratio on its own.
    pub max_archive_ratio: u64,
    /// Most entries one archive or one folder may have. Default 100,000.
    pub max_entries: u64,
    /// Most bytes decompressed in one import, ZIP entries and gzip streams at every depth
    /// together. Default 16 GiB (a decade of one-hour GPX runs is about 10 GB).
    pub max_inflated_bytes: u64,
    /// Deepest nesting of ZIP archives: 1 is a ZIP, 2 a ZIP inside a ZIP. Default 2.
    pub max_zip_depth: u32,
    /// Longest text kept from a file (a name, a device, a gear, a sport's words), in bytes; a
    /// longer one is cut at a character boundary, with a warning. Default 512.
    pub max_text_bytes: usize,
    /// Most activities one file may give: sessions of a FIT file, tracks of a GPX, activities of
    /// a TCX, the runs of an `activities.csv` that have no file. The rest are left out with a
    /// warning. Default 5,000: storing them takes up to a second on a busy two-core machine
    /// (each run is a few round trips to the database's thread).
    pub max_activities_per_file: usize,
    /// Most rows read from an `activities.csv` (rows with a file only name it). The rest are
    /// left out with a warning. Default 50,000.
    pub max_csv_rows: usize,
    /// Most samples (records, track points, heart beats) kept from one file; reading stops
    /// there, with a warning. Default 1,000,000 (11 days at one a second).
    pub max_samples_per_file: usize,
    /// Most chained parts read from one FIT file. Default 256 (real files have one to a few).
    pub max_fit_parts: usize,
    /// Most warnings kept for one file; the rest are counted in one last warning. Default 20.
    pub max_warnings_per_file: usize,
    /// Deepest nesting of XML elements. Default 64 (GPX and TCX need about 10).
    pub max_xml_depth: usize,
    /// Largest `activities.csv` read. Default 32 MiB (20,000 rows of Strava's columns are about
    /// 10 MB).
    pub max_csv_bytes: u64,
    /// Most columns an `activities.csv` may have. Default 1,000 (Strava writes about 90).
    pub max_csv_columns: usize,
    /// Longest row of an `activities.csv`, in bytes; a longer row is left out. Default 64 KiB.
    pub max_csv_row_bytes: usize,
    /// Most runs stored in one write transaction, so that a file of thousands of activities never
    /// holds the database's writer for long. A file with more is stored in several transactions.
    /// Default 500.
    pub max_runs_per_transaction: usize,
    /// How many files are decoded at once, each on its own thread (1: on the walker's own
    /// thread). Not a cost an input can raise; what it holds is bounded by the other limits and
    /// `MAX_PENDING_BYTES`. Default: the machine's cores, at most 4.
    pub decode_threads: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_entry_bytes: 128 * MIB,
            max_nested_archive_bytes: 4 * GIB,
            max_ratio: 200,
            ratio_min_bytes: 64 * KIB,
            max_archive_ratio: 64,
            max_entries: 100_000,
            max_inflated_bytes: 16 * GIB,
            max_zip_depth: 2,
            max_text_bytes: 512,
            max_activities_per_file: 5_000,
            max_csv_rows: 50_000,
            max_samples_per_file: 1_000_000,
            max_fit_parts: 256,
            max_warnings_per_file: 20,
            max_xml_depth: 64,
            max_csv_bytes: 32 * MIB,
            max_csv_columns: 1_000,
            max_csv_row_bytes: (64 * KIB) as usize,
            max_runs_per_transaction: 500,
            decode_threads: cores().min(4),
        }
    }
}

/// The cores this process may use, asked once: `available_parallelism` reads the cgroup's files,
/// and every `parse_file` builds default limits (a syscall or more per file read alone).
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

impl Limits {
    /// Whether something that says it expands from `compressed` to `size` bytes is too
    /// compressed to be an activity file.
    pub(crate) fn ratio_too_high(&self, size: u64, compressed: u64) -> bool {
        size > self.ratio_min_bytes && size / compressed.max(1) > self.max_ratio
    }

    /// The most bytes an archive of `size` bytes may give in all.
    pub(crate) fn archive_cap(&self, size: u64) -> u64 {
        size.saturating_mul(self.max_archive_ratio).max(self.ratio_min_bytes)
    }

    /// The most bytes a gzip stream of `compressed` bytes may expand to.
    pub(crate) fn gzip_cap(&self, compressed: u64) -> u64 {
        compressed
            .saturating_mul(self.max_ratio)
            .max(self.ratio_min_bytes)
            .min(self.max_entry_bytes)
    }
}

/// `bytes` in MiB for messages, e.g. `12.5 MiB`.
pub(crate) fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / MIB as f64)
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
        check(64 << 10, 1, false);
        check((64 << 10) + 1, 1, true);
        check(300 << 20, 2 << 20, false);
        check(300 << 20, 1 << 20, true);
        check(10 << 20, 0, true);
    }

    #[test]
    fn an_archive_may_give_a_multiple_of_its_size() {
        let limits = Limits::default();
        assert_eq!(limits.archive_cap(1), 64 << 10);
        assert_eq!(limits.archive_cap(10 << 20), 640 << 20);
        assert_eq!(limits.archive_cap(u64::MAX), u64::MAX);
    }

    #[test]
    fn gzip_cap_follows_ratio_then_entry_size() {
        let limits = Limits::default();
        let check = |compressed: u64, expected: u64| {
            assert_eq!(limits.gzip_cap(compressed), expected, "{compressed}");
        };
        check(100, 64 << 10);
        check(1 << 19, 100 << 20);
        check(10 << 20, 128 << 20);
        check(u64::MAX, 128 << 20);
    }
}

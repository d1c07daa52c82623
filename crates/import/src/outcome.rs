//! What the walker reports: one [`FileOutcome`] per file, and counts over a whole walk. A leaf:
//! every other module may use it, it uses none of them.

use crate::activity::Parsed;
use crate::error::ImportError;

/// What one file gave.
#[derive(Debug, Clone, PartialEq)]
pub struct FileOutcome {
    /// Where it was found, archive entries after their archive: `export.zip/activities/1.fit.gz`.
    pub path: String,
    /// The bytes read from it: its size on disk, or the entry's uncompressed size in a ZIP
    /// (still gzipped if it is a `.gz`); 0 for a file refused before it was read, so that a
    /// lying header adds nothing to a total.
    pub size_bytes: u64,
    /// The hash of its bytes once any gzip layer is removed (see `Activity::content_hash`);
    /// `None` when it was not read through.
    pub content_hash: Option<String>,
    /// What the file is recognised by on a later import without reading it: the hash of its
    /// bytes as stored (gzip or not) and their number, `hash:size` ([`crate::fingerprint`]).
    /// `None` for what has no bytes of its own (an `activities.csv`'s runs, a failed read).
    pub fingerprint: Option<String>,
    /// The fingerprint was among those the walk was told are known: the file was not decoded,
    /// and `result` holds nothing.
    pub known: bool,
    pub result: Result<Parsed, ImportError>,
}

impl FileOutcome {
    pub(crate) fn failed(path: &str, error: ImportError) -> FileOutcome {
        FileOutcome {
            path: path.to_owned(),
            size_bytes: 0,
            content_hash: None,
            fingerprint: None,
            known: false,
            result: Err(error),
        }
    }
}

/// Counts over a whole walk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WalkSummary {
    /// Outcomes reported.
    pub files: u64,
    /// Activities in those outcomes.
    pub activities: u64,
    /// Outcomes that were errors.
    pub failed: u64,
    /// Files left out quietly as not activity data.
    pub skipped: u64,
    /// Files recognised by their fingerprint and not decoded.
    pub known: u64,
}

impl WalkSummary {
    pub(crate) fn count(&mut self, outcome: &FileOutcome) {
        self.files += 1;
        self.known += u64::from(outcome.known);
        match &outcome.result {
            Ok(parsed) => self.activities += parsed.activities.len() as u64,
            Err(_) => self.failed += 1,
        }
    }
}

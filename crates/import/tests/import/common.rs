use std::path::{Path, PathBuf};

use runwell_import::{Activity, FileOutcome, ImportError, Limits, walk};

/// The shared test corpus, or `None` (a failure on CI) where it is missing.
pub(crate) fn testdata() -> Option<PathBuf> {
    runwell_import::corpus::shared_testdata(env!("CARGO_MANIFEST_DIR"))
}

/// Every outcome of importing `path` (a file, folder or archive).
pub(crate) fn outcomes(path: &Path) -> Vec<FileOutcome> {
    let mut out = Vec::new();
    walk(&[path.to_path_buf()], &Limits::default(), |o| out.push(o));
    out
}

/// The activities of a single file that must import.
pub(crate) fn activities(path: &Path) -> Vec<Activity> {
    let outcomes = outcomes(path);
    assert_eq!(outcomes.len(), 1, "{}", path.display());
    match outcomes.into_iter().next().map(|o| o.result) {
        Some(Ok(parsed)) => parsed.activities,
        other => panic!("{}: {other:?}", path.display()),
    }
}

pub(crate) fn kind(e: &ImportError) -> &'static str {
    match e {
        ImportError::NotActivity(_) => "NotActivity",
        ImportError::Unrecognised(_) => "Unrecognised",
        ImportError::Corrupt(_) => "Corrupt",
        ImportError::NoData(_) => "NoData",
        ImportError::Limit(_) => "Limit",
        ImportError::Io(_) => "Io",
    }
}

pub(crate) fn close(actual: f64, expected: f64, tolerance: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{what}: {actual} is not {expected} ± {tolerance}"
    );
}

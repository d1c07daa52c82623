//! One activity file's bytes, possibly gzipped, to activities: the format is read from the bytes.

use std::sync::Arc;

use crate::activity::Parsed;
use crate::budget::Budget;
use crate::error::ImportError;
use crate::gzip::gunzip;
use crate::hash::HashScheme;
use crate::limits::Limits;
use crate::sniff::{Format, sniff};
use crate::{fit, gpx, tcx};

/// What reading one file gave, with the hash of its bytes once gzip is removed (absent when the
/// gzip layer itself could not be opened).
#[derive(Debug)]
pub(crate) struct Read {
    pub result: Result<Parsed, ImportError>,
    pub content_hash: Option<String>,
}

/// Reads one file that is (or gzips) a FIT, GPX or TCX file, hashed as a new import hashes.
/// `source` names it in activities; what a gzip layer gives is charged to `budget`.
pub(crate) fn read(source: &str, bytes: &[u8], limits: &Limits, budget: &Budget) -> Read {
    read_hashed(source, bytes, Hashed::Scheme(HashScheme::default()), limits, budget)
}

/// How [`read_hashed`] comes by a file's content hash.
pub(crate) enum Hashed {
    /// Hashing with this scheme what is left once any gzip layer is removed.
    Scheme(HashScheme),
    /// Given it (the walker hashes every file for its fingerprint: a file that is not gzipped
    /// then need not be hashed twice).
    Known(String),
}

/// [`read`], hashing as `hashed` says.
pub(crate) fn read_hashed(
    source: &str,
    bytes: &[u8],
    hashed: Hashed,
    limits: &Limits,
    budget: &Budget,
) -> Read {
    let scheme = match &hashed {
        Hashed::Scheme(scheme) => *scheme,
        Hashed::Known(hash) => HashScheme::of(hash),
    };
    match sniff(bytes) {
        Format::Gzip => match gunzip(bytes, limits, budget) {
            Err(e) => Read { result: Err(e), content_hash: None },
            Ok(inner) => {
                let mut read = match sniff(&inner.bytes) {
                    Format::Gzip => Read {
                        result: Err(ImportError::Limit(
                            "a gzip file inside a gzip file".to_owned(),
                        )),
                        content_hash: Some(scheme.hash(&inner.bytes)),
                    },
                    Format::Zip => Read {
                        result: Err(ImportError::Unrecognised("a gzipped ZIP archive".to_owned())),
                        content_hash: Some(scheme.hash(&inner.bytes)),
                    },
                    _ => read_hashed(source, &inner.bytes, Hashed::Scheme(scheme), limits, budget),
                };
                if let (Some(damage), Ok(parsed)) = (inner.damage, &mut read.result) {
                    parsed.warnings.insert(0, damage);
                    parsed.activities.iter_mut().for_each(|a| a.partial = true);
                }
                read
            }
        },
        format => {
            let hash = match hashed {
                Hashed::Known(hash) => hash,
                Hashed::Scheme(scheme) => scheme.hash(bytes),
            };
            let result = match format {
                Format::Fit => fit::parse(bytes, limits),
                Format::Gpx => gpx::parse(bytes, limits),
                Format::Tcx => tcx::parse(bytes, limits),
                Format::Zip => Err(ImportError::Unrecognised("a ZIP archive".to_owned())),
                Format::Gzip | Format::Unknown => {
                    Err(ImportError::Unrecognised(describe_unknown(bytes)))
                }
            };
            let (source, shared_hash): (Arc<str>, Arc<str>) =
                (Arc::from(source), Arc::from(&*hash));
            let result = result.map(|mut parsed| {
                for a in &mut parsed.activities {
                    a.source_file = source.clone();
                    a.content_hash = shared_hash.clone();
                }
                parsed
            });
            Read { result, content_hash: Some(hash) }
        }
    }
}

/// A word on what an unreadable file seems to be, for the runner.
pub(crate) fn describe_unknown(bytes: &[u8]) -> String {
    let head = bytes.get(..bytes.len().min(512)).unwrap_or_default();
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if bytes.is_empty() {
        "an empty file".to_owned()
    } else if text.starts_with('<') {
        "an XML file that is neither GPX nor TCX".to_owned()
    } else if text.starts_with('{') || text.starts_with('[') {
        "a JSON file".to_owned()
    } else {
        "a file of unknown format".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_bytes_are_named() {
        let check = |bytes: &[u8], expected: &str| {
            let limits = Limits::default();
            let err = read("x", bytes, &limits, &Budget::new(&limits)).result.unwrap_err();
            assert!(err.to_string().contains(expected), "{err}");
        };
        check(b"", "an empty file");
        check(b"<kml></kml>", "neither GPX nor TCX");
        check(b"  {\"a\": 1}", "JSON");
        check(b"\x00\x01\x02", "unknown format");
        check(b"PK\x03\x04", "ZIP archive");
    }
}

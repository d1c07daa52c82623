//! Activity files in, normalised activities out.
//!
//! runwell-import reads FIT (with `rustyfit`), GPX 1.0/1.1 and TCX (own readers on an own
//! XML tokenizer), each plain or gzipped, alone, in folders or in ZIP archives, including a
//! Strava bulk export (whose `activities.csv` names each file's activity and gear) and a Garmin
//! Connect account export (ZIPs inside the ZIP). The format is decided from the bytes, never the
//! name. Every file gives a [`Parsed`] (activities plus warnings) or an [`ImportError`] that says
//! why not; no input makes it panic. Everything is read within [`Limits`], one file at a time:
//! every cost an input can cause (bytes inflated, entries, parts, samples, activities, warnings,
//! the length of a text, the depth of XML, the width of a CSV) has a limit, charged as it is
//! spent, and a file that breaks one fails alone while the rest of the import goes on.
//!
//! Entry points: [`parse_file`] for one file's bytes, [`walk`] and [`walk_named`] for files and
//! folders on disk and [`walk_bytes`] for a file or archive in memory, each reporting a
//! [`FileOutcome`] per file. The activity's samples are a
//! [`runwell_domain::streams::Streams`]. This crate depends on runwell-domain only among
//! runwell's crates, and does no IO beyond reading what it is given.
//!
//! The modules form layers, each using only those below it: `outcome`, `limits`, `budget`,
//! `text` and `sniff` at the bottom; the format readers (`fit`, `xml` with `gpx` and `tcx`,
//! `gzip`, `single`); `strava` and `container` (folders and ZIPs); `walk` on top.

mod activity;
mod budget;
mod container;
pub mod corpus;
mod error;
mod fit;
mod gpx;
mod gzip;
mod hash;
mod limits;
mod outcome;
mod points;
mod pool;
mod single;
mod sniff;
mod sports;
mod strava;
mod summary;
mod tcx;
mod text;
mod walk;
mod xml;

pub use activity::{Activity, Parsed, SourceFormat};
pub use error::ImportError;
pub use hash::{HashScheme, content_hash, fingerprint};
pub use limits::Limits;
pub use outcome::{FileOutcome, WalkSummary};
pub use walk::{MAX_PENDING_BYTES, walk, walk_bytes, walk_named, walk_skipping};

/// Reads one file's bytes with the default [`Limits`]: a FIT, GPX or TCX file, or one gzipped.
/// Given a ZIP archive, it reads every file inside and gathers their activities, turning each
/// file it could not use into a warning.
pub fn parse_file(bytes: &[u8]) -> Result<Parsed, ImportError> {
    parse_named("file", bytes, &Limits::default())
}

/// [`parse_file`] with a name for `Activity::source_file` and explicit limits.
pub fn parse_named(name: &str, bytes: &[u8], limits: &Limits) -> Result<Parsed, ImportError> {
    if sniff::sniff(bytes) != sniff::Format::Zip {
        return single::read(name, bytes, limits, &budget::Budget::new(limits)).result;
    }
    let mut gathered = Parsed::default();
    let mut first_error = None;
    walk_bytes(name, bytes, limits, |outcome| match outcome.result {
        Ok(parsed) => {
            gathered.activities.extend(parsed.activities);
            gathered
                .warnings
                .extend(parsed.warnings.into_iter().map(|w| format!("{}: {w}", outcome.path)));
        }
        Err(e) => {
            gathered.warnings.push(format!("{}: {e}", outcome.path));
            first_error.get_or_insert(e);
        }
    });
    match (gathered.activities.is_empty(), first_error) {
        (true, Some(e)) => Err(e),
        (true, None) => Err(ImportError::NoData("an archive with no activity files".to_owned())),
        (false, _) => Ok(gathered),
    }
}

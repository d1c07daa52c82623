//! Activity files in, normalised activities out.
//!
//! runwell-import reads FIT (with `rustyfit`), GPX 1.0/1.1 and TCX (own readers on
//! `quick-xml`), each plain or gzipped, alone, in folders or in ZIP archives, including a
//! Strava bulk export (whose `activities.csv` names each file's activity and gear) and a Garmin
//! Connect account export (ZIPs inside the ZIP). The format is decided from the bytes, never the
//! name. Every file gives a [`Parsed`] (activities plus warnings) or an [`ImportError`] that says
//! why not; no input makes it panic. Archives are read within [`Limits`], one file at a time, so
//! memory stays bounded whatever the export's size.
//!
//! Entry points: [`parse_file`] for one file's bytes, [`walk`] for files and folders on disk
//! and [`walk_bytes`] for an archive in memory, both reporting a [`FileOutcome`] per file. The
//! activity's samples are a [`runwell_domain::streams::Streams`]. This crate depends on
//! runwell-domain only among runwell's crates, and does no IO beyond reading what it is given.

mod activity;
mod archive;
pub mod corpus;
mod error;
mod fit;
mod gpx;
mod gzip;
mod limits;
mod single;
mod sniff;
mod sports;
mod strava;
mod summary;
mod tcx;
mod walk;
mod xml;

pub use activity::{Activity, Parsed, SourceFormat};
pub use error::ImportError;
pub use limits::Limits;
pub use single::content_hash;
pub use walk::{FileOutcome, WalkSummary, walk, walk_bytes};

/// Reads one file's bytes with the default [`Limits`]: a FIT, GPX or TCX file, or one gzipped.
/// Given a ZIP archive, it reads every file inside and gathers their activities, turning each
/// file it could not use into a warning.
pub fn parse_file(bytes: &[u8]) -> Result<Parsed, ImportError> {
    parse_named("file", bytes, &Limits::default())
}

/// [`parse_file`] with a name for `Activity::source_file` and explicit limits.
pub fn parse_named(name: &str, bytes: &[u8], limits: &Limits) -> Result<Parsed, ImportError> {
    if sniff::sniff(bytes) != sniff::Format::Zip {
        return single::read(name, bytes, limits).result;
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

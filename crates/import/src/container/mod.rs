//! Where files come from: a folder on disk or a ZIP archive, one abstraction for both. A
//! [`Container`] names its entries and reads one at a time within [`Limits`]; the walker does
//! the rest (the Strava export, the outcomes) the same way for either.
//!
//! What every entry goes through is here, once: the first bytes decide the format (STACK.md);
//! an entry that is no format runwell reads is not read further; the size caps (a file, a
//! nested archive, a CSV) and the ZIP depth are checked before the rest is read; every read is
//! bounded; bytes inflated out of an archive are charged to the import's [`Budget`].

mod folder;
mod zip;

use std::io::{BufReader, Cursor, Read, Seek, SeekFrom, Write};

pub(crate) use folder::{Folder, read_file};
pub(crate) use zip::Zip;

use crate::budget::{Budget, Capped, read_capped};
use crate::error::ImportError;
use crate::limits::{Limits, mib};
use crate::sniff::{Format, HEAD_LEN, sniff};

/// Nested archives larger than this go to a temporary file instead of memory.
const SPOOL_ABOVE: u64 = 32 << 20;

/// An archive ready to be read: in memory, or spooled to (or found as) a file.
#[derive(Debug)]
pub(crate) enum Archive {
    Memory(Cursor<Vec<u8>>),
    File(BufReader<std::fs::File>),
}

/// One entry of a container, as the walker meets it.
#[derive(Debug)]
pub(crate) enum Entry {
    /// A file's bytes (still gzipped if it is a `.gz`).
    File(Vec<u8>),
    /// A ZIP archive inside, with its size.
    Archive(Archive, u64),
    /// A folder inside a folder.
    Folder(std::path::PathBuf),
    /// Not read, or not read whole, and the bytes read before that was known.
    Failed(ImportError, u64),
    /// Left out without a word: not activity data, or a link to a folder.
    Skipped,
}

/// What an entry is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    /// An activity file or an archive, decided by its first bytes.
    Activity,
    /// A Strava `activities.csv`, read whatever its bytes (within `Limits::max_csv_bytes`).
    Csv,
}

/// What reading an entry needs to know.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub limits: &'a Limits,
    pub budget: &'a mut Budget,
    /// The ZIP depth of the container (0 for a folder, 1 for a ZIP, 2 for a ZIP in a ZIP).
    pub depth: u32,
}

pub(crate) trait Container {
    fn len(&self) -> usize;
    /// Entry `i`'s name relative to the container, `/`-separated.
    fn name(&self, i: usize) -> &str;
    fn read(&mut self, i: usize, path: &str, how: How, ctx: &mut Ctx<'_>) -> Entry;
}

/// Reads the rest of an entry whose first bytes are `head`: `rest` gives at most what the entry
/// may hold plus one byte, and `declared` is the size it said it has. `charged` entries (out of
/// an archive) are charged to the budget; a file on disk is not inflated.
pub(crate) fn take(
    rest: impl Read,
    head: Vec<u8>,
    declared: u64,
    path: &str,
    how: How,
    ctx: &mut Ctx<'_>,
    charged: bool,
) -> Entry {
    let limits = ctx.limits;
    let format = match how {
        How::Csv => Format::Unknown,
        How::Activity => sniff(&head),
    };
    let read_so_far = head.len() as u64;
    if how == How::Activity && format == Format::Unknown {
        // Decided from the first bytes: nothing more needs reading.
        return if quiet(path) {
            Entry::Skipped
        } else {
            let what = crate::single::describe_unknown(&head);
            Entry::Failed(ImportError::Unrecognised(what), read_so_far)
        };
    }
    let nested = format == Format::Zip;
    let (cap, what) = match (how, nested) {
        (How::Csv, _) => (limits.max_csv_bytes, "an activities.csv"),
        (_, true) => (limits.max_nested_archive_bytes, "an archive inside an archive"),
        (_, false) => (limits.max_entry_bytes, "a file"),
    };
    if declared > cap {
        let reason = format!("{what} of {}, more than the {} allowed", mib(declared), mib(cap));
        return Entry::Failed(ImportError::Limit(reason), read_so_far);
    }
    if nested && ctx.depth >= limits.max_zip_depth {
        let reason = format!("a ZIP nested more than {} deep", limits.max_zip_depth);
        return Entry::Failed(ImportError::Limit(reason), read_so_far);
    }
    let lie = || {
        ImportError::Limit(
            "the entry is larger than its ZIP header says (a malformed or hostile archive)"
                .to_owned(),
        )
    };
    let left = declared.saturating_sub(read_so_far);
    if nested && declared > SPOOL_ABOVE {
        let spooled = tempfile::tempfile().and_then(|mut file| {
            file.write_all(&head)?;
            let copied = std::io::copy(&mut rest.take(left.saturating_add(1)), &mut file)?;
            file.seek(SeekFrom::Start(0))?;
            Ok((file, copied))
        });
        return match spooled {
            Ok((_, n)) if n > left => Entry::Failed(lie(), read_so_far + n),
            Ok((file, n)) => {
                if charged {
                    ctx.budget.charge(n);
                }
                Entry::Archive(Archive::File(BufReader::new(file)), declared)
            }
            Err(e) => Entry::Failed(damaged(&e), read_so_far),
        };
    }
    let (tail, broken) = match read_capped(rest, left, left) {
        Capped::Whole(tail) => (tail, None),
        Capped::Broken(tail, e) => (tail, Some(e)),
        Capped::Over => return Entry::Failed(lie(), declared),
    };
    let mut bytes = head;
    bytes.extend_from_slice(&tail);
    drop(tail);
    if charged {
        ctx.budget.charge(bytes.len() as u64 - read_so_far);
    }
    match broken {
        Some(e) => Entry::Failed(damaged(&e), bytes.len() as u64),
        None if nested => {
            let size = bytes.len() as u64;
            Entry::Archive(Archive::Memory(Cursor::new(bytes)), size)
        }
        None => Entry::File(bytes),
    }
}

/// The first bytes of an entry, at most [`HEAD_LEN`].
pub(crate) fn head(reader: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(HEAD_LEN);
    reader.take(HEAD_LEN as u64).read_to_end(&mut head)?;
    Ok(head)
}

pub(crate) fn damaged(e: &std::io::Error) -> ImportError {
    // The ZIP reader makes the same check as ours for some entries; say it the same way.
    if e.to_string().contains("larger than its declared") {
        ImportError::Limit(
            "the entry is larger than its ZIP header says (a malformed or hostile archive)"
                .to_owned(),
        )
    } else {
        ImportError::Corrupt(format!("the entry is damaged: {e}"))
    }
}

/// Whether a file that is no format runwell reads may be skipped without a word: photos and
/// videos in Strava's `media/`, the JSON and CSV files of Garmin's export, hidden files.
pub(crate) fn quiet(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.starts_with('.')
        || path.contains("__MACOSX/")
        || matches!(name, "thumbs.db" | "desktop.ini")
    {
        return true;
    }
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    matches!(
        extension,
        "json"
            | "csv"
            | "txt"
            | "md"
            | "html"
            | "htm"
            | "pdf"
            | "jpg"
            | "jpeg"
            | "png"
            | "gif"
            | "heic"
            | "heif"
            | "webp"
            | "bmp"
            | "tif"
            | "tiff"
            | "mp4"
            | "mov"
            | "m4v"
            | "avi"
            | "mp3"
            | "m4a"
            | "wav"
            | "ics"
            | "xls"
            | "xlsx"
            | "doc"
            | "docx"
            | "db"
            | "log"
            | "ini"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_not_activity_data_are_quiet() {
        for (path, expected) in [
            ("export/media/1.jpg", true),
            ("export/.DS_Store", true),
            ("x/__MACOSX/a.fit", true),
            ("DI_CONNECT/summary.json.gz", true),
            ("activities/1.fit", false),
            ("mystery.dat", false),
        ] {
            assert_eq!(quiet(path), expected, "{path}");
        }
    }
}

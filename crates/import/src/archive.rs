//! ZIP archives, read one entry at a time within [`Limits`]: the entry count is checked from the
//! end-of-central-directory record before the directory is parsed, each entry's declared size and
//! ratio before it is opened, and every read is bounded, so a bomb or a lying header costs
//! little. An entry that breaks a limit is reported and skipped; the rest of the archive goes on.
//! A ZIP inside a ZIP (Garmin's export) is read the same way, spooled to a temporary file when it
//! is large.

use std::io::{Cursor, Read, Seek, SeekFrom, Write};

use zip::ZipArchive;

use crate::error::ImportError;
use crate::limits::mib;
use crate::sniff::{Format, HEAD_LEN, sniff};
use crate::strava::{StravaExport, is_activities_csv};
use crate::walk::{Budget, FileOutcome, Walker};

/// Nested archives larger than this go to a temporary file instead of memory.
const SPOOL_ABOVE: u64 = 32 << 20;

/// Reads the archive at `display` (depth 1 for an archive that is not inside another).
pub(crate) fn read<R: Read + Seek>(
    w: &mut Walker<'_>,
    mut reader: R,
    display: &str,
    depth: u32,
    budget: &mut Budget,
) {
    let limits = w.limits;
    let failed = |w: &mut Walker<'_>, e: ImportError| w.emit(FileOutcome::failed(display, e));
    if let Some(count) = declared_entries(&mut reader)
        && count > limits.max_entries
    {
        let reason = format!(
            "the archive says it has {count} entries, more than the {} allowed",
            limits.max_entries
        );
        return failed(w, ImportError::Limit(reason));
    }
    let mut zip = match ZipArchive::new(reader) {
        Ok(zip) => zip,
        Err(e) => {
            return failed(w, ImportError::Corrupt(format!("not a readable ZIP archive: {e}")));
        }
    };
    if zip.len() as u64 > limits.max_entries {
        let reason = format!(
            "the archive has {} entries, more than the {} allowed",
            zip.len(),
            limits.max_entries
        );
        return failed(w, ImportError::Limit(reason));
    }
    let names: Vec<String> = (0..zip.len())
        .map(|i| {
            zip.by_index_data(i)
                .map(|e| String::from_utf8_lossy(e.name_raw()).replace('\\', "/"))
                .unwrap_or_default()
        })
        .collect();
    let (mut strava, root, csv_index) = find_strava(w, &mut zip, &names, display, depth, budget);
    for (i, name) in names.iter().enumerate() {
        if Some(i) == csv_index || name.ends_with('/') || name.is_empty() {
            continue;
        }
        let path = format!("{display}/{name}");
        let relative = name.strip_prefix(root.as_str()).unwrap_or(name);
        match read_entry(w, &mut zip, i, &path, depth, budget, false) {
            Entry::Bytes(bytes, size) => {
                let context = strava.as_mut().map(|s| (s, relative));
                w.bytes(&path, &bytes, size, depth, budget, context);
            }
            Entry::Nested(reader) => match reader {
                Nested::Memory(cursor) => read(w, cursor, &path, depth + 1, budget),
                Nested::File(file) => {
                    read(w, std::io::BufReader::new(file), &path, depth + 1, budget)
                }
            },
            Entry::Failed(e, size) => {
                let mut outcome = FileOutcome::failed(&path, e);
                outcome.size_bytes = size;
                if let Some(s) = strava.as_mut() {
                    s.apply(relative, &mut outcome);
                }
                w.emit(outcome);
            }
            Entry::Skipped => w.skip(),
        }
    }
    if let Some(outcome) = strava.and_then(StravaExport::finish) {
        w.emit(outcome);
    }
}

enum Nested {
    Memory(Cursor<Vec<u8>>),
    File(std::fs::File),
}

enum Entry {
    Bytes(Vec<u8>, u64),
    Nested(Nested),
    Failed(ImportError, u64),
    Skipped,
}

/// Reads entry `i` within the limits. Unless `raw`, an entry whose first bytes are no format
/// runwell reads is not read further.
fn read_entry<R: Read + Seek>(
    w: &Walker<'_>,
    zip: &mut ZipArchive<R>,
    i: usize,
    path: &str,
    depth: u32,
    budget: &mut Budget,
    raw: bool,
) -> Entry {
    let limits = w.limits;
    let mut entry = match zip.by_index(i) {
        Ok(entry) => entry,
        Err(e) => {
            return Entry::Failed(
                ImportError::Unrecognised(format!("a ZIP entry runwell cannot open ({e})")),
                0,
            );
        }
    };
    let (size, compressed) = (entry.size(), entry.compressed_size());
    if entry.encrypted() {
        return Entry::Failed(
            ImportError::Unrecognised("a password-protected ZIP entry".to_owned()),
            size,
        );
    }
    if limits.ratio_too_high(size, compressed) {
        let reason = format!(
            "it says it expands from {} to {}, more than {} times (a ZIP bomb, not an activity file)",
            mib(compressed),
            mib(size),
            limits.max_ratio
        );
        return Entry::Failed(ImportError::Limit(reason), size);
    }
    if size > budget.remaining {
        let reason = format!(
            "the archive has already given {} of the {} one archive may give",
            mib(budget.used()),
            mib(limits.max_archive_bytes)
        );
        return Entry::Failed(ImportError::Limit(reason), size);
    }
    let lie = || {
        ImportError::Limit(
            "the entry is larger than its ZIP header says (a malformed or hostile archive)"
                .to_owned(),
        )
    };
    let damaged = |e: std::io::Error| {
        // The ZIP reader makes the same check as `lie` for some entries; say it the same way.
        if e.to_string().contains("larger than its declared") {
            lie()
        } else {
            ImportError::Corrupt(format!("the ZIP entry is damaged: {e}"))
        }
    };
    // Never read past what the header declares: a longer entry is a lie, caught at size + 1.
    let mut bounded = (&mut entry).take(size.saturating_add(1));
    let mut head = Vec::with_capacity(HEAD_LEN.min(usize::try_from(size).unwrap_or(HEAD_LEN)));
    if let Err(e) = (&mut bounded).take(HEAD_LEN as u64).read_to_end(&mut head) {
        return Entry::Failed(damaged(e), size);
    }
    let format = if raw { Format::Unknown } else { sniff(&head) };
    if format == Format::Unknown && !raw {
        // Decided from the first bytes: nothing more needs reading.
        return if w.quiet(path) {
            Entry::Skipped
        } else {
            Entry::Failed(ImportError::Unrecognised(crate::single::describe_unknown(&head)), size)
        };
    }
    let nested = format == Format::Zip;
    let cap = if nested { limits.max_nested_archive_bytes } else { limits.max_entry_bytes };
    if size > cap {
        let what = if nested { "an archive inside an archive" } else { "a file" };
        let reason = format!("{what} of {}, more than the {} allowed", mib(size), mib(cap));
        return Entry::Failed(ImportError::Limit(reason), size);
    }
    if nested && depth >= limits.max_zip_depth {
        let reason = format!("a ZIP nested more than {} deep", limits.max_zip_depth);
        return Entry::Failed(ImportError::Limit(reason), size);
    }
    if nested && size > SPOOL_ABOVE {
        let spooled = tempfile::tempfile().and_then(|mut file| {
            file.write_all(&head)?;
            let copied = std::io::copy(&mut bounded, &mut file)?;
            file.seek(SeekFrom::Start(0))?;
            Ok((file, copied + head.len() as u64))
        });
        return match spooled {
            Ok((_, n)) if n > size => Entry::Failed(lie(), size),
            Ok((file, n)) => {
                budget.spend(n);
                Entry::Nested(Nested::File(file))
            }
            Err(e) => Entry::Failed(damaged(e), size),
        };
    }
    let mut bytes = head;
    bytes.reserve(usize::try_from(size).unwrap_or(0).saturating_sub(bytes.len()).min(64 << 20));
    if let Err(e) = bounded.read_to_end(&mut bytes) {
        return Entry::Failed(damaged(e), size);
    }
    if bytes.len() as u64 > size {
        return Entry::Failed(lie(), size);
    }
    budget.spend(bytes.len() as u64);
    if nested {
        Entry::Nested(Nested::Memory(Cursor::new(bytes)))
    } else {
        Entry::Bytes(bytes, size)
    }
}

/// A Strava export's `activities.csv`, at the archive's root or in its single top folder.
fn find_strava<R: Read + Seek>(
    w: &mut Walker<'_>,
    zip: &mut ZipArchive<R>,
    names: &[String],
    display: &str,
    depth: u32,
    budget: &mut Budget,
) -> (Option<StravaExport>, String, Option<usize>) {
    let found = names.iter().enumerate().find(|(_, n)| {
        let mut parts = n.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(file), None, _) | (Some(_), Some(file), None) => is_activities_csv(file),
            _ => false,
        }
    });
    let Some((i, name)) = found else { return (None, String::new(), None) };
    let root = name.rsplit_once('/').map(|(dir, _)| format!("{dir}/")).unwrap_or_default();
    let path = format!("{display}/{name}");
    match read_entry(w, zip, i, &path, depth, budget, true) {
        Entry::Bytes(bytes, _) => match StravaExport::parse(&path, &bytes) {
            Some(export) => (Some(export), root, Some(i)),
            None => (None, String::new(), None),
        },
        // An unreadable CSV is then met as an ordinary entry and reported there.
        _ => (None, String::new(), None),
    }
}

/// The entry count the end-of-central-directory record declares (ZIP64 aware): the ZIP reader
/// parses up to that many directory entries. `None` if there is no such record, which the ZIP
/// reader then reports.
fn declared_entries<R: Read + Seek>(reader: &mut R) -> Option<u64> {
    let len = reader.seek(SeekFrom::End(0)).ok()?;
    let tail_len = len.min(22 + 65_535);
    reader.seek(SeekFrom::Start(len - tail_len)).ok()?;
    let mut tail = vec![0u8; usize::try_from(tail_len).ok()?];
    reader.read_exact(&mut tail).ok()?;
    reader.seek(SeekFrom::Start(0)).ok()?;
    let at = memchr::memmem::rfind(&tail, b"PK\x05\x06")?;
    let eocd = tail.get(at..at + 22)?;
    let u16_at = |b: &[u8], i: usize| u64::from(u16::from_le_bytes([b[i], b[i + 1]]));
    let u32_at =
        |b: &[u8], i: usize| u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]));
    let (mut entries, directory) = (u16_at(eocd, 10), u32_at(eocd, 12));
    if entries == 0xFFFF || directory == 0xFFFF_FFFF {
        // ZIP64: the locator sits just before the record and points at the ZIP64 record.
        let locator = at
            .checked_sub(20)
            .and_then(|l| tail.get(l..l + 20))
            .filter(|l| l.starts_with(b"PK\x06\x07"));
        if let Some(locator) = locator {
            let offset = u64::from_le_bytes(locator[8..16].try_into().ok()?);
            let mut record = [0u8; 56];
            let read =
                reader.seek(SeekFrom::Start(offset)).and_then(|_| reader.read_exact(&mut record));
            reader.seek(SeekFrom::Start(0)).ok()?;
            if read.is_ok() && record.starts_with(b"PK\x06\x06") {
                entries = u64::from_le_bytes(record[32..40].try_into().ok()?);
            }
        }
    }
    Some(entries)
}

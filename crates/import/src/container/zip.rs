//! A ZIP archive as a container, read one entry at a time: the entry count is checked from the
//! end-of-central-directory record before the directory is parsed; entries whose local headers
//! overlap or come out of order are refused as Info-ZIP refuses them (one bomb replayed by a
//! thousand directory entries); each entry's declared size, ratio and encryption are checked
//! before it is opened, and no entry is read past the size it declares.

use std::io::{Read, Seek, SeekFrom};

use zip::ZipArchive;

use super::{Container, Ctx, Entry, How, head, take};
use crate::error::ImportError;
use crate::limits::{Limits, mib};

/// The fixed part of a ZIP local file header (APPNOTE 4.3.7), before its name and extra field.
const LOCAL_HEADER_LEN: u64 = 30;

#[derive(Debug)]
pub(crate) struct Zip<R> {
    zip: ZipArchive<R>,
    /// Entry names (`\` read as `/`), with directories left out.
    names: Vec<(usize, String)>,
}

impl<R: Read + Seek> Zip<R> {
    pub(crate) fn open(mut reader: R, limits: &Limits) -> Result<Zip<R>, ImportError> {
        let too_many = |count: u64| {
            ImportError::Limit(format!(
                "the archive has {count} entries, more than the {} allowed",
                limits.max_entries
            ))
        };
        if let Some(count) = declared_entries(&mut reader)
            && count > limits.max_entries
        {
            return Err(too_many(count));
        }
        let zip = ZipArchive::new(reader)
            .map_err(|e| ImportError::Corrupt(format!("not a readable ZIP archive: {e}")))?;
        if zip.len() as u64 > limits.max_entries {
            return Err(too_many(zip.len() as u64));
        }
        check_layout(&zip)?;
        let names = (0..zip.len())
            .filter_map(|i| {
                let entry = zip.by_index_data(i).ok()?;
                let name = String::from_utf8_lossy(entry.name_raw()).replace('\\', "/");
                (!name.is_empty() && !name.ends_with('/')).then_some((i, name))
            })
            .collect();
        Ok(Zip { zip, names })
    }
}

/// Refuses an archive whose entries' local headers are not in the order of the central
/// directory, or whose data would run into the next entry or into the directory itself.
fn check_layout<R: Read + Seek>(zip: &ZipArchive<R>) -> Result<(), ImportError> {
    let refused = |what: &str| {
        ImportError::Limit(format!(
            "its entries {what} (a malformed or hostile archive, which other tools refuse too)"
        ))
    };
    let mut end_of_previous = 0u64;
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index_data(i) else { continue };
        let start = entry.header_start();
        if start < end_of_previous {
            return Err(refused("overlap or are out of order"));
        }
        end_of_previous = start
            .saturating_add(LOCAL_HEADER_LEN)
            .saturating_add(entry.name_raw().len() as u64)
            .saturating_add(entry.compressed_size());
    }
    if end_of_previous > zip.central_directory_start() {
        return Err(refused("run into the archive's directory"));
    }
    Ok(())
}

impl<R: Read + Seek> Container for Zip<R> {
    fn len(&self) -> usize {
        self.names.len()
    }

    fn name(&self, i: usize) -> &str {
        self.names.get(i).map_or("", |n| n.1.as_str())
    }

    fn read(&mut self, i: usize, path: &str, how: How, ctx: &mut Ctx<'_>) -> Entry {
        let limits = ctx.limits;
        let Some(&(index, _)) = self.names.get(i) else { return Entry::Skipped };
        let mut entry = match self.zip.by_index(index) {
            Ok(entry) => entry,
            Err(e) => {
                let what = format!("a ZIP entry runwell cannot open ({e})");
                return Entry::Failed(ImportError::Unrecognised(what), 0);
            }
        };
        let (size, compressed) = (entry.size(), entry.compressed_size());
        if entry.encrypted() {
            let what = "a password-protected ZIP entry".to_owned();
            return Entry::Failed(ImportError::Unrecognised(what), 0);
        }
        if limits.ratio_too_high(size, compressed) {
            let reason = format!(
                "it says it expands from {} to {}, more than {} times (a ZIP bomb, not an \
                 activity file)",
                mib(compressed),
                mib(size),
                limits.max_ratio
            );
            return Entry::Failed(ImportError::Limit(reason), 0);
        }
        if size > ctx.budget.available() {
            return Entry::Failed(ctx.budget.exhausted(), 0);
        }
        // Never read past what the header declares: a longer entry is a lie, caught at size + 1.
        let mut bounded = (&mut entry).take(size.saturating_add(1));
        let head = match head(&mut bounded) {
            Ok(head) => head,
            Err(e) => return Entry::Failed(super::damaged(&e), 0),
        };
        ctx.budget.charge(head.len() as u64);
        take(bounded, head, size, path, how, ctx, true)
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

//! A folder on disk as a container: its entries in name order, at most `Limits::max_entries`.
//! Linked folders are not followed, so a link loop cannot trap the walk; a ZIP found here is read
//! from its file, not copied into memory.

use std::fs::{File, FileType};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use super::{Archive, Container, Ctx, Entry, How, head, take};
use crate::error::ImportError;
use crate::sniff::{Format, sniff};

#[derive(Debug)]
pub(crate) struct Folder {
    entries: Vec<(String, PathBuf, Option<FileType>)>,
}

impl Folder {
    pub(crate) fn open(dir: &Path, max_entries: u64) -> Result<Folder, ImportError> {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let Ok(entry) = entry else { continue };
            if entries.len() as u64 >= max_entries {
                return Err(ImportError::Limit(format!(
                    "the folder has more than {max_entries} entries; import its folders one at a \
                     time"
                )));
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            entries.push((name, entry.path(), entry.file_type().ok()));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Folder { entries })
    }
}

impl Container for Folder {
    fn len(&self) -> usize {
        self.entries.len()
    }

    fn name(&self, i: usize) -> &str {
        self.entries.get(i).map_or("", |e| e.0.as_str())
    }

    fn read(&mut self, i: usize, path: &str, how: How, ctx: &mut Ctx<'_>) -> Entry {
        let Some((_, file, kind)) = self.entries.get(i) else { return Entry::Skipped };
        match kind {
            Some(k) if k.is_dir() => Entry::Folder(file.clone()),
            Some(k) if k.is_symlink() && file.is_dir() => Entry::Skipped,
            _ => read_file(file, path, how, ctx),
        }
    }
}

/// One file on disk, read as any container entry is.
pub(crate) fn read_file(file: &Path, path: &str, how: How, ctx: &mut Ctx<'_>) -> Entry {
    let opened = File::open(file).and_then(|f| Ok((f.metadata()?.len(), f)));
    let (size, handle) = match opened {
        Ok(x) => x,
        Err(e) => return Entry::Failed(ImportError::from(e), 0),
    };
    let mut reader = BufReader::new(handle);
    let head = match head(&mut reader) {
        Ok(head) => head,
        Err(e) => return Entry::Failed(ImportError::from(e), 0),
    };
    if how == How::Activity && sniff(&head) == Format::Zip {
        return match File::open(file) {
            Ok(f) => Entry::Archive(Archive::File(BufReader::new(f)), size),
            Err(e) => Entry::Failed(ImportError::from(e), 0),
        };
    }
    // A file that grows while it is read is cut at its size and reported as too large.
    let rest = reader.take(size.saturating_sub(head.len() as u64).saturating_add(1));
    match take(rest, head, size, path, how, ctx, false) {
        Entry::Failed(ImportError::Limit(reason), n) if reason.contains("ZIP header") => {
            Entry::Failed(ImportError::Io("the file changed while it was read".to_owned()), n)
        }
        entry => entry,
    }
}

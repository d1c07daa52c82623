//! The walker the app calls: files, folders (recursively) and archives, one file at a time,
//! reporting a [`FileOutcome`] for each so that memory stays bounded whatever the export's size.
//!
//! Folders and ZIPs are both [`Container`]s and are walked by the same code: a container with
//! Strava's `activities.csv` at its root or in its single top folder is an export, and the CSV
//! is applied here, in one place, to every file below it (also in subfolders of a folder). One
//! [`Budget`] covers the whole walk. Files whose bytes are no format runwell reads *and* whose
//! names say they are not activity data are skipped quietly and only counted; any other
//! unreadable file is reported.

use std::io::{Cursor, Read, Seek};
use std::path::{Path, PathBuf};

use crate::budget::Budget;
use crate::container::{self, Archive, Container, Ctx, Entry, Folder, How, Zip};
use crate::error::ImportError;
use crate::limits::Limits;
use crate::outcome::{FileOutcome, WalkSummary};
use crate::single;
use crate::sniff::{Format, sniff};
use crate::strava::{StravaExport, is_activities_csv};

/// An export's CSV and an entry's path relative to the export's root.
type Scope<'s> = Option<(&'s mut StravaExport, String)>;

struct Walker<'a> {
    limits: &'a Limits,
    budget: Budget,
    on_file: &'a mut dyn FnMut(FileOutcome),
    summary: WalkSummary,
}

/// Imports every file under `paths` (files, folders, archives), calling `on_file` once per file
/// as it goes.
pub fn walk(paths: &[PathBuf], limits: &Limits, on_file: impl FnMut(FileOutcome)) -> WalkSummary {
    let named: Vec<(String, PathBuf)> =
        paths.iter().map(|p| (p.display().to_string(), p.clone())).collect();
    walk_named(&named, limits, on_file)
}

/// [`walk`] with the name each file or folder is reported under (an upload's own name for the
/// temporary file that holds it).
pub fn walk_named(
    files: &[(String, PathBuf)],
    limits: &Limits,
    mut on_file: impl FnMut(FileOutcome),
) -> WalkSummary {
    let mut walker = Walker::new(limits, &mut on_file);
    for (name, path) in files {
        walker.top(name, path);
    }
    walker.summary
}

/// Imports a file or archive already in memory, named `name` in the outcomes.
pub fn walk_bytes(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    mut on_file: impl FnMut(FileOutcome),
) -> WalkSummary {
    let mut walker = Walker::new(limits, &mut on_file);
    if sniff(bytes) == Format::Zip {
        walker.archive(Cursor::new(bytes), name, 1, bytes.len() as u64);
    } else {
        walker.file(name, bytes, None);
    }
    walker.summary
}

impl<'a> Walker<'a> {
    fn new(limits: &'a Limits, on_file: &'a mut dyn FnMut(FileOutcome)) -> Walker<'a> {
        Walker { limits, budget: Budget::new(limits), on_file, summary: WalkSummary::default() }
    }

    fn emit(&mut self, outcome: FileOutcome) {
        self.summary.count(&outcome);
        (self.on_file)(outcome);
    }

    /// A file that gave nothing, after `read` bytes of it were read.
    fn failed(&mut self, path: &str, error: ImportError, read: u64, scope: Scope<'_>) {
        let mut outcome = FileOutcome::failed(path, error);
        outcome.size_bytes = read;
        if let Some((export, relative)) = scope {
            export.apply(&relative, &mut outcome);
        }
        self.emit(outcome);
    }

    fn ctx(&mut self, depth: u32) -> Ctx<'_> {
        Ctx { limits: self.limits, budget: &mut self.budget, depth }
    }

    fn top(&mut self, display: &str, path: &Path) {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => self.folder(path, display, None),
            Ok(_) => {
                let entry = container::read_file(path, display, How::Activity, &mut self.ctx(0));
                self.entry(entry, display, 0, None);
            }
            Err(e) => self.failed(display, ImportError::from(e), 0, None),
        }
    }

    fn folder(&mut self, dir: &Path, display: &str, scope: Scope<'_>) {
        match Folder::open(dir, self.limits.max_entries) {
            Ok(mut folder) => self.container(&mut folder, display, 0, scope),
            Err(e) => self.failed(display, e, 0, None),
        }
    }

    /// A ZIP at ZIP depth `depth` (1 for one that is not inside another), of `size` bytes.
    fn archive<R: Read + Seek>(&mut self, reader: R, display: &str, depth: u32, size: u64) {
        let outer = self.budget.enter_archive(size, self.limits);
        match Zip::open(reader, self.limits) {
            Ok(mut zip) => self.container(&mut zip, display, depth, None),
            Err(e) => self.failed(display, e, 0, None),
        }
        self.budget.leave_archive(outer);
    }

    /// Every entry of a container, the export's CSV applied to each; then the CSV's own rows.
    /// A folder inside an export passes the export on (`inherited`, with the folder's path
    /// relative to the export's root).
    fn container(
        &mut self,
        c: &mut dyn Container,
        display: &str,
        depth: u32,
        mut inherited: Scope<'_>,
    ) {
        let (mut own, csv_index) = self.export(c, display, depth);
        for i in 0..c.len() {
            if Some(i) == csv_index {
                continue;
            }
            let name = c.name(i).to_owned();
            let path = format!("{display}/{name}");
            let entry = c.read(i, &path, How::Activity, &mut self.ctx(depth));
            let scope: Scope<'_> = match (&mut own, &mut inherited) {
                (Some((export, root)), _) => {
                    let relative = name.strip_prefix(root.as_str()).unwrap_or(&name);
                    Some((export, relative.to_owned()))
                }
                (None, Some((export, prefix))) => Some((&mut **export, format!("{prefix}/{name}"))),
                (None, None) => None,
            };
            self.entry(entry, &path, depth, scope);
        }
        if let Some(outcome) = own.and_then(|(export, _)| export.finish()) {
            self.emit(outcome);
        }
    }

    /// A Strava export's `activities.csv`, at the container's root or in its single top folder,
    /// with the folder it sits in; and the CSV's index, so that it is not read again as a file.
    fn export(
        &mut self,
        c: &mut dyn Container,
        display: &str,
        depth: u32,
    ) -> (Option<(StravaExport, String)>, Option<usize>) {
        let found = (0..c.len()).find(|&i| {
            let mut parts = c.name(i).split('/');
            match (parts.next(), parts.next(), parts.next()) {
                (Some(file), None, _) | (Some(_), Some(file), None) => is_activities_csv(file),
                _ => false,
            }
        });
        let Some(i) = found else { return (None, None) };
        let name = c.name(i).to_owned();
        let root = name.rsplit_once('/').map(|(dir, _)| format!("{dir}/")).unwrap_or_default();
        let path = format!("{display}/{name}");
        match c.read(i, &path, How::Csv, &mut self.ctx(depth)) {
            Entry::File(bytes) => match StravaExport::parse(&path, &bytes, self.limits) {
                Ok(Some(export)) => (Some((export, root)), Some(i)),
                // Not Strava's table: it is met again as an ordinary file.
                Ok(None) => (None, None),
                Err(e) => {
                    self.failed(&path, e, 0, None);
                    (None, Some(i))
                }
            },
            Entry::Failed(e, _) => {
                self.failed(&path, e, 0, None);
                (None, Some(i))
            }
            _ => (None, None),
        }
    }

    /// One entry of a container (or a file given on its own), depth being its container's.
    fn entry(&mut self, entry: Entry, path: &str, depth: u32, scope: Scope<'_>) {
        match entry {
            Entry::File(bytes) => self.file(path, &bytes, scope),
            Entry::Archive(Archive::Memory(cursor), size) => {
                self.archive(cursor, path, depth + 1, size);
            }
            Entry::Archive(Archive::File(file), size) => self.archive(file, path, depth + 1, size),
            Entry::Folder(dir) => self.folder(&dir, path, scope),
            Entry::Failed(error, read) => self.failed(path, error, read, scope),
            Entry::Skipped => self.summary.skipped += 1,
        }
    }

    /// An activity file's bytes (or a gzip of one).
    fn file(&mut self, path: &str, bytes: &[u8], scope: Scope<'_>) {
        let read = single::read(path, bytes, self.limits, &mut self.budget);
        if matches!(read.result, Err(ImportError::Unrecognised(_))) && container::quiet(path) {
            self.summary.skipped += 1;
            return;
        }
        let mut outcome = FileOutcome {
            path: path.to_owned(),
            size_bytes: bytes.len() as u64,
            content_hash: read.content_hash,
            result: read.result,
        };
        if let Some((export, relative)) = scope {
            export.apply(&relative, &mut outcome);
        }
        self.emit(outcome);
    }
}

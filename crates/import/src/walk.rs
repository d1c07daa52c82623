//! The walker the app calls: files, folders (recursively) and archives, one file at a time,
//! reporting a [`FileOutcome`] for each so that memory stays bounded whatever the export's size.
//!
//! Files whose bytes are no format runwell reads *and* whose names say they are not activity
//! data (photos and videos in Strava's `media/`, JSON and CSV files of Garmin's export, hidden
//! files) are skipped quietly and only counted; any other unreadable file is reported.

use std::fs::File;
use std::io::{BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use crate::activity::Parsed;
use crate::error::ImportError;
use crate::limits::{Limits, mib};
use crate::single;
use crate::sniff::{Format, HEAD_LEN, sniff};
use crate::strava::{StravaExport, is_activities_csv};

/// What one file gave.
#[derive(Debug, Clone, PartialEq)]
pub struct FileOutcome {
    /// Where it was found, archive entries after their archive: `export.zip/activities/1.fit.gz`.
    pub path: String,
    /// Its size as found: on disk, or the entry's uncompressed size in a ZIP (still gzipped if it
    /// is a `.gz`).
    pub size_bytes: u64,
    /// SHA-256 of its bytes once any gzip layer is removed (see `Activity::content_hash`);
    /// `None` when it was not read through.
    pub content_hash: Option<String>,
    pub result: Result<Parsed, ImportError>,
}

impl FileOutcome {
    pub(crate) fn failed(path: &str, error: ImportError) -> FileOutcome {
        FileOutcome { path: path.to_owned(), size_bytes: 0, content_hash: None, result: Err(error) }
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
}

/// What one top-level archive may still decompress (`Limits::max_archive_bytes`).
#[derive(Debug)]
pub(crate) struct Budget {
    pub remaining: u64,
    limit: u64,
}

impl Budget {
    fn new(limit: u64) -> Budget {
        Budget { remaining: limit, limit }
    }

    pub(crate) fn spend(&mut self, bytes: u64) {
        self.remaining = self.remaining.saturating_sub(bytes);
    }

    pub(crate) fn used(&self) -> u64 {
        self.limit - self.remaining
    }
}

pub(crate) struct Walker<'a> {
    pub limits: &'a Limits,
    on_file: &'a mut dyn FnMut(FileOutcome),
    summary: WalkSummary,
}

/// Imports every file under `paths` (files, folders, archives), calling `on_file` once per file
/// as it goes.
pub fn walk(
    paths: &[PathBuf],
    limits: &Limits,
    mut on_file: impl FnMut(FileOutcome),
) -> WalkSummary {
    let mut walker = Walker { limits, on_file: &mut on_file, summary: WalkSummary::default() };
    for path in paths {
        walker.path(path);
    }
    walker.summary
}

/// Imports a file or archive already in memory (an upload), named `name` in the outcomes.
pub fn walk_bytes(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    mut on_file: impl FnMut(FileOutcome),
) -> WalkSummary {
    let mut walker = Walker { limits, on_file: &mut on_file, summary: WalkSummary::default() };
    let mut budget = Budget::new(limits.max_archive_bytes);
    walker.bytes(name, bytes, bytes.len() as u64, 0, &mut budget, None);
    walker.summary
}

impl Walker<'_> {
    pub(crate) fn emit(&mut self, outcome: FileOutcome) {
        self.summary.files += 1;
        match &outcome.result {
            Ok(parsed) => self.summary.activities += parsed.activities.len() as u64,
            Err(_) => self.summary.failed += 1,
        }
        (self.on_file)(outcome);
    }

    pub(crate) fn skip(&mut self) {
        self.summary.skipped += 1;
    }

    /// Whether a file that is no format runwell reads may be skipped without a word.
    pub(crate) fn quiet(&self, path: &str) -> bool {
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

    /// One file's bytes (from disk or an archive): an archive is walked, anything else read as
    /// an activity file. `depth` is the depth of the archive holding it (0 for none).
    pub(crate) fn bytes(
        &mut self,
        path: &str,
        bytes: &[u8],
        size: u64,
        depth: u32,
        budget: &mut Budget,
        strava: Option<(&mut StravaExport, &str)>,
    ) {
        if sniff(bytes) == Format::Zip {
            if depth >= self.limits.max_zip_depth {
                let reason = format!("a ZIP nested more than {} deep", self.limits.max_zip_depth);
                return self.emit(FileOutcome::failed(path, ImportError::Limit(reason)));
            }
            return crate::archive::read(self, Cursor::new(bytes), path, depth + 1, budget);
        }
        let read = single::read(path, bytes, self.limits);
        if matches!(read.result, Err(ImportError::Unrecognised(_))) && self.quiet(path) {
            return self.skip();
        }
        let mut outcome = FileOutcome {
            path: path.to_owned(),
            size_bytes: size,
            content_hash: read.content_hash,
            result: read.result,
        };
        if let Some((export, relative)) = strava {
            export.apply(relative, &mut outcome);
        }
        self.emit(outcome);
    }

    fn path(&mut self, path: &Path) {
        let display = path.display().to_string();
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => self.dir(path, &display, None),
            Ok(_) => self.file(path, &display, None),
            Err(e) => self.emit(FileOutcome::failed(&display, ImportError::from(e))),
        }
    }

    /// A folder, its files in name order. A folder holding a Strava `activities.csv` is an
    /// export: the CSV applies to every file below it. Linked folders are not followed, so a
    /// link loop cannot trap the walk.
    fn dir(&mut self, dir: &Path, display: &str, mut strava: Option<(&mut StravaExport, String)>) {
        let mut entries: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries.filter_map(Result::ok).collect(),
            Err(e) => return self.emit(FileOutcome::failed(display, ImportError::from(e))),
        };
        entries.sort_by_key(|e| e.file_name());
        let mut own = None;
        if let Some(csv) =
            entries.iter().find(|e| is_activities_csv(&e.file_name().to_string_lossy()))
        {
            let csv_display = format!("{display}/{}", csv.file_name().to_string_lossy());
            let bytes = read_bounded(&csv.path(), self.limits.max_entry_bytes);
            own = bytes.ok().and_then(|b| StravaExport::parse(&csv_display, &b));
        }
        for entry in &entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let child = format!("{display}/{name}");
            let kind = entry.file_type();
            if own.is_some() && is_activities_csv(&name) {
                continue;
            }
            let context: Option<(&mut StravaExport, String)> = match (&mut own, &mut strava) {
                (Some(export), _) => Some((export, name.clone())),
                (None, Some((export, prefix))) => Some((&mut **export, format!("{prefix}{name}"))),
                (None, None) => None,
            };
            match kind {
                Ok(k) if k.is_dir() => {
                    let context = context.map(|(e, rel)| (e, format!("{rel}/")));
                    self.dir(&entry.path(), &child, context);
                }
                Ok(k) if k.is_symlink() && entry.path().is_dir() => self.skip(),
                _ => self.file(&entry.path(), &child, context),
            }
        }
        if let Some(outcome) = own.and_then(StravaExport::finish) {
            self.emit(outcome);
        }
    }

    fn file(&mut self, path: &Path, display: &str, strava: Option<(&mut StravaExport, String)>) {
        let limits = self.limits;
        let opened = File::open(path).and_then(|f| Ok((f.metadata()?.len(), f)));
        let (size, file) = match opened {
            Ok(x) => x,
            Err(e) => return self.emit(FileOutcome::failed(display, ImportError::from(e))),
        };
        let mut reader = BufReader::new(file);
        let mut head = Vec::with_capacity(HEAD_LEN);
        if let Err(e) = (&mut reader).take(HEAD_LEN as u64).read_to_end(&mut head) {
            return self.emit(FileOutcome::failed(display, ImportError::from(e)));
        }
        match sniff(&head) {
            Format::Zip => {
                let mut budget = Budget::new(limits.max_archive_bytes);
                let reopened = File::open(path).map(BufReader::new);
                match reopened {
                    Ok(r) => crate::archive::read(self, r, display, 1, &mut budget),
                    Err(e) => self.emit(FileOutcome::failed(display, ImportError::from(e))),
                }
            }
            Format::Unknown if self.quiet(display) => self.skip(),
            Format::Unknown => {
                let mut outcome = FileOutcome::failed(
                    display,
                    ImportError::Unrecognised(single::describe_unknown(&head)),
                );
                outcome.size_bytes = size;
                self.emit(outcome);
            }
            _ if size > limits.max_entry_bytes => {
                let reason = format!(
                    "a file of {}, more than the {} allowed",
                    mib(size),
                    mib(limits.max_entry_bytes)
                );
                let mut outcome = FileOutcome::failed(display, ImportError::Limit(reason));
                outcome.size_bytes = size;
                self.emit(outcome);
            }
            _ => {
                let mut bytes = head;
                if let Err(e) = reader.take(limits.max_entry_bytes).read_to_end(&mut bytes) {
                    return self.emit(FileOutcome::failed(display, ImportError::from(e)));
                }
                let mut budget = Budget::new(limits.max_archive_bytes);
                let context = strava.as_ref().map(|(_, rel)| rel.clone());
                let export = strava.map(|(e, _)| e);
                match (export, context) {
                    (Some(e), Some(rel)) => {
                        self.bytes(display, &bytes, size, 0, &mut budget, Some((e, &rel)))
                    }
                    _ => self.bytes(display, &bytes, size, 0, &mut budget, None),
                }
            }
        }
    }
}

fn read_bounded(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?.take(cap).read_to_end(&mut bytes)?;
    Ok(bytes)
}

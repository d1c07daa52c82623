//! The walker the app calls: files, folders (recursively) and archives, reporting a
//! [`FileOutcome`] for each, in the order the files were met.
//!
//! The walker reads; the decoding (gzip, the content hash, the format's reader) runs on the
//! decoder threads of [`Pool`], a few files ahead of the one being reported. At most
//! [`Limits::decode_threads`] × 6 + 2 files, and [`MAX_PENDING_BYTES`] of their bytes, wait
//! between being read and being reported, so that memory stays bounded whatever the export's
//! size. Every file read is fingerprinted ([`crate::fingerprint`]); one whose fingerprint the
//! caller already knows is reported as `known` without being decoded at all.
//!
//! Folders and ZIPs are both [`Container`]s and are walked by the same code: a container with
//! Strava's `activities.csv` at its root or in its single top folder is an export, and the CSV
//! is applied here, in one place, to every file below it (also in subfolders of a folder). One
//! [`Budget`] covers the whole walk. Files whose bytes are no format runwell reads *and* whose
//! names say they are not activity data are skipped quietly and only counted; any other
//! unreadable file is reported.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{Cursor, Read, Seek};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::activity::Parsed;
use crate::budget::Budget;
use crate::container::{self, Archive, Container, Ctx, Entry, Folder, How, Zip};
use crate::error::ImportError;
use crate::hash::{HashScheme, fingerprint_of};
use crate::limits::Limits;
use crate::outcome::{FileOutcome, WalkSummary};
use crate::pool::{Job, Pool};
use crate::single::{self, Hashed};
use crate::sniff::{Format, sniff};
use crate::strava::{StravaExport, is_activities_csv};

/// Most bytes of files read but not yet decoded, over all waiting files (one larger file may
/// still wait alone).
pub const MAX_PENDING_BYTES: u64 = 256 << 20;

/// An export's CSV, shared by the entries below it until the last is reported.
type Export = Rc<RefCell<StravaExport>>;

/// An export's CSV and an entry's path relative to the export's root.
type Scope = Option<(Export, String)>;

/// A file between being read and being reported.
struct Pending {
    path: String,
    size_bytes: u64,
    fingerprint: Option<String>,
    scope: Scope,
    state: State,
}

enum State {
    Decoding,
    Decoded(single::Read),
    Failed(ImportError),
    Known,
}

struct Walker<'a> {
    limits: &'a Limits,
    scheme: HashScheme,
    budget: Budget,
    known: &'a dyn Fn(&str) -> bool,
    pool: Pool,
    /// Files read, in order; the first has sequence number `first_seq`.
    pending: VecDeque<Pending>,
    first_seq: u64,
    pending_bytes: u64,
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
    on_file: impl FnMut(FileOutcome),
) -> WalkSummary {
    walk_skipping(files, limits, HashScheme::default(), &|_| false, on_file)
}

/// [`walk_named`], hashing with `scheme` (fingerprints and content hashes alike), and reporting
/// each file whose fingerprint `known` accepts as `known`, without decoding it.
pub fn walk_skipping(
    files: &[(String, PathBuf)],
    limits: &Limits,
    scheme: HashScheme,
    known: &dyn Fn(&str) -> bool,
    mut on_file: impl FnMut(FileOutcome),
) -> WalkSummary {
    std::thread::scope(|scope| {
        let pool = Pool::start(scope, limits);
        let mut walker = Walker::new(limits, scheme, known, pool, &mut on_file);
        for (name, path) in files {
            walker.top(name, path);
        }
        walker.finish()
    })
}

/// Imports a file or archive already in memory, named `name` in the outcomes.
pub fn walk_bytes(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    mut on_file: impl FnMut(FileOutcome),
) -> WalkSummary {
    std::thread::scope(|scope| {
        let pool = Pool::start(scope, limits);
        let mut walker = Walker::new(limits, HashScheme::default(), &|_| false, pool, &mut on_file);
        if sniff(bytes) == Format::Zip {
            walker.archive(Cursor::new(bytes), name, 1, bytes.len() as u64);
        } else {
            walker.file(name, bytes.to_vec(), None);
        }
        walker.finish()
    })
}

impl<'a> Walker<'a> {
    fn new(
        limits: &'a Limits,
        scheme: HashScheme,
        known: &'a dyn Fn(&str) -> bool,
        pool: Pool,
        on_file: &'a mut dyn FnMut(FileOutcome),
    ) -> Walker<'a> {
        Walker {
            limits,
            scheme,
            budget: Budget::new(limits),
            known,
            pool,
            pending: VecDeque::new(),
            first_seq: 0,
            pending_bytes: 0,
            on_file,
            summary: WalkSummary::default(),
        }
    }

    /// Reports every file still waiting and gives the counts.
    fn finish(mut self) -> WalkSummary {
        self.flush();
        self.summary
    }

    /// Most files waiting between being read and being reported: room for one decoder to run
    /// on while another has a long file at the front (× 2 left a core idle more often; × 16
    /// was no faster, and its larger working set cost more CPU).
    fn max_pending(&self) -> usize {
        self.limits.decode_threads.max(1) * 6 + 2
    }

    fn emit(&mut self, outcome: FileOutcome) {
        self.summary.count(&outcome);
        (self.on_file)(outcome);
    }

    fn push(&mut self, pending: Pending) {
        self.pending.push_back(pending);
        self.report_ready();
    }

    /// Takes in every result decoded so far, waiting for one when `block`; says how many came.
    fn collect(&mut self, block: bool) -> usize {
        let mut block = block;
        let mut came = 0;
        while let Some(done) = self.pool.next(block) {
            block = false;
            came += 1;
            let index = done.seq.checked_sub(self.first_seq).and_then(|i| usize::try_from(i).ok());
            if let Some(p) = index.and_then(|i| self.pending.get_mut(i)) {
                self.pending_bytes = self.pending_bytes.saturating_sub(p.size_bytes);
                p.state = State::Decoded(done.read);
            }
        }
        came
    }

    /// Reports the files at the front that are ready, in order.
    fn report_ready(&mut self) {
        self.collect(false);
        while self.pending.front().is_some_and(|p| !matches!(p.state, State::Decoding)) {
            let Some(p) = self.pending.pop_front() else { break };
            self.first_seq += 1;
            self.report(p);
        }
    }

    /// Waits for and reports every file read so far.
    fn flush(&mut self) {
        while !self.pending.is_empty() {
            if self.pending.front().is_some_and(|p| matches!(p.state, State::Decoding))
                && self.collect(true) == 0
            {
                // No result can come (cannot happen while the pool lives): fail the files
                // rather than wait for ever.
                for p in &mut self.pending {
                    if matches!(p.state, State::Decoding) {
                        p.state = State::Failed(ImportError::Io(
                            "the file could not be decoded: the decoders stopped".to_owned(),
                        ));
                    }
                }
            }
            self.report_ready();
        }
    }

    /// Waits until there is room for one more file of `size` bytes.
    fn make_room(&mut self, size: u64) {
        while !self.pending.is_empty()
            && (self.pending.len() >= self.max_pending()
                || self.pending_bytes.saturating_add(size) > MAX_PENDING_BYTES)
        {
            // After `report_ready` the front file is still being decoded: wait for a result.
            if self.collect(true) == 0 {
                self.flush();
            } else {
                self.report_ready();
            }
        }
    }

    fn report(&mut self, p: Pending) {
        let Pending { path, size_bytes, fingerprint, scope, state } = p;
        let mut outcome = match state {
            State::Decoded(read) => {
                if matches!(read.result, Err(ImportError::Unrecognised(_)))
                    && container::quiet(&path)
                {
                    self.summary.skipped += 1;
                    return;
                }
                FileOutcome {
                    path,
                    size_bytes,
                    content_hash: read.content_hash,
                    fingerprint,
                    known: false,
                    result: read.result,
                }
            }
            State::Failed(error) => {
                let mut outcome = FileOutcome::failed(&path, error);
                outcome.size_bytes = size_bytes;
                outcome
            }
            State::Known => FileOutcome {
                path,
                size_bytes,
                content_hash: None,
                fingerprint,
                known: true,
                result: Ok(Parsed::default()),
            },
            State::Decoding => return,
        };
        if let Some((export, relative)) = scope {
            let mut export = export.borrow_mut();
            if outcome.known {
                export.mark_used(&relative);
            } else {
                export.apply(&relative, &mut outcome);
            }
        }
        self.emit(outcome);
    }

    /// A file that gave nothing, after `read` bytes of it were read.
    fn failed(&mut self, path: &str, error: ImportError, read: u64, scope: Scope) {
        self.push(Pending {
            path: path.to_owned(),
            size_bytes: read,
            fingerprint: None,
            scope,
            state: State::Failed(error),
        });
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

    fn folder(&mut self, dir: &Path, display: &str, scope: Scope) {
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
    fn container(&mut self, c: &mut dyn Container, display: &str, depth: u32, inherited: Scope) {
        let (own, csv_index) = self.export(c, display, depth);
        let own = own.map(|(export, root)| (Rc::new(RefCell::new(export)), root));
        for i in 0..c.len() {
            if Some(i) == csv_index {
                continue;
            }
            let name = c.name(i).to_owned();
            let path = format!("{display}/{name}");
            let entry = c.read(i, &path, How::Activity, &mut self.ctx(depth));
            let scope: Scope = match (&own, &inherited) {
                (Some((export, root)), _) => {
                    let relative = name.strip_prefix(root.as_str()).unwrap_or(&name);
                    Some((export.clone(), relative.to_owned()))
                }
                (None, Some((export, prefix))) => {
                    Some((export.clone(), format!("{prefix}/{name}")))
                }
                (None, None) => None,
            };
            self.entry(entry, &path, depth, scope);
        }
        if let Some((export, _)) = own {
            // Every entry below the export is reported before its CSV's own rows, which are
            // the rows no file claimed.
            self.flush();
            // Every other handle on the export was in an entry just reported or in a nested
            // container that has returned, so this one is the last.
            let finished = Rc::try_unwrap(export).ok().and_then(|e| e.into_inner().finish());
            if let Some(outcome) = finished {
                self.emit(outcome);
            }
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
            Entry::File(bytes) => {
                match StravaExport::parse(&path, &bytes, self.scheme, self.limits) {
                    Ok(Some(export)) => (Some((export, root)), Some(i)),
                    // Not Strava's table: it is met again as an ordinary file.
                    Ok(None) => (None, None),
                    Err(e) => {
                        self.failed(&path, e, 0, None);
                        (None, Some(i))
                    }
                }
            }
            Entry::Failed(e, _) => {
                self.failed(&path, e, 0, None);
                (None, Some(i))
            }
            _ => (None, None),
        }
    }

    /// One entry of a container (or a file given on its own), depth being its container's.
    fn entry(&mut self, entry: Entry, path: &str, depth: u32, scope: Scope) {
        match entry {
            Entry::File(bytes) => self.file(path, bytes, scope),
            Entry::Archive(Archive::Memory(cursor), size) => {
                self.archive(cursor, path, depth + 1, size);
            }
            Entry::Archive(Archive::File(file), size) => self.archive(file, path, depth + 1, size),
            Entry::Folder(dir) => self.folder(&dir, path, scope),
            Entry::Failed(error, read) => self.failed(path, error, read, scope),
            Entry::Skipped => self.summary.skipped += 1,
        }
    }

    /// An activity file's bytes (or a gzip of one), handed to a decoder unless its fingerprint
    /// is known.
    fn file(&mut self, path: &str, bytes: Vec<u8>, scope: Scope) {
        let size = bytes.len() as u64;
        self.make_room(size);
        let hash = self.scheme.hash(&bytes);
        let fingerprint = fingerprint_of(&hash, &bytes);
        let known = (self.known)(&fingerprint);
        let seq = self.first_seq + self.pending.len() as u64;
        self.pending.push_back(Pending {
            path: path.to_owned(),
            size_bytes: size,
            fingerprint: Some(fingerprint),
            scope,
            state: if known { State::Known } else { State::Decoding },
        });
        if !known {
            self.pending_bytes += size;
            // Bytes that are not gzipped are what the content hash is of: hashed once for both.
            let hashed = match sniff(&bytes) {
                Format::Gzip => Hashed::Scheme(self.scheme),
                _ => Hashed::Known(hash),
            };
            let budget = self.budget.clone();
            let job = Job { seq, path: path.to_owned(), bytes, hashed, budget };
            self.pool.send(job, self.limits);
        }
        self.report_ready();
    }
}

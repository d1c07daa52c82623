//! The decoder threads: each file the walker reads is handed to a small pool of threads that
//! inflate, hash and parse it while the walker reads on; the walker puts the results back in
//! the order it handed the files over. With one thread (`Limits::decode_threads`) files are
//! decoded where they are handed over, with no thread at all.
//!
//! A decoder that panics (a bug, never an input's fault) fails that file alone: the panic is
//! caught and reported as the file's error, so the walk never waits for a result that cannot come.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

use crate::budget::Budget;
use crate::error::ImportError;
use crate::limits::Limits;
use crate::single::{self, Hashed, Read};

/// One file to decode.
pub(crate) struct Job {
    pub seq: u64,
    pub path: String,
    pub bytes: Vec<u8>,
    /// The content hash of `bytes` when the walker has it already, else how to hash them.
    pub hashed: Hashed,
    /// The budget as the walker saw it when it read the file (with the file's archive).
    pub budget: Budget,
}

/// A file decoded.
pub(crate) struct Done {
    pub seq: u64,
    pub read: Read,
}

pub(crate) struct Pool {
    /// The decoder threads' queue and results; `None` for one thread.
    threads: Option<(Sender<Job>, Receiver<Done>)>,
    /// Results decoded where they were handed over.
    ready: VecDeque<Done>,
}

impl Pool {
    /// Starts `limits.decode_threads` decoders in `scope` (none for one).
    pub(crate) fn start<'scope>(scope: &'scope Scope<'scope, '_>, limits: &'scope Limits) -> Pool {
        let mut pool = Pool { threads: None, ready: VecDeque::new() };
        if limits.decode_threads <= 1 {
            return pool;
        }
        let (jobs, queue) = channel::<Job>();
        let (finished, done) = channel::<Done>();
        let queue = Arc::new(Mutex::new(queue));
        for _ in 0..limits.decode_threads {
            let (queue, finished) = (queue.clone(), finished.clone());
            scope.spawn(move || {
                loop {
                    // The lock is held only to take the next job; nothing panics while holding
                    // it, and a poisoned lock would end this decoder cleanly.
                    let job = match queue.lock().map(|q| q.recv()) {
                        Ok(Ok(job)) => job,
                        _ => return,
                    };
                    if finished.send(decode(job, limits)).is_err() {
                        return;
                    }
                }
            });
        }
        pool.threads = Some((jobs, done));
        pool
    }

    /// Hands a file over.
    pub(crate) fn send(&mut self, job: Job, limits: &Limits) {
        let job = match &self.threads {
            Some((jobs, _)) => match jobs.send(job) {
                Ok(()) => return,
                // Every decoder has gone (it cannot happen: they outlive the walk); decode here.
                Err(unsent) => unsent.0,
            },
            None => job,
        };
        self.ready.push_back(decode(job, limits));
    }

    /// The next result, waiting for one when `block`; `None` when there is none yet, or (when
    /// blocking) none can come.
    pub(crate) fn next(&mut self, block: bool) -> Option<Done> {
        if let Some(done) = self.ready.pop_front() {
            return Some(done);
        }
        let (_, done) = self.threads.as_ref()?;
        if block { done.recv().ok() } else { done.try_recv().ok() }
    }
}

fn decode(job: Job, limits: &Limits) -> Done {
    let Job { seq, path, bytes, hashed, budget } = job;
    let read = catch_unwind(AssertUnwindSafe(|| {
        single::read_hashed(&path, &bytes, hashed, limits, &budget)
    }))
    .unwrap_or_else(|_| Read {
        result: Err(ImportError::Corrupt(
            "runwell failed while reading this file (a fault in runwell, not in the file); \
             please report it"
                .to_owned(),
        )),
        content_hash: None,
    });
    Done { seq, read }
}

//! The session records of server mode and of paired phones, kept by `tower-sessions` in
//! runwell's own database through the app: a server's (`runwell_app::Server`'s session rows,
//! beside the account each signs in, so that a password change can end every other session at
//! once) or a runner's own (`App`'s device sessions, beside the paired device each lets in, so
//! that removing the device ends them). One store, [`DatabaseSessions`], over either's [`Rows`].
//!
//! A record read is kept in memory for [`KEPT_FOR`], so that a burst of requests with one
//! cookie reads the database once. What this process changes (a sign-in, a sign-out) changes
//! the kept copy at once, and a password changed through this process ends older sessions at
//! once through the account's version (`Server::signed_in`); only a session ended by another
//! process (the operator's `runwell accounts reset`) may still be taken for up to `KEPT_FOR`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use runwell_app::{App, AppError, Server};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

/// How long a record read from the database is taken as it is.
pub(crate) const KEPT_FOR: Duration = Duration::from_secs(1);
/// Records kept at once; past it they are all dropped.
const MAX_KEPT: usize = 10_000;

/// The session data's keys.
pub(crate) const ACCOUNT_KEY: &str = "account";
pub(crate) const VERSION_KEY: &str = "auth_version";

/// Where session records are kept: their rows, and the key of the record's data that names
/// what the record belongs to (an account, a paired device).
#[async_trait]
pub(crate) trait Rows: std::fmt::Debug + Clone + Send + Sync + 'static {
    const OWNER_KEY: &'static str;
    /// Stores a record, new only (false, nothing written, when its id is taken) or replacing.
    async fn put(
        &self,
        id: &str,
        owner: Option<i64>,
        data: Vec<u8>,
        expires_utc: i64,
        only_new: bool,
    ) -> std::result::Result<bool, AppError>;
    async fn get(&self, id: &str) -> std::result::Result<Option<Vec<u8>>, AppError>;
    async fn delete(&self, id: &str) -> std::result::Result<(), AppError>;
}

#[async_trait]
impl Rows for Server {
    const OWNER_KEY: &'static str = ACCOUNT_KEY;
    async fn put(
        &self,
        id: &str,
        owner: Option<i64>,
        data: Vec<u8>,
        expires_utc: i64,
        only_new: bool,
    ) -> std::result::Result<bool, AppError> {
        self.put_session(id, owner, data, expires_utc, only_new).await
    }
    async fn get(&self, id: &str) -> std::result::Result<Option<Vec<u8>>, AppError> {
        self.load_session(id).await
    }
    async fn delete(&self, id: &str) -> std::result::Result<(), AppError> {
        self.delete_session(id).await
    }
}

#[async_trait]
impl Rows for App {
    const OWNER_KEY: &'static str = crate::lan::DEVICE_KEY;
    async fn put(
        &self,
        id: &str,
        owner: Option<i64>,
        data: Vec<u8>,
        expires_utc: i64,
        only_new: bool,
    ) -> std::result::Result<bool, AppError> {
        self.put_device_session(id, owner, data, expires_utc, only_new).await
    }
    async fn get(&self, id: &str) -> std::result::Result<Option<Vec<u8>>, AppError> {
        self.device_session(id).await
    }
    async fn delete(&self, id: &str) -> std::result::Result<(), AppError> {
        self.delete_device_session(id).await
    }
}

/// tower-sessions' store on runwell's database.
#[derive(Debug, Clone)]
pub(crate) struct DatabaseSessions<R> {
    rows: R,
    kept: Arc<Mutex<HashMap<i128, (Instant, Record)>>>,
}

impl<R: Rows> DatabaseSessions<R> {
    pub(crate) fn new(rows: R) -> Self {
        Self { rows, kept: Arc::default() }
    }

    fn keep(&self, record: &Record) {
        let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        if kept.len() >= MAX_KEPT {
            kept.clear();
        }
        kept.insert(record.id.0, (Instant::now(), record.clone()));
    }

    fn kept(&self, id: &Id) -> Option<Record> {
        let kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        let (at, record) = kept.get(&id.0)?;
        let fresh = at.elapsed() < KEPT_FOR && record.expiry_date > time::OffsetDateTime::now_utc();
        fresh.then(|| record.clone())
    }
}

fn parts<R: Rows>(record: &Record) -> Result<(String, Option<i64>, Vec<u8>, i64)> {
    let data = serde_json::to_vec(record).map_err(|e| Error::Encode(e.to_string()))?;
    let owner = record.data.get(R::OWNER_KEY).and_then(serde_json::Value::as_i64);
    Ok((record.id.to_string(), owner, data, record.expiry_date.unix_timestamp()))
}

fn backend(e: AppError) -> Error {
    Error::Backend(e.to_string())
}

#[async_trait]
impl<R: Rows> SessionStore for DatabaseSessions<R> {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A new id is drawn until one is free (a collision of 128 random bits is not expected).
        loop {
            let (id, owner, data, expires) = parts::<R>(record)?;
            if self.rows.put(&id, owner, data, expires, true).await.map_err(backend)? {
                self.keep(record);
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let (id, owner, data, expires) = parts::<R>(record)?;
        if self.rows.put(&id, owner, data, expires, false).await.map_err(backend)? {
            self.keep(record);
        }
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        if let Some(record) = self.kept(id) {
            return Ok(Some(record));
        }
        let Some(data) = self.rows.get(&id.to_string()).await.map_err(backend)? else {
            self.kept.lock().unwrap_or_else(|p| p.into_inner()).remove(&id.0);
            return Ok(None);
        };
        let record: Record =
            serde_json::from_slice(&data).map_err(|e| Error::Decode(e.to_string()))?;
        self.keep(&record);
        Ok(Some(record))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.kept.lock().unwrap_or_else(|p| p.into_inner()).remove(&id.0);
        self.rows.delete(&id.to_string()).await.map_err(backend)
    }
}

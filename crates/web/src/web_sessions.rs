//! The session records of server mode, kept by `tower-sessions` in the server's own database
//! through the app (`runwell_app::Server`'s session rows): the record as JSON, with the account
//! it signs in beside it, so that a password change can end every other session at once.
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
use runwell_app::Server;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

/// How long a record read from the database is taken as it is.
pub(crate) const KEPT_FOR: Duration = Duration::from_secs(1);
/// Records kept at once; past it they are all dropped.
const MAX_KEPT: usize = 10_000;

/// The session data's keys.
pub(crate) const ACCOUNT_KEY: &str = "account";
pub(crate) const VERSION_KEY: &str = "auth_version";

/// tower-sessions' store on the server database.
#[derive(Debug, Clone)]
pub(crate) struct DatabaseSessions {
    server: Server,
    kept: Arc<Mutex<HashMap<i128, (Instant, Record)>>>,
}

impl DatabaseSessions {
    pub(crate) fn new(server: Server) -> Self {
        Self { server, kept: Arc::default() }
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

fn parts(record: &Record) -> Result<(String, Option<i64>, Vec<u8>, i64)> {
    let data = serde_json::to_vec(record).map_err(|e| Error::Encode(e.to_string()))?;
    let account = record.data.get(ACCOUNT_KEY).and_then(serde_json::Value::as_i64);
    Ok((record.id.to_string(), account, data, record.expiry_date.unix_timestamp()))
}

fn backend(e: runwell_app::AppError) -> Error {
    Error::Backend(e.to_string())
}

#[async_trait]
impl SessionStore for DatabaseSessions {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A new id is drawn until one is free (a collision of 128 random bits is not expected).
        loop {
            let (id, account, data, expires) = parts(record)?;
            if self.server.create_session(&id, account, &data, expires).await.map_err(backend)? {
                self.keep(record);
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let (id, account, data, expires) = parts(record)?;
        self.server.save_session(&id, account, &data, expires).await.map_err(backend)?;
        self.keep(record);
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        if let Some(record) = self.kept(id) {
            return Ok(Some(record));
        }
        let Some(data) = self.server.load_session(&id.to_string()).await.map_err(backend)? else {
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
        self.server.delete_session(&id.to_string()).await.map_err(backend)
    }
}

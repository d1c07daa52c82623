//! The session records of server mode, kept by `tower-sessions` in the server's own database
//! through the app (`runwell_app::Server`'s session rows): the record as JSON, with the account
//! it signs in beside it, so that a password change can end every other session at once.

use async_trait::async_trait;
use runwell_app::Server;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

/// The session data's keys.
pub(crate) const ACCOUNT_KEY: &str = "account";
pub(crate) const VERSION_KEY: &str = "auth_version";

/// tower-sessions' store on the server database.
#[derive(Debug, Clone)]
pub(crate) struct DatabaseSessions(pub(crate) Server);

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
            if self.0.create_session(&id, account, &data, expires).await.map_err(backend)? {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let (id, account, data, expires) = parts(record)?;
        self.0.save_session(&id, account, &data, expires).await.map_err(backend)
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let Some(data) = self.0.load_session(&id.to_string()).await.map_err(backend)? else {
            return Ok(None);
        };
        serde_json::from_slice(&data).map(Some).map_err(|e| Error::Decode(e.to_string()))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.0.delete_session(&id.to_string()).await.map_err(backend)
    }
}

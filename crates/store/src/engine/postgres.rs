//! The server engine: one pool on a PostgreSQL database that many runners share. Reads and
//! writes use the same pool; a write transaction holds its runner's advisory lock, which
//! keeps "one writer" true per runner across every process that uses the database.

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{AnyPool, PgPool};

use crate::StoreError;

pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

/// Connections in the pool: enough for a web app's requests at once on a small server.
const POOL_SIZE: u32 = 16;

/// `url` with its password left out, for messages.
pub(crate) fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("…"));
            }
            parsed.to_string()
        }
        Err(_) => "the database URL given".to_owned(),
    }
}

/// The pools for the database at `url`, its schema brought up to date: one through `Any` for
/// writes and the other reads, and one on PostgreSQL's own driver for the hot reads
/// (`native.rs`), which opens its connections as they are first needed.
pub(crate) async fn open(url: &str) -> Result<(AnyPool, PgPool), StoreError> {
    let at = redacted(url);
    let open_err = |source| StoreError::Connect { at: at.clone(), source };
    let options = AnyConnectOptions::from_str(url).map_err(open_err)?;
    let pool = AnyPoolOptions::new()
        .max_connections(POOL_SIZE)
        .acquire_timeout(Duration::from_secs(10))
        .test_before_acquire(false)
        .before_acquire(|conn, meta| Box::pin(ping_if_idle(conn, meta)))
        .connect_with(options)
        .await
        .map_err(open_err)?;
    check_not_newer(&pool, &at).await?;
    MIGRATOR.run(&pool).await.map_err(|source| StoreError::Migrate { at: at.clone(), source })?;
    let native = PgPoolOptions::new()
        .max_connections(POOL_SIZE)
        .acquire_timeout(Duration::from_secs(10))
        .test_before_acquire(false)
        .before_acquire(|conn, meta| Box::pin(ping_if_idle(conn, meta)))
        .connect_lazy_with(PgConnectOptions::from_str(url).map_err(open_err)?);
    Ok((pool, native))
}

/// A connection idle longer than this is pinged before it is used.
const PING_AFTER_IDLE: Duration = Duration::from_secs(30);

/// Pings a connection taken from the pool only when it has been idle a while (the server may
/// have closed it meanwhile, and a failed ping makes the pool open another). sqlx's own test
/// pings every time, a round trip to the server before every query: on a busy pool the
/// connection was in use a moment ago and the query itself will say if it broke.
async fn ping_if_idle<C: sqlx::Connection>(
    conn: &mut C,
    meta: sqlx::pool::PoolConnectionMetadata,
) -> Result<bool, sqlx::Error> {
    if meta.idle_for > PING_AFTER_IDLE {
        conn.ping().await?;
    }
    Ok(true)
}

/// As SQLite's: a newer schema, or a database with tables none of which is runwell's, is
/// refused before anything is written.
async fn check_not_newer(pool: &AnyPool, at: &str) -> Result<(), StoreError> {
    let known = newest();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
         WHERE table_schema = current_schema()",
    )
    .fetch_all(pool)
    .await?;
    super::checks::runwell_and_not_newer(pool, &tables, at, known).await
}

/// The newest schema version this build knows on this engine.
pub(crate) fn newest() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::StoreError;
use crate::write::Write;

pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// The default database file: `runwell/runwell.db` in the platform's data folder
/// (`~/.local/share` on Linux, following XDG).
pub fn default_path() -> Result<PathBuf, StoreError> {
    use etcetera::BaseStrategy as _;
    let strategy = etcetera::choose_base_strategy().map_err(|_| StoreError::NoDataDir)?;
    Ok(strategy.data_dir().join("runwell").join("runwell.db"))
}

/// An open runwell database: a pool of readers and one writer. Clones share both, and the
/// write generation.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    reader: SqlitePool,
    writer: SqlitePool,
    /// Moved on by every write transaction that commits (`write.rs`).
    generation: Arc<AtomicU64>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        // SQLite would take an empty file for a new database; here it means one cut short.
        if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0) {
            return Err(StoreError::EmptyFile { path: path.to_owned() });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|source| StoreError::CreateDir { path: dir.to_owned(), source })?;
        }
        let open_err = |source| StoreError::Open { path: path.to_owned(), source };
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(open_err)?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await
            .map_err(open_err)?;
        Self::check_not_newer(&writer, path).await?;
        MIGRATOR
            .run(&writer)
            .await
            .map_err(|source| StoreError::Migrate { path: path.to_owned(), source })?;
        // The schema version in the file's header too, where any SQLite tool (and a runwell that
        // no longer keeps sqlx's table) can see it.
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("PRAGMA user_version = {}", schema_version())))
            .execute(&writer)
            .await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.read_only(true))
            .await
            .map_err(open_err)?;
        Ok(Self { path: path.to_owned(), reader, writer, generation: Arc::default() })
    }

    /// Refuses a database whose schema is newer than this build's migrations (by sqlx's table
    /// or by the header's `user_version`), and another program's database: running this code
    /// on either could misread or damage what is in it.
    async fn check_not_newer(writer: &SqlitePool, path: &Path) -> Result<(), StoreError> {
        let known = schema_version();
        let newer = |found: i64| StoreError::NewerDatabase { path: path.to_owned(), found, known };
        let header: i64 = sqlx::query_scalar("PRAGMA user_version").fetch_one(writer).await?;
        if header > known {
            return Err(newer(header));
        }
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
                .fetch_all(writer)
                .await?;
        if !tables.iter().any(|t| t == "_sqlx_migrations") {
            return if tables.is_empty() {
                Ok(())
            } else {
                Err(StoreError::NotRunwell { path: path.to_owned() })
            };
        }
        let found: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
            .fetch_one(writer)
            .await?;
        match found {
            Some(found) if found > known => Err(newer(found)),
            _ => Ok(()),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A pool for reads; it may run beside the writer.
    pub(crate) fn reader(&self) -> &SqlitePool {
        &self.reader
    }

    /// Begins a write transaction with `BEGIN IMMEDIATE` on the single writer connection.
    pub(crate) async fn write(&self) -> Result<Write<'_>, StoreError> {
        Write::begin(&self.writer, &self.generation).await
    }

    /// How many write transactions have ended in a commit (or a failed one) through this store
    /// and its clones. Anything read before the number moved may be stale. Writes by another
    /// process on the same file are not counted.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Lets the database grow by at most `extra_pages` pages on the current writer connection,
    /// so that a test can meet a real `SQLITE_FULL`. The cap goes with the connection: once a
    /// failure has discarded it, the next write runs on a fresh one without the cap, as after
    /// space is freed.
    #[doc(hidden)]
    pub async fn cap_growth_for_test(&self, extra_pages: u32) -> Result<(), StoreError> {
        let mut conn = self.writer.acquire().await?;
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count").fetch_one(&mut *conn).await?;
        let cap = pages.saturating_add(i64::from(extra_pages));
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("PRAGMA max_page_count = {cap}")))
            .execute(&mut *conn)
            .await?;
        Ok(())
    }

    /// The schema version of the open database.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations")
            .fetch_one(&self.reader)
            .await?)
    }

    /// Closes both pools, waiting for the last write to finish.
    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

/// The newest schema version this build knows.
pub(crate) fn schema_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

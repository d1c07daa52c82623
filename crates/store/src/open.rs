use std::path::{Path, PathBuf};
use std::sync::Arc;

use sqlx::AnyPool;

use crate::engine::native::Native;
use crate::engine::{self, Engine, Location};
use crate::write::{Generations, Write};
use crate::{RunnerId, StoreError};

/// The default database file: `runwell/runwell.db` in the platform's data folder
/// (`~/.local/share` on Linux, following XDG).
pub fn default_path() -> Result<PathBuf, StoreError> {
    use etcetera::BaseStrategy as _;
    let strategy = etcetera::choose_base_strategy().map_err(|_| StoreError::NoDataDir)?;
    Ok(strategy.data_dir().join("runwell").join("runwell.db"))
}

/// An open runwell database on either engine: a pool for reads and one for writes (the same
/// pool on PostgreSQL; on SQLite a single writer connection). Clones share both, and the
/// write generations. Every method that touches a runner's rows takes the [`RunnerId`] it
/// acts for.
#[derive(Debug, Clone)]
pub struct Store {
    engine: Engine,
    location: Arc<Location>,
    reader: AnyPool,
    writer: AnyPool,
    /// The hot reads' pool, on the engine's own driver (`engine/native.rs`).
    native: Native,
    /// Moved on, per runner, by every write transaction that ends (`write.rs`).
    generations: Arc<Generations>,
    /// A read-only handle refuses every write transaction ([`Store::read_only`]).
    read_only: bool,
}

impl Store {
    /// Opens (creating if needed) the SQLite file at `path` and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let (reader, writer, native) = engine::sqlite::open(path).await?;
        let location = Location::File(path.to_owned());
        Ok(Self::new(Engine::Sqlite, location, reader, writer, Native::Sqlite(native)))
    }

    /// Opens the database a URL names: `postgres://…` (or `postgresql://…`) a server's,
    /// `sqlite://PATH` (or `sqlite:PATH`) a file, as [`Store::open`].
    pub async fn open_url(url: &str) -> Result<Self, StoreError> {
        if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            return Self::open(Path::new(path)).await;
        }
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(StoreError::UnknownUrl { url: engine::postgres::redacted(url) });
        }
        sqlx::any::install_default_drivers();
        let (pool, native) = engine::postgres::open(url).await?;
        let location = Location::Server(engine::postgres::redacted(url));
        Ok(Self::new(Engine::Postgres, location, pool.clone(), pool, Native::Postgres(native)))
    }

    fn new(
        engine: Engine,
        location: Location,
        reader: AnyPool,
        writer: AnyPool,
        native: Native,
    ) -> Self {
        let location = Arc::new(location);
        Self {
            engine,
            location,
            reader,
            writer,
            native,
            generations: Arc::default(),
            read_only: false,
        }
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Where the data lives (a server's password left out).
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The file, on SQLite.
    pub fn path(&self) -> Option<&Path> {
        match &*self.location {
            Location::File(path) => Some(path),
            Location::Server(_) => None,
        }
    }

    /// A pool for reads; it may run beside the writer.
    pub(crate) fn reader(&self) -> &AnyPool {
        &self.reader
    }

    /// The engine's own pool for the hot reads (`engine/native.rs`); any other read may use
    /// [`Store::reader`] as before.
    pub(crate) fn native(&self) -> &Native {
        &self.native
    }

    /// The pool writes go through (outside a write transaction: adding a runner).
    pub(crate) fn writer_pool(&self) -> &AnyPool {
        &self.writer
    }

    /// The same database through a handle that refuses to begin any write transaction
    /// ([`StoreError::ReadOnly`]): what a clinician's view of a runner's record reads through,
    /// so that no use case can change the record on her behalf, however it is reached.
    pub fn read_only(&self) -> Store {
        Store { read_only: true, ..self.clone() }
    }

    /// Whether this handle refuses writes.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Begins a write transaction for `runner` (`write.rs`).
    pub(crate) async fn write(&self, runner: RunnerId) -> Result<Write<'_>, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        Write::begin(self.engine, &self.writer, runner, &self.generations).await
    }

    /// [`Store::write`], the `BEGIN` sent with the transaction's first statement where it can
    /// be (see `Write::begin_with_first`).
    pub(crate) async fn write_with_first(&self, runner: RunnerId) -> Result<Write<'_>, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        Write::begin_with_first(self.engine, &self.writer, runner, &self.generations).await
    }

    /// How many write transactions for `runner` have ended in a commit (or a failed one)
    /// through this store and its clones. Anything read before the number moved may be stale.
    /// Writes by another process are not counted.
    pub fn generation(&self, runner: RunnerId) -> u64 {
        self.generations.get(runner)
    }

    /// On SQLite, lets the file grow by at most `extra_pages` pages on the current writer
    /// connection, so that a test can meet a real full disk; nothing on PostgreSQL.
    #[doc(hidden)]
    pub async fn cap_growth_for_test(&self, extra_pages: u32) -> Result<(), StoreError> {
        match self.engine {
            Engine::Sqlite => engine::sqlite::cap_growth(&self.writer, extra_pages).await,
            Engine::Postgres => Ok(()),
        }
    }

    /// Whether the writer connection is open: a file already at this build's schema opens it
    /// only for the first write.
    #[doc(hidden)]
    pub fn writer_is_open_for_test(&self) -> bool {
        self.writer.size() > 0
    }

    /// The schema version of the open database.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations")
            .fetch_one(&self.reader)
            .await?)
    }

    /// Closes both pools, waiting for the last write to finish.
    pub async fn close(&self) {
        self.native.close().await;
        self.reader.close().await;
        self.writer.close().await;
    }
}

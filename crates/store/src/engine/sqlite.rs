//! The embedded engine: one file, WAL, a pool of readers and a single writer connection.

use std::path::Path;
use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{AnyPool, ConnectOptions as _, Executor as _, SqlitePool};

use crate::StoreError;

pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

/// Every connection, reader or writer: foreign keys on, a busy timeout, and `NORMAL` syncing,
/// which WAL makes safe (STACK.md). A macro, so that [`READER_PRAGMAS`] can add to the literal.
macro_rules! every_connection {
    () => {
        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;"
    };
}

/// The writer's (with `journal_mode = WAL` after them).
const PRAGMAS: &str = every_connection!();

/// Every reader, besides: SQLite refuses any write through it. Readers are opened for reading
/// and writing all the same, not read-only: the last connection to close then checkpoints the
/// empty WAL and removes it and its index, where a read-only one leaves both beside the file
/// (and a read-only command on a current file opens no writer to tidy them).
const READER_PRAGMAS: &str = concat!(every_connection!(), " PRAGMA query_only = ON;");

/// Reader connections through `Any`, for the reads not made natively (a run's samples, the
/// export): as many as before the native pool came.
const ANY_READERS: u32 = 4;

/// Reader connections on SQLite's own driver. The snapshot's ten reads go out together
/// (`runwell-app`), but each long one is a single packed row (`packed.rs`), and a connection
/// costs its opening (the schema read again, a thread) in every cold command: two, one a core.
const READERS: u32 = 2;

// Every pool here is opened with `test_before_acquire(false)`: sqlx otherwise pings a
// connection each time it is taken from the pool, a round trip to the connection's thread that
// was a sixth of a served Today's time. A file's connection does not go stale the way a
// network connection does, so the ping finds nothing.

/// The pools for the file at `path`, its schema brought up to date: (readers through `Any`,
/// opened only when first used; the writer; the readers on SQLite's own driver, which the hot
/// reads use: `native.rs`).
pub(crate) async fn open(path: &Path) -> Result<(AnyPool, AnyPool, SqlitePool), StoreError> {
    // SQLite would take an empty file for a new database; here it means one cut short.
    if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0) {
        return Err(StoreError::EmptyFile { path: path.to_owned() });
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|source| StoreError::CreateDir { path: dir.to_owned(), source })?;
    }
    let open_err = |source| StoreError::Open { path: path.to_owned(), source };
    let options = SqliteConnectOptions::from_str("sqlite:").map_err(open_err)?.filename(path);
    let url = |options: SqliteConnectOptions| {
        AnyConnectOptions::from_str(options.to_url_lossy().as_str()).map_err(open_err)
    };
    let writer = AnyPoolOptions::new().max_connections(1).test_before_acquire(false).after_connect(
        |conn, _| {
            Box::pin(async move {
                conn.execute(PRAGMAS).await?;
                conn.execute("PRAGMA journal_mode = WAL").await?;
                Ok(())
            })
        },
    );
    let writer_url = url(options.clone().create_if_missing(true))?;
    let readers = options;
    let native = SqlitePoolOptions::new()
        .max_connections(READERS)
        .test_before_acquire(false)
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(READER_PRAGMAS).await?;
                Ok(())
            })
        })
        .connect_lazy_with(readers.clone());
    // A file already at this build's schema needs no writer until something is written: a
    // read-only command (`runwell today`) then never opens one, nor pays its checks and its
    // closing checkpoint. Anything else (a new file, an older schema, a file the readers cannot
    // open or do not recognise) takes the full way, whose checks give the errors.
    let writer = if path.is_file() && open_readers(&native, true).await.unwrap_or(false) {
        writer.connect_lazy_with(writer_url)
    } else {
        let writer = writer.connect_with(writer_url).await.map_err(open_err)?;
        // The readers open while the writer checks and migrates, both at once: the snapshot's
        // reads go out together, and a reader opened only when the second of them asks put its
        // opening (a thread, the file, the schema) in front of every read that waited for it.
        // A reader may open before a migration: SQLite sees the schema change and reads it
        // again.
        let (checked, opened) =
            tokio::join!(check_and_migrate(&writer, path), open_readers(&native, false));
        checked?;
        opened.map_err(open_err)?;
        writer
    };
    let reader = AnyPoolOptions::new()
        .max_connections(ANY_READERS)
        .test_before_acquire(false)
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(READER_PRAGMAS).await?;
                Ok(())
            })
        })
        .connect_lazy_with(url(readers)?);
    Ok((reader, writer, native))
}

/// Refuses a database this build must not touch ([`check_not_newer`]), then brings its schema
/// up to date.
async fn check_and_migrate(writer: &AnyPool, path: &Path) -> Result<(), StoreError> {
    let header = check_not_newer(writer, path).await?;
    MIGRATOR
        .run(writer)
        .await
        .map_err(|source| StoreError::Migrate { at: path.display().to_string(), source })?;
    // The schema version in the file's header too, where any SQLite tool (and a runwell that
    // no longer keeps sqlx's table) can see it; written only when it changes, since writing it
    // is a transaction with its own sync to disk, which every `runwell today` paid for nothing.
    let version = newest();
    if header != version {
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("PRAGMA user_version = {version}")))
            .execute(writer)
            .await?;
    }
    Ok(())
}

/// Opens every connection of `pool` at once, each on its own thread, and puts them back. With
/// `check`, asks the first to open whether the file is at this build's schema ([`is_current`])
/// while the others open, and returns the answer (`false` without `check`).
async fn open_readers(pool: &SqlitePool, check: bool) -> Result<bool, sqlx::Error> {
    let mut opening = tokio::task::JoinSet::new();
    for _ in 0..READERS {
        let pool = pool.clone();
        opening.spawn(async move { pool.acquire().await });
    }
    // Each is held until all are open, or the pool would hand the first one out again.
    let mut held = Vec::new();
    let mut current = None;
    while let Some(opened) = opening.join_next().await {
        let mut conn = opened.map_err(|e| sqlx::Error::Io(std::io::Error::other(e)))??;
        if check && current.is_none() {
            current = Some(is_current(&mut conn).await?);
        }
        held.push(conn);
    }
    Ok(current.unwrap_or(false))
}

/// Whether the file needs nothing of [`check_and_migrate`]: its header holds this build's
/// schema version, it is in WAL mode, and sqlx's table holds exactly this build's migrations,
/// each applied in full and with the checksum it has here (what `Migrator::run` would check
/// before finding nothing to do). Any doubt answers `false`, and the full way decides.
async fn is_current(conn: &mut sqlx::SqliteConnection) -> Result<bool, sqlx::Error> {
    let (header, journal): (i64, String) = sqlx::query_as(
        "SELECT (SELECT user_version FROM pragma_user_version), \
                (SELECT journal_mode FROM pragma_journal_mode)",
    )
    .fetch_one(&mut *conn)
    .await?;
    if header != newest() || !journal.eq_ignore_ascii_case("wal") {
        return Ok(false);
    }
    let applied: Vec<(i64, Vec<u8>, bool)> = match sqlx::query_as(
        "SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version",
    )
    .fetch_all(&mut *conn)
    .await
    {
        Ok(rows) => rows,
        // No such table: not a database this build made, which the full way reports.
        Err(_) => return Ok(false),
    };
    let mut wanted: Vec<(i64, &[u8], bool)> = MIGRATOR
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| (m.version, m.checksum.as_ref(), true))
        .collect();
    wanted.sort_unstable();
    Ok(applied.iter().map(|(v, sum, ok)| (*v, sum.as_slice(), *ok)).eq(wanted))
}

/// Refuses a database whose schema is newer than this build's migrations (by sqlx's table or
/// by the header's `user_version`), and another program's database: running this code on
/// either could misread or damage what is in it. Returns the header's version.
async fn check_not_newer(writer: &AnyPool, path: &Path) -> Result<i64, StoreError> {
    let known = newest();
    let newer =
        |found: i64| StoreError::NewerDatabase { at: path.display().to_string(), found, known };
    let header: i64 = sqlx::query_scalar("PRAGMA user_version").fetch_one(writer).await?;
    if header > known {
        return Err(newer(header));
    }
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(writer)
            .await?;
    super::checks::runwell_and_not_newer(writer, &tables, &path.display().to_string(), known)
        .await?;
    Ok(header)
}

/// Lets the database grow by at most `extra_pages` pages on the writer connection, so that a
/// test can meet a real `SQLITE_FULL`. The cap goes with the connection: once a failure has
/// discarded it, the next write runs on a fresh one without the cap, as after space is freed.
pub(crate) async fn cap_growth(writer: &AnyPool, extra_pages: u32) -> Result<(), StoreError> {
    let mut conn = writer.acquire().await?;
    let pages: i64 = sqlx::query_scalar("PRAGMA page_count").fetch_one(&mut *conn).await?;
    let cap = pages.saturating_add(i64::from(extra_pages));
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("PRAGMA max_page_count = {cap}")))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The newest schema version this build knows on this engine.
pub(crate) fn newest() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

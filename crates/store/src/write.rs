//! The write guard: one transaction for one runner, begun so that writes never interleave
//! (`BEGIN IMMEDIATE` on SQLite's single writer connection, STACK.md; on PostgreSQL `BEGIN`
//! and the runner's transaction-scoped advisory lock, so that two processes writing for the
//! same runner take turns while other runners' writes go on), and left usable however it ends.
//!
//! sqlx's own `Transaction` counts its depth in the connection; when a `COMMIT` fails with
//! `SQLITE_FULL` SQLite may already have rolled back, the rollback sqlx queues then fails, the
//! count stays at one, and every later write on that connection is refused ("attempted to call
//! begin_with at non-zero transaction depth") even after space is freed. So the guard runs the
//! statements itself: `commit` and `rollback` end the transaction explicitly, and a failed
//! `COMMIT`, a failed `ROLLBACK`, an early return with `?` or a cancelled future all discard the
//! connection (closing it rolls back whatever was open), so the next write gets a fresh one.
//!
//! The guard also moves the runner's write generation on when a transaction ends, so that a
//! reader holding data derived from the store (the app's snapshot) can tell that it is stale
//! without being told by every caller that writes.

use std::collections::HashMap;
use std::ops::{Deref, DerefMut};
use std::sync::Mutex;

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool};

use crate::{Engine, RunnerId, StoreError};

/// Each runner's write generation.
#[derive(Debug, Default)]
pub(crate) struct Generations(Mutex<HashMap<i64, u64>>);

impl Generations {
    pub(crate) fn bump(&self, runner: RunnerId) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry(runner.get()).or_default() += 1;
    }

    pub(crate) fn get(&self, runner: RunnerId) -> u64 {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.get(&runner.get()).copied().unwrap_or(0)
    }
}

#[derive(Debug)]
pub(crate) struct Write<'s> {
    conn: PoolConnection<Any>,
    ended: bool,
    /// The `BEGIN` has been sent; false only for a guard from [`Write::begin_with_first`]
    /// until its first statement.
    begun: bool,
    engine: Engine,
    runner: RunnerId,
    generations: &'s Generations,
}

impl<'s> Write<'s> {
    pub(crate) async fn begin(
        engine: Engine,
        writer: &AnyPool,
        runner: RunnerId,
        generations: &'s Generations,
    ) -> Result<Write<'s>, StoreError> {
        let mut conn = writer.acquire().await?;
        // On PostgreSQL the lock goes with the `BEGIN` in one round trip (every write, every
        // file of an import, pays for each). The runner's id is a number, written as one.
        let begin = match engine {
            Engine::Sqlite => engine.begin().to_owned(),
            Engine::Postgres => {
                format!("{}; SELECT pg_advisory_xact_lock({})", engine.begin(), runner.get())
            }
        };
        if let Err(error) = sqlx::raw_sql(sqlx::AssertSqlSafe(begin)).execute(&mut *conn).await {
            // Closing the connection rolls back a `BEGIN` that went through.
            conn.close_on_drop();
            return Err(error.into());
        }
        Ok(Write { conn, ended: false, begun: true, engine, runner, generations })
    }

    /// [`Write::begin`], where the transaction's first statement is known: on SQLite the
    /// `BEGIN IMMEDIATE` goes with it in one round trip to the database's thread (an import
    /// begins thousands of transactions), so the caller runs its first statement with the SQL
    /// [`Write::begin_first`] puts before it. On PostgreSQL the `BEGIN` and the lock go at once, as ever.
    pub(crate) async fn begin_with_first(
        engine: Engine,
        writer: &AnyPool,
        runner: RunnerId,
        generations: &'s Generations,
    ) -> Result<Write<'s>, StoreError> {
        if engine != Engine::Sqlite {
            return Write::begin(engine, writer, runner, generations).await;
        }
        let conn = writer.acquire().await?;
        Ok(Write { conn, ended: false, begun: false, engine, runner, generations })
    }

    /// What to put before the transaction's next statement: `BEGIN IMMEDIATE; ` while the
    /// `BEGIN` is still to be sent (which it then is), else nothing.
    pub(crate) fn begin_first(&mut self) -> &'static str {
        if self.begun {
            ""
        } else {
            self.begun = true;
            "BEGIN IMMEDIATE; "
        }
    }

    /// The engine the transaction runs on, for the statements that differ.
    pub(crate) fn engine(&self) -> Engine {
        self.engine
    }

    /// The runner this transaction writes for.
    pub(crate) fn runner(&self) -> i64 {
        self.runner.get()
    }

    /// Makes the transaction's writes permanent and moves the generation on. On failure nothing
    /// of it is stored; the generation moves on all the same, since a reader reloading for
    /// nothing costs less than one trusting data that a half-known end might have changed.
    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        if !self.begun {
            self.ended = true;
            return Ok(());
        }
        let result = sqlx::raw_sql("COMMIT").execute(&mut *self.conn).await.map(drop);
        self.ended_by(result).await
    }

    /// Ends the transaction as the statement that held its `COMMIT` went: committed, or rolled
    /// back (the connection discarded if even that fails). The generation moves on either way.
    async fn ended_by(mut self, result: Result<(), sqlx::Error>) -> Result<(), StoreError> {
        self.generations.bump(self.runner);
        match result {
            Ok(()) => {
                self.ended = true;
                Ok(())
            }
            Err(error) => {
                self.end_with_rollback().await;
                Err(error.into())
            }
        }
    }

    /// Runs one last statement, `sql`, and commits, as [`Write::commit`] does; on SQLite in one
    /// round trip (`sql; COMMIT`), elsewhere one after the other. `query` binds the statement's
    /// values to the SQL it is given. If the statement fails, nothing of the transaction is
    /// stored, as when the `COMMIT` fails.
    pub(crate) async fn commit_after<'q>(
        mut self,
        sql: String,
        query: impl FnOnce(String) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
    ) -> Result<(), StoreError> {
        if self.engine != Engine::Sqlite || !self.begun {
            if let Err(error) = query(sql).execute(&mut *self.conn).await {
                self.end_with_rollback().await;
                return Err(error.into());
            }
            return self.commit().await;
        }
        let result = query(format!("{sql}; COMMIT")).execute(&mut *self.conn).await.map(drop);
        self.ended_by(result).await
    }

    /// Ends the transaction with nothing of it stored (a read that found nothing to write).
    pub(crate) async fn rollback(mut self) {
        self.end_with_rollback().await;
    }

    async fn end_with_rollback(&mut self) {
        if !self.begun {
            self.ended = true;
            return;
        }
        if sqlx::raw_sql("ROLLBACK").execute(&mut *self.conn).await.is_ok() {
            self.ended = true;
        }
        // Otherwise `ended` stays false and the connection is discarded on drop.
    }
}

impl Drop for Write<'_> {
    fn drop(&mut self) {
        if !self.ended {
            self.conn.close_on_drop();
        }
    }
}

impl Deref for Write<'_> {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.conn
    }
}

impl DerefMut for Write<'_> {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.conn
    }
}

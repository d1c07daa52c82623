//! The write guard: one transaction on the single writer connection, begun with `BEGIN
//! IMMEDIATE` (STACK.md), that leaves the connection usable however it ends.
//!
//! sqlx's own `Transaction` counts its depth in the connection; when a `COMMIT` fails with
//! `SQLITE_FULL` SQLite may already have rolled back, the rollback sqlx queues then fails, the
//! count stays at one, and every later write on that connection is refused ("attempted to call
//! begin_with at non-zero transaction depth") even after space is freed. So the guard runs the
//! statements itself: `commit` and `rollback` end the transaction explicitly, and a failed
//! `COMMIT`, a failed `ROLLBACK`, an early return with `?` or a cancelled future all discard the
//! connection (closing it rolls back whatever was open), so the next write gets a fresh one.
//!
//! The guard also moves the store's write generation on when a transaction commits, so that a
//! reader holding data derived from the store (the app's snapshot) can tell that it is stale
//! without being told by every caller that writes.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::pool::PoolConnection;
use sqlx::{Sqlite, SqliteConnection, SqlitePool};

use crate::StoreError;

#[derive(Debug)]
pub(crate) struct Write<'s> {
    conn: PoolConnection<Sqlite>,
    ended: bool,
    generation: &'s AtomicU64,
}

impl<'s> Write<'s> {
    pub(crate) async fn begin(
        writer: &SqlitePool,
        generation: &'s AtomicU64,
    ) -> Result<Write<'s>, StoreError> {
        let mut conn = writer.acquire().await?;
        if let Err(error) = sqlx::raw_sql("BEGIN IMMEDIATE").execute(&mut *conn).await {
            conn.close_on_drop();
            return Err(error.into());
        }
        Ok(Write { conn, ended: false, generation })
    }

    /// Makes the transaction's writes permanent and moves the generation on. On failure nothing
    /// of it is stored; the generation moves on all the same, since a reader reloading for
    /// nothing costs less than one trusting data that a half-known end might have changed.
    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        let result = sqlx::raw_sql("COMMIT").execute(&mut *self.conn).await;
        self.generation.fetch_add(1, Ordering::SeqCst);
        match result {
            Ok(_) => {
                self.ended = true;
                Ok(())
            }
            Err(error) => {
                self.end_with_rollback().await;
                Err(error.into())
            }
        }
    }

    /// Ends the transaction with nothing of it stored (a read that found nothing to write).
    pub(crate) async fn rollback(mut self) {
        self.end_with_rollback().await;
    }

    async fn end_with_rollback(&mut self) {
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
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        &self.conn
    }
}

impl DerefMut for Write<'_> {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        &mut self.conn
    }
}

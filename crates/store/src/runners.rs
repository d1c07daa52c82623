//! Runners: whose every row is. A SQLite file has exactly one (id 1, made by its migration); a
//! server database any number. A [`RunnerId`] is only made here, from a row that exists, so
//! holding one means the runner was there when it was looked up.

use crate::engine::native::{Fields, native};
use crate::{Engine, RunnerId, Store, StoreError, unix_now};

/// A runner as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunnerRow {
    pub id: RunnerId,
    pub name: Option<String>,
    pub created_utc: i64,
}

impl Store {
    /// Every runner, oldest first.
    pub async fn runners(&self) -> Result<Vec<RunnerRow>, StoreError> {
        // On the native readers: every command asks (`only_runner`), and on SQLite the `Any`
        // readers would open a connection of their own for it (a thread, an open, the schema
        // read), which a cold `runwell today` paid for this one read.
        let sql = "SELECT id, name, created_at FROM runners ORDER BY id";
        native!(self.native(), |pool| {
            let rows = sqlx::query(sql).fetch_all(pool).await?;
            rows.iter()
                .map(|row| {
                    let (id, name, created_utc) = (row.int(0)?, row.opt_text(1)?, row.int(2)?);
                    Ok(RunnerRow { id: RunnerId::new(id), name, created_utc })
                })
                .collect()
        })
    }

    /// The runner with this id, if there is one.
    pub async fn runner(&self, id: i64) -> Result<RunnerId, StoreError> {
        let found: Option<i64> = sqlx::query_scalar("SELECT id FROM runners WHERE id = $1")
            .bind(id)
            .fetch_optional(self.reader())
            .await?;
        found.map(RunnerId::new).ok_or(StoreError::NoSuchRunner(id))
    }

    /// The database's one runner, as the CLI and the local web app act for: a file's, or a
    /// server database's when it holds one (a server database holding none gets its first).
    /// A server database of several runners is [`StoreError::WhichRunner`].
    pub async fn only_runner(&self) -> Result<RunnerId, StoreError> {
        let runners = self.runners().await?;
        match runners.as_slice() {
            [only] => Ok(only.id),
            [] if self.engine() == Engine::Postgres => self.add_runner(None).await,
            _ => Err(StoreError::WhichRunner {
                at: self.location().to_string(),
                count: runners.len(),
            }),
        }
    }

    /// Adds a runner with nothing yet (a server database only: a file holds one runner).
    pub async fn add_runner(&self, name: Option<&str>) -> Result<RunnerId, StoreError> {
        if self.engine() == Engine::Sqlite {
            return Err(StoreError::OneRunnerPerFile);
        }
        // The new runner has no lock of its own yet; the insert needs none.
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO runners (name, created_at) VALUES ($1, $2) RETURNING id",
        )
        .bind(name)
        .bind(unix_now())
        .fetch_one(self.writer_pool())
        .await?;
        Ok(RunnerId::new(id))
    }
}

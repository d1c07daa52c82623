//! What differs between the two engines, and nothing else: how a database is reached and
//! checked, its migrations, how a write transaction begins, and how its errors read. Every
//! query lives once in the modules beside this one, in the SQL both engines speak (`$1`
//! placeholders, `RETURNING`, `lower()` for names) and runs through sqlx's `Any` driver, or, for
//! the hot reads, through each engine's own driver with the same code (`native.rs`).

mod checks;
pub(crate) mod native;
pub(crate) mod packed;
pub(crate) mod postgres;
pub(crate) mod sqlite;

use std::path::PathBuf;

/// Which engine a [`crate::Store`] runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// One file on this machine, one runner: the embedded default.
    Sqlite,
    /// A database server holding any number of runners.
    Postgres,
}

/// Where the data lives, as the runner named it (a server's password left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Server(String),
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(path) => write!(f, "{}", path.display()),
            Location::Server(url) => f.write_str(url),
        }
    }
}

impl Engine {
    /// The statement a write transaction begins with. SQLite takes its write lock at once
    /// (STACK.md: a read-then-write transaction would otherwise fail half-way with "database
    /// is locked"); PostgreSQL's writes are serialised per runner by an advisory lock taken
    /// right after (`write.rs`).
    pub(crate) fn begin(self) -> &'static str {
        match self {
            Engine::Sqlite => "BEGIN IMMEDIATE",
            Engine::Postgres => "BEGIN",
        }
    }
}

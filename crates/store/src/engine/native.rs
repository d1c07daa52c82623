//! The reads that answer Today and the trend, run on each engine's own sqlx driver rather than
//! through `Any`.
//!
//! Why: sqlx's `Any` driver turns every row into an `AnyRow` (its columns and values copied
//! into new allocations, by name) after the engine's driver has already made one; on ten years
//! of runs and a daily diary that copying was most of `runwell today`. The queries stay the same
//! `$N` strings both engines speak; [`native!`] compiles the code that runs one once per engine,
//! each copy with that engine's concrete pool and row types, so nothing is written twice. Rows
//! are read by position through [`Fields`], which decodes leniently where the two engines store
//! a value differently (SQLite may hand back a whole number for a REAL column).

use std::borrow::Cow;

use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::{PgPool, Row as _, SqlitePool};

use crate::StoreError;

/// The pool the hot reads go through, on the store's engine.
#[derive(Debug, Clone)]
pub(crate) enum Native {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Native {
    pub(crate) async fn close(&self) {
        match self {
            Native::Sqlite(pool) => pool.close().await,
            Native::Postgres(pool) => pool.close().await,
        }
    }
}

/// Evaluates `$body` with `$pool` bound to the engine's own pool (`&SqlitePool` or `&PgPool`):
/// the same code, monomorphised for each engine.
macro_rules! native {
    ($native:expr, |$pool:ident| $body:expr) => {
        match $native {
            $crate::engine::native::Native::Sqlite($pool) => $body,
            $crate::engine::native::Native::Postgres($pool) => $body,
        }
    };
}
pub(crate) use native;

/// A row's columns by position, as runwell's schema types them on both engines: integers
/// (BIGINT), fractions (DOUBLE PRECISION) and text, each possibly NULL.
pub(crate) trait Fields {
    fn opt_int(&self, i: usize) -> Result<Option<i64>, StoreError>;
    fn opt_real(&self, i: usize) -> Result<Option<f64>, StoreError>;
    fn opt_text(&self, i: usize) -> Result<Option<String>, StoreError>;

    fn int(&self, i: usize) -> Result<i64, StoreError> {
        self.opt_int(i)?.ok_or_else(|| StoreError::Corrupt { what: "a number", detail: null(i) })
    }
    fn real(&self, i: usize) -> Result<f64, StoreError> {
        self.opt_real(i)?.ok_or_else(|| StoreError::Corrupt { what: "a measure", detail: null(i) })
    }
    fn text(&self, i: usize) -> Result<String, StoreError> {
        self.opt_text(i)?.ok_or_else(|| StoreError::Corrupt { what: "a text", detail: null(i) })
    }
    /// A text borrowed from the row where it can be: for the texts that are only parsed, so
    /// that reading thousands of labels and days allocates nothing for them.
    fn opt_str(&self, i: usize) -> Result<Option<Cow<'_, str>>, StoreError>;
    fn str(&self, i: usize) -> Result<Cow<'_, str>, StoreError> {
        self.opt_str(i)?.ok_or_else(|| StoreError::Corrupt { what: "a text", detail: null(i) })
    }
}

fn null(i: usize) -> String {
    format!("column {i} is empty where a value must be")
}

impl Fields for SqliteRow {
    fn opt_int(&self, i: usize) -> Result<Option<i64>, StoreError> {
        Ok(self.try_get(i)?)
    }
    fn opt_real(&self, i: usize) -> Result<Option<f64>, StoreError> {
        // Unchecked: SQLite converts a stored whole number to a double itself, where the
        // checked decode would refuse a value typed INTEGER.
        Ok(self.try_get_unchecked(i)?)
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>, StoreError> {
        Ok(self.try_get(i)?)
    }
    fn opt_str(&self, i: usize) -> Result<Option<Cow<'_, str>>, StoreError> {
        Ok(self.try_get::<Option<&str>, _>(i)?.map(Cow::Borrowed))
    }
}

impl Fields for PgRow {
    fn opt_int(&self, i: usize) -> Result<Option<i64>, StoreError> {
        Ok(self.try_get(i)?)
    }
    fn opt_real(&self, i: usize) -> Result<Option<f64>, StoreError> {
        Ok(self.try_get(i)?)
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>, StoreError> {
        Ok(self.try_get(i)?)
    }
    fn opt_str(&self, i: usize) -> Result<Option<Cow<'_, str>>, StoreError> {
        Ok(self.try_get::<Option<&str>, _>(i)?.map(Cow::Borrowed))
    }
}

//! The long reads (every run, every pain entry) as one row: the database packs the rows into a
//! JSON array of arrays and runwell reads that one text.
//!
//! Why: sqlx's SQLite driver steps the statement on its own thread and hands each row over a
//! channel to the reading task, waking it row by row; on ten years of runs and a daily diary
//! (about 8,000 rows) those hand-overs, and a copy of every value per row, were most of `runwell
//! today`. One packed row is one hand-over. On PostgreSQL it is one message instead of
//! thousands.
//!
//! The query is still written once: [`Packed`] names the columns (each with its kind), the
//! `FROM … WHERE` with its `$N` placeholders, and the order; only the aggregate's name differs
//! (`json_group_array(json_array(…) ORDER BY …)` on SQLite, `json_agg(json_build_array(…)
//! ORDER BY …)` on PostgreSQL). Fractions travel as text with every digit (SQLite's JSON
//! writes 15 significant digits, which would not give back the stored double): `printf('%!.17g')`
//! on SQLite, PostgreSQL's shortest exact text for `float8`. The rows are then read by position
//! through [`Fields`], as the engines' own rows are, by the same functions.

use std::sync::OnceLock;

use serde_json::Value;

use crate::engine::native::{Fields, native};
use crate::{Engine, StoreError};

/// How a column is carried in the packed row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// BIGINT: a JSON number.
    Int,
    /// DOUBLE PRECISION: text with every digit, or null.
    Real,
    /// TEXT: a JSON string, or null.
    Text,
}

/// A read of many rows, packed into one (see the module's comment).
#[derive(Debug)]
pub(crate) struct Packed {
    /// Each column's expression and kind, in the order the rows are read by position.
    pub(crate) columns: &'static [(&'static str, Kind)],
    /// `FROM … WHERE …`, with `$N` placeholders bound from [`Store::packed`]'s `args`.
    pub(crate) from: &'static str,
    /// The rows' order, as after `ORDER BY`.
    pub(crate) order: &'static str,
    sqlite: OnceLock<String>,
    postgres: OnceLock<String>,
}

impl Packed {
    pub(crate) const fn new(
        columns: &'static [(&'static str, Kind)],
        from: &'static str,
        order: &'static str,
    ) -> Self {
        Self { columns, from, order, sqlite: OnceLock::new(), postgres: OnceLock::new() }
    }

    /// The statement for `engine`, written the first time it is needed.
    pub(crate) fn sql(&'static self, engine: Engine) -> &'static str {
        let (slot, array, aggregate) = match engine {
            Engine::Sqlite => (&self.sqlite, "json_array", "json_group_array"),
            Engine::Postgres => (&self.postgres, "json_build_array", "json_agg"),
        };
        slot.get_or_init(|| {
            let cells: Vec<String> = self
                .columns
                .iter()
                .map(|&(column, kind)| match (kind, engine) {
                    (Kind::Real, Engine::Sqlite) => format!(
                        "CASE WHEN {column} IS NULL THEN NULL ELSE printf('%!.17g', {column}) END"
                    ),
                    (Kind::Real, Engine::Postgres) => format!("CAST({column} AS TEXT)"),
                    _ => column.to_owned(),
                })
                .collect();
            format!(
                "SELECT CAST(COALESCE({aggregate}({array}({}) ORDER BY {}), '[]') AS TEXT) {}",
                cells.join(", "),
                self.order,
                self.from,
            )
        })
    }
}

/// One packed row.
pub(crate) struct PackedRow<'a>(&'a [Value]);

impl PackedRow<'_> {
    fn cell(&self, i: usize) -> Result<&Value, StoreError> {
        self.0.get(i).ok_or_else(|| damaged(format!("a row has no column {i}")))
    }
}

fn damaged(detail: String) -> StoreError {
    StoreError::Corrupt { what: "a packed read", detail }
}

impl Fields for PackedRow<'_> {
    fn opt_int(&self, i: usize) -> Result<Option<i64>, StoreError> {
        match self.cell(i)? {
            Value::Null => Ok(None),
            Value::Number(n) => {
                n.as_i64().map(Some).ok_or_else(|| damaged(format!("column {i} is {n}")))
            }
            other => Err(damaged(format!("column {i} is {other} where a whole number must be"))),
        }
    }

    fn opt_real(&self, i: usize) -> Result<Option<f64>, StoreError> {
        match self.cell(i)? {
            Value::Null => Ok(None),
            Value::String(s) => {
                s.parse().map(Some).map_err(|_| damaged(format!("column {i} is {s:?}")))
            }
            Value::Number(n) => Ok(n.as_f64()),
            other => Err(damaged(format!("column {i} is {other} where a number must be"))),
        }
    }

    fn opt_text(&self, i: usize) -> Result<Option<String>, StoreError> {
        match self.cell(i)? {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s.clone())),
            other => Err(damaged(format!("column {i} is {other} where a text must be"))),
        }
    }
}

impl crate::Store {
    /// Every row of `query` (its `$N` bound from `args` in order), each read by `decode`.
    pub(crate) async fn packed<T>(
        &self,
        query: &'static Packed,
        args: &[i64],
        decode: impl Fn(&PackedRow<'_>) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let sql = query.sql(self.engine());
        let text: String = native!(self.native(), |pool| {
            let mut q = sqlx::query_scalar(sql);
            for &arg in args {
                q = q.bind(arg);
            }
            q.fetch_one(pool).await?
        });
        let rows: Vec<Vec<Value>> =
            serde_json::from_str(&text).map_err(|e| damaged(e.to_string()))?;
        rows.iter().map(|row| decode(&PackedRow(row))).collect()
    }
}

//! A runner's whole record moved between databases, on either engine: every row of every
//! table that carries `runner_id`, blobs as stored, each row's own id given anew by the
//! target and every link between rows (a run's shoe, a pain entry's run, a session's sets, a
//! run's samples) following it. The target's rows are written in one write transaction, so a
//! copy is stored whole or not at all.
//!
//! The tables are listed once, in `TABLES`, which both the copy and [`Store::dump_runner`]
//! (the record in a form two databases can be compared by) read. A table added to the schema
//! is added here too, or the copy misses it: `crates/store/tests` checks that every table with
//! `runner_id` is listed.

use std::collections::HashMap;

use sqlx::Row as _;
use sqlx::any::AnyRow;

use crate::{Engine, RunnerId, Store, StoreError};

/// How a column is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Real,
    Text,
    Blob,
    /// The row's own id: the target gives a new one (`RETURNING id`).
    Key,
    /// The id of a row of the table named, copied before this one.
    Ref(&'static str),
}

struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Kind)],
    /// The order rows are read and written in (a triage answer's order is its meaning).
    order: &'static str,
}

use Kind::{Blob, Int, Key, Real, Ref, Text};

/// Every table with `runner_id`, parents before children.
const TABLES: &[Table] = &[
    Table {
        name: "profile",
        columns: &[
            ("time_zone", Text),
            ("run_days", Text),
            ("strength_days", Text),
            ("hr_rest", Int),
            ("hr_max", Int),
            ("sex", Text),
            ("shoe_inspect_km", Real),
            ("shoe_replace_km", Real),
            ("created_at", Int),
            ("updated_at", Int),
        ],
        order: "runner_id",
    },
    Table { name: "settings", columns: &[("key", Text), ("value", Text)], order: "key" },
    Table {
        name: "shoes",
        columns: &[
            ("id", Key),
            ("name", Text),
            ("brand", Text),
            ("model", Text),
            ("start_km", Real),
            ("inspect_km", Real),
            ("replace_km", Real),
            ("is_default", Int),
            ("retired_on", Text),
            ("created_at", Int),
        ],
        order: "id",
    },
    Table {
        name: "runs",
        columns: &[
            ("id", Key),
            ("start_utc", Int),
            ("utc_offset_s", Int),
            ("sport", Text),
            ("distance_m", Real),
            ("moving_s", Real),
            ("elapsed_s", Real),
            ("ascent_m", Real),
            ("descent_m", Real),
            ("avg_hr", Int),
            ("max_hr", Int),
            ("avg_cadence_spm", Real),
            ("rpe", Int),
            ("surface", Text),
            ("shoe_id", Ref("shoes")),
            ("gear_name", Text),
            ("note", Text),
            ("device", Text),
            ("source", Text),
            ("content_hash", Text),
            ("partial", Int),
            ("created_at", Int),
            ("cadence_median_spm", Real),
            ("title", Text),
        ],
        order: "id",
    },
    Table {
        name: "run_streams",
        columns: &[("run_id", Ref("runs")), ("format", Int), ("data", Blob)],
        order: "run_id",
    },
    Table {
        name: "pain_entries",
        columns: &[
            ("id", Key),
            ("day", Text),
            ("moment", Text),
            ("score", Int),
            ("side", Text),
            ("region", Text),
            ("character", Text),
            ("limits_daily_life", Int),
            ("run_id", Ref("runs")),
            ("note", Text),
            ("created_at", Int),
        ],
        order: "id",
    },
    Table {
        name: "triage_answers",
        columns: &[
            ("id", Key),
            ("day", Text),
            ("question", Text),
            ("answer", Int),
            ("created_at", Int),
        ],
        order: "id",
    },
    Table {
        name: "exercise_sessions",
        columns: &[
            ("id", Key),
            ("day", Text),
            ("routine", Text),
            ("pain", Int),
            ("rpe", Int),
            ("duration_s", Real),
            ("guided", Int),
            ("created_at", Int),
            ("record_key", Text),
        ],
        order: "id",
    },
    Table {
        name: "session_sets",
        columns: &[
            ("session_id", Ref("exercise_sessions")),
            ("movement", Text),
            ("level", Int),
            ("side", Text),
            ("set_no", Int),
            ("target", Int),
            ("done", Int),
        ],
        order: "session_id, movement, side, set_no",
    },
    Table {
        name: "movement_levels",
        columns: &[("movement", Text), ("level", Int), ("changed_on", Text), ("reason", Text)],
        order: "movement",
    },
    Table {
        name: "deleted_runs",
        columns: &[
            ("id", Key),
            ("content_hash", Text),
            ("start_utc", Int),
            ("distance_m", Real),
            ("source", Text),
            ("deleted_at", Int),
        ],
        order: "id",
    },
    Table {
        name: "file_fingerprints",
        columns: &[("fingerprint", Text), ("content_hash", Text)],
        order: "fingerprint",
    },
];

/// One value of a row, as both engines hold it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Blob(Option<Vec<u8>>),
}

/// A runner's record in a form two databases can be compared by: per table, its rows in
/// order, each row's own id and every link replaced by the row's place in its table.
pub type Dump = Vec<(&'static str, Vec<Vec<Value>>)>;

/// What a copy stored: the new runner, and how many rows of each table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub runner: RunnerId,
    pub rows: Vec<(&'static str, usize)>,
}

fn select(table: &Table) -> String {
    let columns: Vec<&str> = table.columns.iter().map(|c| c.0).collect();
    format!(
        "SELECT {} FROM {} WHERE runner_id = $1 ORDER BY {}",
        columns.join(", "),
        table.name,
        table.order
    )
}

fn read(row: &AnyRow, column: &str, kind: Kind) -> Result<Value, StoreError> {
    Ok(match kind {
        Int | Key | Ref(_) => Value::Int(row.try_get(column)?),
        Real => Value::Real(row.try_get(column)?),
        Text => Value::Text(row.try_get(column)?),
        Blob => Value::Blob(row.try_get(column)?),
    })
}

impl Store {
    /// Every row of `runner`'s, table by table, in `TABLES`' order, read in one transaction
    /// that sees one moment of the database, so that every link read has its row.
    async fn read_runner(&self, runner: RunnerId) -> Result<Vec<Vec<AnyRow>>, StoreError> {
        let mut conn = self.reader().acquire().await?;
        let begin = match self.engine() {
            Engine::Sqlite => "BEGIN",
            Engine::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        };
        let read = async |conn: &mut sqlx::pool::PoolConnection<sqlx::Any>| {
            sqlx::raw_sql(begin).execute(&mut **conn).await?;
            let mut tables = Vec::with_capacity(TABLES.len());
            for table in TABLES {
                // Built from `TABLES` alone, never from input.
                let rows = sqlx::query(sqlx::AssertSqlSafe(select(table)))
                    .bind(runner.get())
                    .fetch_all(&mut **conn)
                    .await?;
                tables.push(rows);
            }
            sqlx::raw_sql("ROLLBACK").execute(&mut **conn).await?;
            Ok::<_, sqlx::Error>(tables)
        };
        let tables = read(&mut conn).await;
        // A connection left inside the transaction is not given back to the pool.
        if tables.is_err() {
            conn.close_on_drop();
        }
        Ok(tables?)
    }

    /// Copies `runner`'s whole record from this store into `target`, as a new runner on a
    /// server database, or into a file's one runner when that holds nothing yet. Nothing is
    /// stored in `target` unless all of it is.
    pub async fn copy_runner(
        &self,
        runner: RunnerId,
        target: &Store,
        name: Option<&str>,
    ) -> Result<Copied, StoreError> {
        let tables = self.read_runner(runner).await?;
        let into = match target.engine() {
            Engine::Postgres => target.add_runner(name).await?,
            Engine::Sqlite => {
                let only = target.only_runner().await?;
                if !target.read_runner(only).await?.iter().all(Vec::is_empty) {
                    return Err(StoreError::TargetNotEmpty { at: target.location().to_string() });
                }
                only
            }
        };
        let mut tx = target.write(into).await?;
        // Each table's new id for each old one.
        let mut ids: HashMap<&'static str, HashMap<i64, i64>> = HashMap::new();
        let mut rows_copied = Vec::with_capacity(TABLES.len());
        for (table, rows) in TABLES.iter().zip(&tables) {
            let written: Vec<&str> =
                table.columns.iter().filter(|c| c.1 != Key).map(|c| c.0).collect();
            let places: Vec<String> = (2..=written.len() + 1).map(|i| format!("${i}")).collect();
            let key = table.columns.iter().find(|c| c.1 == Key).map(|c| c.0);
            let sql = format!(
                "INSERT INTO {} (runner_id, {}) VALUES ($1, {}){}",
                table.name,
                written.join(", "),
                places.join(", "),
                if key.is_some() { " RETURNING id" } else { "" }
            );
            let mut new_ids = HashMap::new();
            for row in rows {
                // A NULL float (see `runs::insert_run_in`): not kept prepared.
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                    .persistent(false)
                    .bind(into.get());
                for &(column, kind) in table.columns {
                    query = match (kind, read(row, column, kind)?) {
                        (Key, _) => query,
                        (Ref(parent), Value::Int(old)) => {
                            let new = old.map(|old| {
                                ids.get(parent).and_then(|m| m.get(&old)).copied().ok_or(
                                    StoreError::Corrupt {
                                        what: "a link between rows",
                                        detail: format!("{}.{column} = {old}", table.name),
                                    },
                                )
                            });
                            query.bind(new.transpose()?)
                        }
                        (_, Value::Int(v)) => query.bind(v),
                        (_, Value::Real(v)) => query.bind(v),
                        (_, Value::Text(v)) => query.bind(v),
                        (_, Value::Blob(v)) => query.bind(v),
                    };
                }
                match key {
                    Some(key) => {
                        let old: i64 = row.try_get(key)?;
                        let new: i64 = query.fetch_one(&mut *tx).await?.try_get("id")?;
                        new_ids.insert(old, new);
                    }
                    None => {
                        query.execute(&mut *tx).await?;
                    }
                }
            }
            ids.insert(table.name, new_ids);
            rows_copied.push((table.name, rows.len()));
        }
        tx.commit().await?;
        Ok(Copied { runner: into, rows: rows_copied })
    }

    /// `runner`'s record with ids replaced by places, so that a copy compares equal to its
    /// original.
    #[doc(hidden)]
    pub async fn dump_runner(&self, runner: RunnerId) -> Result<Dump, StoreError> {
        let tables = self.read_runner(runner).await?;
        let mut places: HashMap<&'static str, HashMap<i64, i64>> = HashMap::new();
        let mut dump = Vec::with_capacity(TABLES.len());
        for (table, rows) in TABLES.iter().zip(&tables) {
            let mut own = HashMap::new();
            let mut out = Vec::with_capacity(rows.len());
            for (place, row) in rows.iter().enumerate() {
                let mut values = Vec::with_capacity(table.columns.len());
                for &(column, kind) in table.columns {
                    let value = read(row, column, kind)?;
                    values.push(match (kind, value) {
                        (Key, Value::Int(id)) => {
                            own.insert(id.unwrap_or(0), place as i64);
                            Value::Int(Some(place as i64))
                        }
                        (Ref(parent), Value::Int(id)) => Value::Int(id.map(|id| {
                            places.get(parent).and_then(|m| m.get(&id)).copied().unwrap_or(-1)
                        })),
                        (_, value) => value,
                    });
                }
                out.push(values);
            }
            places.insert(table.name, own);
            dump.push((table.name, out));
        }
        Ok(dump)
    }

    /// The tables of the open database that carry `runner_id`, and those the copy lists.
    #[doc(hidden)]
    pub fn copied_tables() -> Vec<&'static str> {
        TABLES.iter().map(|t| t.name).collect()
    }
}

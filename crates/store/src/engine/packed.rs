//! The long reads (every run, every pain entry) as one row: the database packs the rows into a
//! JSON array of arrays and runwell reads that one text.
//!
//! Why: sqlx's SQLite driver steps the statement on its own thread and hands each row over a
//! channel to the reading task, waking it row by row; on ten years of runs and a daily diary
//! (about 8,000 rows) those hand-overs, and a copy of every value per row, were most of `runwell
//! today`. One packed row is one hand-over. On PostgreSQL it is one message instead of
//! thousands.
//!
//! The query is still written once: [`Packed`] names the columns (each with its kind) and the
//! `FROM … WHERE` with its `$N` placeholders; only the aggregate's name differs
//! (`json_group_array(json_array(…))` on SQLite, `json_agg(json_build_array(…))` on
//! PostgreSQL). Fractions must come back as the very double stored, which SQLite's JSON (15
//! significant digits) would not give: PostgreSQL sends its shortest exact text for `float8`;
//! SQLite sends a whole number of 2^-45ths where the fraction is one ([`SCALE`]: every double
//! from 128 to 262,144, and any with few binary places, which is nearly every distance,
//! duration and cadence), and otherwise the text of `printf('%!.17g')` (exact over every size
//! a measure has; it was a third of a cold `runwell today` when every fraction took it). The rows are put in order here, by the
//! columns [`Packed`] names, rather than by an `ORDER BY` inside the aggregate: SQLite sorts
//! that through a temporary b-tree (an eighth of `runwell today`), while the rows already come
//! nearly in order from the index, which a merge sort takes in one pass; and texts compare by
//! their bytes on both engines, where PostgreSQL's `ORDER BY` would follow the server's
//! collation. The rows are then read by position through [`Fields`], as the engines' own rows
//! are, by the same functions.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, Visitor};

use crate::engine::native::{Fields, native};
use crate::{Engine, StoreError};

/// 2^45: SQLite carries a fraction `x` as the whole number `x * SCALE` when that is one (the
/// product of a double and a power of two is exact, and a whole number below 2^63 of at most 53
/// significant bits is exact as a double, as is its quotient by `SCALE`).
const SCALE: f64 = 35_184_372_088_832.0;

/// How a column is carried in the packed row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// BIGINT: a JSON number.
    Int,
    /// DOUBLE PRECISION: text with every digit, a whole number of 2^-45ths ([`SCALE`]), or
    /// null.
    Real,
    /// TEXT: a JSON string, or null.
    Text,
}

/// A read of many rows, packed into one (see the module's comment).
#[derive(Debug)]
pub(crate) struct Packed {
    /// Each column's expression and kind, in the order the rows are read by position.
    pub(crate) columns: &'static [(&'static str, Kind)],
    /// `FROM … WHERE …`, with `$N` placeholders bound from `Store::packed`'s `args`.
    pub(crate) from: &'static str,
    /// The rows' order: the places of the columns to sort by, in turn, each ascending.
    pub(crate) order: &'static [usize],
    sqlite: OnceLock<String>,
    postgres: OnceLock<String>,
}

impl Packed {
    pub(crate) const fn new(
        columns: &'static [(&'static str, Kind)],
        from: &'static str,
        order: &'static [usize],
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
            // A scaled fraction and a text do not sort as the fraction would.
            debug_assert!(
                self.order.iter().all(|&i| self.columns[i].1 != Kind::Real),
                "a packed read is put in order by a fraction: {}",
                self.from
            );
            let cells: Vec<String> = self
                .columns
                .iter()
                .map(|&(column, kind)| match (kind, engine) {
                    // Zero takes the text, which keeps its sign.
                    (Kind::Real, Engine::Sqlite) => {
                        let scaled = format!("{column} * {SCALE:.1}");
                        format!(
                            "CASE WHEN {column} IS NULL THEN NULL \
                             WHEN {column} <> 0 AND {scaled} = CAST({scaled} AS INTEGER) \
                             THEN CAST({scaled} AS INTEGER) ELSE printf('%!.17g', {column}) END"
                        )
                    }
                    (Kind::Real, Engine::Postgres) => format!("CAST({column} AS TEXT)"),
                    _ => column.to_owned(),
                })
                .collect();
            format!(
                "SELECT CAST(COALESCE({aggregate}({array}({})), '[]') AS TEXT) {}",
                cells.join(", "),
                self.from,
            )
        })
    }
}

/// One value of a packed row. Texts borrow from the packed text where they have no escapes,
/// so that reading thousands of rows allocates only for what is kept.
#[derive(Debug)]
pub(crate) enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(Cow<'a, str>),
}

impl Cell<'_> {
    /// SQL's order for one column's values: NULL first (as SQLite sorts it), numbers by value,
    /// texts by their bytes.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let number = |c: &Cell<'_>| match c {
            Cell::Int(v) => Some(*v as f64),
            Cell::Real(v) => Some(*v),
            _ => None,
        };
        match (self, other) {
            (Cell::Int(a), Cell::Int(b)) => a.cmp(b),
            (Cell::Text(a), Cell::Text(b)) => a.as_bytes().cmp(b.as_bytes()),
            (Cell::Null, Cell::Null) => Ordering::Equal,
            (Cell::Null, _) => Ordering::Less,
            (_, Cell::Null) => Ordering::Greater,
            (Cell::Text(_), _) => Ordering::Greater,
            (_, Cell::Text(_)) => Ordering::Less,
            (a, b) => number(a).partial_cmp(&number(b)).unwrap_or(Ordering::Equal),
        }
    }
}

impl<'de> Deserialize<'de> for Cell<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CellVisitor;
        impl<'de> Visitor<'de> for CellVisitor {
            type Value = Cell<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number, a text or null")
            }
            fn visit_unit<E>(self) -> Result<Cell<'de>, E> {
                Ok(Cell::Null)
            }
            fn visit_none<E>(self) -> Result<Cell<'de>, E> {
                Ok(Cell::Null)
            }
            fn visit_i64<E>(self, v: i64) -> Result<Cell<'de>, E> {
                Ok(Cell::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Cell<'de>, E> {
                i64::try_from(v).map(Cell::Int).map_err(E::custom)
            }
            fn visit_f64<E>(self, v: f64) -> Result<Cell<'de>, E> {
                Ok(Cell::Real(v))
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cell<'de>, E> {
                Ok(Cell::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Cell<'de>, E> {
                Ok(Cell::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Cell<'de>, E> {
                Ok(Cell::Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_any(CellVisitor)
    }
}

/// One packed row, with its columns' kinds.
#[derive(Debug)]
pub(crate) struct PackedRow<'r, 'a> {
    cells: &'r [Cell<'a>],
    columns: &'static [(&'static str, Kind)],
}

impl PackedRow<'_, '_> {
    fn cell(&self, i: usize) -> Result<&Cell<'_>, StoreError> {
        self.cells.get(i).ok_or_else(|| damaged(format!("a row has no column {i}")))
    }
}

fn damaged(detail: String) -> StoreError {
    StoreError::Corrupt { what: "a packed read", detail }
}

impl Fields for PackedRow<'_, '_> {
    fn opt_int(&self, i: usize) -> Result<Option<i64>, StoreError> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Int(v) => Ok(Some(*v)),
            other => Err(damaged(format!("column {i} is {other:?} where a whole number must be"))),
        }
    }

    fn opt_real(&self, i: usize) -> Result<Option<f64>, StoreError> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Text(s) => {
                s.parse().map(Some).map_err(|_| damaged(format!("column {i} is {s:?}")))
            }
            Cell::Real(v) => Ok(Some(*v)),
            // A fraction's column carries whole numbers of 2^-45ths; an integer column read as
            // a fraction carries its value.
            Cell::Int(v) => Ok(Some(match self.columns.get(i) {
                Some((_, Kind::Real)) => *v as f64 / SCALE,
                _ => *v as f64,
            })),
        }
    }

    fn opt_text(&self, i: usize) -> Result<Option<String>, StoreError> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Text(s) => Ok(Some(s.as_ref().to_owned())),
            other => Err(damaged(format!("column {i} is {other:?} where a text must be"))),
        }
    }

    fn opt_str(&self, i: usize) -> Result<Option<Cow<'_, str>>, StoreError> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Text(s) => Ok(Some(Cow::Borrowed(s.as_ref()))),
            other => Err(damaged(format!("column {i} is {other:?} where a text must be"))),
        }
    }
}

impl crate::Store {
    /// Every row of `query` (its `$N` bound from `args` in order), each read by `decode`.
    pub(crate) async fn packed<T>(
        &self,
        query: &'static Packed,
        args: &[i64],
        decode: impl Fn(&PackedRow<'_, '_>) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let sql = query.sql(self.engine());
        let text: String = native!(self.native(), |pool| {
            let mut q = sqlx::query_scalar(sql);
            for &arg in args {
                q = q.bind(arg);
            }
            q.fetch_one(pool).await?
        });
        let width = query.columns.len();
        let cells = flat_cells(&text, width)?;
        let mut rows: Vec<&[Cell<'_>]> = cells.chunks_exact(width).collect();
        rows.sort_by(|a, b| {
            query
                .order
                .iter()
                .map(|&i| match (a.get(i), b.get(i)) {
                    (Some(x), Some(y)) => x.cmp(y),
                    (x, y) => x.is_some().cmp(&y.is_some()),
                })
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        rows.iter().map(|row| decode(&PackedRow { cells: row, columns: query.columns })).collect()
    }
}

/// The cells of a packed text's rows, one row after another in one vector (a vector per row
/// was a third of reading them), each row checked to have `width` cells.
fn flat_cells(text: &str, width: usize) -> Result<Vec<Cell<'_>>, StoreError> {
    struct Rows<'v, 'de> {
        cells: &'v mut Vec<Cell<'de>>,
        width: usize,
    }
    impl<'de> Visitor<'de> for Rows<'_, 'de> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an array of rows")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut rows: A) -> Result<(), A::Error> {
            while let Some(found) = rows.next_element_seed(Row { cells: &mut *self.cells })? {
                if found != self.width {
                    return Err(de::Error::custom(format!(
                        "a row has {found} columns, not {}",
                        self.width
                    )));
                }
            }
            Ok(())
        }
    }
    impl<'de> DeserializeSeed<'de> for Rows<'_, 'de> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }
    /// One row's cells, pushed onto the vector; its value is how many there were.
    struct Row<'v, 'de> {
        cells: &'v mut Vec<Cell<'de>>,
    }
    impl<'de> Visitor<'de> for Row<'_, 'de> {
        type Value = usize;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a row of cells")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut row: A) -> Result<usize, A::Error> {
            let mut count = 0;
            while let Some(cell) = row.next_element::<Cell<'de>>()? {
                self.cells.push(cell);
                count += 1;
            }
            Ok(count)
        }
    }
    impl<'de> DeserializeSeed<'de> for Row<'_, 'de> {
        type Value = usize;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            d.deserialize_seq(self)
        }
    }
    // About as many cells as the text has commas: enough room from the start.
    let mut cells = Vec::with_capacity(text.len() / 8);
    let mut reader = serde_json::Deserializer::from_str(text);
    Rows { cells: &mut cells, width }
        .deserialize(&mut reader)
        .and_then(|()| reader.end())
        .map_err(|e| damaged(e.to_string()))?;
    Ok(cells)
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::{self, Equal, Greater, Less};

    use super::*;

    fn cells(json: &str) -> Vec<Cell<'_>> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn cells_order_as_sql_orders_one_column() {
        let check = |a: &str, b: &str, expected: Ordering| {
            let (a, b) = (cells(a), cells(b));
            assert_eq!(a[0].cmp(&b[0]), expected, "{a:?} against {b:?}");
        };
        check("[1]", "[2]", Less);
        check("[-5]", "[-5]", Equal);
        check("[null]", "[0]", Less);
        check("[null]", "[null]", Equal);
        check("[\"\"]", "[null]", Greater);
        check("[\"2026-01-09\"]", "[\"2026-01-10\"]", Less);
        // By bytes, as SQLite's BINARY does: capitals before small letters.
        check("[\"Zed\"]", "[\"apple\"]", Less);
        check("[\"a\\u00e9\"]", "[\"az\"]", Greater);
        check("[1.5]", "[2]", Less);
    }

    #[test]
    fn rows_of_another_width_or_a_damaged_text_are_refused() {
        let check = |text: &str, width: usize, cells: Option<usize>| {
            assert_eq!(flat_cells(text, width).ok().map(|c| c.len()), cells, "{text}");
        };
        check("[]", 3, Some(0));
        check("[[1,\"a\",null],[2,\"b\",3]]", 3, Some(6));
        check("[[1,\"a\"],[2,\"b\",3]]", 3, None);
        check("[[1,\"a\",null]", 3, None);
        check("[[1,\"a\",null]] x", 3, None);
        check("[[1,[2],null]]", 3, None);
    }

    #[test]
    fn texts_borrow_unless_escaped_and_numbers_keep_their_kind() {
        let row = cells(r#"[7, "plain", "with \"quotes\"", null, 2.5]"#);
        assert!(matches!(row[0], Cell::Int(7)));
        assert!(matches!(&row[1], Cell::Text(Cow::Borrowed("plain"))));
        assert!(matches!(&row[2], Cell::Text(Cow::Owned(s)) if s == "with \"quotes\""));
        assert!(matches!(row[3], Cell::Null));
        assert!(matches!(row[4], Cell::Real(v) if v == 2.5));
        let row = PackedRow { cells: &row, columns: &[] };
        assert_eq!(row.opt_int(3).unwrap(), None);
        assert_eq!(row.opt_real(0).unwrap(), Some(7.0));
        assert!(row.opt_int(1).is_err());
        assert!(row.opt_text(0).is_err());
        assert!(row.int(9).is_err());
    }

    #[test]
    fn each_engine_has_its_own_statement_from_the_one_description() {
        static Q: Packed =
            Packed::new(&[("id", Kind::Int), ("km", Kind::Real)], "FROM t WHERE r = $1", &[0]);
        assert_eq!(
            Q.sql(Engine::Sqlite),
            "SELECT CAST(COALESCE(json_group_array(json_array(id, CASE WHEN km IS NULL THEN NULL \
             WHEN km <> 0 AND km * 35184372088832.0 = CAST(km * 35184372088832.0 AS INTEGER) \
             THEN CAST(km * 35184372088832.0 AS INTEGER) ELSE printf('%!.17g', km) END)), '[]') \
             AS TEXT) FROM t WHERE r = $1"
        );
        assert_eq!(
            Q.sql(Engine::Postgres),
            "SELECT CAST(COALESCE(json_agg(json_build_array(id, CAST(km AS TEXT))), '[]') AS TEXT) \
             FROM t WHERE r = $1"
        );
    }

    #[tokio::test]
    async fn every_fraction_comes_back_from_sqlite_as_the_double_stored() {
        static Q: Packed = Packed::new(&[("id", Kind::Int), ("x", Kind::Real)], "FROM t", &[0]);
        let pool = sqlx::SqlitePool::connect("sqlite::memory:").await.unwrap();
        sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, x REAL)")
            .execute(&pool)
            .await
            .unwrap();
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            127.9,
            128.0,
            5012.37,
            0.1,
            1.0 / 3.0,
            -5.5,
            262_143.999_999,
            262_144.1,
            1e15,
            -1e-15,
            2f64.powi(18),
            2f64.powi(63) / SCALE,
        ];
        // And doubles with all their binary places, from 2^-50 to 2^50 either way. (Far beyond
        // that SQLite's printf misses the last place now and then: no measure runwell keeps
        // comes near.)
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let exponent = (seed % 101) as i32 - 50;
            let sign = if seed & 1 << 63 == 0 { 1.0 } else { -1.0 };
            let mantissa = f64::from_bits(0x3ff0_0000_0000_0000 | seed >> 12);
            values.push(sign * mantissa * 2f64.powi(exponent));
            values.push((seed >> 11) as f64 / 1024.0);
        }
        for (id, x) in values.iter().enumerate() {
            sqlx::query("INSERT INTO t (id, x) VALUES ($1, $2)")
                .bind(id as i64)
                .bind(x)
                .execute(&pool)
                .await
                .unwrap();
        }
        sqlx::query("INSERT INTO t (id, x) VALUES (-1, NULL)").execute(&pool).await.unwrap();
        let stored: Vec<(i64, Option<f64>)> =
            sqlx::query_as("SELECT id, x FROM t ORDER BY id").fetch_all(&pool).await.unwrap();
        let text: String =
            sqlx::query_scalar(Q.sql(Engine::Sqlite)).fetch_one(&pool).await.unwrap();
        let cells = flat_cells(&text, 2).unwrap();
        let mut packed: Vec<(i64, Option<f64>)> = cells
            .chunks_exact(2)
            .map(|cells| {
                let row = PackedRow { cells, columns: Q.columns };
                (row.int(0).unwrap(), row.opt_real(1).unwrap())
            })
            .collect();
        packed.sort_by_key(|(id, _)| *id);
        assert_eq!(packed.len(), stored.len());
        for ((id, got), (_, want)) in packed.iter().zip(&stored) {
            assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "row {id}: {want:?}");
        }
        // Most of the everyday ones travelled as whole numbers.
        assert!(text.contains(&format!(",{}]", (5012.37 * SCALE) as i64)), "{}", &text[..200]);
    }
}

use crate::engine::native::{Fields, native};
use crate::engine::packed::Kind::{Int, Real, Text};
use crate::engine::packed::Packed;
use crate::error::corrupt;
use crate::{Engine, RunnerId, Store, StoreError, unix_now};
use runwell_domain::{Rpe, Sport, Surface};

/// A run to store, manual or imported.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewRun {
    pub start_utc: i64,
    pub utc_offset_s: Option<i32>,
    pub sport: Option<Sport>,
    pub distance_m: f64,
    pub moving_s: Option<f64>,
    pub elapsed_s: f64,
    pub ascent_m: Option<f64>,
    pub descent_m: Option<f64>,
    pub avg_hr: Option<u16>,
    pub max_hr: Option<u16>,
    pub avg_cadence_spm: Option<f64>,
    /// Median steps/min over the run's moving stretches, from its samples.
    pub cadence_median_spm: Option<f64>,
    pub rpe: Option<Rpe>,
    pub surface: Option<Surface>,
    pub shoe_id: Option<i64>,
    pub gear_name: Option<String>,
    pub note: Option<String>,
    /// The activity's name, from its file (Strava's "Morning Run") or given by the runner.
    pub title: Option<String>,
    pub device: Option<String>,
    /// `manual`, or the file the run came from.
    pub source: String,
    pub content_hash: Option<String>,
    pub partial: bool,
}

/// A stored run with its id and the name of its shoe.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRun {
    pub id: i64,
    pub run: NewRun,
    pub shoe: Option<String>,
}

/// A run's fields as the runner edits them: every one is written, so `None` clears it. What a
/// file measured (heart rate, climb, samples, the device) is not the runner's to change.
#[derive(Debug, Clone, PartialEq)]
pub struct RunEdit {
    pub start_utc: i64,
    pub utc_offset_s: Option<i32>,
    pub sport: Sport,
    pub distance_m: f64,
    pub moving_s: Option<f64>,
    pub elapsed_s: f64,
    pub rpe: Option<Rpe>,
    pub surface: Option<Surface>,
    /// The shoe by name: found, or created with the edit; `None` takes the run off any shoe.
    pub shoe: Option<String>,
    pub title: Option<String>,
    pub note: Option<String>,
}

/// What deleting a run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeletedRun {
    /// The run came from a file, and its hash is kept so that a re-import leaves it out.
    pub remembered: bool,
}

/// A query over runs with their shoe's name, ending in `$tail` (kept a literal so that every
/// SQL string is static).
macro_rules! select_runs {
    ($tail:literal) => {
        concat!(
            "SELECT r.id, r.start_utc, r.utc_offset_s, r.sport, r.distance_m, r.moving_s, ",
            "r.elapsed_s, r.ascent_m, r.descent_m, r.avg_hr, r.max_hr, r.avg_cadence_spm, r.rpe, ",
            "r.cadence_median_spm, ",
            "r.surface, r.shoe_id, r.gear_name, r.note, r.device, r.source, r.content_hash, ",
            "r.partial, r.title, s.name AS shoe FROM runs r LEFT JOIN shoes s ON s.id = r.shoe_id ",
            $tail
        )
    };
}

/// Every run of a runner from a start on, packed into one row (`engine/packed.rs`), its columns
/// in [`select_runs!`]'s order.
static RUNS: Packed = Packed::new(
    &[
        ("r.id", Int),
        ("r.start_utc", Int),
        ("r.utc_offset_s", Int),
        ("r.sport", Text),
        ("r.distance_m", Real),
        ("r.moving_s", Real),
        ("r.elapsed_s", Real),
        ("r.ascent_m", Real),
        ("r.descent_m", Real),
        ("r.avg_hr", Int),
        ("r.max_hr", Int),
        ("r.avg_cadence_spm", Real),
        ("r.rpe", Int),
        ("r.cadence_median_spm", Real),
        ("r.surface", Text),
        ("r.shoe_id", Int),
        ("r.gear_name", Text),
        ("r.note", Text),
        ("r.device", Text),
        ("r.source", Text),
        ("r.content_hash", Text),
        ("r.partial", Int),
        ("r.title", Text),
        ("s.name", Text),
    ],
    "FROM runs r LEFT JOIN shoes s ON s.id = r.shoe_id \
     WHERE r.runner_id = $1 AND r.start_utc >= $2",
    &[1, 0],
);

/// What the advice reads of a run ([`Store::run_facts`]): its numbers and labels, none of its
/// texts (title, note, device, source, hash) and not its shoe's name.
#[derive(Debug, Clone, PartialEq)]
pub struct RunFacts {
    pub id: i64,
    pub start_utc: i64,
    pub sport: Sport,
    pub distance_m: f64,
    pub moving_s: Option<f64>,
    pub elapsed_s: f64,
    pub rpe: Option<Rpe>,
    pub avg_hr: Option<u16>,
    pub surface: Option<Surface>,
    pub shoe_id: Option<i64>,
    /// The median cadence from the samples where there is one, else the device's average.
    pub cadence_spm: Option<f64>,
}

/// Every run of a runner as [`RunFacts`], packed into one row, in start order (ties by id, as
/// [`RUNS`]). A third of [`RUNS`]'s cells, and no join: the reals are most of a packed read's
/// cost (each is written with every digit), and a cold `runwell today` waits on this one.
static RUN_FACTS: Packed = Packed::new(
    &[
        ("id", Int),
        ("start_utc", Int),
        ("sport", Text),
        ("distance_m", Real),
        ("moving_s", Real),
        ("elapsed_s", Real),
        ("rpe", Int),
        ("avg_hr", Int),
        ("surface", Text),
        ("shoe_id", Int),
        ("COALESCE(cadence_median_spm, avg_cadence_spm)", Real),
    ],
    "FROM runs WHERE runner_id = $1",
    &[1, 0],
);

/// A row of [`RUN_FACTS`].
fn facts_from_row(row: &impl Fields) -> Result<RunFacts, StoreError> {
    Ok(RunFacts {
        id: row.int(0)?,
        start_utc: row.int(1)?,
        sport: sport(row, 2)?,
        distance_m: row.real(3)?,
        moving_s: row.opt_real(4)?,
        elapsed_s: row.real(5)?,
        rpe: rpe(row, 6)?,
        avg_hr: heart_rate(row, 7)?,
        surface: surface(row, 8)?,
        shoe_id: row.opt_int(9)?,
        cadence_spm: row.opt_real(10)?,
    })
}

/// The cells both run reads decode the same way, by their place in the row.
fn sport(row: &impl Fields, i: usize) -> Result<Sport, StoreError> {
    row.str(i)?.parse().map_err(corrupt("sport"))
}

fn rpe(row: &impl Fields, i: usize) -> Result<Option<Rpe>, StoreError> {
    row.opt_int(i)?.map(Rpe::new).transpose().map_err(corrupt("effort"))
}

fn heart_rate(row: &impl Fields, i: usize) -> Result<Option<u16>, StoreError> {
    Ok(row.opt_int(i)?.and_then(|v| u16::try_from(v).ok()))
}

fn surface(row: &impl Fields, i: usize) -> Result<Option<Surface>, StoreError> {
    row.opt_str(i)?.map(|s| s.parse()).transpose().map_err(corrupt("surface"))
}

/// A row of [`select_runs!`] (or [`RUNS`]), by its columns' places there.
fn from_row(row: &impl Fields) -> Result<StoredRun, StoreError> {
    Ok(StoredRun {
        id: row.int(0)?,
        shoe: row.opt_text(23)?,
        run: NewRun {
            start_utc: row.int(1)?,
            utc_offset_s: row.opt_int(2)?.and_then(|v| i32::try_from(v).ok()),
            sport: Some(sport(row, 3)?),
            distance_m: row.real(4)?,
            moving_s: row.opt_real(5)?,
            elapsed_s: row.real(6)?,
            ascent_m: row.opt_real(7)?,
            descent_m: row.opt_real(8)?,
            avg_hr: heart_rate(row, 9)?,
            max_hr: heart_rate(row, 10)?,
            avg_cadence_spm: row.opt_real(11)?,
            rpe: rpe(row, 12)?,
            cadence_median_spm: row.opt_real(13)?,
            surface: surface(row, 14)?,
            shoe_id: row.opt_int(15)?,
            gear_name: row.opt_text(16)?,
            note: row.opt_text(17)?,
            device: row.opt_text(18)?,
            source: row.text(19)?,
            content_hash: row.opt_text(20)?,
            partial: row.int(21)? != 0,
            title: row.opt_text(22)?,
        },
    })
}

impl Store {
    /// Stores a run and returns its id. A `shoe` named is found, or created with the run (and
    /// counts it instead of `run.shoe_id`).
    pub async fn insert_run(
        &self,
        runner: RunnerId,
        run: &NewRun,
        shoe: Option<&str>,
    ) -> Result<i64, StoreError> {
        let mut tx = self.write(runner).await?;
        let shoe_id = match shoe {
            Some(name) => Some(shoe_id_in(&mut tx, name).await?),
            None => run.shoe_id,
        };
        let id = insert_run_in(&mut tx, &NewRun { shoe_id, ..run.clone() }).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Runs starting at or after `since_utc` (all when `None`), oldest first.
    pub async fn runs(
        &self,
        runner: RunnerId,
        since_utc: Option<i64>,
    ) -> Result<Vec<StoredRun>, StoreError> {
        let since = since_utc.unwrap_or(i64::MIN);
        self.packed(&RUNS, &[runner.get(), since], |row| from_row(row)).await
    }

    /// Every run as the advice reads it, oldest first: the same runs, in the same order, as
    /// [`Store::runs`] gives, with only [`RunFacts`]'s fields.
    pub async fn run_facts(&self, runner: RunnerId) -> Result<Vec<RunFacts>, StoreError> {
        self.packed(&RUN_FACTS, &[runner.get()], |row| facts_from_row(row)).await
    }

    pub async fn run(&self, runner: RunnerId, id: i64) -> Result<Option<StoredRun>, StoreError> {
        let sql = select_runs!("WHERE r.runner_id = $1 AND r.id = $2");
        native!(self.native(), |pool| {
            let row = sqlx::query(sql).bind(runner.get()).bind(id).fetch_optional(pool).await?;
            row.as_ref().map(from_row).transpose()
        })
    }

    /// Writes every field of `edit` over the run's. Returns false when there is no such run.
    pub async fn edit_run(
        &self,
        runner: RunnerId,
        id: i64,
        edit: &RunEdit,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM runs WHERE runner_id = $1 AND id = $2")
                .bind(runner.get())
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_none() {
            tx.rollback().await;
            return Ok(false);
        }
        let shoe_id = match &edit.shoe {
            Some(name) => Some(shoe_id_in(&mut tx, name).await?),
            None => None,
        };
        sqlx::query(
            "UPDATE runs SET start_utc = $1, utc_offset_s = $2, sport = $3, distance_m = $4, \
             moving_s = $5, elapsed_s = $6, rpe = $7, surface = $8, shoe_id = $9, title = $10, \
             note = $11 WHERE runner_id = $12 AND id = $13",
        )
        .persistent(false)
        .bind(edit.start_utc)
        .bind(edit.utc_offset_s)
        .bind(edit.sport.id())
        .bind(edit.distance_m)
        .bind(edit.moving_s)
        .bind(edit.elapsed_s)
        .bind(edit.rpe.map(|r| i64::from(r.value())))
        .bind(edit.surface.map(|s| s.id()))
        .bind(shoe_id)
        .bind(edit.title.as_deref())
        .bind(edit.note.as_deref())
        .bind(runner.get())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Deletes a run with its samples; its pain entries stay in the diary, no longer linked to
    /// it. A run from a file leaves its hash, start and distance behind in `deleted_runs`, so
    /// that importing the file again does not bring it back. `None` when there is no such run.
    pub async fn delete_run(
        &self,
        runner: RunnerId,
        id: i64,
    ) -> Result<Option<DeletedRun>, StoreError> {
        let mut tx = self.write(runner).await?;
        let row: Option<(Option<String>, i64, f64, String)> = sqlx::query_as(
            "SELECT content_hash, start_utc, distance_m, source FROM runs \
             WHERE runner_id = $1 AND id = $2",
        )
        .bind(runner.get())
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((hash, start_utc, distance_m, source)) = row else {
            tx.rollback().await;
            return Ok(None);
        };
        if let Some(hash) = &hash {
            sqlx::query(
                "INSERT INTO deleted_runs \
                 (runner_id, content_hash, start_utc, distance_m, source, deleted_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(runner.get())
            .bind(hash)
            .bind(start_utc)
            .bind(distance_m)
            .bind(&source)
            .bind(unix_now())
            .execute(&mut *tx)
            .await?;
            // The file is no longer stored whole: the next import reads it again (and says
            // which of its runs were deleted) rather than knowing it by its fingerprint.
            let file = hash.split_once('#').map_or(hash.as_str(), |(file, _)| file);
            sqlx::query("DELETE FROM file_fingerprints WHERE runner_id = $1 AND content_hash = $2")
                .bind(runner.get())
                .bind(file)
                .execute(&mut *tx)
                .await?;
        }
        // Said here rather than left to ON DELETE, so that an engine without cascades ports.
        // The run was found as this runner's above, so its id alone names its rows.
        sqlx::query("DELETE FROM run_streams WHERE run_id = $1").bind(id).execute(&mut *tx).await?;
        sqlx::query("UPDATE pain_entries SET run_id = NULL WHERE run_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM runs WHERE id = $1").bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(DeletedRun { remembered: hash.is_some() }))
    }
}

/// The id of the shoe with this name (any case) inside a transaction the caller owns, adding it
/// when it is new: a shoe an import names is created with the file's runs, or not at all.
pub(crate) async fn shoe_id_in(
    tx: &mut crate::write::Write<'_>,
    name: &str,
) -> Result<i64, StoreError> {
    let existing: Option<i64> =
        sqlx::query_scalar("SELECT id FROM shoes WHERE runner_id = $1 AND lower(name) = lower($2)")
            .bind(tx.runner())
            .bind(name)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(match existing {
        Some(id) => id,
        None => {
            sqlx::query_scalar(
                "INSERT INTO shoes (runner_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(tx.runner())
            .bind(name)
            .bind(unix_now())
            .fetch_one(&mut **tx)
            .await?
        }
    })
}

/// sqlx 0.9's Any driver sends a NULL f64 to PostgreSQL typed as a float4 (`Null(Double)` maps
/// to `Option<f32>`), so a statement prepared with one and run again with a number fails
/// ("incorrect binary data format"): statements that bind a float that may be NULL are not
/// kept prepared (`persistent(false)`), each parsed with the types it is given.
///
/// Inserting a run is the exception, since an import inserts one per file and an unprepared
/// statement costs PostgreSQL a second round trip: there the floats that may be NULL go as text
/// cast on the server (`float8in` reads Rust's shortest round-trip decimal back to the same
/// bits), so every bind has one type and the statement stays prepared. SQLite keeps its plain
/// binds.
///
/// Inserts a run inside a transaction the caller owns (an import stores a file's runs together).
pub(crate) async fn insert_run_in(
    tx: &mut crate::write::Write<'_>,
    run: &NewRun,
) -> Result<i64, StoreError> {
    insert_run_with_samples(tx, run, None).await
}

/// [`insert_run_in`] with the run's samples (`(format, data)` of `run_streams`). On SQLite both
/// go in one round trip to the database's thread, two statements the second of which takes the
/// run's id from `last_insert_rowid()`: an import stores thousands, and each round trip is a
/// wait for that thread to be scheduled. On PostgreSQL, where a prepared statement is one
/// statement, the samples follow in their own.
pub(crate) async fn insert_run_with_samples(
    tx: &mut crate::write::Write<'_>,
    run: &NewRun,
    samples: Option<(i64, &[u8])>,
) -> Result<i64, StoreError> {
    let on_server = tx.engine() == Engine::Postgres;
    let together = samples.filter(|_| !on_server);
    let float = |q, value| bind_float(q, on_server, value);
    let sql =
        if together.is_some() { insert_run_and_samples_sql() } else { insert_run_sql(on_server) };
    let q = sqlx::query_scalar(sql)
        .persistent(on_server)
        .bind(tx.runner())
        .bind(run.start_utc)
        .bind(run.utc_offset_s)
        .bind(run.sport.unwrap_or(Sport::Run).id())
        .bind(run.distance_m);
    let q = float(q, run.moving_s).bind(run.elapsed_s);
    let q = float(float(q, run.ascent_m), run.descent_m)
        .bind(run.avg_hr.map(i64::from))
        .bind(run.max_hr.map(i64::from));
    let q = float(q, run.avg_cadence_spm)
        .bind(run.rpe.map(|r| i64::from(r.value())))
        .bind(run.surface.map(|s| s.id()))
        .bind(run.shoe_id)
        .bind(run.gear_name.clone())
        .bind(run.note.clone())
        .bind(run.device.clone())
        .bind(run.source.clone())
        .bind(run.content_hash.clone())
        .bind(i64::from(run.partial))
        .bind(unix_now());
    let q = float(q, run.cadence_median_spm).bind(run.title.clone());
    let id = match together {
        // Every statement runs only when every row is fetched: `fetch_one` would stop after
        // the first statement's row.
        Some((format, data)) => {
            let ids = q.bind(format).bind(data).fetch_all(&mut **tx).await?;
            ids.first().copied().ok_or(sqlx::Error::RowNotFound)?
        }
        None => q.fetch_one(&mut **tx).await?,
    };
    if let (Some((format, data)), true) = (samples, on_server) {
        sqlx::query(
            "INSERT INTO run_streams (run_id, runner_id, format, data) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(tx.runner())
        .bind(format)
        .bind(data)
        .execute(&mut **tx)
        .await?;
    }
    Ok(id)
}

/// A float that may be NULL: as text on the server, to be cast there (see [`insert_run_in`]).
fn bind_float<'q>(q: RunInsert<'q>, on_server: bool, value: Option<f64>) -> RunInsert<'q> {
    if on_server { q.bind(value.map(|v| v.to_string())) } else { q.bind(value) }
}

/// SQLite's run insert followed by its samples' (`$25` the format, `$26` the data).
fn insert_run_and_samples_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        format!(
            "{}; INSERT INTO run_streams (run_id, runner_id, format, data) \
             VALUES (last_insert_rowid(), $1, $25, $26)",
            insert_run_sql(false)
        )
    })
}

type RunInsert<'q> = sqlx::query::QueryScalar<'q, sqlx::Any, i64, sqlx::any::AnyArguments>;

/// The run insert, with the floats that may be NULL cast from text on the server.
fn insert_run_sql(on_server: bool) -> &'static str {
    /// The columns in the order `insert_run_in` binds them; `true` marks a float that may be
    /// NULL, which `insert_run_in` binds through its `float` and the server casts from text.
    const COLUMNS: [(&str, bool); 24] = [
        ("runner_id", false),
        ("start_utc", false),
        ("utc_offset_s", false),
        ("sport", false),
        ("distance_m", false),
        ("moving_s", true),
        ("elapsed_s", false),
        ("ascent_m", true),
        ("descent_m", true),
        ("avg_hr", false),
        ("max_hr", false),
        ("avg_cadence_spm", true),
        ("rpe", false),
        ("surface", false),
        ("shoe_id", false),
        ("gear_name", false),
        ("note", false),
        ("device", false),
        ("source", false),
        ("content_hash", false),
        ("partial", false),
        ("created_at", false),
        ("cadence_median_spm", true),
        ("title", false),
    ];
    static SQL: [std::sync::OnceLock<String>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    SQL[usize::from(on_server)].get_or_init(|| {
        let names: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
        let values: Vec<String> = (1..)
            .zip(COLUMNS)
            .map(|(i, (_, nullable_float))| {
                if on_server && nullable_float {
                    format!("CAST(${i} AS DOUBLE PRECISION)")
                } else {
                    format!("${i}")
                }
            })
            .collect();
        format!(
            "INSERT INTO runs ({}) VALUES ({}) RETURNING id",
            names.join(", "),
            values.join(", ")
        )
    })
}

//! Exercise sessions (warm-up, cool-down, strength), set by set.

use runwell_domain::LocalDay;
use runwell_domain::programme::RoutineKind;

use crate::engine::native::Fields;
use crate::engine::packed::Kind::{Int, Real, Text};
use crate::engine::packed::Packed;
use crate::error::corrupt;
use crate::{RunnerId, Store, StoreError, unix_now};

/// One set as done: the target and what was done, in reps or seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetRow {
    pub movement: String,
    pub level: u8,
    /// `left`, `right` or `both`.
    pub side: String,
    pub set_no: u32,
    pub target: u32,
    pub done: u32,
}

/// A session with its sets.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    pub id: i64,
    pub day: LocalDay,
    pub routine: RoutineKind,
    pub pain: Option<u8>,
    pub rpe: Option<u8>,
    pub duration_s: Option<f64>,
    pub guided: bool,
    pub sets: Vec<SetRow>,
}

/// What storing a session with a record key came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionStored {
    pub id: i64,
    /// False when a session with the same key was stored before: nothing was written, and `id`
    /// is that session's.
    pub new: bool,
}

impl Store {
    /// Stores a session and its sets together.
    pub async fn insert_session(
        &self,
        runner: RunnerId,
        session: &SessionRow,
    ) -> Result<i64, StoreError> {
        Ok(self.insert(runner, session, None).await?.id)
    }

    /// Stores a session under the key its record came with, unless a session with that key is
    /// stored already. The look-up and the insert share one write transaction, so two posts of
    /// the same record cannot both get in.
    pub async fn insert_session_once(
        &self,
        runner: RunnerId,
        session: &SessionRow,
        key: &str,
    ) -> Result<SessionStored, StoreError> {
        self.insert(runner, session, Some(key)).await
    }

    async fn insert(
        &self,
        runner: RunnerId,
        session: &SessionRow,
        key: Option<&str>,
    ) -> Result<SessionStored, StoreError> {
        let mut tx = self.write(runner).await?;
        if let Some(key) = key {
            let before: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM exercise_sessions WHERE runner_id = $1 AND record_key = $2",
            )
            .bind(runner.get())
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = before {
                tx.rollback().await;
                return Ok(SessionStored { id, new: false });
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO exercise_sessions \
             (runner_id, day, routine, pain, rpe, duration_s, guided, created_at, record_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        // A NULL float (see `runs::insert_run_in`): not kept prepared.
        .persistent(false)
        .bind(runner.get())
        .bind(session.day.to_string())
        .bind(session.routine.id())
        .bind(session.pain.map(i64::from))
        .bind(session.rpe.map(i64::from))
        .bind(session.duration_s)
        .bind(i64::from(session.guided))
        .bind(unix_now())
        .bind(key)
        .fetch_one(&mut *tx)
        .await?;
        for set in &session.sets {
            sqlx::query(
                "INSERT INTO session_sets \
                 (session_id, runner_id, movement, level, side, set_no, target, done) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(runner.get())
            .bind(&set.movement)
            .bind(i64::from(set.level))
            .bind(&set.side)
            .bind(i64::from(set.set_no))
            .bind(i64::from(set.target))
            .bind(i64::from(set.done))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(SessionStored { id, new: true })
    }

    /// Changes a session's day, pain, effort and duration; its sets stay as done. False when
    /// there is no such session.
    pub async fn update_session(
        &self,
        runner: RunnerId,
        id: i64,
        day: LocalDay,
        pain: Option<u8>,
        rpe: Option<u8>,
        duration_s: Option<f64>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        let done = sqlx::query(
            "UPDATE exercise_sessions SET day = $1, pain = $2, rpe = $3, duration_s = $4 \
             WHERE runner_id = $5 AND id = $6",
        )
        .persistent(false)
        .bind(day.to_string())
        .bind(pain.map(i64::from))
        .bind(rpe.map(i64::from))
        .bind(duration_s)
        .bind(runner.get())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes a session and its sets. False when there is no such session.
    pub async fn delete_session(&self, runner: RunnerId, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        // Said here rather than left to ON DELETE, so that an engine without cascades ports.
        sqlx::query("DELETE FROM session_sets WHERE runner_id = $1 AND session_id = $2")
            .bind(runner.get())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("DELETE FROM exercise_sessions WHERE runner_id = $1 AND id = $2")
            .bind(runner.get())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Every session with its sets, oldest first.
    pub async fn sessions(&self, runner: RunnerId) -> Result<Vec<SessionRow>, StoreError> {
        let mut sessions = self.packed(&SESSIONS, &[runner.get()], |r| session_from_row(r)).await?;
        let sets = self.packed(&SETS, &[runner.get()], |r| set_from_row(r)).await?;
        // Each session's sets, found by id (one pass, not a scan of every set per session).
        let mut by_session: std::collections::HashMap<i64, Vec<SetRow>> = Default::default();
        for (session_id, set) in sets {
            by_session.entry(session_id).or_default().push(set);
        }
        for session in &mut sessions {
            session.sets = by_session.remove(&session.id).unwrap_or_default();
        }
        Ok(sessions)
    }
}

/// Every session of a runner without its sets, packed into one row (`engine/packed.rs`).
static SESSIONS: Packed = Packed::new(
    &[
        ("id", Int),
        ("day", Text),
        ("routine", Text),
        ("pain", Int),
        ("rpe", Int),
        ("duration_s", Real),
        ("guided", Int),
    ],
    "FROM exercise_sessions WHERE runner_id = $1",
    &[1, 0],
);

/// Every set of a runner's sessions, packed into one row.
static SETS: Packed = Packed::new(
    &[
        ("session_id", Int),
        ("movement", Text),
        ("level", Int),
        ("side", Text),
        ("set_no", Int),
        ("target", Int),
        ("done", Int),
    ],
    "FROM session_sets WHERE runner_id = $1",
    &[0, 1, 4, 3],
);

/// A session without its sets, its columns in [`SESSIONS`]'s order.
fn session_from_row(row: &impl Fields) -> Result<SessionRow, StoreError> {
    let small = |v: Option<i64>| v.and_then(|v| u8::try_from(v).ok());
    Ok(SessionRow {
        id: row.int(0)?,
        day: LocalDay::parse(&row.str(1)?).map_err(corrupt("session day"))?,
        routine: row.str(2)?.parse().map_err(corrupt("routine"))?,
        pain: small(row.opt_int(3)?),
        rpe: small(row.opt_int(4)?),
        duration_s: row.opt_real(5)?,
        guided: row.int(6)? != 0,
        sets: Vec::new(),
    })
}

/// A set with its session's id, its columns in [`SETS`]'s order.
fn set_from_row(row: &impl Fields) -> Result<(i64, SetRow), StoreError> {
    let count = |i| row.int(i).map(|v| u32::try_from(v).ok());
    Ok((
        row.int(0)?,
        SetRow {
            movement: row.text(1)?,
            level: u8::try_from(row.int(2)?).unwrap_or(1),
            side: row.text(3)?,
            set_no: count(4)?.unwrap_or(1),
            target: count(5)?.unwrap_or(0),
            done: count(6)?.unwrap_or(0),
        },
    ))
}

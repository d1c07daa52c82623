//! The pain diary, triage answers, exercise sessions (as load) and small settings.

use runwell_domain::diary::{PainEntry, SessionLoad};
use runwell_domain::triage::Answer;
use runwell_domain::{DurationS, LocalDay, PainScore, Rpe};
use sqlx::Row;

use crate::engine::native::{Fields, native};
use crate::engine::packed::Kind::{Int, Real, Text};
use crate::engine::packed::Packed;
use crate::error::corrupt;
use crate::{RunnerId, Store, StoreError, unix_now};

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds an entry's fields in the order both the insert and the update name them.
fn bind_pain<'q>(query: Query<'q>, entry: &'q PainEntry) -> Query<'q> {
    query
        .bind(entry.day.to_string())
        .bind(entry.moment.id())
        .bind(i64::from(entry.score.value()))
        .bind(entry.side.map(|s| s.id()))
        .bind(entry.region.map(|r| r.id()))
        .bind(entry.character.map(|c| c.id()))
        .bind(i64::from(entry.limits_daily_life))
        .bind(entry.run_id)
        .bind(entry.note.as_deref())
}

/// Every pain entry of a runner, packed into one row (`engine/packed.rs`).
static PAIN: Packed = Packed::new(
    &[
        ("id", Int),
        ("day", Text),
        ("moment", Text),
        ("score", Int),
        ("side", Text),
        ("region", Text),
        ("character", Text),
        ("limits_daily_life", Int),
        ("run_id", Int),
        ("note", Text),
    ],
    "FROM pain_entries WHERE runner_id = $1",
    &[1, 0],
);

/// Every triage answer of a runner, packed into one row.
static ANSWERS: Packed = Packed::new(
    &[("id", Int), ("day", Text), ("question", Text), ("answer", Int)],
    "FROM triage_answers WHERE runner_id = $1",
    &[0],
);

/// Every exercise session of a runner as load, packed into one row (the id only for the order).
static SESSION_LOADS: Packed = Packed::new(
    &[("day", Text), ("routine", Text), ("rpe", Int), ("duration_s", Real), ("id", Int)],
    "FROM exercise_sessions WHERE runner_id = $1",
    &[0, 4],
);

/// A pain entry, its columns in [`PAIN`]'s order.
fn pain_from_row(row: &impl Fields) -> Result<PainEntry, StoreError> {
    fn parsed<T: std::str::FromStr<Err = runwell_domain::DomainError>>(
        text: Option<std::borrow::Cow<'_, str>>,
        what: &'static str,
    ) -> Result<Option<T>, StoreError> {
        text.map(|s| s.parse()).transpose().map_err(corrupt(what))
    }
    Ok(PainEntry {
        id: row.int(0)?,
        day: LocalDay::parse(&row.str(1)?).map_err(corrupt("pain day"))?,
        moment: row.str(2)?.parse().map_err(corrupt("pain moment"))?,
        score: PainScore::new(row.int(3)?).map_err(corrupt("pain score"))?,
        side: parsed(row.opt_str(4)?, "side")?,
        region: parsed(row.opt_str(5)?, "region")?,
        character: parsed(row.opt_str(6)?, "character")?,
        limits_daily_life: row.int(7)? != 0,
        run_id: row.opt_int(8)?,
        note: row.opt_text(9)?,
    })
}

impl Store {
    /// Stores a pain entry (its `id` is ignored) and returns the new id.
    pub async fn insert_pain(
        &self,
        runner: RunnerId,
        entry: &PainEntry,
    ) -> Result<i64, StoreError> {
        let mut tx = self.write(runner).await?;
        let row = bind_pain(
            sqlx::query(
                "INSERT INTO pain_entries (day, moment, score, side, region, character, \
                 limits_daily_life, run_id, note, created_at, runner_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            ),
            entry,
        )
        .bind(unix_now())
        .bind(runner.get())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.get("id");
        tx.commit().await?;
        Ok(id)
    }

    /// Writes every field of `entry` over the stored entry `entry.id`. False when there is none.
    pub async fn update_pain(
        &self,
        runner: RunnerId,
        entry: &PainEntry,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        let done = bind_pain(
            sqlx::query(
                "UPDATE pain_entries SET day = $1, moment = $2, score = $3, side = $4, region = $5, \
                 character = $6, limits_daily_life = $7, run_id = $8, note = $9 \
                 WHERE id = $10 AND runner_id = $11",
            ),
            entry,
        )
        .bind(entry.id)
        .bind(runner.get())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes a pain entry. False when there is none with this id.
    pub async fn delete_pain(&self, runner: RunnerId, id: i64) -> Result<bool, StoreError> {
        self.delete_row(runner, "DELETE FROM pain_entries WHERE runner_id = $1 AND id = $2", id)
            .await
    }

    /// Deletes a triage answer. False when there is none with this id.
    pub async fn delete_answer(&self, runner: RunnerId, id: i64) -> Result<bool, StoreError> {
        self.delete_row(runner, "DELETE FROM triage_answers WHERE runner_id = $1 AND id = $2", id)
            .await
    }

    /// Corrects a triage answer's day and answer. False when there is none with this id.
    pub async fn update_answer(
        &self,
        runner: RunnerId,
        id: i64,
        day: LocalDay,
        yes: bool,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        let done = sqlx::query(
            "UPDATE triage_answers SET day = $1, answer = $2 WHERE id = $3 AND runner_id = $4",
        )
        .bind(day.to_string())
        .bind(i64::from(yes))
        .bind(id)
        .bind(runner.get())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Runs one `DELETE … WHERE runner_id = $1 AND id = $2` in its own transaction; true when
    /// it removed a row.
    pub(crate) async fn delete_row(
        &self,
        runner: RunnerId,
        sql: &'static str,
        id: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        let done = sqlx::query(sql).bind(runner.get()).bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Every pain entry, oldest first.
    pub async fn pain_entries(&self, runner: RunnerId) -> Result<Vec<PainEntry>, StoreError> {
        self.packed(&PAIN, &[runner.get()], |row| pain_from_row(row)).await
    }

    /// Stores a check's answers together, dated `day`.
    pub async fn insert_answers(
        &self,
        runner: RunnerId,
        day: LocalDay,
        answers: &[(String, bool)],
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        let now = unix_now();
        for (key, yes) in answers {
            sqlx::query(
                "INSERT INTO triage_answers (runner_id, day, question, answer, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(runner.get())
            .bind(day.to_string())
            .bind(key)
            .bind(i64::from(*yes))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every triage answer; `seq` is the storage order, so a later answer on the same day wins.
    pub async fn answers(&self, runner: RunnerId) -> Result<Vec<Answer>, StoreError> {
        self.packed(&ANSWERS, &[runner.get()], |row| {
            Ok(Answer {
                seq: row.int(0)?,
                day: LocalDay::parse(&row.str(1)?).map_err(corrupt("answer day"))?,
                key: row.text(2)?,
                yes: row.int(3)? != 0,
            })
        })
        .await
    }

    /// Every exercise session as load (LOAD-1 counts strength sessions too).
    pub async fn session_loads(&self, runner: RunnerId) -> Result<Vec<SessionLoad>, StoreError> {
        self.packed(&SESSION_LOADS, &[runner.get()], |row| {
            Ok(SessionLoad {
                day: LocalDay::parse(&row.str(0)?).map_err(corrupt("session day"))?,
                routine: row.str(1)?.parse().map_err(corrupt("routine"))?,
                rpe: row
                    .opt_int(2)?
                    .map(Rpe::new)
                    .transpose()
                    .map_err(corrupt("session effort"))?,
                duration: DurationS::new(row.opt_real(3)?.unwrap_or(0.0))
                    .map_err(corrupt("session duration"))?,
            })
        })
        .await
    }

    pub async fn setting(&self, runner: RunnerId, key: &str) -> Result<Option<String>, StoreError> {
        let sql = "SELECT value FROM settings WHERE runner_id = $1 AND key = $2";
        native!(self.native(), |pool| {
            let row = sqlx::query(sql).bind(runner.get()).bind(key).fetch_optional(pool).await?;
            row.map(|row| row.text(0)).transpose()
        })
    }

    pub async fn set_setting(
        &self,
        runner: RunnerId,
        key: &str,
        value: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query(
            "INSERT INTO settings (runner_id, key, value) VALUES ($1, $2, $3) \
             ON CONFLICT (runner_id, key) DO UPDATE SET value = excluded.value",
        )
        .bind(runner.get())
        .bind(key)
        .bind(value)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

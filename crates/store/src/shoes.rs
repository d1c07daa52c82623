//! The runner's shoes. A runner has one pair by a name in any case (SQLite's `COLLATE NOCASE`,
//! PostgreSQL's unique index on `lower(name)`); names are looked up with `lower()` on both.

use runwell_domain::LocalDay;
use runwell_domain::diary::Shoe;

use crate::engine::native::{Fields, native};
use crate::{RunnerId, Store, StoreError, unix_now};

/// A shoe, its columns in the order `Store::shoes` reads them.
fn shoe_from_row(row: &impl Fields) -> Result<Shoe, StoreError> {
    let retired = row.opt_str(8)?.map(|d| LocalDay::parse(&d)).transpose();
    Ok(Shoe {
        id: row.int(0)?,
        name: row.text(1)?,
        brand: row.opt_text(2)?,
        model: row.opt_text(3)?,
        start_km: row.real(4)?,
        inspect_km: row.opt_real(5)?,
        replace_km: row.opt_real(6)?,
        is_default: row.int(7)? != 0,
        retired_on: retired
            .map_err(|e| StoreError::Corrupt { what: "retired day", detail: e.to_string() })?,
    })
}

impl Store {
    /// Every shoe, oldest first.
    pub async fn shoes(&self, runner: RunnerId) -> Result<Vec<Shoe>, StoreError> {
        let sql = "SELECT id, name, brand, model, start_km, inspect_km, replace_km, is_default, \
                   retired_on FROM shoes WHERE runner_id = $1 ORDER BY id";
        native!(self.native(), |pool| {
            let rows = sqlx::query(sql).bind(runner.get()).fetch_all(pool).await?;
            rows.iter().map(shoe_from_row).collect()
        })
    }

    /// Adds a shoe (its `id` is ignored), or updates the one with the same name. When it is the
    /// default, it becomes the only default.
    pub async fn save_shoe(&self, runner: RunnerId, shoe: &Shoe) -> Result<i64, StoreError> {
        let mut tx = self.write(runner).await?;
        if shoe.is_default {
            sqlx::query("UPDATE shoes SET is_default = 0 WHERE runner_id = $1")
                .bind(runner.get())
                .execute(&mut *tx)
                .await?;
        }
        // Looked up, then updated or inserted, inside the runner's write transaction: an
        // upsert would have to name the unique index, which is an expression on PostgreSQL.
        let existing: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM shoes WHERE runner_id = $1 AND lower(name) = lower($2)",
        )
        .bind(runner.get())
        .bind(&shoe.name)
        .fetch_optional(&mut *tx)
        .await?;
        let id = match existing {
            Some(id) => {
                sqlx::query(
                    "UPDATE shoes SET brand = $1, model = $2, start_km = $3, inspect_km = $4, \
                     replace_km = $5, is_default = $6, retired_on = NULL WHERE id = $7",
                )
                // A NULL float (see `runs::insert_run_in`): not kept prepared.
                .persistent(false)
                .bind(shoe.brand.as_deref())
                .bind(shoe.model.as_deref())
                .bind(shoe.start_km)
                .bind(shoe.inspect_km)
                .bind(shoe.replace_km)
                .bind(i64::from(shoe.is_default))
                .bind(id)
                .execute(&mut *tx)
                .await?;
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO shoes (runner_id, name, brand, model, start_km, inspect_km, \
                     replace_km, is_default, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .persistent(false)
                .bind(runner.get())
                .bind(&shoe.name)
                .bind(shoe.brand.as_deref())
                .bind(shoe.model.as_deref())
                .bind(shoe.start_km)
                .bind(shoe.inspect_km)
                .bind(shoe.replace_km)
                .bind(i64::from(shoe.is_default))
                .bind(unix_now())
                .fetch_one(&mut *tx)
                .await?
            }
        };
        tx.commit().await?;
        Ok(id)
    }

    /// Retires a shoe from `day`; it is no longer the default. False when there is no such shoe.
    pub async fn retire_shoe(
        &self,
        runner: RunnerId,
        name: &str,
        day: LocalDay,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        let done = sqlx::query(
            "UPDATE shoes SET retired_on = $1, is_default = 0 \
             WHERE runner_id = $2 AND lower(name) = lower($3)",
        )
        .bind(day.to_string())
        .bind(runner.get())
        .bind(name)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Renames a shoe. False when there is no such shoe; [`StoreError::NameTaken`] when another
    /// pair already has the new name (in any case).
    pub async fn rename_shoe(
        &self,
        runner: RunnerId,
        id: i64,
        name: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        let taken: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM shoes WHERE runner_id = $1 AND lower(name) = lower($2) AND id <> $3",
        )
        .bind(runner.get())
        .bind(name)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        if taken.is_some() {
            tx.rollback().await;
            return Err(StoreError::NameTaken(name.to_owned()));
        }
        let done = sqlx::query("UPDATE shoes SET name = $1 WHERE runner_id = $2 AND id = $3")
            .bind(name)
            .bind(runner.get())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Makes a shoe the only default for new runs (and brings it out of retirement). False
    /// when there is no such shoe.
    pub async fn set_default_shoe(&self, runner: RunnerId, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query("UPDATE shoes SET is_default = 0 WHERE runner_id = $1 AND id <> $2")
            .bind(runner.get())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query(
            "UPDATE shoes SET is_default = 1, retired_on = NULL WHERE runner_id = $1 AND id = $2",
        )
        .bind(runner.get())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes a shoe; its runs keep their kilometres but no longer count on any pair.
    pub async fn delete_shoe(&self, runner: RunnerId, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.write(runner).await?;
        sqlx::query("UPDATE runs SET shoe_id = NULL WHERE runner_id = $1 AND shoe_id = $2")
            .bind(runner.get())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("DELETE FROM shoes WHERE runner_id = $1 AND id = $2")
            .bind(runner.get())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// The default shoe for new runs, unless it is retired.
    pub async fn default_shoe(&self, runner: RunnerId) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM shoes WHERE runner_id = $1 AND is_default = 1 AND retired_on IS NULL \
             LIMIT 1",
        )
        .bind(runner.get())
        .fetch_optional(self.reader())
        .await?)
    }
}

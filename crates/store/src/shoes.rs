//! The runner's shoes.

use runwell_domain::LocalDay;
use runwell_domain::diary::Shoe;
use sqlx::Row;

use crate::{Store, StoreError, unix_now};

impl Store {
    /// Every shoe, oldest first.
    pub async fn shoes(&self) -> Result<Vec<Shoe>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, name, brand, model, start_km, inspect_km, replace_km, is_default, retired_on \
             FROM shoes ORDER BY id",
        )
        .fetch_all(self.reader())
        .await?;
        rows.iter()
            .map(|row| {
                let retired: Option<String> = row.get("retired_on");
                Ok(Shoe {
                    id: row.get("id"),
                    name: row.get("name"),
                    brand: row.get("brand"),
                    model: row.get("model"),
                    start_km: row.get("start_km"),
                    inspect_km: row.get("inspect_km"),
                    replace_km: row.get("replace_km"),
                    is_default: row.get::<i64, _>("is_default") != 0,
                    retired_on: retired.map(|d| LocalDay::parse(&d)).transpose().map_err(|e| {
                        StoreError::Corrupt { what: "retired day", detail: e.to_string() }
                    })?,
                })
            })
            .collect()
    }

    /// Adds a shoe (its `id` is ignored), or updates the one with the same name. When it is the
    /// default, it becomes the only default.
    pub async fn save_shoe(&self, shoe: &Shoe) -> Result<i64, StoreError> {
        let mut tx = self.write().await?;
        if shoe.is_default {
            sqlx::query("UPDATE shoes SET is_default = 0").execute(&mut *tx).await?;
        }
        sqlx::query(
            "INSERT INTO shoes (name, brand, model, start_km, inspect_km, replace_km, is_default, created_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET brand = excluded.brand, \
             model = excluded.model, start_km = excluded.start_km, inspect_km = excluded.inspect_km, \
             replace_km = excluded.replace_km, is_default = excluded.is_default, retired_on = NULL",
        )
        .bind(&shoe.name)
        .bind(shoe.brand.as_deref())
        .bind(shoe.model.as_deref())
        .bind(shoe.start_km)
        .bind(shoe.inspect_km)
        .bind(shoe.replace_km)
        .bind(i64::from(shoe.is_default))
        .bind(unix_now())
        .execute(&mut *tx)
        .await?;
        let id: i64 = sqlx::query_scalar("SELECT id FROM shoes WHERE name = ?")
            .bind(&shoe.name)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Retires a shoe from `day`; it is no longer the default. False when there is no such shoe.
    pub async fn retire_shoe(&self, name: &str, day: LocalDay) -> Result<bool, StoreError> {
        let mut tx = self.write().await?;
        let done = sqlx::query("UPDATE shoes SET retired_on = ?, is_default = 0 WHERE name = ?")
            .bind(day.to_string())
            .bind(name)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Renames a shoe. False when there is no such shoe; [`StoreError::NameTaken`] when another
    /// pair already has the new name (in any case).
    pub async fn rename_shoe(&self, id: i64, name: &str) -> Result<bool, StoreError> {
        let mut tx = self.write().await?;
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT id FROM shoes WHERE name = ? AND id <> ?")
                .bind(name)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        if taken.is_some() {
            tx.rollback().await;
            return Err(StoreError::NameTaken(name.to_owned()));
        }
        let done = sqlx::query("UPDATE shoes SET name = ? WHERE id = ?")
            .bind(name)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Makes a shoe the only default for new runs (and brings it out of retirement). False
    /// when there is no such shoe.
    pub async fn set_default_shoe(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE shoes SET is_default = 0 WHERE id <> ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("UPDATE shoes SET is_default = 1, retired_on = NULL WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes a shoe; its runs keep their kilometres but no longer count on any pair.
    pub async fn delete_shoe(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE runs SET shoe_id = NULL WHERE shoe_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("DELETE FROM shoes WHERE id = ?").bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// The default shoe for new runs, unless it is retired.
    pub async fn default_shoe(&self) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM shoes WHERE is_default = 1 AND retired_on IS NULL LIMIT 1",
        )
        .fetch_optional(self.reader())
        .await?)
    }
}

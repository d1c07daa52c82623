//! Devices paired with `runwell serve --lan` (issue 19) and the session records that let them in.
//! They are this machine's keys to its runner's record, not part of it: a copy, an export and a
//! restore leave them out, and an erase removes them. Their writes do not move the runner's
//! write generation, since nothing a page shows is read from them.

use crate::server::SessionData;
use crate::{RunnerId, Store, StoreError, unix_now};

/// A paired device as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairedDeviceRow {
    pub id: i64,
    /// What the runner knows it by (drawn from its browser's description of itself).
    pub name: String,
    pub paired_utc: i64,
}

impl Store {
    /// Records a newly paired device.
    pub async fn add_paired_device(
        &self,
        runner: RunnerId,
        name: &str,
    ) -> Result<PairedDeviceRow, StoreError> {
        let paired_utc = unix_now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO paired_devices (runner_id, name, paired_at) VALUES ($1, $2, $3) \
             RETURNING id",
        )
        .bind(runner.get())
        .bind(name)
        .bind(paired_utc)
        .fetch_one(self.writer_pool())
        .await?;
        Ok(PairedDeviceRow { id, name: name.to_owned(), paired_utc })
    }

    /// Every paired device, in the order they were paired.
    pub async fn paired_devices(
        &self,
        runner: RunnerId,
    ) -> Result<Vec<PairedDeviceRow>, StoreError> {
        let rows: Vec<(i64, String, i64)> = sqlx::query_as(
            "SELECT id, name, paired_at FROM paired_devices WHERE runner_id = $1 ORDER BY id",
        )
        .bind(runner.get())
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, paired_utc)| PairedDeviceRow { id, name, paired_utc })
            .collect())
    }

    /// Whether `device` is still paired.
    pub async fn is_paired(&self, runner: RunnerId, device: i64) -> Result<bool, StoreError> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM paired_devices WHERE runner_id = $1 AND id = $2")
                .bind(runner.get())
                .bind(device)
                .fetch_optional(self.reader())
                .await?;
        Ok(found.is_some())
    }

    /// Forgets a paired device and ends its sessions, in one transaction; false when there was
    /// none with that id.
    pub async fn remove_paired_device(
        &self,
        runner: RunnerId,
        device: i64,
    ) -> Result<bool, StoreError> {
        // The runner's own write transaction (BEGIN IMMEDIATE on SQLite); removing a device is rare
        // enough that the snapshot's reload it causes costs nothing.
        let mut tx = self.write(runner).await?;
        sqlx::query("DELETE FROM device_sessions WHERE runner_id = $1 AND device_id = $2")
            .bind(runner.get())
            .bind(device)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("DELETE FROM paired_devices WHERE runner_id = $1 AND id = $2")
            .bind(runner.get())
            .bind(device)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Stores a device's session record, replacing the one with its id unless `only_new`, when
    /// an id already taken writes nothing and answers false.
    pub async fn put_device_session(
        &self,
        runner: RunnerId,
        id: &str,
        device: Option<i64>,
        record: &SessionData,
        only_new: bool,
    ) -> Result<bool, StoreError> {
        let sql = if only_new {
            "INSERT INTO device_sessions (runner_id, id, device_id, data, expires_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (runner_id, id) DO NOTHING"
        } else {
            "INSERT INTO device_sessions (runner_id, id, device_id, data, expires_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (runner_id, id) DO UPDATE SET \
             device_id = excluded.device_id, data = excluded.data, expires_at = excluded.expires_at"
        };
        let done = sqlx::query(sql)
            .bind(runner.get())
            .bind(id)
            .bind(device)
            .bind(record.data.as_slice())
            .bind(record.expires_utc)
            .execute(self.writer_pool())
            .await;
        match done {
            Ok(done) => Ok(done.rows_affected() == 1 || !only_new),
            // The device was removed while its session was being saved: the session goes too.
            Err(e) if is_foreign_key(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// A device's session record with this id, unless it has expired.
    pub async fn device_session(
        &self,
        runner: RunnerId,
        id: &str,
    ) -> Result<Option<SessionData>, StoreError> {
        let row: Option<(Vec<u8>, i64)> = sqlx::query_as(
            "SELECT data, expires_at FROM device_sessions \
             WHERE runner_id = $1 AND id = $2 AND expires_at > $3",
        )
        .bind(runner.get())
        .bind(id)
        .bind(unix_now())
        .fetch_optional(self.reader())
        .await?;
        Ok(row.map(|(data, expires_utc)| SessionData { data, expires_utc }))
    }

    /// Ends a device's session.
    pub async fn delete_device_session(
        &self,
        runner: RunnerId,
        id: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM device_sessions WHERE runner_id = $1 AND id = $2")
            .bind(runner.get())
            .bind(id)
            .execute(self.writer_pool())
            .await?;
        Ok(())
    }

    /// Removes every expired device session; how many went.
    pub async fn delete_expired_device_sessions(
        &self,
        runner: RunnerId,
    ) -> Result<u64, StoreError> {
        let done =
            sqlx::query("DELETE FROM device_sessions WHERE runner_id = $1 AND expires_at <= $2")
                .bind(runner.get())
                .bind(unix_now())
                .execute(self.writer_pool())
                .await?;
        Ok(done.rows_affected())
    }

    /// Forgets every paired device of `runner` and its sessions (an erase).
    pub(crate) async fn forget_devices_in(
        tx: &mut sqlx::AnyConnection,
        runner: RunnerId,
    ) -> Result<(), StoreError> {
        for sql in [
            "DELETE FROM device_sessions WHERE runner_id = $1",
            "DELETE FROM paired_devices WHERE runner_id = $1",
        ] {
            sqlx::query(sql).bind(runner.get()).execute(&mut *tx).await?;
        }
        Ok(())
    }
}

fn is_foreign_key(e: &sqlx::Error) -> bool {
    e.as_database_error().is_some_and(|d| d.is_foreign_key_violation())
}

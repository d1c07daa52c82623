//! Server mode's own tables (issue 18), on PostgreSQL only: accounts and their sessions here,
//! invitations, sharing and clinicians' notes in `sharing.rs`, the audit trail in `audit.rs`.
//! None of them is one runner's record, so they are not copied, exported or erased with one;
//! the rows about a runner (shares, notes, audit events) carry her `runner_id`. Each method
//! refuses a database file with [`StoreError::ServerOnly`]. Who may do what is decided by the
//! app; the store only keeps the rows.

mod audit;
mod sharing;

pub use audit::AuditRow;
pub use sharing::{InvitationRow, NoteRow, SharedRunner, SharingClinician};

use crate::{Engine, RunnerId, Store, StoreError, unix_now};

/// What an account may do: a runner owns her record; a clinician sees the records shared with
/// her.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Runner,
    Clinician,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Runner => "runner",
            Role::Clinician => "clinician",
        }
    }

    pub(crate) fn parse(text: &str) -> Result<Self, StoreError> {
        match text {
            "runner" => Ok(Role::Runner),
            "clinician" => Ok(Role::Clinician),
            other => Err(StoreError::Corrupt { what: "account role", detail: other.to_owned() }),
        }
    }
}

/// An account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The runner a runner account owns; `None` for a clinician.
    pub runner: Option<RunnerId>,
    /// The argon2id hash in PHC form.
    pub password_hash: String,
    /// Moved on by every password change or reset.
    pub auth_version: i64,
    pub created_utc: i64,
}

type AccountTuple = (i64, String, String, String, Option<i64>, String, i64, i64);

/// An account query: its columns, then `$tail` (static, as sqlx wants every SQL string).
macro_rules! accounts_where {
    ($tail:literal) => {
        concat!(
            "SELECT id, email, name, role, runner_id, password_hash, auth_version, created_at \
             FROM accounts ",
            $tail
        )
    };
}

fn account(row: AccountTuple) -> Result<AccountRow, StoreError> {
    let (id, email, name, role, runner, password_hash, auth_version, created_utc) = row;
    Ok(AccountRow {
        id,
        email,
        name,
        role: Role::parse(&role)?,
        runner: runner.map(RunnerId::new),
        password_hash,
        auth_version,
        created_utc,
    })
}

/// A session record as kept: its bytes and when it expires (UTC epoch seconds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionData {
    pub data: Vec<u8>,
    pub expires_utc: i64,
}

impl Store {
    pub(crate) fn server_only(&self) -> Result<(), StoreError> {
        if self.engine() == Engine::Postgres { Ok(()) } else { Err(StoreError::ServerOnly) }
    }

    /// Adds an account; a runner account gets a new runner of its own in the same transaction,
    /// or owns `existing` (a runner already in the database, say one copied in with `runwell db
    /// copy`, whom no account owns yet). An e-mail address already used (in any case) is
    /// [`StoreError::EmailTaken`].
    pub async fn add_account(
        &self,
        email: &str,
        name: &str,
        role: Role,
        password_hash: &str,
        existing: Option<RunnerId>,
    ) -> Result<AccountRow, StoreError> {
        self.server_only()?;
        let mut tx = self.writer_pool().begin().await?;
        if let Some(runner) = existing {
            let owned: Option<i64> =
                sqlx::query_scalar("SELECT id FROM accounts WHERE runner_id = $1")
                    .bind(runner.get())
                    .fetch_optional(&mut *tx)
                    .await?;
            if role != Role::Runner || owned.is_some() {
                return Err(StoreError::RunnerOwned(runner.get()));
            }
        }
        let id = insert_account(&mut tx, email, name, role, password_hash, existing).await?;
        tx.commit().await?;
        self.account(id).await?.ok_or(StoreError::Corrupt {
            what: "account",
            detail: format!("account {id} vanished after it was added"),
        })
    }

    /// The account with this id.
    pub async fn account(&self, id: i64) -> Result<Option<AccountRow>, StoreError> {
        self.server_only()?;
        let sql = accounts_where!("WHERE id = $1");
        let row: Option<AccountTuple> =
            sqlx::query_as(sql).bind(id).fetch_optional(self.reader()).await?;
        row.map(account).transpose()
    }

    /// The account with this e-mail address, in any case.
    pub async fn account_by_email(&self, email: &str) -> Result<Option<AccountRow>, StoreError> {
        self.server_only()?;
        let sql = accounts_where!("WHERE lower(email) = lower($1)");
        let row: Option<AccountTuple> =
            sqlx::query_as(sql).bind(email).fetch_optional(self.reader()).await?;
        row.map(account).transpose()
    }

    /// The account that owns `runner`'s record, if any.
    pub async fn account_of_runner(
        &self,
        runner: RunnerId,
    ) -> Result<Option<AccountRow>, StoreError> {
        self.server_only()?;
        let sql = accounts_where!("WHERE runner_id = $1");
        let row: Option<AccountTuple> =
            sqlx::query_as(sql).bind(runner.get()).fetch_optional(self.reader()).await?;
        row.map(account).transpose()
    }

    /// Every account, oldest first.
    pub async fn accounts(&self) -> Result<Vec<AccountRow>, StoreError> {
        self.server_only()?;
        let sql = accounts_where!("ORDER BY id");
        let rows: Vec<AccountTuple> = sqlx::query_as(sql).fetch_all(self.reader()).await?;
        rows.into_iter().map(account).collect()
    }

    /// Replaces an account's password hash, moves its `auth_version` on and ends every one of
    /// its sessions but `keep` (the one that changed it, already given a new id), in one
    /// transaction. False when there is no such account.
    pub async fn set_password(
        &self,
        account: i64,
        password_hash: &str,
        keep: Option<&str>,
    ) -> Result<Option<i64>, StoreError> {
        self.server_only()?;
        let mut tx = self.writer_pool().begin().await?;
        let version: Option<i64> = sqlx::query_scalar(
            "UPDATE accounts SET password_hash = $1, auth_version = auth_version + 1 \
             WHERE id = $2 RETURNING auth_version",
        )
        .bind(password_hash)
        .bind(account)
        .fetch_optional(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM web_sessions WHERE account_id = $1 AND id <> $2")
            .bind(account)
            .bind(keep.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Stores a session record, replacing the one with its id unless `only_new`, when an id
    /// already taken writes nothing and answers false (as `put_device_session` does).
    pub async fn put_web_session(
        &self,
        id: &str,
        account: Option<i64>,
        record: &SessionData,
        only_new: bool,
    ) -> Result<bool, StoreError> {
        self.server_only()?;
        let sql = if only_new {
            "INSERT INTO web_sessions (id, account_id, data, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id) DO NOTHING"
        } else {
            "INSERT INTO web_sessions (id, account_id, data, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, \
             data = excluded.data, expires_at = excluded.expires_at"
        };
        let done = sqlx::query(sql)
            .bind(id)
            .bind(account)
            .bind(record.data.as_slice())
            .bind(record.expires_utc)
            .execute(self.writer_pool())
            .await?;
        Ok(done.rows_affected() == 1 || !only_new)
    }

    /// The session record with this id, unless it has expired.
    pub async fn web_session(&self, id: &str) -> Result<Option<SessionData>, StoreError> {
        self.server_only()?;
        let row: Option<(Vec<u8>, i64)> = sqlx::query_as(
            "SELECT data, expires_at FROM web_sessions WHERE id = $1 AND expires_at > $2",
        )
        .bind(id)
        .bind(unix_now())
        .fetch_optional(self.reader())
        .await?;
        Ok(row.map(|(data, expires_utc)| SessionData { data, expires_utc }))
    }

    /// Ends a session.
    pub async fn delete_web_session(&self, id: &str) -> Result<(), StoreError> {
        self.server_only()?;
        sqlx::query("DELETE FROM web_sessions WHERE id = $1")
            .bind(id)
            .execute(self.writer_pool())
            .await?;
        Ok(())
    }

    /// Removes every expired session record; how many went.
    pub async fn delete_expired_web_sessions(&self) -> Result<u64, StoreError> {
        self.server_only()?;
        let done = sqlx::query("DELETE FROM web_sessions WHERE expires_at <= $1")
            .bind(unix_now())
            .execute(self.writer_pool())
            .await?;
        Ok(done.rows_affected())
    }
}

/// Inserts an account (and a runner account's runner) inside `tx`.
pub(crate) async fn insert_account(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    email: &str,
    name: &str,
    role: Role,
    password_hash: &str,
    existing: Option<RunnerId>,
) -> Result<i64, StoreError> {
    let taken: Option<i64> =
        sqlx::query_scalar("SELECT id FROM accounts WHERE lower(email) = lower($1)")
            .bind(email)
            .fetch_optional(&mut **tx)
            .await?;
    if taken.is_some() {
        return Err(StoreError::EmailTaken(email.to_owned()));
    }
    let now = unix_now();
    let runner: Option<i64> = match (role, existing) {
        (Role::Runner, Some(runner)) => Some(runner.get()),
        (Role::Runner, None) => Some(
            sqlx::query_scalar(
                "INSERT INTO runners (name, created_at) VALUES ($1, $2) RETURNING id",
            )
            .bind(name)
            .bind(now)
            .fetch_one(&mut **tx)
            .await?,
        ),
        (Role::Clinician, _) => None,
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO accounts (email, name, role, runner_id, password_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(role.as_str())
    .bind(runner)
    .bind(password_hash)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(|e| match &e {
        sqlx::Error::Database(d) if d.code().as_deref() == Some("23505") => {
            StoreError::EmailTaken(email.to_owned())
        }
        _ => StoreError::from(e),
    })?;
    Ok(id)
}

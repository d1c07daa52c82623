//! Invitations (one-time sign-up links), share codes, who shares with whom, and clinicians'
//! notes. Tokens and codes are kept only as their SHA-256 (hex), which the app computes: a
//! copy of the database does not hand out working links.

use super::{AccountRow, Role, insert_account};
use crate::{RunnerId, Store, StoreError, unix_now};

/// A sign-up link as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationRow {
    pub id: i64,
    pub role: Role,
    /// The clinician who made it, if one did (an operator's has none).
    pub created_by: Option<i64>,
    pub expires_utc: i64,
}

/// A clinician a runner shares with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharingClinician {
    pub clinician: AccountRow,
    pub since_utc: i64,
}

/// A runner who shares with a clinician.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedRunner {
    pub runner: RunnerId,
    pub name: String,
    pub email: String,
    pub since_utc: i64,
}

/// A clinician's note on a runner's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRow {
    pub id: i64,
    pub author: String,
    /// The day it is written for, `YYYY-MM-DD`.
    pub day: String,
    pub body: String,
    pub created_utc: i64,
}

impl Store {
    /// Keeps a sign-up link's token hash.
    pub async fn add_invitation(
        &self,
        token_hash: &str,
        role: Role,
        created_by: Option<i64>,
        expires_utc: i64,
    ) -> Result<(), StoreError> {
        self.server_only()?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, role, created_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(role.as_str())
        .bind(created_by)
        .bind(unix_now())
        .bind(expires_utc)
        .execute(self.writer_pool())
        .await?;
        Ok(())
    }

    /// How many of `clinician`'s links are still waiting: not used, not expired (a limit counts
    /// them before another is made).
    pub async fn open_invitations_by(&self, clinician: i64) -> Result<i64, StoreError> {
        self.server_only()?;
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM invitations \
             WHERE created_by = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(clinician)
        .bind(unix_now())
        .fetch_one(self.reader())
        .await?)
    }

    /// How many of `clinician`'s share codes are still waiting: not used, not expired.
    pub async fn open_share_codes_of(&self, clinician: i64) -> Result<i64, StoreError> {
        self.server_only()?;
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM share_codes \
             WHERE clinician_id = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(clinician)
        .bind(unix_now())
        .fetch_one(self.reader())
        .await?)
    }

    /// How many notes `clinician` has left on `runner`'s record.
    pub async fn notes_by(&self, runner: RunnerId, clinician: i64) -> Result<i64, StoreError> {
        self.server_only()?;
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM clinician_notes WHERE runner_id = $1 AND clinician_id = $2",
        )
        .bind(runner.get())
        .bind(clinician)
        .fetch_one(self.reader())
        .await?)
    }

    /// The unused, unexpired invitation with this token hash.
    pub async fn invitation(&self, token_hash: &str) -> Result<Option<InvitationRow>, StoreError> {
        self.server_only()?;
        let row: Option<(i64, String, Option<i64>, i64)> = sqlx::query_as(
            "SELECT id, role, created_by, expires_at FROM invitations \
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(unix_now())
        .fetch_optional(self.reader())
        .await?;
        row.map(|(id, role, created_by, expires_utc)| {
            Ok(InvitationRow { id, role: Role::parse(&role)?, created_by, expires_utc })
        })
        .transpose()
    }

    /// Uses an invitation and adds the account it was for, in one transaction: `None` (nothing
    /// written) when the link is unknown, used or expired, so a link works once.
    pub async fn accept_invitation(
        &self,
        token_hash: &str,
        email: &str,
        name: &str,
        password_hash: &str,
    ) -> Result<Option<(AccountRow, InvitationRow)>, StoreError> {
        self.server_only()?;
        let mut tx = self.writer_pool().begin().await?;
        let row: Option<(i64, String, Option<i64>, i64)> = sqlx::query_as(
            "UPDATE invitations SET used_at = $2 \
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
             RETURNING id, role, created_by, expires_at",
        )
        .bind(token_hash)
        .bind(unix_now())
        .fetch_optional(&mut *tx)
        .await?;
        let Some((invitation_id, role, created_by, expires_utc)) = row else {
            return Ok(None);
        };
        let role = Role::parse(&role)?;
        let id = insert_account(&mut tx, email, name, role, password_hash, None).await?;
        sqlx::query("UPDATE invitations SET used_by = $1 WHERE id = $2")
            .bind(id)
            .bind(invitation_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        let account = self.account(id).await?.ok_or(StoreError::Corrupt {
            what: "account",
            detail: format!("account {id} vanished after it was added"),
        })?;
        Ok(Some((account, InvitationRow { id: invitation_id, role, created_by, expires_utc })))
    }

    /// Keeps a clinician's share code's hash.
    pub async fn add_share_code(
        &self,
        code_hash: &str,
        clinician: i64,
        expires_utc: i64,
    ) -> Result<(), StoreError> {
        self.server_only()?;
        sqlx::query(
            "INSERT INTO share_codes (code_hash, clinician_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(code_hash)
        .bind(clinician)
        .bind(unix_now())
        .bind(expires_utc)
        .execute(self.writer_pool())
        .await?;
        Ok(())
    }

    /// The clinician whose unused, unexpired share code this is.
    pub async fn share_code_clinician(&self, code_hash: &str) -> Result<Option<i64>, StoreError> {
        self.server_only()?;
        Ok(sqlx::query_scalar(
            "SELECT clinician_id FROM share_codes \
             WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(code_hash)
        .bind(unix_now())
        .fetch_optional(self.reader())
        .await?)
    }

    /// Uses a share code and shares `runner`'s record with its clinician, in one transaction;
    /// the clinician's id, or `None` (nothing written) when the code is unknown, used or
    /// expired. Sharing again with the same clinician keeps the first share's date.
    pub async fn share_by_code(
        &self,
        code_hash: &str,
        runner: RunnerId,
    ) -> Result<Option<i64>, StoreError> {
        self.server_only()?;
        let now = unix_now();
        let mut tx = self.writer_pool().begin().await?;
        let clinician: Option<i64> = sqlx::query_scalar(
            "UPDATE share_codes SET used_at = $2 \
             WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING clinician_id",
        )
        .bind(code_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(clinician) = clinician else { return Ok(None) };
        sqlx::query(
            "INSERT INTO shares (runner_id, clinician_id, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (runner_id, clinician_id) DO NOTHING",
        )
        .bind(runner.get())
        .bind(clinician)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(clinician))
    }

    /// Stops `runner` sharing with `clinician`; false when she did not.
    pub async fn unshare(&self, runner: RunnerId, clinician: i64) -> Result<bool, StoreError> {
        self.server_only()?;
        let done = sqlx::query("DELETE FROM shares WHERE runner_id = $1 AND clinician_id = $2")
            .bind(runner.get())
            .bind(clinician)
            .execute(self.writer_pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Whether `runner` shares her record with `clinician` now.
    pub async fn shares_with(&self, runner: RunnerId, clinician: i64) -> Result<bool, StoreError> {
        self.server_only()?;
        let found: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM shares WHERE runner_id = $1 AND clinician_id = $2")
                .bind(runner.get())
                .bind(clinician)
                .fetch_optional(self.reader())
                .await?;
        Ok(found.is_some())
    }

    /// The clinicians `runner` shares with, earliest share first.
    pub async fn clinicians_of(
        &self,
        runner: RunnerId,
    ) -> Result<Vec<SharingClinician>, StoreError> {
        self.server_only()?;
        let ids: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT clinician_id, created_at FROM shares WHERE runner_id = $1 \
             ORDER BY created_at, clinician_id",
        )
        .bind(runner.get())
        .fetch_all(self.reader())
        .await?;
        let mut out = Vec::with_capacity(ids.len());
        for (id, since_utc) in ids {
            if let Some(clinician) = self.account(id).await? {
                out.push(SharingClinician { clinician, since_utc });
            }
        }
        Ok(out)
    }

    /// The runners who share with `clinician`, by name.
    pub async fn runners_of(&self, clinician: i64) -> Result<Vec<SharedRunner>, StoreError> {
        self.server_only()?;
        let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
            "SELECT a.runner_id, a.name, a.email, s.created_at FROM shares s \
             JOIN accounts a ON a.runner_id = s.runner_id \
             WHERE s.clinician_id = $1 ORDER BY lower(a.name), a.runner_id",
        )
        .bind(clinician)
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(runner, name, email, since_utc)| SharedRunner {
                runner: RunnerId::new(runner),
                name,
                email,
                since_utc,
            })
            .collect())
    }

    /// Adds a clinician's note to `runner`'s record.
    pub async fn add_note(
        &self,
        runner: RunnerId,
        clinician: &AccountRow,
        day: &str,
        body: &str,
    ) -> Result<i64, StoreError> {
        self.server_only()?;
        Ok(sqlx::query_scalar(
            "INSERT INTO clinician_notes (runner_id, clinician_id, author, day, body, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(runner.get())
        .bind(clinician.id)
        .bind(&clinician.name)
        .bind(day)
        .bind(body)
        .bind(unix_now())
        .fetch_one(self.writer_pool())
        .await?)
    }

    /// `runner`'s notes from clinicians, newest day first, at most `limit`; none on a file.
    pub async fn notes(&self, runner: RunnerId, limit: i64) -> Result<Vec<NoteRow>, StoreError> {
        if self.server_only().is_err() {
            return Ok(Vec::new());
        }
        let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
            "SELECT id, author, day, body, created_at FROM clinician_notes WHERE runner_id = $1 \
             ORDER BY day DESC, id DESC LIMIT $2",
        )
        .bind(runner.get())
        .bind(limit)
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, author, day, body, created_utc)| NoteRow {
                id,
                author,
                day,
                body,
                created_utc,
            })
            .collect())
    }
}

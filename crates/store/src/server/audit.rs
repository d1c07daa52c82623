//! The audit trail: one row per thing that happened (a sign-in, a refused one, a share, a
//! clinician's view…), with who did it, whose record it concerns and from which address.

use crate::{RunnerId, Store, StoreError, unix_now};

/// An audit event as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub at_utc: i64,
    pub kind: String,
    /// The account that acted, if known.
    pub account: Option<i64>,
    /// The name of that account, if it still exists.
    pub account_name: Option<String>,
    pub runner: Option<RunnerId>,
    pub address: Option<String>,
    pub detail: Option<String>,
}

/// An audit row as read: at, kind, account, its name, runner, address, detail.
type AuditTuple =
    (i64, String, Option<i64>, Option<String>, Option<i64>, Option<String>, Option<String>);

impl Store {
    /// Records an event.
    pub async fn audit(
        &self,
        kind: &str,
        account: Option<i64>,
        runner: Option<RunnerId>,
        address: Option<&str>,
        detail: Option<&str>,
    ) -> Result<(), StoreError> {
        self.server_only()?;
        sqlx::query(
            "INSERT INTO audit_events (at, kind, account_id, runner_id, address, detail) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(unix_now())
        .bind(kind)
        .bind(account)
        .bind(runner.map(RunnerId::get))
        .bind(address)
        .bind(detail)
        .execute(self.writer_pool())
        .await?;
        Ok(())
    }

    /// The events about `runner`'s record or done by `account`, newest first, at most `limit`.
    pub async fn audit_of(
        &self,
        runner: Option<RunnerId>,
        account: i64,
        limit: i64,
    ) -> Result<Vec<AuditRow>, StoreError> {
        self.server_only()?;
        let rows: Vec<AuditTuple> =
            sqlx::query_as(
                "SELECT e.at, e.kind, e.account_id, a.name, e.runner_id, e.address, e.detail \
                 FROM audit_events e LEFT JOIN accounts a ON a.id = e.account_id \
                 WHERE e.runner_id = $1 OR e.account_id = $2 ORDER BY e.at DESC, e.id DESC LIMIT $3",
            )
            .bind(runner.map_or(-1, RunnerId::get))
            .bind(account)
            .bind(limit)
            .fetch_all(self.reader())
            .await?;
        Ok(rows
            .into_iter()
            .map(|(at_utc, kind, account, account_name, runner, address, detail)| AuditRow {
                at_utc,
                kind,
                account,
                account_name,
                runner: runner.map(RunnerId::new),
                address,
                detail,
            })
            .collect())
    }

    /// How many events of `kind` there are (for tests and the operator).
    pub async fn audit_count(&self, kind: &str) -> Result<i64, StoreError> {
        self.server_only()?;
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE kind = $1")
            .bind(kind)
            .fetch_one(self.reader())
            .await?)
    }
}

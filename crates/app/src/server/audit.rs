//! The audit trail as its reader sees it: what happened, when, by whom, from where.

use super::{Account, Server};
use crate::AppError;

/// Events shown at most.
const AUDIT_LINES: i64 = 200;

/// One event of the audit trail, in words.
#[derive(Debug, Clone)]
pub struct AuditLine {
    pub at_utc: i64,
    /// The event's id (`sign_in`, `shared`, `clinician_view`…).
    pub kind: String,
    /// What happened, in words.
    pub what: &'static str,
    /// Who did it, when known.
    pub by: Option<String>,
    pub address: Option<String>,
}

fn words(kind: &str) -> &'static str {
    match kind {
        "sign_in" => "Signed in",
        "sign_out" => "Signed out",
        "sign_in_refused" => "A sign-in was refused",
        "sign_in_held" => "A sign-in was held back after too many attempts",
        "password_changed" => "Password changed",
        "password_reset" => "Password reset by the operator",
        "account_added" => "Account made",
        "joined" => "Signed up through an invitation",
        "invitation_made" => "Invitation made",
        "shared" => "Started sharing the record",
        "unshared" => "Stopped sharing the record",
        "clinician_view" => "A clinician looked at the record",
        "note_added" => "A clinician left a note",
        _ => "Something else happened",
    }
}

impl Server {
    /// The events about the account's own record or done by the account, newest first.
    pub async fn audit_log(&self, account: &Account) -> Result<Vec<AuditLine>, AppError> {
        Ok(self
            .store
            .audit_of(account.runner, account.id, AUDIT_LINES)
            .await?
            .into_iter()
            .map(|row| AuditLine {
                at_utc: row.at_utc,
                what: words(&row.kind),
                kind: row.kind,
                by: row.account_name,
                address: row.address,
            })
            .collect())
    }

    /// How many events of `kind` the trail holds.
    pub async fn audit_count(&self, kind: &str) -> Result<i64, AppError> {
        Ok(self.store.audit_count(kind).await?)
    }
}

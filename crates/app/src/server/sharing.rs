//! Invitations, sharing and notes. A sign-up link is made by the operator or by a clinician and
//! works once within `INVITATION_DAYS`; a share code is a clinician's, typed by a runner, and
//! works once within `SHARE_CODE_DAYS`. Only the SHA-256 of either is stored, so a copy of the
//! database hands out nothing that works. A runner sees exactly what will be shared before she
//! shares ([`SHARED_PARTS`]) and can stop at any time; from then on nothing of hers is visible.

use runwell_domain::LocalDay;
use sha2::{Digest as _, Sha256};

use super::{Account, AccountRole, Server, passwords};
use crate::{App, AppError};

const INVITATION_DAYS: i64 = 14;
const SHARE_CODE_DAYS: i64 = 14;
/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Sign-up links a clinician may have waiting at once (each is a row until it is used or expires).
pub const MAX_OPEN_INVITATIONS: i64 = 50;
/// Share codes a clinician may have waiting at once.
pub const MAX_OPEN_SHARE_CODES: i64 = 50;
/// Notes a clinician may leave on one runner's record.
pub const MAX_NOTES_PER_RUNNER: i64 = 1_000;

/// A request refused because the one asking has made as many of something as runwell keeps.
fn too_many(message: String) -> AppError {
    AppError::Invalid(vec![crate::FieldError { field: "form", message, text: None }])
}
/// Notes shown to a runner on Today.
const NOTES_ON_TODAY: i64 = 3;
/// Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// What a clinician sees of a runner who shares, in the words the runner reads before sharing.
pub const SHARED_PARTS: &[&str] = &[
    "Today as you see it: the light, its reasons, the suggested distance and the triage level",
    "Your trends: pain, load and distance week by week",
    "Your diary: pain entries, exercise sessions and check answers",
    "Your runs and your programme levels",
];

/// A sign-up link, as made: the token goes into the link once and is not kept.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub token: String,
    pub role: AccountRole,
    pub expires_utc: i64,
}

/// What a share code would share, and with whom, before the runner says yes.
#[derive(Debug, Clone)]
pub struct SharePreview {
    pub clinician_name: String,
    pub clinician_email: String,
    pub parts: &'static [&'static str],
}

/// A clinician a runner shares with.
#[derive(Debug, Clone)]
pub struct ClinicianLine {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub since_utc: i64,
}

/// A clinician's note as the runner reads it.
#[derive(Debug, Clone)]
pub struct NoteView {
    pub author: String,
    pub day: LocalDay,
    pub body: String,
}

pub(crate) fn random_token(bytes: usize) -> Result<Vec<u8>, AppError> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf)
        .map_err(|e| AppError::Server(format!("no randomness for a token: {e}")))?;
    Ok(buf)
}

pub(crate) fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A share code as typed: letters upper-cased, spaces and dashes dropped.
fn normal_code(code: &str) -> String {
    code.chars().filter(|c| !matches!(c, ' ' | '-')).map(|c| c.to_ascii_uppercase()).collect()
}

fn days_from_now(days: i64) -> i64 {
    jiff::Timestamp::now().as_second() + days * 86_400
}

impl Server {
    /// Makes a one-time sign-up link for an account of `role`: by the operator (`by` is
    /// `None`) for either role, or by a clinician for a runner (who is then offered to share
    /// with her). A runner cannot invite.
    pub async fn invite(
        &self,
        by: Option<&Account>,
        role: AccountRole,
    ) -> Result<Invitation, AppError> {
        if let Some(by) = by
            && (by.role != AccountRole::Clinician || role != AccountRole::Runner)
        {
            return Err(AppError::NotVisible);
        }
        if let Some(by) = by
            && self.store.open_invitations_by(by.id).await? >= MAX_OPEN_INVITATIONS
        {
            return Err(too_many(format!(
                "you have {MAX_OPEN_INVITATIONS} sign-up links that are not used yet; send \
                 those, or wait until they expire ({INVITATION_DAYS} days after they were made), \
                 before making more"
            )));
        }
        let token: String = random_token(24)?.iter().map(|b| format!("{b:02x}")).collect();
        let expires_utc = days_from_now(INVITATION_DAYS);
        self.store
            .add_invitation(&digest(&token), role.store(), by.map(|a| a.id), expires_utc)
            .await?;
        self.audit_event("invitation_made", by.map(|a| a.id), None, None, Some(role.id())).await?;
        Ok(Invitation { token, role, expires_utc })
    }

    /// The role a sign-up link is for, while it works; [`AppError::NotVisible`] otherwise.
    pub async fn invitation(&self, token: &str) -> Result<AccountRole, AppError> {
        let row = self.store.invitation(&digest(token)).await?.ok_or(AppError::NotVisible)?;
        Ok(AccountRole::from_store(row.role))
    }

    /// Signs up through a link, which then works no more; the new account, and the share code
    /// to offer when a clinician invited a runner (she still says yes herself).
    pub async fn join(
        &self,
        token: &str,
        email: &str,
        name: &str,
        password: &str,
        address: &str,
    ) -> Result<(Account, Option<String>), AppError> {
        let (email, name) = super::check_identity(email, name)?;
        passwords::check_new("password", password)?;
        let hash = passwords::hash(password).await?;
        let (row, invitation) = self
            .store
            .accept_invitation(&digest(token), &email, &name, &hash)
            .await?
            .ok_or(AppError::NotVisible)?;
        let account = Account::from_row(row);
        self.audit_event("joined", Some(account.id), account.runner, Some(address), None).await?;
        let offer = match invitation.created_by {
            Some(clinician) if account.role == AccountRole::Runner => {
                Some(self.new_share_code(clinician).await?)
            }
            _ => None,
        };
        Ok((account, offer))
    }

    /// A new one-time share code of the clinician's, to give to a runner.
    pub async fn share_code(&self, clinician: &Account) -> Result<String, AppError> {
        if clinician.role != AccountRole::Clinician {
            return Err(AppError::NotVisible);
        }
        self.new_share_code(clinician.id).await
    }

    async fn new_share_code(&self, clinician: i64) -> Result<String, AppError> {
        if self.store.open_share_codes_of(clinician).await? >= MAX_OPEN_SHARE_CODES {
            return Err(too_many(format!(
                "you have {MAX_OPEN_SHARE_CODES} share codes that are not used yet; give those \
                 to your runners, or wait until they expire ({SHARE_CODE_DAYS} days after they \
                 were made), before making more"
            )));
        }
        let code: String = random_token(8)?
            .iter()
            .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
            .collect();
        self.store
            .add_share_code(&digest(&code), clinician, days_from_now(SHARE_CODE_DAYS))
            .await?;
        Ok(format!("{}-{}", &code[..4], &code[4..]))
    }

    /// Who a share code would share with, and what, for a runner to read before she says yes.
    pub async fn share_preview(
        &self,
        runner: &Account,
        code: &str,
    ) -> Result<SharePreview, AppError> {
        if runner.role != AccountRole::Runner {
            return Err(AppError::NotVisible);
        }
        let clinician = self
            .store
            .share_code_clinician(&digest(&normal_code(code)))
            .await?
            .ok_or_else(no_such_code)?;
        let clinician = self.store.account(clinician).await?.ok_or_else(no_such_code)?;
        Ok(SharePreview {
            clinician_name: clinician.name,
            clinician_email: clinician.email,
            parts: SHARED_PARTS,
        })
    }

    /// Shares the runner's record with the clinician whose code this is; the code then works no
    /// more.
    pub async fn share(
        &self,
        runner: &Account,
        code: &str,
        address: &str,
    ) -> Result<ClinicianLine, AppError> {
        let Some(own) = runner.runner.filter(|_| runner.role == AccountRole::Runner) else {
            return Err(AppError::NotVisible);
        };
        let clinician = self
            .store
            .share_by_code(&digest(&normal_code(code)), own)
            .await?
            .ok_or_else(no_such_code)?;
        self.forget_shares(clinician);
        self.audit_event(
            "shared",
            Some(runner.id),
            Some(own),
            Some(address),
            Some(&clinician.to_string()),
        )
        .await?;
        self.sharing(runner)
            .await?
            .into_iter()
            .find(|c| c.id == clinician)
            .ok_or(AppError::NotVisible)
    }

    /// Stops sharing with a clinician; from now on nothing of the runner's is visible to her.
    pub async fn unshare(
        &self,
        runner: &Account,
        clinician: i64,
        address: &str,
    ) -> Result<(), AppError> {
        let Some(own) = runner.runner.filter(|_| runner.role == AccountRole::Runner) else {
            return Err(AppError::NotVisible);
        };
        if !self.store.unshare(own, clinician).await? {
            return Err(AppError::NotVisible);
        }
        self.forget_shares(clinician);
        self.audit_event(
            "unshared",
            Some(runner.id),
            Some(own),
            Some(address),
            Some(&clinician.to_string()),
        )
        .await
    }

    /// The clinicians the runner shares with now.
    pub async fn sharing(&self, runner: &Account) -> Result<Vec<ClinicianLine>, AppError> {
        let Some(own) = runner.runner.filter(|_| runner.role == AccountRole::Runner) else {
            return Err(AppError::NotVisible);
        };
        Ok(self
            .store
            .clinicians_of(own)
            .await?
            .into_iter()
            .map(|s| ClinicianLine {
                id: s.clinician.id,
                name: s.clinician.name,
                email: s.clinician.email,
                since_utc: s.since_utc,
            })
            .collect())
    }

    /// Leaves a dated note on the record of a runner who shares with the clinician.
    pub async fn add_note(
        &self,
        clinician: &Account,
        runner: i64,
        day: &str,
        body: &str,
        address: &str,
    ) -> Result<(), AppError> {
        let runner = self.visible_runner(clinician, runner).await?;
        let body = body.trim();
        let mut errors = Vec::new();
        if body.is_empty() || body.chars().count() > MAX_NOTE_CHARS {
            errors.push(crate::FieldError {
                field: "body",
                message: format!("write a note of 1 to {MAX_NOTE_CHARS} characters"),
                text: None,
            });
        }
        let day = match LocalDay::parse(day.trim()) {
            Ok(day) => Some(day),
            Err(e) => {
                errors.push(crate::FieldError { field: "day", message: e.to_string(), text: None });
                None
            }
        };
        let (Some(day), true) = (day, errors.is_empty()) else {
            return Err(AppError::Invalid(errors));
        };
        if self.store.notes_by(runner, clinician.id).await? >= MAX_NOTES_PER_RUNNER {
            return Err(too_many(format!(
                "you have left {MAX_NOTES_PER_RUNNER} notes on this runner's record, as many as \
                 runwell keeps from one clinician"
            )));
        }
        let row = self.store.account(clinician.id).await?.ok_or(AppError::NotVisible)?;
        self.store.add_note(runner, &row, &day.to_string(), body).await?;
        self.app_for(runner).await.forget_notes();
        self.audit_event("note_added", Some(clinician.id), Some(runner), Some(address), None).await
    }
}

fn no_such_code() -> AppError {
    AppError::invalid(
        "code",
        "that code is not known, already used or out of date: ask your physio or coach for a new one",
    )
}

impl App {
    /// The latest notes clinicians left on this runner's record (none on a database file),
    /// read once and kept until a note is added through this server.
    pub async fn clinician_notes(&self) -> Result<Vec<NoteView>, AppError> {
        if let Some(kept) = self.notes.lock().unwrap_or_else(|p| p.into_inner()).clone() {
            return Ok(kept);
        }
        let notes: Vec<NoteView> = self
            .store()
            .notes(self.runner, NOTES_ON_TODAY)
            .await?
            .into_iter()
            .filter_map(|n| {
                Some(NoteView {
                    author: n.author,
                    day: LocalDay::parse(&n.day).ok()?,
                    body: n.body,
                })
            })
            .collect();
        *self.notes.lock().unwrap_or_else(|p| p.into_inner()) = Some(notes.clone());
        Ok(notes)
    }

    pub(crate) fn forget_notes(&self) {
        *self.notes.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_typed() {
        assert_eq!(normal_code("abcd-2345"), "ABCD2345");
        assert_eq!(normal_code(" AB CD 23 45 "), "ABCD2345");
        assert_eq!(digest("x").len(), 64);
    }
}

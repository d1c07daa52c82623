//! Server mode (issue 18): many runners and their clinicians on one PostgreSQL database.
//!
//! [`Server`] is the app for everyone signed in: it holds the store, one [`App`] per runner
//! (each with its snapshot, made once and kept, so that a runner's pages are as quick as on her
//! own machine) and the sign-in limiter. **Authorisation is decided here, on every use case**:
//! a front end holds an [`Account`] (only this module makes one, from a password or a session
//! that is still valid) and asks for what it may reach with it. A runner's account reaches her
//! own record ([`Server::own_app`]); a clinician's reaches a runner's only while that runner
//! shares with her ([`Server::shared_app`]), and then through a store handle that refuses every
//! write, so no use case can change the record on her behalf; anything else is
//! [`AppError::NotVisible`], which a front end shows as "not found" (never as "not yours", which
//! would say that it exists). Sharing, notes and invitations are in `sharing.rs`, the clinician's
//! list in `clinic.rs`, the audit trail in `audit.rs`.

mod audit;
mod clinic;
mod limiter;
mod passwords;
mod sharing;

pub use audit::AuditLine;
pub use clinic::ClinicRow;
pub(crate) use sharing::random_token;
pub use sharing::{
    ClinicianLine, Invitation, MAX_NOTE_CHARS, MAX_NOTES_PER_RUNNER, MAX_OPEN_INVITATIONS,
    MAX_OPEN_SHARE_CODES, NoteView, SHARED_PARTS, SharePreview,
};

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use runwell_store::{AccountRow, Role, RunnerId, Store};

use crate::{App, AppError, Database};

/// Runners whose app (and snapshot) is kept at once; past it the one used longest ago goes.
const MAX_KEPT_APPS: usize = 1_000;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountRole {
    /// Owns one runner's record.
    Runner,
    /// A physiotherapist or coach: sees the records shared with her, read-only, and writes notes.
    Clinician,
}

impl AccountRole {
    pub fn id(self) -> &'static str {
        match self {
            AccountRole::Runner => "runner",
            AccountRole::Clinician => "clinician",
        }
    }

    /// Parses `runner` or `clinician` (what the operator's command and the forms give).
    pub fn parse(text: &str) -> Result<Self, AppError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "runner" => Ok(AccountRole::Runner),
            "clinician" | "physio" | "coach" => Ok(AccountRole::Clinician),
            other => Err(AppError::invalid(
                "role",
                format!("{other:?} is not a role: give runner or clinician"),
            )),
        }
    }

    fn from_store(role: Role) -> Self {
        match role {
            Role::Runner => AccountRole::Runner,
            Role::Clinician => AccountRole::Clinician,
        }
    }

    fn store(self) -> Role {
        match self {
            AccountRole::Runner => Role::Runner,
            AccountRole::Clinician => Role::Clinician,
        }
    }
}

/// A signed-in account. Only this module makes one: from a password that matched, or from a
/// session whose account still exists at the `auth_version` it signed in with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: AccountRole,
    runner: Option<RunnerId>,
    /// Moved on by every password change: a session keeps the version it signed in at.
    pub auth_version: i64,
}

impl Account {
    fn from_row(row: AccountRow) -> Self {
        Account {
            id: row.id,
            email: row.email,
            name: row.name,
            role: AccountRole::from_store(row.role),
            runner: row.runner,
            auth_version: row.auth_version,
        }
    }

    /// The id of the runner whose record this account owns (a runner's account).
    pub fn runner_id(&self) -> Option<i64> {
        self.runner.map(RunnerId::get)
    }
}

/// runwell for everyone signed in to one server database. Cloning is cheap; clones share
/// everything.
#[derive(Debug, Clone)]
pub struct Server {
    store: Store,
    apps: Arc<Mutex<Apps>>,
    limiter: Arc<Mutex<limiter::Limiter>>,
    /// Each runner's overview by day, with the write generation it was computed at
    /// (`clinic.rs`).
    overviews: Arc<Mutex<clinic::Overviews>>,
    /// Accounts as last read, by id, so that a request's session costs one read. Safe to keep:
    /// an account's role and owner never change, and a password changed anywhere ends its
    /// sessions in the database, which every request reads afresh.
    accounts: Arc<Mutex<HashMap<i64, Account>>>,
    /// Each clinician's sharing runners as last read (`clinic.rs`).
    shares: Arc<Mutex<clinic::Shares>>,
}

#[derive(Debug, Default)]
struct Apps {
    by_runner: HashMap<i64, (App, u64)>,
    uses: u64,
}

impl Server {
    /// Opens the server database `at` names. A database file is refused: it holds one runner,
    /// who needs no account.
    pub async fn open(at: &Database) -> Result<Self, AppError> {
        let Database::Url(url) = at else { return Err(AppError::NeedsServer) };
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(AppError::NeedsServer);
        }
        let server = Self::on(crate::open_store(at).await?);
        // Sessions that ran out are removed at start and at every sign-in (which is what makes
        // one), so the table holds only sessions still in their lifetime.
        server.store.delete_expired_web_sessions().await?;
        Ok(server)
    }

    pub(crate) fn on(store: Store) -> Self {
        Server {
            store,
            apps: Arc::default(),
            limiter: Arc::default(),
            overviews: Arc::default(),
            accounts: Arc::default(),
            shares: Arc::default(),
        }
    }

    /// Where the data lives, for messages (the password left out).
    pub fn db_location(&self) -> String {
        self.store.location().to_string()
    }

    /// The app for `runner`, made once and kept, so its snapshot is reused between requests.
    async fn app_for(&self, runner: RunnerId) -> App {
        let mut apps = self.apps.lock().unwrap_or_else(|p| p.into_inner());
        apps.uses += 1;
        let use_no = apps.uses;
        if let Some((app, used)) = apps.by_runner.get_mut(&runner.get()) {
            *used = use_no;
            return app.clone();
        }
        if apps.by_runner.len() >= MAX_KEPT_APPS {
            let oldest = apps.by_runner.iter().min_by_key(|(_, (_, used))| *used).map(|(k, _)| *k);
            if let Some(oldest) = oldest {
                apps.by_runner.remove(&oldest);
            }
        }
        let app = App::with(self.store.clone(), runner);
        apps.by_runner.insert(runner.get(), (app.clone(), use_no));
        app
    }

    // ---- accounts -------------------------------------------------------------------------

    /// Adds an account (the operator's `runwell accounts add`); a runner's gets an empty
    /// record of her own.
    pub async fn add_account(
        &self,
        email: &str,
        name: &str,
        role: AccountRole,
        password: &str,
    ) -> Result<Account, AppError> {
        self.add_account_owning(email, name, role, password, None).await
    }

    /// Adds a runner's account that owns the record of runner `runner`, already in the
    /// database (one copied in with `runwell db copy`) and owned by no account yet.
    pub async fn add_account_for_runner(
        &self,
        email: &str,
        name: &str,
        runner: i64,
        password: &str,
    ) -> Result<Account, AppError> {
        let runner = self.store.runner(runner).await?;
        self.add_account_owning(email, name, AccountRole::Runner, password, Some(runner)).await
    }

    async fn add_account_owning(
        &self,
        email: &str,
        name: &str,
        role: AccountRole,
        password: &str,
        existing: Option<RunnerId>,
    ) -> Result<Account, AppError> {
        let (email, name) = check_identity(email, name)?;
        passwords::check_new("password", password)?;
        let hash = passwords::hash(password).await?;
        let row = self.store.add_account(&email, &name, role.store(), &hash, existing).await?;
        let account = Account::from_row(row);
        self.audit_event("account_added", None, account.runner, None, Some(&account.email)).await?;
        Ok(account)
    }

    /// Every account, oldest first (the operator's `runwell accounts list`).
    pub async fn accounts(&self) -> Result<Vec<Account>, AppError> {
        Ok(self.store.accounts().await?.into_iter().map(Account::from_row).collect())
    }

    /// Sets a new password for the account with this e-mail address (the operator's `runwell
    /// accounts reset`), ending every session it has.
    pub async fn reset_password(&self, email: &str, password: &str) -> Result<Account, AppError> {
        passwords::check_new("password", password)?;
        let row = self.store.account_by_email(email.trim()).await?.ok_or_else(|| {
            AppError::invalid(
                "email",
                format!("there is no account with the e-mail address {email:?}"),
            )
        })?;
        let hash = passwords::hash(password).await?;
        self.store.set_password(row.id, &hash, None).await?;
        self.kept_accounts().remove(&row.id);
        self.audit_event("password_reset", Some(row.id), row.runner, None, None).await?;
        let row = self.store.account(row.id).await?.ok_or(AppError::NotVisible)?;
        Ok(Account::from_row(row))
    }

    /// Signs in with an e-mail address and password, from `address`. Refused attempts are
    /// limited per account and per address (`limiter.rs`); a refusal never says which of the
    /// two was wrong.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        address: &str,
    ) -> Result<Account, AppError> {
        let email = email.trim();
        let wait = self.limiter().wait(email, address, Instant::now());
        if let Some(wait) = wait {
            if self.limiter().note_hold(email, address, Instant::now()) {
                let email: String = email.chars().take(200).collect();
                self.audit_event("sign_in_held", None, None, Some(address), Some(&email)).await?;
            }
            return Err(AppError::SignIn(format!(
                "Too many attempts to sign in. Try again in {} minutes.",
                limiter::minutes(wait)
            )));
        }
        let row = self.store.account_by_email(email).await?;
        if passwords::verify(password, row.as_ref().map(|r| r.password_hash.as_str())).await
            && let Some(row) = row
        {
            self.limiter().succeeded(email);
            self.store.delete_expired_web_sessions().await?;
            let account = Account::from_row(row);
            self.audit_event("sign_in", Some(account.id), account.runner, Some(address), None)
                .await?;
            return Ok(account);
        }
        self.limiter().failed(email, address, Instant::now());
        self.audit_event(
            "sign_in_refused",
            None,
            None,
            Some(address),
            Some(&email.chars().take(200).collect::<String>()),
        )
        .await?;
        Err(AppError::SignIn(
            "That e-mail address and password do not match an account. Check both and try again."
                .to_owned(),
        ))
    }

    /// The account a session names, if it still exists at the version the session signed in
    /// with (a password changed since ends every older session).
    pub async fn signed_in(
        &self,
        account: i64,
        auth_version: i64,
    ) -> Result<Option<Account>, AppError> {
        let kept = self.kept_accounts().get(&account).cloned();
        let found = match kept {
            Some(found) if found.auth_version == auth_version => Some(found),
            _ => {
                let found = self.store.account(account).await?.map(Account::from_row);
                if let Some(found) = &found {
                    let mut kept = self.kept_accounts();
                    if kept.len() >= MAX_KEPT_APPS * 10 {
                        kept.clear();
                    }
                    kept.insert(found.id, found.clone());
                }
                found
            }
        };
        Ok(found.filter(|a| a.auth_version == auth_version))
    }

    fn kept_accounts(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Account>> {
        self.accounts.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records a sign-out.
    pub async fn signed_out(&self, account: &Account, address: &str) -> Result<(), AppError> {
        self.audit_event("sign_out", Some(account.id), account.runner, Some(address), None).await
    }

    /// Changes the account's password after checking the current one. Every other session of
    /// the account ends; `keep` is the session that asked (given a new id by the front end).
    /// The account as it now is, with its new `auth_version`.
    pub async fn change_password(
        &self,
        account: &Account,
        current: &str,
        new: &str,
        keep: Option<&str>,
        address: &str,
    ) -> Result<Account, AppError> {
        let row = self.store.account(account.id).await?.ok_or(AppError::NotVisible)?;
        if !passwords::verify(current, Some(&row.password_hash)).await {
            return Err(crate::input::refused(
                "current",
                runwell_domain::text::Text::new("form-refused-current-password"),
            ));
        }
        passwords::check_new("new", new)?;
        let hash = passwords::hash(new).await?;
        self.store.set_password(account.id, &hash, keep).await?;
        self.kept_accounts().remove(&account.id);
        self.audit_event("password_changed", Some(account.id), account.runner, Some(address), None)
            .await?;
        let row = self.store.account(account.id).await?.ok_or(AppError::NotVisible)?;
        Ok(Account::from_row(row))
    }

    fn limiter(&self) -> std::sync::MutexGuard<'_, limiter::Limiter> {
        self.limiter.lock().unwrap_or_else(|p| p.into_inner())
    }

    // ---- reaching a record ----------------------------------------------------------------

    /// A runner's own record, to read and change. A clinician has none: [`AppError::NotVisible`].
    pub async fn own_app(&self, account: &Account) -> Result<App, AppError> {
        match (account.role, account.runner) {
            (AccountRole::Runner, Some(runner)) => Ok(self.app_for(runner).await),
            _ => Err(AppError::NotVisible),
        }
    }

    /// The record of the runner with id `runner`, read-only, and her name, for a clinician she
    /// shares with; each time is recorded in the audit trail. Anyone else:
    /// [`AppError::NotVisible`].
    pub async fn shared_app(
        &self,
        account: &Account,
        runner: i64,
        address: &str,
    ) -> Result<(App, String), AppError> {
        let runner = self.visible_runner(account, runner).await?;
        let name = self.store.account_of_runner(runner).await?.map(|a| a.name).unwrap_or_default();
        let app = self.app_for(runner).await;
        self.audit_event("clinician_view", Some(account.id), Some(runner), Some(address), None)
            .await?;
        Ok((app.read_only(), name))
    }

    /// `runner` when `account` is a clinician she shares with now.
    async fn visible_runner(&self, account: &Account, runner: i64) -> Result<RunnerId, AppError> {
        if account.role != AccountRole::Clinician {
            return Err(AppError::NotVisible);
        }
        let runner = match self.store.runner(runner).await {
            Ok(runner) => runner,
            Err(runwell_store::StoreError::NoSuchRunner(_)) => return Err(AppError::NotVisible),
            Err(e) => return Err(e.into()),
        };
        if self.store.shares_with(runner, account.id).await? {
            Ok(runner)
        } else {
            Err(AppError::NotVisible)
        }
    }

    /// The session store's rows (`tower-sessions` in the web front end keeps its records here):
    /// stored new (false when the id is taken) or replacing the one with its id.
    pub async fn put_session(
        &self,
        id: &str,
        account: Option<i64>,
        data: Vec<u8>,
        expires_utc: i64,
        only_new: bool,
    ) -> Result<bool, AppError> {
        let record = runwell_store::SessionData { data, expires_utc };
        Ok(self.store.put_web_session(id, account, &record, only_new).await?)
    }

    pub async fn load_session(&self, id: &str) -> Result<Option<Vec<u8>>, AppError> {
        Ok(self.store.web_session(id).await?.map(|s| s.data))
    }

    pub async fn delete_session(&self, id: &str) -> Result<(), AppError> {
        Ok(self.store.delete_web_session(id).await?)
    }

    async fn audit_event(
        &self,
        kind: &str,
        account: Option<i64>,
        runner: Option<RunnerId>,
        address: Option<&str>,
        detail: Option<&str>,
    ) -> Result<(), AppError> {
        Ok(self.store.audit(kind, account, runner, address, detail).await?)
    }
}

/// An e-mail address and a name, checked: an address with one `@` and something on both sides
/// (the server sends no mail, so it is a sign-in name more than an address), a name of 1–100
/// characters.
fn check_identity(email: &str, name: &str) -> Result<(String, String), AppError> {
    let email = email.trim();
    let name = name.trim();
    let mut errors = Vec::new();
    let parts: Vec<&str> = email.split('@').collect();
    if email.len() > 254
        || parts.len() != 2
        || parts.iter().any(|p| p.is_empty())
        || email.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        errors.push(crate::FieldError {
            field: "email",
            message: "give an e-mail address such as name@example.com".to_owned(),
            text: None,
        });
    }
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        errors.push(crate::FieldError {
            field: "name",
            message: "give a name of 1 to 100 characters, as others should see it".to_owned(),
            text: None,
        });
    }
    if errors.is_empty() {
        Ok((email.to_owned(), name.to_owned()))
    } else {
        Err(AppError::Invalid(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_are_checked() {
        for (email, name, ok) in [
            ("ann@clinic.dk", "Ann Berg", true),
            ("  ann@clinic.dk ", " Ann ", true),
            ("ann", "Ann", false),
            ("ann@", "Ann", false),
            ("a@b@c", "Ann", false),
            ("an n@x.dk", "Ann", false),
            ("ann@x.dk", "", false),
            ("ann@x.dk", &"n".repeat(101), false),
            ("ann@x.dk", "Ann\u{1b}[2J", false),
        ] {
            assert_eq!(check_identity(email, name).is_ok(), ok, "{email:?} {name:?}");
        }
        assert_eq!(AccountRole::parse("Physio").unwrap(), AccountRole::Clinician);
        assert!(AccountRole::parse("admin").is_err());
    }
}

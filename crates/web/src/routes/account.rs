//! Server mode's own pages (issue 18): signing in and out, signing up through an invitation,
//! the account (password and the audit trail of one's own record) and a runner's sharing.
//! Each handler asks `runwell_app::Server`, which decides what the account may do.

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::{Path, Query};
use axum::response::IntoResponse;
use runwell_app::words::{Arg, Words};
use runwell_app::{AccountRole, AuditLine, ClinicianLine, Server, SharePreview};
use serde::Deserialize;
use tower_sessions::Session;

use super::{Page, Reply, see_other, unprocessable};
use crate::auth::{Address, Signed, sign_in_session};
use crate::error::PageError;
use crate::form::FormState;
use crate::views::Layout;

/// An instant as it is listed: `2026-12-01 14:03 UTC`.
pub(crate) fn when(at_utc: i64) -> String {
    jiff::Timestamp::from_second(at_utc)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// Where to go after signing in: a path on this site only.
fn next_path(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/"
    }
}

#[derive(Debug, Deserialize)]
pub(super) struct NextQuery {
    next: Option<String>,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "signin.html")]
pub(super) struct SignInPage {
    layout: Layout,
    form: FormState,
}

fn signin_layout() -> Layout {
    Layout::new(crate::lang::words().get("account-signin-title"), "")
}

pub(super) async fn signin_page(Query(q): Query<NextQuery>) -> Page<SignInPage> {
    let next = next_path(q.next.as_deref().unwrap_or("/")).to_owned();
    Ok(SignInPage { layout: signin_layout(), form: FormState::with(&[("next", next)]) })
}

pub(super) async fn signin(
    Extension(server): Extension<Server>,
    session: Session,
    Address(address): Address,
    mut form: FormState,
) -> Reply {
    let result = server.sign_in(form.value("email"), form.value("password"), &address).await;
    match result {
        Ok(account) => {
            sign_in_session(&session, &account).await?;
            let to = match account.role {
                AccountRole::Clinician if form.value("next") == "/" => "/clinic".to_owned(),
                _ => next_path(form.value("next")).to_owned(),
            };
            see_other(&to)
        }
        Err(runwell_app::AppError::SignIn(message)) => {
            // The page never shows a password typed back.
            form.add_error("form", message);
            let page = SignInPage { layout: signin_layout(), form };
            Ok((axum::http::StatusCode::UNAUTHORIZED, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub(super) async fn signout(
    Extension(server): Extension<Server>,
    session: Session,
    Address(address): Address,
    Signed(account): Signed,
) -> Reply {
    server.signed_out(&account, &address).await?;
    let _ = session.flush().await;
    see_other("/signin")
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "join.html")]
pub(super) struct JoinPage {
    layout: Layout,
    token: String,
    role: String,
    form: FormState,
}

fn join_layout() -> Layout {
    Layout::new(crate::lang::words().get("account-join-title"), "")
}

pub(super) async fn join_page(
    Extension(server): Extension<Server>,
    Path(token): Path<String>,
) -> Page<JoinPage> {
    let role = server.invitation(&token).await.map_err(|_| unknown_invitation())?;
    Ok(JoinPage {
        layout: join_layout(),
        token,
        role: role_words(role),
        form: FormState::default(),
    })
}

/// A sign-up link that does not work (unknown, used or out of date: not told apart).
fn unknown_invitation() -> PageError {
    PageError::NotFound(crate::lang::words().get("account-join-unknown"))
}

/// "a runner", "a physiotherapist or coach", in the page's language.
fn role_words(role: AccountRole) -> String {
    crate::lang::words().get(match role {
        AccountRole::Runner => "account-role-runner",
        AccountRole::Clinician => "account-role-clinician",
    })
}

pub(super) async fn join(
    Extension(server): Extension<Server>,
    session: Session,
    Address(address): Address,
    Path(token): Path<String>,
    mut form: FormState,
) -> Reply {
    let role = server.invitation(&token).await.map_err(|_| unknown_invitation())?;
    let page = |form| JoinPage {
        layout: join_layout(),
        token: token.clone(),
        role: role_words(role),
        form,
    };
    if form.value("password") != form.value("repeat") {
        form.add_error("repeat", crate::lang::words().get("account-join-differ"));
        return unprocessable(page(form));
    }
    let result = server
        .join(&token, form.value("email"), form.value("name"), form.value("password"), &address)
        .await;
    match result {
        Ok((account, offer)) => {
            sign_in_session(&session, &account).await?;
            match offer {
                Some(code) => see_other(&format!("/sharing?code={code}")),
                None if account.role == AccountRole::Clinician => see_other("/clinic"),
                None => see_other("/setup"),
            }
        }
        Err(runwell_app::AppError::NotVisible) => Err(unknown_invitation()),
        Err(e) if e.is_email_taken() => {
            form.add_error("email", crate::form::capitalise(&e.to_string()));
            unprocessable(page(form))
        }
        Err(e) => {
            form.refused(e, &["email", "name", "password"])?;
            unprocessable(page(form))
        }
    }
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "account.html")]
pub(super) struct AccountPage {
    layout: Layout,
    /// "Name · e-mail · signed up as a runner".
    who_line: String,
    form: FormState,
    changed: bool,
    audit: Vec<(String, String, String, String)>,
}

#[derive(Debug, Deserialize)]
pub(super) struct ChangedQuery {
    changed: Option<String>,
}

async fn account_page(
    server: &Server,
    account: &runwell_app::Account,
    form: FormState,
    changed: bool,
) -> Result<AccountPage, PageError> {
    let words = crate::lang::words();
    let audit = server
        .audit_log(account)
        .await?
        .into_iter()
        .map(|AuditLine { at_utc, kind, by, address, .. }| {
            (
                when(at_utc),
                event_words(&words, &kind),
                by.unwrap_or_default(),
                address.unwrap_or_default(),
            )
        })
        .collect();
    Ok(AccountPage {
        layout: Layout::new(words.get("account-title"), "account"),
        who_line: words.with(
            "account-who",
            &[
                ("name", Arg::from(account.name.as_str())),
                ("email", Arg::from(account.email.as_str())),
                ("role", Arg::from(role_words(account.role))),
            ],
        ),
        form,
        changed,
        audit,
    })
}

pub(super) async fn account(
    Extension(server): Extension<Server>,
    Signed(account): Signed,
    Query(q): Query<ChangedQuery>,
) -> Page<AccountPage> {
    account_page(&server, &account, FormState::default(), q.changed.is_some()).await
}

pub(super) async fn change_password(
    Extension(server): Extension<Server>,
    session: Session,
    Address(address): Address,
    Signed(account): Signed,
    mut form: FormState,
) -> Reply {
    if form.value("new") != form.value("repeat") {
        form.add_error("repeat", crate::lang::words().get("account-new-differ"));
        let page = account_page(&server, &account, form, false).await?;
        return unprocessable(page);
    }
    let result = server
        .change_password(&account, form.value("current"), form.value("new"), None, &address)
        .await;
    match form.outcome(result, &["current", "new"])? {
        Some(changed) => {
            // Every session of the account has ended, this one too; it goes on under a new id
            // at the new version.
            sign_in_session(&session, &changed).await?;
            see_other("/account?changed=1")
        }
        None => {
            let page = account_page(&server, &account, form, false).await?;
            unprocessable(page)
        }
    }
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "sharing.html")]
pub(super) struct SharingPage {
    layout: Layout,
    clinicians: Vec<(i64, String, String, String)>,
    preview: Option<SharePreview>,
    code: String,
    form: FormState,
    notice: Option<String>,
}

impl SharingPage {
    /// What the clinician would see, in the page's words: the app's list
    /// (`runwell_app::SHARED_PARTS`), one message for each of its lines.
    fn parts(&self) -> Vec<String> {
        (1..=runwell_app::SHARED_PARTS.len())
            .map(|i| self.layout.t(&format!("account-sharing-part-{i}")))
            .collect()
    }
}

#[derive(Debug, Deserialize)]
pub(super) struct SharingQuery {
    code: Option<String>,
    done: Option<String>,
}

async fn sharing_page(
    server: &Server,
    account: &runwell_app::Account,
    code: Option<&str>,
    mut form: FormState,
    notice: Option<String>,
) -> Result<SharingPage, PageError> {
    let clinicians = server
        .sharing(account)
        .await?
        .into_iter()
        .map(|ClinicianLine { id, name, email, since_utc }| (id, name, email, when(since_utc)))
        .collect();
    let mut preview = None;
    if let Some(code) = code.filter(|c| !c.trim().is_empty()) {
        match server.share_preview(account, code).await {
            Ok(p) => preview = Some(p),
            Err(e) => form.refused(e, &["code"])?,
        }
    }
    Ok(SharingPage {
        layout: Layout::new(crate::lang::words().get("account-sharing-title"), "sharing"),
        clinicians,
        preview,
        code: code.unwrap_or("").trim().to_owned(),
        form,
        notice,
    })
}

pub(super) async fn sharing(
    Extension(server): Extension<Server>,
    Signed(account): Signed,
    Query(q): Query<SharingQuery>,
) -> Page<SharingPage> {
    let notice = match q.done.as_deref() {
        Some("shared") => Some(crate::lang::words().get("account-sharing-shared")),
        Some("stopped") => Some(crate::lang::words().get("account-sharing-stopped")),
        _ => None,
    };
    let form = FormState::with(&[("code", q.code.clone().unwrap_or_default())]);
    sharing_page(&server, &account, q.code.as_deref(), form, notice).await
}

pub(super) async fn share(
    Extension(server): Extension<Server>,
    Address(address): Address,
    Signed(account): Signed,
    mut form: FormState,
) -> Reply {
    let code = form.value("code").to_owned();
    if form.value("confirm") != "yes" {
        // The code typed: show whom it shares with, and what, before anything is shared.
        let page = sharing_page(&server, &account, Some(&code), form, None).await?;
        return Ok(page.into_response());
    }
    let result = server.share(&account, &code, &address).await;
    match form.outcome(result, &["code"])? {
        Some(_) => see_other("/sharing?done=shared"),
        None => unprocessable(sharing_page(&server, &account, None, form, None).await?),
    }
}

pub(super) async fn unshare(
    Extension(server): Extension<Server>,
    Address(address): Address,
    Signed(account): Signed,
    Path(clinician): Path<i64>,
) -> Reply {
    server.unshare(&account, clinician, &address).await?;
    see_other("/sharing?done=stopped")
}

/// The audit trail's events by kind (`AuditLine::kind`), each with its message.
const EVENTS: &[&str] = &[
    "sign_in",
    "sign_out",
    "sign_in_refused",
    "sign_in_held",
    "password_changed",
    "password_reset",
    "account_added",
    "joined",
    "invitation_made",
    "shared",
    "unshared",
    "clinician_view",
    "note_added",
];

/// What an audit event was, in the page's language; a kind this list does not know yet is
/// "something else", as the app says it.
fn event_words(words: &Words, kind: &str) -> String {
    match EVENTS.iter().find(|k| **k == kind) {
        Some(known) => words.get(&format!("account-event-{}", known.replace('_', "-"))),
        None => words.get("account-event-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_events_and_shared_parts_are_the_apps_own() {
        let english = Words::default();
        assert_eq!(event_words(&english, "sign_in"), "Signed in");
        assert_eq!(event_words(&english, "clinician_view"), "A clinician looked at the record");
        assert_eq!(event_words(&english, "no_such_kind"), "Something else happened");
        for (i, part) in runwell_app::SHARED_PARTS.iter().enumerate() {
            assert_eq!(english.get(&format!("account-sharing-part-{}", i + 1)), *part);
        }
    }

    #[test]
    fn only_paths_on_this_site_are_gone_to_after_signing_in() {
        for (next, to) in [
            ("/runs", "/runs"),
            ("/?today=2026-03-01", "/?today=2026-03-01"),
            ("//evil.example/", "/"),
            ("https://evil.example/", "/"),
            ("/\\evil.example", "/"),
            ("", "/"),
        ] {
            assert_eq!(next_path(next), to, "{next}");
        }
        assert_eq!(when(0), "1970-01-01 00:00 UTC");
    }
}

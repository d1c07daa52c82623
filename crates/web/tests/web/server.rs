//! Server mode (issue 18) on a real PostgreSQL: every route walked as a signed-out visitor, as
//! runner A, as runner B, and as a clinician with and without A's share (the route × role
//! table); sharing through the pages; a session from before a password change refused; the
//! sign-in limit. The server is the one `RUNWELL_TEST_DATABASE_URL` names (`scripts/with-postgres`);
//! without it the tests skip with a message, and on CI (`CI=true`) they fail.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use runwell_app::{AccountRole, App, Database, PainInput, ProfileInput, RunInput, Server};
use runwell_web::{ServerMode, WebConfig, router};
use tower::ServiceExt as _;

use crate::support::{Reply, browser};

const URL_VAR: &str = "RUNWELL_TEST_DATABASE_URL";

/// The test server's database, or `None` (with a message) outside CI when none is named.
pub(crate) fn server_url(what: &str) -> Option<String> {
    match std::env::var(URL_VAR) {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!(
                "CI=true but {URL_VAR} is not set, so {what} cannot run: run the suite through scripts/with-postgres"
            )
        }
        _ => {
            eprintln!(
                "skipping {what}: set {URL_VAR} or run `scripts/with-postgres scripts/test` to run it"
            );
            None
        }
    }
}

const PASSWORD: &str = "a long enough password";

pub(crate) struct Clinic {
    pub(crate) server: Server,
    router: Router,
    /// Unique to this test, so that tests sharing the database do not meet.
    tag: String,
}

impl Clinic {
    pub(crate) async fn new(what: &str) -> Option<Self> {
        let url = server_url(what)?;
        let server = Server::open(&Database::Url(url)).await.expect("the test server");
        let config = WebConfig::default().with_server(ServerMode::default()).unwrap();
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let tag = format!("{what}-{}-{nanos}", std::process::id());
        Some(Clinic { router: router(server.clone(), config), server, tag })
    }

    pub(crate) fn email(&self, who: &str) -> String {
        format!("{who}.{}@test.example", self.tag)
    }

    pub(crate) async fn account(&self, who: &str, role: AccountRole) -> runwell_app::Account {
        self.server.add_account(&self.email(who), who, role, PASSWORD).await.unwrap()
    }

    /// A runner with a profile, a run of `km` and a pain entry: (account, app, run id, pain id).
    pub(crate) async fn runner(
        &self,
        who: &str,
        km: &str,
    ) -> (runwell_app::Account, App, i64, i64) {
        let account = self.account(who, AccountRole::Runner).await;
        let app = self.server.own_app(&account).await.unwrap();
        app.save_profile(&ProfileInput {
            time_zone: "Europe/Copenhagen".into(),
            run_days: "mon,wed,sat".into(),
            strength_days: "tue,fri".into(),
            ..ProfileInput::default()
        })
        .await
        .unwrap();
        let run = app
            .log_run(&RunInput {
                date: "2026-03-12".into(),
                distance_km: km.into(),
                duration: "40:00".into(),
                ..RunInput::default()
            })
            .await
            .unwrap()
            .id;
        app.log_pain(&PainInput {
            date: "2026-03-13".into(),
            when: "morning".into(),
            score: "2".into(),
            ..PainInput::default()
        })
        .await
        .unwrap();
        let to = runwell_domain::LocalDay::parse("2026-03-14").ok();
        let pain = app.diary(None, to).await.unwrap().days[0].pain[0].entry.id;
        (account, app, run, pain)
    }

    pub(crate) async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub(crate) async fn request(
        &self,
        method: &str,
        path: &str,
        cookie: Option<&str>,
        form: &str,
    ) -> Reply {
        let mut builder = browser(method, path);
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        if method == "POST" {
            builder = builder.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        self.send(builder.body(Body::from(form.to_owned())).unwrap()).await
    }

    /// Signs in and hands back the session cookie (`name=value`).
    pub(crate) async fn sign_in(&self, who: &str) -> String {
        let form =
            format!("email={}&password={}&next=/", self.email(who), PASSWORD.replace(' ', "+"));
        let reply = self.request("POST", "/signin", None, &form).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{who} signs in: {}", reply.body);
        cookie_of(&reply).expect("a session cookie")
    }
}

fn cookie_of(reply: &Reply) -> Option<String> {
    let set = reply.headers.get(header::SET_COOKIE)?.to_str().ok()?;
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax"), "{set}");
    Some(set.split(';').next()?.to_owned())
}

/// A runner's share code given to a clinician, through the clinician's and the runner's pages.
pub(crate) async fn share(
    clinic: &Clinic,
    runner_cookie: &str,
    clinician_cookie: &str,
    clinician_name: &str,
) {
    let page = clinic.request("POST", "/clinic/code", Some(clinician_cookie), "").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let at = page.body.find("id=\"share-code\">").expect("the code on the page") + 16;
    let code = &page.body[at..at + 9];
    let preview =
        clinic.request("POST", "/sharing", Some(runner_cookie), &format!("code={code}")).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview.body.contains(clinician_name) && preview.body.contains("Your diary"),
        "{}",
        preview.body
    );
    let done = clinic
        .request("POST", "/sharing", Some(runner_cookie), &format!("code={code}&confirm=yes"))
        .await;
    assert_eq!(done.location(), "/sharing?done=shared", "{}", done.body);
    // A code works once.
    let again = clinic
        .request("POST", "/sharing", Some(runner_cookie), &format!("code={code}&confirm=yes"))
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn every_route_answers_each_role_as_the_table_says() {
    let Some(clinic) = Clinic::new("route-table").await else { return };
    let (a, _, a_run, a_pain) = clinic.runner("ann", "12.34").await;
    let (b, _, b_run, _) = clinic.runner("bo", "7.77").await;
    clinic.account("cecilie", AccountRole::Clinician).await;
    clinic.account("dorte", AccountRole::Clinician).await;
    let a_cookie = clinic.sign_in("ann").await;
    let b_cookie = clinic.sign_in("bo").await;
    let c_cookie = clinic.sign_in("cecilie").await;
    let d_cookie = clinic.sign_in("dorte").await;
    share(&clinic, &a_cookie, &c_cookie, "cecilie").await;
    let a_id = a.runner_id().unwrap();
    let b_id = b.runner_id().unwrap();
    let day = "?today=2026-03-14";
    const SEE: u16 = 303;
    // (method, path, form, [visitor, runner A, runner B, clinician C with A's share, clinician
    // D without]); 0 = not asked (a write that would change what later rows read).
    let table: Vec<(&str, String, &str, [u16; 5])> = vec![
        ("GET", format!("/{day}"), "", [SEE, 200, 200, SEE, SEE]),
        ("GET", "/runs".into(), "", [SEE, 200, 200, 404, 404]),
        ("GET", format!("/runs/{a_run}"), "", [SEE, 200, 404, 404, 404]),
        ("GET", format!("/runs/{b_run}"), "", [SEE, 404, 200, 404, 404]),
        ("GET", format!("/diary/pain/{a_pain}"), "", [SEE, 200, 404, 404, 404]),
        ("GET", format!("/delete/run/{a_run}"), "", [SEE, 200, 404, 404, 404]),
        ("POST", format!("/delete/run/{a_run}"), "", [401, 0, 404, 404, 404]),
        ("POST", "/log/pain".into(), "date=2026-03-14&when=morning&score=3", [401, 0, 0, 404, 404]),
        ("GET", format!("/trends{day}"), "", [SEE, 200, 200, 404, 404]),
        ("GET", "/diary".into(), "", [SEE, 200, 200, 404, 404]),
        ("GET", "/programme".into(), "", [SEE, 200, 200, 404, 404]),
        ("GET", "/settings".into(), "", [SEE, 200, 200, 404, 404]),
        ("GET", "/export".into(), "", [SEE, 200, 200, 404, 404]),
        ("GET", format!("/report{day}"), "", [SEE, 200, 200, 404, 404]),
        ("GET", "/sharing".into(), "", [SEE, 200, 200, 404, 404]),
        ("GET", "/account".into(), "", [SEE, 200, 200, 200, 200]),
        ("GET", "/signin".into(), "", [200, 200, 200, 200, 200]),
        ("GET", "/clinic".into(), "", [SEE, 404, 404, 200, 200]),
        ("GET", format!("/clinic/runners/{a_id}{day}"), "", [SEE, 404, 404, 200, 404]),
        ("GET", format!("/clinic/runners/{a_id}/trends{day}"), "", [SEE, 404, 404, 200, 404]),
        ("GET", format!("/clinic/runners/{a_id}/diary"), "", [SEE, 404, 404, 200, 404]),
        ("GET", format!("/clinic/runners/{a_id}/programme"), "", [SEE, 404, 404, 200, 404]),
        ("GET", format!("/clinic/runners/{b_id}"), "", [SEE, 404, 404, 404, 404]),
        ("GET", "/clinic/runners/999999999".into(), "", [SEE, 404, 404, 404, 404]),
        ("GET", "/clinic/runners/x".into(), "", [SEE, 404, 404, 404, 404]),
        (
            "POST",
            format!("/clinic/runners/{a_id}/notes"),
            "day=2026-03-14&body=Keep+going",
            [401, 404, 404, SEE, 404],
        ),
        (
            "POST",
            format!("/clinic/runners/{b_id}/notes"),
            "day=2026-03-14&body=Hi",
            [401, 404, 404, 404, 404],
        ),
        ("POST", "/clinic/code".into(), "", [401, 404, 404, 200, 200]),
        ("POST", "/clinic/invite".into(), "", [401, 404, 404, 200, 200]),
    ];
    let roles = [None, Some(&a_cookie), Some(&b_cookie), Some(&c_cookie), Some(&d_cookie)];
    let names =
        ["visitor", "runner A", "runner B", "clinician with A's share", "clinician without"];
    let mut wrong = Vec::new();
    for (method, path, form, expected) in &table {
        for ((cookie, name), want) in roles.iter().zip(names).zip(expected) {
            if *want == 0 {
                continue;
            }
            let reply = clinic.request(method, path, cookie.map(String::as_str), form).await;
            if reply.status.as_u16() != *want {
                wrong
                    .push(format!("{method} {path} as {name}: {} (expected {want})", reply.status));
            }
            // Nothing of B's ever shows where A's record is read, and the other way round.
            if reply.status == StatusCode::OK && path.contains(&format!("/clinic/runners/{a_id}")) {
                assert!(!reply.body.contains("7.77"), "{path}: B's run shown to {name}");
            }
            if reply.status == StatusCode::OK && method == &"GET" && !path.starts_with("/signin") {
                let cache = reply.headers.get(header::CACHE_CONTROL).unwrap().to_str().unwrap();
                assert_eq!(cache, "no-store", "{path}");
            }
            if reply.status == StatusCode::SEE_OTHER && cookie.is_none() {
                assert!(reply.location().starts_with("/signin?next="), "{path}");
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of the table's answers differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    // The clinician reads A's own Today, read-only, with her note on it; A reads the note.
    let read =
        clinic.request("GET", &format!("/clinic/runners/{a_id}{day}"), Some(&c_cookie), "").await;
    assert!(read.body.contains("read-only") && read.body.contains("Keep going"), "{}", read.body);
    assert!(!read.body.contains("action=\"/check"), "a clinician is offered no check form");
    let own = clinic.request("GET", &format!("/{day}"), Some(&a_cookie), "").await;
    assert!(
        own.body.contains("Notes from your physio or coach") && own.body.contains("Keep going")
    );
    // The clinic's list names A and not B.
    let list = clinic.request("GET", "/clinic", Some(&c_cookie), "").await;
    assert!(list.body.contains(&clinic.email("ann")) && !list.body.contains(&clinic.email("bo")));
    // Each view of A's record by the clinician is in A's audit trail.
    let audit = clinic.server.audit_log(&a).await.unwrap();
    assert!(audit.iter().any(|l| l.kind == "clinician_view"), "{audit:?}");
    assert!(audit.iter().any(|l| l.kind == "shared"));
    // A stops sharing: from then on nothing of hers is visible to C.
    let clinicians = clinic.server.sharing(&a).await.unwrap();
    let stop = clinic
        .request("POST", &format!("/sharing/{}/stop", clinicians[0].id), Some(&a_cookie), "")
        .await;
    assert_eq!(stop.location(), "/sharing?done=stopped");
    for path in [format!("/clinic/runners/{a_id}"), format!("/clinic/runners/{a_id}/diary")] {
        let gone = clinic.request("GET", &path, Some(&c_cookie), "").await;
        assert_eq!(gone.status, StatusCode::NOT_FOUND, "{path}");
    }
    let list = clinic.request("GET", "/clinic", Some(&c_cookie), "").await;
    assert!(!list.body.contains(&clinic.email("ann")));
    // A signed-out request for a page gets the sign-in page; a write gets 401 and nothing.
    let out = clinic.request("POST", "/signout", Some(&b_cookie), "").await;
    assert_eq!(out.location(), "/signin");
    let after = clinic.request("GET", "/runs", Some(&b_cookie), "").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_session_from_before_a_password_change_no_longer_works() {
    let Some(clinic) = Clinic::new("password-change").await else { return };
    clinic.runner("eva", "5").await;
    let laptop = clinic.sign_in("eva").await;
    let phone = clinic.sign_in("eva").await;
    assert_ne!(laptop, phone);
    let form = format!(
        "current={}&new=another+long+password&repeat=another+long+password",
        PASSWORD.replace(' ', "+")
    );
    let changed = clinic.request("POST", "/account/password", Some(&laptop), &form).await;
    assert_eq!(changed.location(), "/account?changed=1", "{}", changed.body);
    let rotated = cookie_of(&changed).expect("the changing session goes on under a new id");
    assert_ne!(rotated, laptop);
    for (name, cookie, status) in [
        ("the phone's", &phone, 303),
        ("the laptop's old", &laptop, 303),
        ("the new", &rotated, 200),
    ] {
        let reply = clinic.request("GET", "/runs", Some(cookie), "").await;
        assert_eq!(reply.status.as_u16(), status, "{name} session");
    }
    // The old password no longer signs in; the new one does.
    let old = format!("email={}&password={}", clinic.email("eva"), PASSWORD.replace(' ', "+"));
    assert_eq!(
        clinic.request("POST", "/signin", None, &old).await.status,
        StatusCode::UNAUTHORIZED
    );
    let new = format!("email={}&password=another+long+password", clinic.email("eva"));
    assert_eq!(clinic.request("POST", "/signin", None, &new).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn sign_in_is_held_after_five_refusals_with_a_time_to_wait() {
    let Some(clinic) = Clinic::new("sign-in-limit").await else { return };
    clinic.runner("finn", "5").await;
    let wrong = format!("email={}&password=not+the+password", clinic.email("finn"));
    for _ in 0..5 {
        let reply = clinic.request("POST", "/signin", None, &wrong).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert!(reply.body.contains("do not match"), "{}", reply.body);
    }
    // Even the right password waits now, and the page says for how long.
    let right = format!("email={}&password={}", clinic.email("finn"), PASSWORD.replace(' ', "+"));
    let held = clinic.request("POST", "/signin", None, &right).await;
    assert_eq!(held.status, StatusCode::UNAUTHORIZED);
    assert!(held.body.contains("Try again in 15 minutes"), "{}", held.body);
    assert!(clinic.server.audit_count("sign_in_held").await.unwrap() >= 1);
}

#[tokio::test]
async fn an_invitation_signs_up_once_and_offers_the_inviting_clinician() {
    let Some(clinic) = Clinic::new("invitation").await else { return };
    let clinician = clinic.account("gry", AccountRole::Clinician).await;
    let invitation = clinic.server.invite(Some(&clinician), AccountRole::Runner).await.unwrap();
    let path = format!("/join/{}", invitation.token);
    assert_eq!(clinic.request("GET", &path, None, "").await.status, StatusCode::OK);
    let form = format!(
        "name=Hanne&email={}&password=hannes+long+password&repeat=hannes+long+password",
        clinic.email("hanne")
    );
    let joined = clinic.request("POST", &path, None, &form).await;
    assert!(joined.location().starts_with("/sharing?code="), "{}", joined.body);
    let cookie = cookie_of(&joined).unwrap();
    let offer = clinic.request("GET", joined.location(), Some(&cookie), "").await;
    assert!(
        offer.body.contains("gry") && offer.body.contains("Share my record with gry"),
        "{}",
        offer.body
    );
    // Nothing is shared until she says yes.
    let hanne = clinic
        .server
        .signed_in(
            clinic
                .server
                .accounts()
                .await
                .unwrap()
                .iter()
                .find(|a| a.email == clinic.email("hanne"))
                .unwrap()
                .id,
            1,
        )
        .await
        .unwrap()
        .unwrap();
    assert!(clinic.server.sharing(&hanne).await.unwrap().is_empty());
    // The link works once.
    assert_eq!(clinic.request("GET", &path, None, "").await.status, StatusCode::NOT_FOUND);
    assert_eq!(clinic.request("POST", &path, None, &form).await.status, StatusCode::NOT_FOUND);
    // A runner cannot invite, and nobody can through a made-up link.
    assert!(clinic.server.invite(Some(&hanne), AccountRole::Runner).await.is_err());
    assert_eq!(clinic.request("GET", "/join/0000", None, "").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_clinician_makes_only_so_many_links_and_codes_waiting_at_once() {
    let Some(clinic) = Clinic::new("limits").await else { return };
    let clinician = clinic.account("ida", AccountRole::Clinician).await;
    for _ in 0..runwell_app::MAX_OPEN_INVITATIONS {
        clinic.server.invite(Some(&clinician), AccountRole::Runner).await.unwrap();
    }
    let refused = clinic.server.invite(Some(&clinician), AccountRole::Runner).await.unwrap_err();
    assert!(refused.to_string().contains("sign-up links that are not used yet"), "{refused}");
    for _ in 0..runwell_app::MAX_OPEN_SHARE_CODES {
        clinic.server.share_code(&clinician).await.unwrap();
    }
    let refused = clinic.server.share_code(&clinician).await.unwrap_err();
    assert!(refused.to_string().contains("share codes that are not used yet"), "{refused}");
    // Another clinician is not held by her limits, and neither is the operator.
    let other = clinic.account("jon", AccountRole::Clinician).await;
    clinic.server.share_code(&other).await.unwrap();
    clinic.server.invite(None, AccountRole::Runner).await.unwrap();
    // Through the page the refusal is a page that says why.
    let cookie = clinic.sign_in("ida").await;
    let page = clinic.request("POST", "/clinic/code", Some(&cookie), "").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.body);
    assert!(page.body.contains("share codes that are not used yet"), "{}", page.body);
}

#[tokio::test]
async fn a_clinician_leaves_only_so_many_notes_on_one_record() {
    use sqlx::Connection as _;
    let Some(clinic) = Clinic::new("note-limit").await else { return };
    let kim = clinic.account("kim", AccountRole::Clinician).await;
    let (liv, _app, _, _) = clinic.runner("liv", "8").await;
    let (kim_cookie, liv_cookie) = (clinic.sign_in("kim").await, clinic.sign_in("liv").await);
    share(&clinic, &liv_cookie, &kim_cookie, "kim").await;
    let runner = liv.runner_id().unwrap();
    // All but one of the notes she may leave, written straight into the table.
    let mut db = sqlx::PgConnection::connect(&server_url("note-limit").unwrap()).await.unwrap();
    sqlx::query(
        "INSERT INTO clinician_notes (runner_id, clinician_id, author, day, body, created_at) \
         SELECT $1, $2, 'kim', '2026-03-01', 'n', 0 FROM generate_series(2, $3)",
    )
    .bind(runner)
    .bind(kim.id)
    .bind(runwell_app::MAX_NOTES_PER_RUNNER)
    .execute(&mut db)
    .await
    .unwrap();
    clinic.server.add_note(&kim, runner, "2026-03-14", "the last one", "127.0.0.1").await.unwrap();
    let refused = clinic.server.add_note(&kim, runner, "2026-03-14", "one more", "127.0.0.1").await;
    let refused = refused.unwrap_err().to_string();
    assert!(refused.contains("as many as runwell keeps from one clinician"), "{refused}");
}

#[tokio::test]
async fn server_mode_refuses_a_database_file() {
    let dir = tempfile::tempdir().unwrap();
    let error = Server::open(&Database::File(Some(dir.path().join("r.db")))).await.unwrap_err();
    assert!(error.to_string().contains("needs a PostgreSQL database"), "{error}");
}

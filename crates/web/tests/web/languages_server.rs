//! The settings page, the error pages, the refusals, and server mode's own pages (signing in,
//! the account, sharing and the clinic's list) as a Danish and a Swedish reader see them: their
//! words, their numbers written the local way, and no English heading left over.

use axum::body::Body;
use axum::http::{StatusCode, header};
use runwell_app::{AccountRole, ProfileInput};

use crate::server::{Clinic, share};
use crate::support::{DAY, Reply, Web, browser};

/// Asserts that `text` holds every one of `wanted` and none of `unwanted`.
fn check(what: &str, text: &str, wanted: &[&str], unwanted: &[&str]) {
    for part in wanted {
        assert!(text.contains(part), "{what}: {part:?} missing in {text}");
    }
    for part in unwanted {
        assert!(!text.contains(part), "{what}: {part:?} left over in {text}");
    }
}

/// A runner in London with one run and one pain entry.
async fn runner() -> Web {
    let web = Web::new().await;
    web.run("2026-03-12", 8.4, "48:00", Some(4)).await;
    web.pain("2026-03-13", "morning", 2).await;
    web
}

/// Tells runwell a recent longest run of 12.5 km (given today, which the page then names).
async fn declare_longest(web: &Web) {
    web.app
        .save_profile(&ProfileInput {
            time_zone: "Europe/London".into(),
            run_days: "mon,wed,sat".into(),
            strength_days: "tue,fri".into(),
            recent_longest_km: Some("12.5".into()),
            ..ProfileInput::default()
        })
        .await
        .unwrap();
}

/// The settings page's own English headings, none of which a translated page shows.
const SETTINGS_ENGLISH: &[&str] = &[
    "Your profile",
    "Shoe thresholds",
    "Report for your physio",
    "Take your data with you",
    "Restore an export",
    "Erase everything",
    "Run days",
    "runwell&#39;s default",
];

#[tokio::test]
async fn the_settings_page_in_each_language() {
    let web = runner().await;
    for (lang, wanted) in [
        (
            "da",
            [
                "Din profil",
                "Mandag, onsdag, lørdag",
                "ikke oplyst (runwell bruger dine løbeture)",
                "480\u{a0}km (runwells standardværdi)",
                "Databasen rummer 1 løbetur, 1 smerteregistrering, 0 træningspas",
                "Skriv ordet for at bekræfte: erase",
                "Slet alt",
            ],
        ),
        (
            "sv",
            [
                "Din profil",
                "Måndag, onsdag, lördag",
                "inte angiven (runwell använder dina löprundor)",
                "480\u{a0}km (runwells standardvärde)",
                "Databasen innehåller 1 löprunda, 1 smärtanteckning, 0 träningspass",
                "Skriv ordet för att bekräfta: erase",
                "Radera allt",
            ],
        ),
    ] {
        web.app.set_language(lang).await.unwrap();
        let page = web.get(&format!("/settings?today={DAY}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let main = page.main();
        check(lang, &main, &wanted, SETTINGS_ENGLISH);
        insta::assert_snapshot!(format!("settings_{lang}"), main);
    }
    web.app.set_language("en").await.unwrap();
    let main = web.get(&format!("/settings?today={DAY}")).await.main();
    check("en", &main, &["Monday, Wednesday, Saturday", "1 run, 1 pain entry"], &[]);
    insta::assert_snapshot!("settings_en", main);
    // The distance the runner gave, written her way, with the day she gave it.
    declare_longest(&web).await;
    for (lang, given) in [
        ("en", "12.5 km, given on "),
        ("da", "12,5\u{a0}km, oplyst "),
        ("sv", "12,5\u{a0}km, angiven "),
    ] {
        web.app.set_language(lang).await.unwrap();
        let main = web.get(&format!("/settings?today={DAY}")).await.main();
        check(lang, &main, &[given], &[]);
    }
}

#[tokio::test]
async fn a_refused_restore_says_so_in_the_page_language() {
    let web = runner().await;
    web.app.set_language("sv").await.unwrap();
    // A restore without a file: the page's own refusal, beside the restore.
    let boundary = "runwellboundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"merge\"\r\n\r\nyes\r\n--{boundary}--\r\n"
    );
    let request = browser("POST", "/settings/restore")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    let refused = web.send(request).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    check("sv", &refused.main(), &["Välj exportens ZIP-fil för att återställa."], &["Choose the"]);
}

#[tokio::test]
async fn error_pages_and_refusals_in_each_language() {
    let web = Web::new().await;
    for (lang, heading, text, back) in [
        ("da", "Ikke fundet", "Der er ingen side på /no-such-page.", "Tilbage til I dag"),
        ("sv", "Hittades inte", "Det finns ingen sida på /no-such-page.", "Tillbaka till Idag"),
    ] {
        web.app.set_language(lang).await.unwrap();
        let page = web.get("/no-such-page").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert!(page.body.contains(&format!(r#"<html lang="{lang}">"#)), "{lang}");
        check(lang, &page.main(), &[heading, text, back], &["Not found", "Back to Today"]);
        let nothing = web.get("/delete/thing/1").await;
        assert_eq!(nothing.status, StatusCode::NOT_FOUND);
        check(lang, &nothing.main(), &["&#34;thing&#34;"], &["there is nothing called"]);
    }
    // The layers in front of every page answer before the runner's choice is read: in the
    // browser's language.
    let cross_site = |language: &'static str| {
        axum::http::Request::builder()
            .method("POST")
            .uri("/log/pain")
            .header(header::HOST, crate::support::HOST)
            .header("sec-fetch-site", "cross-site")
            .header(header::ACCEPT_LANGUAGE, language)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("date=2026-03-14&when=morning&score=3"))
            .unwrap()
    };
    for (language, words) in [
        ("da-DK", "fordi den kom fra et andet websted"),
        ("sv", "eftersom den kom från en annan webbplats"),
        ("en-GB", "because it came from another site"),
    ] {
        let reply = web.send(cross_site(language)).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        assert!(reply.body.contains(words), "{language}: {}", reply.body);
    }
    let wrong_host = web
        .send(
            axum::http::Request::builder()
                .uri("/")
                .header(header::HOST, "evil.example")
                .header(header::ACCEPT_LANGUAGE, "da")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(wrong_host.status, StatusCode::MISDIRECTED_REQUEST);
    assert!(wrong_host.body.contains("åbn den adresse i stedet"), "{}", wrong_host.body);
}

#[tokio::test]
async fn delete_offline_check_and_learn_in_danish_and_swedish() {
    let web = runner().await;
    let run = web.app.runs(None).await.unwrap()[0].id;
    for (lang, delete, offline, check_words, learn) in [
        (
            "da",
            format!("Slet løbetur nr. {run} (tor. 12. mar., 8,40\u{a0}km)?"),
            "runwell kan ikke nås",
            "Bør jeg blive undersøgt?",
            "Forskningen bag runwells regler",
        ),
        (
            "sv",
            format!("Radera löprunda nr {run} (tors 12 mars, 8,40\u{a0}km)?"),
            "runwell går inte att nå",
            "Bör jag träffa någon?",
            "Forskningen bakom runwells regler",
        ),
    ] {
        web.app.set_language(lang).await.unwrap();
        let page = web.get(&format!("/delete/run/{run}")).await.main();
        check(lang, &page, &[&delete], &["This cannot be undone", "Yes, delete it"]);
        let page = web.get("/offline").await.main();
        check(lang, &page, &[offline], &["What works without a connection", "Log pain"]);
        let page = web.get(&format!("/check?today={DAY}")).await.main();
        check(lang, &page, &[check_words], &["Should I see someone?", "Save answers", ">Yes<"]);
        let page = web.get("/learn").await.main();
        check(lang, &page, &[learn], &["Questions runners ask", "Supportive gear", "Sources:"]);
    }
}

/// A request as a browser set to `language` sends it, signed in with `cookie` or not.
async fn in_language(
    clinic: &Clinic,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    language: &str,
) -> Reply {
    let mut request = browser(method, path).header(header::ACCEPT_LANGUAGE, language);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    clinic.send(request.body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn server_pages_in_danish_and_swedish() {
    let Some(clinic) = Clinic::new("languages").await else { return };
    let (_, runner_app, _, _) = clinic.runner("ida", "12.34").await;
    clinic.account("jens", AccountRole::Clinician).await;
    let runner = clinic.sign_in("ida").await;
    let clinician = clinic.sign_in("jens").await;
    share(&clinic, &runner, &clinician, "jens").await;

    // Signed out, the browser decides.
    let signin = in_language(&clinic, "GET", "/signin", None, "da").await;
    check(
        "sign-in, da",
        &signin.main(),
        &["<h1>Log ind</h1>", "E-mailadresse", "Adgangskode", "bed din klinik"],
        &["Sign in", "Password", "No account yet"],
    );
    let refused = in_language(&clinic, "POST", "/log/pain", None, "sv").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(refused.body.contains("Logga in först"), "{}", refused.body);

    // The runner's own choice wins over her browser on the server's own pages too.
    runner_app.set_language("sv").await.unwrap();
    let account = in_language(&clinic, "GET", "/account", Some(&runner), "da").await;
    assert!(account.body.contains(r#"<html lang="sv">"#));
    check(
        "account, sv",
        &account.main(),
        &["registrerad som en löpare", "Byt ditt lösenord", "Loggade in", "Började dela journalen"],
        &["Change your password", "Signed in", "Nothing yet"],
    );
    let sharing = in_language(&clinic, "GET", "/sharing", Some(&runner), "en").await;
    check(
        "sharing, sv",
        &sharing.main(),
        &["Delning av din journal", "Vem kan läsa din journal", "Sluta dela med jens"],
        &["Who can read your record", "Stop sharing with"],
    );
    let preview = in_language(&clinic, "GET", "/sharing?code=ABCD-EFGH", Some(&runner), "en").await;
    check("preview, sv", &preview.main(), &["Behandlarens delningskod"], &["Their share code"]);

    // A clinician has no setting of her own: her browser decides.
    let list =
        in_language(&clinic, "GET", &format!("/clinic?today={DAY}"), Some(&clinician), "da").await;
    assert_eq!(list.status, StatusCode::OK);
    check(
        "clinic, da",
        &list.main(),
        &[
            "<h1>Dine løbere</h1>",
            "med røde flag og røde lys først",
            "tor. 12. mar. \u{b7} 12,34\u{a0}km",
            "Smerte registreret på 1 af de seneste",
            "højst 2/10",
            "Tilføj en løber",
        ],
        &["Your runners", "Add a runner", "12.34 km", "Pain logged"],
    );
    let by_name = in_language(&clinic, "GET", "/clinic?sort=name", Some(&clinician), "sv").await;
    check("clinic, sv", &by_name.main(), &["sorterade efter namn", "Dina löpare"], &["sorted by"]);
    let code = in_language(&clinic, "POST", "/clinic/code", Some(&clinician), "sv").await;
    check("code, sv", &code.main(), &["Delningskod: <strong", "i 14 dagar"], &["Share code:"]);
}

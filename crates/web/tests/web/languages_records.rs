//! The records' pages as a Danish and a Swedish runner read them: the diary, the log page, the
//! runs and one run, and a refused form with its reasons beside the fields, each with its
//! distances and days written her way and no English heading left.

use axum::http::StatusCode;

use crate::support::{DAY, Web};

/// Two runs, the second with pain after it and the next morning.
async fn two_runs() -> (Web, i64) {
    let web = Web::new().await;
    web.run("2026-03-12", 8.0, "48:00", Some(5)).await;
    let id = web.run("2026-03-13", 10.0, "1:00:00", Some(7)).await;
    let after = format!("date=2026-03-13&when=after&score=4&run={id}");
    assert_eq!(
        web.post(&format!("/log/pain?today={DAY}"), &after).await.status,
        StatusCode::SEE_OTHER
    );
    web.pain(DAY, "morning", 3).await;
    (web, id)
}

/// What a language's page must say, and an English heading it must not.
struct Expect {
    lang: &'static str,
    says: &'static [&'static str],
    not: &'static [&'static str],
}

fn check(main: &str, e: &Expect) {
    for words in e.says {
        assert!(main.contains(words), "{}: {words:?} missing from {main}", e.lang);
    }
    for words in e.not {
        assert!(!main.contains(words), "{}: {words:?} left in {main}", e.lang);
    }
}

#[tokio::test]
async fn the_diary_in_danish_and_swedish() {
    for e in [
        Expect {
            lang: "da",
            says: &[
                "<h1>Smertedagbog</h1>",
                "Smerte efter en løbetur, for løbeturen fre. 13. mar. · 10,00\u{a0}km",
                "værst 4/10",
                ">Ret eller slet<",
                "Marts 2026: dagens værste smerte",
                "<th scope=\"col\">Man.</th>",
            ],
            not: &["Pain diary", "Change or delete", "worst 4/10"],
        },
        Expect {
            lang: "sv",
            says: &[
                "<h1>Smärtdagbok</h1>",
                "Smärta efter en löprunda, för löprundan fre 13 mars · 10,00\u{a0}km",
                "Smärta nästa morgon",
                ">Ändra eller ta bort<",
                "Mars 2026: dagens värsta smärta",
            ],
            not: &["Pain diary", "Change or delete", "next morning"],
        },
    ] {
        let (web, _) = two_runs().await;
        web.app.set_language(e.lang).await.unwrap();
        let reply = web.get(&format!("/diary?today={DAY}")).await;
        assert_eq!(reply.status, StatusCode::OK);
        check(&reply.main(), &e);
    }
}

#[tokio::test]
async fn the_log_page_in_danish_and_swedish() {
    for e in [
        Expect {
            lang: "da",
            says: &[
                "<h2 id=\"run-heading\">Registrér en løbetur</h2>",
                "<h2 id=\"pain-heading\">Registrér smerte</h2>",
                ">Distance (km)</label>",
                "For eksempel 8,5",
                ">Næste morgen</label>",
                ">Gem løbeturen</button>",
            ],
            not: &["Log a run", "Save run", "Next morning", "How much does your hip hurt?"],
        },
        Expect {
            lang: "sv",
            says: &[
                "<h2 id=\"run-heading\">Logga en löprunda</h2>",
                ">Distans (km)</label>",
                "Till exempel 8,5",
                ">Terränglöpning</option>",
                ">Spara smärtanteckningen</button>",
            ],
            not: &["Log a run", "Save pain entry", "Trail run"],
        },
    ] {
        let web = Web::new().await;
        web.app.set_language(e.lang).await.unwrap();
        let reply = web.get(&format!("/log?today={DAY}")).await;
        assert_eq!(reply.status, StatusCode::OK);
        check(&reply.main(), &e);
    }
}

#[tokio::test]
async fn the_runs_list_in_each_language() {
    for (lang, says, not) in [
        ("en", ["<h1>Runs</h1>", "Fri 13 Mar 2026", "10.00 km"], "Løbeture"),
        ("da", ["<h1>Løbeture</h1>", "fre. 13. mar. 2026", "10,00\u{a0}km"], "Your runs"),
        ("sv", ["<h1>Löprundor</h1>", "fre 13 mars 2026", "10,00\u{a0}km"], "Your runs"),
    ] {
        let (web, _) = two_runs().await;
        web.app.set_language(lang).await.unwrap();
        let reply = web.get(&format!("/runs?today={DAY}")).await;
        assert_eq!(reply.status, StatusCode::OK);
        let main = reply.main();
        for words in says {
            assert!(main.contains(words), "{lang}: {words:?} missing from {main}");
        }
        assert!(!main.contains(not), "{lang}: {main}");
        insta::assert_snapshot!(format!("runs_{lang}"), main);
    }
}

#[tokio::test]
async fn one_run_in_danish_and_swedish() {
    for e in [
        Expect {
            lang: "da",
            says: &[
                "<h1>Løbetur fre. 13. mar. 2026 <span class=\"date\">kl. 07:30</span></h1>",
                "<h2 id=\"summary-heading\">Overblik</h2>",
                "<dd>10,00\u{a0}km</dd>",
                "4/10</span> efter en løbetur, fre. 13. mar.",
                "<dd>indtastet</dd>",
                ">Ret denne løbetur</h2>",
                ">Vej</option>",
            ],
            not: &["Summary", "Change this run", "Run on Fri", "manual"],
        },
        Expect {
            lang: "sv",
            says: &[
                "<h1>Löprunda fre 13 mars 2026 <span class=\"date\">kl. 07:30</span></h1>",
                "<h2 id=\"summary-heading\">Översikt</h2>",
                "<dd>10,00\u{a0}km</dd>",
                "3/10</span> nästa morgon, lör 14 mars",
                ">Ta bort den här löprundan</h2>",
            ],
            not: &["Summary", "Delete this run", "Moving time"],
        },
    ] {
        let (web, id) = two_runs().await;
        web.app.set_language(e.lang).await.unwrap();
        let reply = web.get(&format!("/runs/{id}?today={DAY}")).await;
        assert_eq!(reply.status, StatusCode::OK);
        check(&reply.main(), &e);
    }
}

#[tokio::test]
async fn a_refused_form_gives_its_reasons_in_her_language() {
    let run = "date=2099-01-01&sport=run&distance_unit=km&distance_km=&duration=&rpe=12";
    for (lang, reasons) in [
        (
            "en",
            [
                "2099-01-01 is after today (",
                "A run&#39;s distance is in kilometres and more than 0, e.g. 8.5; got &#34;&#34;",
                "Give the run&#39;s time, e.g. 45:00 or 1:05:00",
                "Effort (RPE) is a whole number from 0 (rest) to 10 (maximal); got 12",
            ],
        ),
        (
            "da",
            [
                "2099-01-01 er efter i dag (",
                "En løbeturs distance er i kilometer og over 0, f.eks. 8,5",
                "Angiv løbeturens tid, f.eks. 45:00 eller 1:05:00",
                "Anstrengelse (RPE) er et helt tal fra 0 (hvile) til 10 (maksimal); fik 12",
            ],
        ),
        (
            "sv",
            [
                "2099-01-01 är efter i dag (",
                "En löprundas distans anges i kilometer och är mer än 0, t.ex. 8,5",
                "Ange löprundans tid, t.ex. 45:00 eller 1:05:00",
                "Ansträngning (RPE) är ett heltal från 0 (vila) till 10 (maximal); fick 12",
            ],
        ),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let reply = web.post(&format!("/log/run?today={DAY}"), run).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        let main = reply.main();
        for reason in reasons {
            assert!(main.contains(reason), "{lang}: {reason:?} missing from {main}");
        }
        // Each reason beside its field (the day is checked against the clock, not `?today=`).
        assert!(
            main.contains(r#"id="distance_km-error""#) && main.contains(r#"id="duration-error""#)
        );
        let pain =
            web.post(&format!("/log/pain?today={DAY}"), "date=2026-03-14&when=morning").await;
        let said = match lang {
            "en" => "Choose how much it hurts, from 0 (no pain) to 10",
            "da" => "Vælg, hvor ondt det gør, fra 0 (ingen smerte) til 10",
            _ => "Välj hur ont det gör, från 0 (ingen smärta) till 10",
        };
        assert!(pain.main().contains(said), "{lang}: {}", pain.main());
    }
}

#[tokio::test]
async fn a_doubted_run_is_questioned_in_her_language() {
    // 80 km in 45 minutes: a typo for 8.0, as the runner is asked to confirm.
    let typo = "date=2026-03-13&sport=run&distance_unit=km&distance_km=80&duration=45:00";
    for (lang, doubt, confirm) in [
        (
            "da",
            "80,00\u{a0}km på 45:00 er et tempo på 0:34 /km, hurtigere end 2:00 /km",
            "Ja, det er rigtigt",
        ),
        (
            "sv",
            "80,00\u{a0}km på 45:00 är ett tempo på 0:34 /km, snabbare än 2:00 /km",
            "Ja, det stämmer",
        ),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let reply = web.post(&format!("/log/run?today={DAY}"), typo).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        let main = reply.main();
        assert!(main.contains(doubt), "{lang}: {main}");
        assert!(
            main.contains(&format!(r#"<label for="force">{confirm}</label>"#)),
            "{lang}: {main}"
        );
        assert!(!main.contains("is a pace of") && !main.contains("Yes, this is right"), "{lang}");
    }
}

#[tokio::test]
async fn the_edit_forms_in_danish_and_swedish() {
    for (lang, pain, session, answer) in [
        (
            "da",
            [
                "<h1>Smerteregistrering</h1>",
                "Ret denne smerteregistrering",
                ">Gem ændringerne</button>",
            ],
            ["Træningspas: styrketræning, tor. 12. mar.", "Smerte i hoften undervejs"],
            ["<h1>Tjeksvar</h1>", "<p>Halter du?</p>", "Dagen, det passede"],
        ),
        (
            "sv",
            [
                "<h1>Smärtanteckning</h1>",
                "Ändra den här smärtanteckningen",
                ">Spara ändringarna</button>",
            ],
            ["Pass: styrketräning, tors 12 mars", "Smärta i höften under passet"],
            ["<h1>Kontrollsvar</h1>", "<p>Haltar du?</p>", "Dagen då det stämde"],
        ),
    ] {
        let (web, _) = two_runs().await;
        web.app.set_language(lang).await.unwrap();
        let input = runwell_app::SessionInput {
            routine: "strength".into(),
            date: Some("2026-03-12".into()),
            all: true,
            answers: runwell_app::SessionAnswers { pain: Some("1".into()), rpe: Some("5".into()) },
            ..runwell_app::SessionInput::default()
        };
        web.app.log_session(&input).await.unwrap();
        web.app
            .check(
                &[("limping".to_owned(), true)],
                runwell_domain::LocalDay::parse("2026-03-12").ok(),
            )
            .await
            .unwrap();
        let diary = web.get(&format!("/diary?today={DAY}")).await.main();
        let first = |kind: &str| {
            let at = diary.find(&format!("/diary/{kind}/")).expect(kind) + kind.len() + 8;
            diary[at..].split(['?', '"']).next().unwrap().to_owned()
        };
        for (kind, says) in
            [("pain", &pain[..]), ("session", &session[..]), ("answer", &answer[..])]
        {
            let page = web.get(&format!("/diary/{kind}/{}?today={DAY}", first(kind))).await;
            assert_eq!(page.status, StatusCode::OK, "{lang} {kind}");
            let main = page.main();
            for words in says {
                assert!(main.contains(words), "{lang} {kind}: {words:?} missing from {main}");
            }
            assert!(
                !main.contains("Back to the diary") && !main.contains("Save changes"),
                "{lang}"
            );
        }
    }
}

#[tokio::test]
async fn a_runs_charts_in_danish_and_swedish() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/testdata/fit/pyfitparse_garmin-fenix-5-run.fit");
    let Ok(bytes) = std::fs::read(&file) else {
        eprintln!("skipped: {} is not there", file.display());
        return;
    };
    for (lang, says, not) in [
        (
            "da",
            ["Undervejs", "Mellemtider pr. kilometer", "(slag/min) over distance (km)"],
            "Along the run",
        ),
        (
            "sv",
            ["Längs rundan", "Mellantider per kilometer", "(slag/min) över distans (km)"],
            "Splits per",
        ),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let boundary = "runwell-boundary";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"run.fit\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(&bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = crate::support::browser("POST", "/import")
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(axum::body::Body::from(body))
            .unwrap();
        let imported = web.send(request).await;
        if imported.status != StatusCode::OK || web.app.runs(None).await.map_or(0, |r| r.len()) == 0
        {
            eprintln!("skipped: the import stored no run ({})", imported.status);
            return;
        }
        let main = web.get(&format!("/runs/1?today={DAY}")).await.main();
        for words in says {
            assert!(main.contains(words), "{lang}: {words:?} missing from {main}");
        }
        assert!(!main.contains(not) && !main.contains("beats/min"), "{lang}: {main}");
    }
}

#[tokio::test]
async fn the_pain_saved_in_place_is_said_in_her_language() {
    for (lang, said, button) in [
        (
            "da",
            "Gemt: smerte 4/10 (Efter en løbetur) den 2026-03-14.",
            "Se, hvad det betyder for i dag",
        ),
        (
            "sv",
            "Sparat: smärta 4/10 (Efter en löprunda) den 2026-03-14.",
            "Se vad det betyder för i dag",
        ),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let request = crate::support::browser("POST", &format!("/log/pain?today={DAY}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("hx-request", "true")
            .body(axum::body::Body::from(format!("score=4&when=after&date={DAY}")))
            .unwrap();
        let reply = web.send(request).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert!(reply.body.contains(said) && reply.body.contains(button), "{lang}: {}", reply.body);
    }
}

//! The pages in the runner's language: her choice on the settings page, else the browser's
//! `Accept-Language`, else English; `<html lang>` on every page; and Today and a movement as a
//! Danish and a Swedish runner read them, beside the English.

use axum::body::Body;
use axum::http::StatusCode;

use crate::support::{DAY, Web, browser};

/// The red day of `pages::a_painful_morning_turns_today_red_with_the_pain_rule`.
async fn red_day() -> Web {
    let web = Web::new().await;
    web.run("2026-03-12", 8.0, "48:00", Some(5)).await;
    web.run("2026-03-13", 10.0, "1:00:00", Some(7)).await;
    web.pain("2026-03-13", "after", 6).await;
    web.pain(DAY, "morning", 7).await;
    web
}

/// One movement's card on the programme page.
fn movement_card(main: &str, id: &str) -> String {
    let start = main.find(&format!(r#"<article id="movement-{id}""#)).expect("the card");
    let end = start + main[start..].find("</article>").expect("its end") + "</article>".len();
    main[start..end].to_owned()
}

#[tokio::test]
async fn today_and_a_movement_in_each_language() {
    for (lang, html_lang, light, yesterday) in [
        ("en", "en-GB", ">Red<", "Fri 13 Mar"),
        ("da", "da", ">Rød<", "fre. 13. mar."),
        ("sv", "sv", ">Röd<", "fre 13 mars"),
    ] {
        let web = red_day().await;
        web.app.set_language(lang).await.unwrap();
        let today = web.get(&format!("/?today={DAY}")).await;
        assert_eq!(today.status, StatusCode::OK);
        assert!(today.body.contains(&format!(r#"<html lang="{html_lang}">"#)), "{lang}");
        let main = today.main();
        assert!(main.contains(light), "{lang}: {main}");
        // Every sentence's day is written her way; the rule ids stay as they are.
        assert!(main.contains(yesterday), "{lang}: {main}");
        assert!(main.contains("PAIN-2") && main.contains("SPIKE-1"), "{lang}");
        insta::assert_snapshot!(format!("today_{lang}"), main);
        let programme = web.get(&format!("/programme?today={DAY}")).await;
        assert_eq!(programme.status, StatusCode::OK);
        insta::assert_snapshot!(
            format!("movement_{lang}"),
            movement_card(&programme.main(), "clamshell")
        );
    }
}

#[tokio::test]
async fn numbers_are_written_the_runners_way() {
    let web = red_day().await;
    web.app.set_language("da").await.unwrap();
    let main = web.get(&format!("/?today={DAY}")).await.main();
    // 10 km against 8 km: "+25 %" and "10,0 km" with a no-break space; never "10.0 km".
    assert!(main.contains("10,0\u{a0}km") && main.contains("+25\u{a0}%"), "{main}");
    assert!(!main.contains("10.0 km"), "{main}");
    web.app.set_language("en").await.unwrap();
    let main = web.get(&format!("/?today={DAY}")).await.main();
    assert!(main.contains("(10.0 km)") && main.contains("+25 %"), "{main}");
}

#[tokio::test]
async fn without_a_choice_the_browser_decides_and_the_choice_wins_over_it() {
    let web = red_day().await;
    let with_header = |header: &'static str| {
        browser("GET", &format!("/?today={DAY}"))
            .header("accept-language", header)
            .body(Body::empty())
            .unwrap()
    };
    let check = |body: &str, tag: &str| {
        assert!(body.contains(&format!(r#"<html lang="{tag}">"#)), "{tag}");
    };
    check(&web.send(with_header("da-DK,da;q=0.9,en;q=0.8")).await.body, "da");
    check(&web.send(with_header("sv-SE")).await.body, "sv");
    // Norwegian is not runwell's: the next choice, then English.
    check(&web.send(with_header("nb-NO,nb;q=0.9,sv;q=0.5")).await.body, "sv");
    check(&web.send(with_header("nb")).await.body, "en-GB");
    check(&web.get(&format!("/?today={DAY}")).await.body, "en-GB");
    let reply = web.send(with_header("da")).await;
    assert!(
        reply.headers.get_all("vary").iter().any(|v| v == "accept-language"),
        "{:?}",
        reply.headers
    );
    // The runner's choice on the settings page wins over the browser.
    let saved = web.post("/settings/language", "language=sv").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location(), "/settings?saved=language");
    let settings = web.send(with_header("da")).await;
    check(&settings.body, "sv");
    let page = web.get("/settings?saved=language").await;
    assert!(page.body.contains("Språket är sparat."), "{}", page.main());
    assert!(page.body.contains(r#"<option value="sv" lang="sv" selected>Svenska</option>"#));
    // "As my browser asks" gives it back to the browser.
    web.post("/settings/language", "language=").await;
    check(&web.send(with_header("da")).await.body, "da");
}

#[tokio::test]
async fn a_language_runwell_does_not_speak_is_refused_beside_the_field() {
    let web = Web::new().await;
    let reply = web.post("/settings/language", "language=nb").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = reply.main();
    assert!(main.contains(r#"id="language-error""#) && main.contains("en, da or sv"), "{main}");
    assert_eq!(web.app.language().await.unwrap(), None, "nothing was stored");
}

#[tokio::test]
async fn the_setup_keeps_the_language_chosen_there() {
    let web = Web::empty().await;
    let first = web
        .send(browser("GET", "/setup").header("accept-language", "da").body(Body::empty()).unwrap())
        .await;
    assert!(first.body.contains(r#"<option value="da" lang="da" selected>Dansk</option>"#));
    let reply = web
        .post(
            "/setup",
            "time_zone=Europe%2FCopenhagen&run_days=mon&run_days=thu&strength_days=tue\
             &strength_days=fri&language=da",
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(web.app.language().await.unwrap(), Some(runwell_app::words::Lang::Da));
}

#[tokio::test]
async fn the_guided_session_says_its_cues_in_the_runners_language() {
    let web = Web::new().await;
    for (lang, start, ready) in [
        ("da", "Så starter vi.", "Gør dig klar."),
        ("sv", "Nu börjar vi.", "Gör dig redo."),
        ("en", "Let's start.", "Get ready."),
    ] {
        web.app.set_language(lang).await.unwrap();
        let page = web.get(&format!("/session/warmup?today={DAY}")).await;
        assert_eq!(page.status, StatusCode::OK);
        // The timeline the page plays carries every cue's words, shown and spoken.
        assert!(page.body.contains(start) && page.body.contains(ready), "{lang}");
    }
}

/// The whole programme page in her language: the week's plan, the weeks so far, the routines
/// with their doses, and why a movement moved up, after two green sessions in a row.
#[tokio::test]
async fn the_programme_and_a_level_that_moved_in_each_language() {
    for (lang, moved, reason, plan, dose, english) in [
        (
            "en",
            "Clamshell: level 1 → 2 (up, PROG-2).",
            "Moved up to level 2 on Fri 13 Mar after two sessions in a row",
            "(today)",
            "3 × 10 reps each side",
            "",
        ),
        (
            "da",
            "Muslingen: niveau 1 → 2 (op, PROG-2).",
            "fre. 13. mar.: op på niveau 2 efter to træninger i træk",
            "(i dag)",
            "3 × 10 gentagelser på hver side",
            "How the weeks went",
        ),
        (
            "sv",
            "Musslan: nivå 1 → 2 (upp, PROG-2).",
            "fre 13 mars: upp till nivå 2 efter två pass i rad",
            "(i dag)",
            "3 × 10 repetitioner på varje sida",
            "How the weeks went",
        ),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let (_, reply) = crate::session::two_green_sessions(&web).await;
        let saved = web.get(reply.location()).await.main();
        assert!(saved.contains(moved), "{lang}: {saved}");
        let main = web.get("/programme?today=2026-03-14").await.main();
        let clamshell = movement_card(&main, "clamshell");
        assert!(clamshell.contains(reason), "{lang}: {clamshell}");
        assert!(main.contains(plan) && main.contains(dose), "{lang}: {main}");
        if !english.is_empty() {
            // The charts' words are the charts' own; these are the page's.
            for leftover in [english, "Start the guided session", "Log it by hand", "(level 1 of"] {
                assert!(!main.contains(leftover), "{lang}: {leftover:?} in {main}");
            }
        }
    }
}

/// The guided session's page around the player: its hints, its plan of movements with their
/// doses, and the two questions at the end.
#[tokio::test]
async fn the_session_page_in_each_language() {
    for (lang, words, english) in [
        ("en", ["Pain in your hip during the session", "(level 1 of 4:", "reps each side"], ""),
        (
            "da",
            ["Smerte i hoften under træningen", "(niveau 1 af 4:", "gentagelser på hver side"],
            "How to do it",
        ),
        (
            "sv",
            ["Smärta i höften under passet", "(nivå 1 av 4:", "repetitioner på varje sida"],
            "How to do it",
        ),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let main = web.get(&format!("/session/strength?today={DAY}")).await.main();
        for w in words {
            assert!(main.contains(w), "{lang}: {w:?} in {main}");
        }
        if !english.is_empty() {
            for leftover in [english, "Mute the voice", "Log this routine by hand", "two questions"]
            {
                assert!(!main.contains(leftover), "{lang}: {leftover:?} in {main}");
            }
        }
    }
}

#[tokio::test]
async fn the_whole_setup_form_in_each_language() {
    for (lang, words) in [
        ("da", ["Hvilepuls (slag/min)", "Ikke oplyst", "Din længste enkelte løbetur"]),
        ("sv", ["Vilopuls (slag/min)", "Inte angivet", "Din längsta enskilda löprunda"]),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let main = web.get("/setup").await.main();
        for w in words {
            assert!(main.contains(w), "{lang}: {w:?} in {main}");
        }
        for leftover in ["Resting heart rate", "Not given", "Your longest single run"] {
            assert!(!main.contains(leftover), "{lang}: {leftover:?} in {main}");
        }
    }
}

/// A refused setup form and a session saved without its two answers say why in her language,
/// beside each field (the page starts each reason with a capital).
#[tokio::test]
async fn refused_setup_and_session_answers_in_each_language() {
    use crate::session::{form, full_record};
    for (lang, days, longest, pain) in [
        ("en", "the days you usually run", "e.g. 12; got", "the pain during the session"),
        ("da", "de dage, du plejer at løbe", "f.eks. 12; fik", "smerten under træningen"),
        ("sv", "de dagar du brukar springa", "t.ex. 12; fick", "smärtan under passet"),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let reply = web.post("/setup", "time_zone=Europe%2FLondon&recent_longest_km=x").await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        let main = reply.main();
        assert!(main.contains(days) && main.contains(longest), "{lang}: {main}");
        let record = full_record(&web, "strength").await;
        let reply = web.post(&format!("/session/strength?today={DAY}"), &form(&record, "")).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reply.main().contains(pain), "{lang}: {}", reply.main());
    }
}

/// Settings' refusals beside their fields in her language: a replace distance before the
/// inspect one, a distance that is none, and erasing without the word.
#[tokio::test]
async fn settings_refusals_in_each_language() {
    for (lang, before, not_distance, erase) in [
        ("en", "at least 600 km", "is not a distance", "the word erase"),
        ("da", "mindst 600 km", "er ikke en distance", "ordet erase for at bekræfte"),
        ("sv", "minst 600 km", "är ingen distans", "ordet erase för att bekräfta"),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let refused = web.post("/settings/shoes", "inspect_km=600&replace_km=500").await;
        assert!(refused.main().contains(before), "{lang} {:?}: {}", refused.status, refused.main());
        let refused = web.post("/settings/shoes", "inspect_km=x&replace_km=500").await;
        assert!(refused.main().contains(not_distance), "{lang}: {}", refused.main());
        let refused = web.post("/settings/erase", "confirm=yes").await;
        assert!(refused.main().contains(erase), "{lang}: {}", refused.main());
    }
}

/// The check's groups of questions are headed in her language, with their rule ids as they are.
#[tokio::test]
async fn the_checks_groups_in_each_language() {
    for (lang, group) in [
        ("en", "A self-check of the hip"),
        ("da", "Et selvtjek af hoften"),
        ("sv", "En egenkontroll av höften"),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let main = web.get(&format!("/check?today={DAY}")).await.main();
        assert!(main.contains(group) && main.contains("TRIAGE-7"), "{lang}: {main}");
        if lang != "en" {
            assert!(!main.contains("Signs that need help today"), "{lang}: {main}");
        }
    }
}

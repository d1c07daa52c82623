//! The physio report, the Trends page and the import's results as a Danish and a Swedish runner read them, beside the
//! English: the words, the days and the numbers in her language, no heading left in English.

use axum::http::StatusCode;

use crate::import::{corpus_fit, multipart, upload};
use crate::report::history;
use crate::support::{DAY, Web};

/// Headings of the English report that a translated one must not show.
const ENGLISH_REPORT: [&str; 8] = [
    "Who and when",
    "Hip programme",
    "Red-flag check",
    "Shoes and surfaces",
    "My notes for the physio",
    "Longest run",
    "The numbers",
    "Week of",
];

#[tokio::test]
async fn the_report_in_each_language() {
    for (lang, html_lang, period, longest, answer) in [
        (
            "en",
            "en-GB",
            "Mon 19 Jan 2026 to Sat 14 Mar 2026 (8 training weeks)",
            "Longest run: 8.0 km",
            "Are you unable to put weight on the leg or to walk? <strong>no</strong>",
        ),
        (
            "da",
            "da",
            "man. 19. jan. 2026 til lør. 14. mar. 2026 (8 træningsuger)",
            "Længste løbetur: 8,0\u{a0}km",
            "<strong>nej</strong>",
        ),
        (
            "sv",
            "sv",
            "mån 19 jan 2026 till lör 14 mars 2026 (8 träningsveckor)",
            "Längsta löprundan: 8,0\u{a0}km",
            "<strong>nej</strong>",
        ),
    ] {
        let web = Web::new().await;
        history(&web).await;
        web.app.set_language(lang).await.unwrap();
        let reply = web.get(&format!("/report?today={DAY}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let page = reply.page();
        assert!(page.contains(&format!(r#"<html lang="{html_lang}">"#)), "{lang}");
        for part in [period, longest, answer, "NRS-1: ", "SPIKE-1"] {
            assert!(page.contains(part), "{lang}: {part:?} missing: {page}");
        }
        if lang != "en" {
            for english in ENGLISH_REPORT {
                assert!(!page.contains(english), "{lang}: {english:?} left in English: {page}");
            }
            assert!(!page.contains(" 8.0 km"), "{lang}: a distance written the English way");
        }
        insta::assert_snapshot!(format!("report_{lang}"), page);
    }
}

#[tokio::test]
async fn the_printed_foot_follows_the_browser_language() {
    let web = Web::new().await;
    web.app.set_language("sv").await.unwrap();
    let css = web.get("/report/page.css?made=2026-03-14").await;
    assert!(css.body.contains("runwell · Gjord den 2026-03-14"), "{}", css.body);
}

#[tokio::test]
async fn trends_in_danish_and_swedish() {
    for (lang, heading, load, week, distance, english) in [
        (
            "da",
            "<h1>Udvikling</h1>",
            "Træningsbelastning",
            "Ugen fra 9. marts",
            "10,0\u{a0}km",
            "Trends",
        ),
        (
            "sv",
            "<h1>Utveckling</h1>",
            "Träningsbelastning",
            "Veckan från 9 mars",
            "10,0\u{a0}km",
            "Trends",
        ),
    ] {
        let web = Web::new().await;
        web.run("2026-03-10", 10.0, "1:00:00", Some(5)).await;
        web.pain("2026-03-11", "morning", 2).await;
        web.app.set_language(lang).await.unwrap();
        let main = web.get(&format!("/trends?today={DAY}")).await.main();
        for part in [heading, load, week, distance] {
            assert!(main.contains(part), "{lang}: {part:?} missing: {main}");
        }
        for left in [english, "Your weeks", "Training load", "The numbers", "Week of", "10.0 km"] {
            assert!(!main.contains(left), "{lang}: {left:?} left in English: {main}");
        }
    }
}

#[tokio::test]
async fn import_results_in_danish_and_swedish() {
    for (lang, heading, imported, known, not_activity, english) in [
        (
            "da",
            "<h1>Importér løbeture</h1>",
            "1 importeret, 2 sprunget over",
            "allerede importeret",
            "Ikke en aktivitet",
            "Import runs",
        ),
        (
            "sv",
            "<h1>Importera löprundor</h1>",
            "1 importerade, 2 överhoppade",
            "redan importerad",
            "Ingen aktivitet",
            "Import runs",
        ),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let run = corpus_fit(1);
        let first = upload(&web, multipart(&[("run.fit", &run)])).await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);
        let again = upload(
            &web,
            multipart(&[("new.fit", &corpus_fit(2)), ("run.fit", &run), ("notes.txt", b"hello")]),
        )
        .await;
        let main = again.main();
        // The new file's run is written her way: its day and its distance.
        let month = if lang == "da" { " nov. 2023 \u{b7} " } else { " nov 2023 \u{b7} " };
        for part in [heading, imported, known, not_activity, month, "\u{a0}km \u{b7} "] {
            assert!(main.contains(part), "{lang}: {part:?} missing: {main}");
        }
        for left in [english, "Already imported", "already imported", "See your runs"] {
            assert!(!main.contains(left), "{lang}: {left:?} left in English: {main}");
        }
    }
}

#[tokio::test]
async fn shoes_and_cadence_in_danish_and_swedish() {
    for (lang, shoes, wear, km, note, cadence, later, needs) in [
        (
            "da",
            "<h1>Dine sko</h1>",
            "Slid",
            "af cirka 800\u{a0}km",
            "Kun beskrivende",
            "<h1>Kadence</h1>",
            "Senere, +7,5–10 %",
            "runwell skal bruge kadencen fra mindst",
        ),
        (
            "sv",
            "<h1>Dina skor</h1>",
            "Slitage",
            "av ungefär 800\u{a0}km",
            "Bara beskrivande",
            "<h1>Kadens</h1>",
            "Senare, +7,5–10 %",
            "runwell behöver kadensen från minst",
        ),
    ] {
        let web = Web::new().await;
        web.run("2026-03-10", 10.0, "1:00:00", Some(5)).await;
        web.app.set_language(lang).await.unwrap();
        let main = web.get(&format!("/shoes?today={DAY}")).await.main();
        for part in [shoes, wear, km, note, "10\u{a0}km"] {
            assert!(main.contains(part), "{lang}: {part:?} missing: {main}");
        }
        for left in
            ["Your shoes", "Add a pair", "Next-morning pain by shoe", "run(s)", " of about "]
        {
            assert!(!main.contains(left), "{lang}: {left:?} left in English: {main}");
        }
        let main = web.get(&format!("/cadence?today={DAY}")).await.main();
        for part in [cadence, later, needs] {
            assert!(main.contains(part), "{lang}: {part:?} missing: {main}");
        }
        for left in ["Your numbers", "Metronome<", "Steps per minute", "Not known yet"] {
            assert!(!main.contains(left), "{lang}: {left:?} left in English: {main}");
        }
    }
}

#[tokio::test]
async fn the_programmes_calendar_and_levels_in_danish_and_swedish() {
    for (lang, title, weekday, legend, english) in [
        (
            "da",
            "Træningspas udført i forhold til planen",
            ">tir<",
            "✓ udført",
            "against the plan, last",
        ),
        ("sv", "Pass gjorda mot planen", ">tis<", "✓ gjort", "against the plan, last"),
    ] {
        let web = Web::new().await;
        web.app.set_language(lang).await.unwrap();
        let main = web.get(&format!("/programme?today={DAY}")).await.main();
        for part in [title, weekday, legend] {
            assert!(main.contains(part), "{lang}: {part:?} missing: {main}");
        }
        // The page around the charts is not all translated yet (its adherence table); the charts
        // are.
        for left in [english, "level over time", "Each day of each week", ">Tue<", "rest day"] {
            assert!(!main.contains(left), "{lang}: {left:?} left in English: {main}");
        }
    }
}

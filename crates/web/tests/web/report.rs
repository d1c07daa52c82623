//! The physio report: its page for a fixed history (snapshot), the notes kept with the period,
//! the page's own stylesheet, and the self-contained file `runwell report --out` writes.

use axum::http::{StatusCode, header};
use runwell_app::PainInput;

use crate::support::{DAY, Web};

/// Six weeks of runs with pain during, after and the next morning on the left outer hip, one
/// check answer and one strength session: the history every report test reads.
pub(crate) async fn history(web: &Web) {
    let start = runwell_domain::LocalDay::parse("2026-02-02").unwrap();
    for i in 0..18 {
        let day = start.plus_days(i * 2 + i / 3);
        let km = 5.0 + f64::from(i % 4);
        web.run(&day.to_string(), km, &format!("{}:00", km as i64 * 6), Some(4)).await;
        for (when, score) in [("during", 2 + i % 3), ("after", 1 + i % 4)] {
            web.app
                .log_pain(&PainInput {
                    date: day.to_string(),
                    when: when.into(),
                    score: score.to_string(),
                    side: Some("left".into()),
                    region: Some("outer".into()),
                    ..PainInput::default()
                })
                .await
                .unwrap();
        }
        web.pain(&day.plus_days(1).to_string(), "morning", i64::from(5 - i / 4)).await;
    }
    for week in 0..6 {
        let input = runwell_app::SessionInput {
            routine: "strength".into(),
            date: Some(start.plus_days(week * 7 + 1).to_string()),
            all: true,
            answers: runwell_app::SessionAnswers { pain: Some("1".into()), rpe: Some("5".into()) },
            ..runwell_app::SessionInput::default()
        };
        web.app.log_session(&input).await.unwrap();
    }
    web.app
        .check(&[("cannot_bear_weight".into(), false)], Some(start.plus_days(20)))
        .await
        .unwrap();
}

#[tokio::test]
async fn the_report_shows_the_period_for_a_clinician_and_keeps_its_notes() {
    let web = Web::new().await;
    history(&web).await;
    let reply = web.get(&format!("/report?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let page = reply.page();
    for part in [
        "Mon 19 Jan 2026 to Sat 14 Mar 2026 (8 training weeks)",
        "left hip, outer",
        "NRS-1: ",
        "id=\"report-pain\"",
        "id=\"report-weekly\"",
        "Longest run: 8.0 km",
        "Are you unable to put weight on the leg or to walk? <strong>no</strong>",
        "Shoes: Pegasus",
        "Surfaces: road",
        "/report/page.css?made=2026-03-14",
    ] {
        assert!(page.contains(part), "{part:?} missing: {page}");
    }
    assert!(!page.contains("<script"), "the report works without JavaScript");
    assert!(!page.contains("<nav"), "the report prints without the menu");
    assert!(!page.contains("style="), "no inline styles (CSP)");
    insta::assert_snapshot!("report_page", page);

    let saved = web
        .post(
            &format!("/report/notes?today={DAY}"),
            "from=2026-01-19&to=2026-03-14&notes=Stairs+hurt+%3Cmore%3E.",
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), "/report?from=2026-01-19&to=2026-03-14&today=2026-03-14#notes");
    let again = web.get(&format!("/report?today={DAY}")).await.page();
    assert!(
        again.contains("Stairs hurt &#60;more&#62;.")
            || again.contains("Stairs hurt &lt;more&gt;."),
        "{again}"
    );
    let other = web.get(&format!("/report?from=2026-03-01&today={DAY}")).await.page();
    assert!(!other.contains("Stairs hurt"), "another period has its own notes");

    let bad = web.get(&format!("/report?from=2026-04-01&today={DAY}")).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);
    assert!(bad.body.contains("give an earlier --from") || bad.body.contains("after its end"));
}

#[tokio::test]
async fn the_printed_foot_says_the_day_and_takes_nothing_but_a_day() {
    let web = Web::new().await;
    let css = web.get("/report/page.css?made=2026-03-14").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
    assert!(css.body.contains("runwell · Made on 2026-03-14"), "{}", css.body);
    let hostile = web.get("/report/page.css?made=%22%7D%20body%7Bdisplay:none").await;
    assert!(!hostile.body.contains("display:none"), "{}", hostile.body);
}

#[tokio::test]
async fn the_file_for_runwell_report_carries_its_styles_and_no_link_to_the_server() {
    let web = Web::new().await;
    history(&web).await;
    let report = web
        .app
        .report(None, None, Some(runwell_domain::LocalDay::parse(DAY).unwrap()))
        .await
        .unwrap();
    let html = runwell_web::report_html(report).unwrap();
    assert!(html.contains("<style>") && html.contains("@page"), "styles inside");
    assert!(html.contains("runwell · Made on 2026-03-14"));
    assert!(!html.contains("/static/") && !html.contains("href=\"/"), "nothing to fetch");
    assert!(!html.contains("<form"), "a file cannot save notes");
}

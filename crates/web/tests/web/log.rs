//! `/log`: runs and pain, refused with messages beside the fields or saved and redirected; the
//! pain form also as an htmx fragment.

use axum::body::Body;
use axum::http::{StatusCode, header};

use crate::support::{DAY, Web, browser};

#[tokio::test]
async fn the_log_page_offers_both_forms_for_the_day() {
    let web = Web::new().await;
    let reply = web.get(&format!("/log?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    assert!(main.contains(&format!(r#"id="pain-date" name="date" value="{DAY}""#)), "{main}");
    assert!(main.contains(r#"hx-post="/log/pain?today=2026-03-14""#));
    insta::assert_snapshot!("log_page", main);
}

#[tokio::test]
async fn a_bad_run_comes_back_with_every_message_beside_its_field() {
    let web = Web::new().await;
    let reply = web
        .post(
            &format!("/log/run?today={DAY}"),
            "date=2026-02-30&time=25:00&distance_km=-3&duration=45&rpe=12&surface=ice&shoe=Pegasus",
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = reply.main();
    for (field, words) in [
        ("date", "is not a date: use YYYY-MM-DD"),
        ("time", "is not a time of day: use HH:MM"),
        ("distance_km", "distance is in kilometres and more than 0"),
        ("duration", "the time as minutes and seconds, e.g. 45:00"),
        ("rpe", "is a whole number from 0 (rest) to 10"),
        ("surface", "is not a surface"),
    ] {
        let id = format!(r#"id="{field}-error""#);
        let at = main.find(&id).unwrap_or_else(|| panic!("no error for {field}: {main}"));
        assert!(main[at..].split("</p>").next().unwrap().contains(words), "{field}: {main}");
        assert!(
            main.contains(&format!(r#"aria-describedby="{field}-error"#))
                || field == "rpe"
                || field == "surface"
                || main.contains(&format!(r#"aria-describedby="{field}-error {field}-hint""#)),
            "{field}"
        );
    }
    assert!(main.contains(r#"value="Pegasus""#), "what was typed is kept");
    assert!(web.app.runs(None).await.unwrap().is_empty(), "nothing was stored");
    insta::assert_snapshot!("log_run_refused", main);
}

#[tokio::test]
async fn a_good_run_is_stored_and_its_page_shown() {
    let web = Web::new().await;
    let reply = web
        .post(
            &format!("/log/run?today={DAY}"),
            &format!("date={DAY}&time=07:05&distance_km=8%2C5&duration=47:30&rpe=5&surface=grass"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), format!("/runs/1?today={DAY}&logged=1"));
    let page = web.get(reply.location()).await.main();
    assert!(
        page.contains("Run saved.") && page.contains("8.50 km") && page.contains("07:05"),
        "{page}"
    );
}

#[tokio::test]
async fn pain_is_stored_and_leads_to_today() {
    let web = Web::new().await;
    let reply = web
        .post(
            &format!("/log/pain?today={DAY}"),
            &format!(
                "score=7&when=morning&side=left&region=outer&character=sharp&limits_daily_life=yes\
                 &date={DAY}&note=stairs"
            ),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), format!("/?today={DAY}&logged=pain"));
    let today = web.get(reply.location()).await.main();
    assert!(today.contains("Pain entry saved."), "{today}");
    // A morning at 7/10 has not settled, run or not (DATA-2): red.
    assert!(today.contains("light-red") && today.contains("DATA-2"), "{today}");
}

#[tokio::test]
async fn pain_without_a_score_is_refused_beside_the_scale() {
    let web = Web::new().await;
    let reply = web.post("/log/pain", &format!("when=evening&date={DAY}&side=")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = reply.main();
    assert!(
        main.contains(r#"<p class="error" id="score-error">Choose how much it hurts"#),
        "{main}"
    );
    assert!(main.contains(r#"<p class="error" id="when-error">"#), "{main}");
    assert!(main.contains("is not a moment"), "{main}");
}

#[tokio::test]
async fn htmx_gets_the_pain_form_back_as_a_fragment() {
    let web = Web::new().await;
    let request = browser("POST", &format!("/log/pain?today={DAY}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("hx-request", "true")
        .body(Body::from(format!("score=4&when=after&date={DAY}")))
        .unwrap();
    let reply = web.send(request).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.starts_with(r#"<section id="pain""#), "{}", reply.body);
    assert!(!reply.body.contains("<main"), "a fragment, not a page");
    assert!(reply.body.contains("Saved: pain 4/10 (After a run) on 2026-03-14."));
    insta::assert_snapshot!("pain_fragment_saved", reply.body);
    // A refused entry comes back as a 200 fragment too, since htmx swaps only successes.
    let request = browser("POST", "/log/pain")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("hx-request", "true")
        .body(Body::from(format!("score=11&when=after&date={DAY}")))
        .unwrap();
    let refused = web.send(request).await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(
        refused.body.contains("a pain score is a whole number from 0")
            || refused.body.contains("A pain score is a whole number from 0"),
        "{}",
        refused.body
    );
}

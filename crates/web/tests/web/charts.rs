//! The chart pages: Trends, Today's weeks, the programme's calendar and levels, a run's samples,
//! and the cadence page with its metronome; each with no data and with some.

use axum::body::Body;
use axum::http::{StatusCode, header};

use crate::support::{DAY, Web, browser};

#[tokio::test]
async fn trends_with_no_data_say_so_and_with_data_draw_the_weeks_and_the_load() {
    let web = Web::new().await;
    let empty = web.get(&format!("/trends?today={DAY}")).await;
    assert_eq!(empty.status, StatusCode::OK);
    let main = empty.main();
    assert!(main.contains("No runs in the last 16 weeks."), "{main}");
    assert!(main.contains("there are none so far"), "{main}");
    assert!(
        main.contains(r#"<a href="/trends?today=2026-03-14" aria-current="page">Trends</a>"#)
            || empty.body.contains(r#"aria-current="page">Trends"#)
    );

    // Five weeks of runs and mornings.
    for i in 0..15 {
        let day = runwell_domain::LocalDay::parse("2026-02-07").unwrap().plus_days(i * 2 + 1);
        web.run(&day.to_string(), 6.0, "36:00", Some(4)).await;
        web.pain(&day.plus_days(1).to_string(), "morning", 3 - i64::from(i / 5)).await;
    }
    let reply = web.get(&format!("/trends?today={DAY}")).await;
    let main = reply.main();
    assert!(main.contains("90.0 km in 15 runs over the last 16 weeks"), "{main}");
    assert!(main.contains("chart-line-acute"), "the load is drawn from 28 days: {main}");
    assert!(!main.contains("style="));
    insta::assert_snapshot!("trends_page", main);
}

#[tokio::test]
async fn today_shows_its_weeks_compactly_and_links_to_trends() {
    let web = Web::new().await;
    web.run("2026-03-12", 8.0, "48:00", Some(5)).await;
    let main = web.get(&format!("/?today={DAY}")).await.main();
    assert!(main.contains(r#"id="weekly-today""#) && main.contains("last 8 weeks"), "{main}");
    assert!(main.contains(r#"href="/trends?today=2026-03-14""#));
    assert!(main.contains(r#"<rect class="chart-bar""#));
}

#[tokio::test]
async fn todays_kept_chart_follows_every_change_and_the_language() {
    let web = Web::new().await;
    web.run("2026-03-12", 8.0, "48:00", Some(5)).await;
    let today = format!("/?today={DAY}");
    let first = web.get(&today).await.main();
    assert!(first.contains("8.0 km in 1 run over the last 8 weeks"), "{first}");
    // The chart is kept between requests, and not past a change to the data.
    assert_eq!(web.get(&today).await.main(), first);
    web.run("2026-03-13", 5.0, "30:00", Some(4)).await;
    let after = web.get(&today).await.main();
    assert!(after.contains("13.0 km in 2 runs over the last 8 weeks"), "{after}");
    // Nor is one language's chart shown in another.
    let danish = web
        .send(browser("GET", &today).header("accept-language", "da").body(Body::empty()).unwrap())
        .await
        .main();
    assert!(danish.contains("13,0") && danish.contains("2 løbeture"), "{danish}");
    assert!(!danish.contains("13.0 km in 2 runs"), "{danish}");
}

#[tokio::test]
async fn the_programme_draws_the_calendar_the_levels_and_the_pictures() {
    let web = Web::new().await;
    let main = web.get(&format!("/programme?today={DAY}")).await.main();
    assert!(main.contains(r#"id="calendar""#), "{main}");
    assert!(main.contains("No sessions of Clamshell yet: it is at level 1 of"));
    assert!(
        main.contains(r#"aria-labelledby="ill-clamshell-t ill-clamshell-d""#),
        "the card's picture"
    );
    assert!(main.contains(r#"href="/session/strength?today=2026-03-14""#));
    assert!(main.contains(r#"href="/session/strength/log?today=2026-03-14""#));
    // A saved notice names only real movements.
    let notice = web
        .get("/programme?saved=strength&at_target=3&sets=4&moved=clamshell:1:2,nonsense:1:2,squat-hold:x:2")
        .await
        .main();
    assert!(notice.contains("Hip strength session saved: 3 of 4 sets at target."), "{notice}");
    assert!(notice.contains("Clamshell: level 1 → 2 (up, PROG-2)."));
    assert!(!notice.contains("nonsense"), "{notice}");
    assert_eq!(
        notice.matches("(up, PROG-2)").count() + notice.matches("(down, PROG-2)").count(),
        1
    );
    assert!(!web.get("/programme?saved=yoga").await.main().contains(r#"id="saved""#));
}

const BOUNDARY: &str = "runwellChartsBoundary";

#[tokio::test]
async fn a_run_with_samples_shows_them_along_the_distance() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/testdata/fit/pyfitparse_garmin-fenix-5-run.fit");
    let Ok(bytes) = std::fs::read(&file) else {
        eprintln!("skipped: {} is not there", file.display());
        return;
    };
    let web = Web::new().await;
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"run.fit\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let request = browser("POST", "/import")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(Body::from(body))
        .unwrap();
    let imported = web.send(request).await;
    if imported.status != StatusCode::OK
        || web.app.runs(None).await.map(|r| r.len()).unwrap_or(0) == 0
    {
        eprintln!("skipped: the import stored no run ({})", imported.status);
        return;
    }
    let reply = web.get(&format!("/runs/1?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    assert!(main.contains(r#"id="run-pace""#), "{main}");
    assert!(main.contains("Pace over 0.") || main.contains("No pace"), "{main}");
    // A run logged by hand has no samples and no charts.
    let id = web.run("2026-03-12", 8.0, "48:00", None).await;
    assert!(!web.get(&format!("/runs/{id}")).await.main().contains("run-charts"));
}

#[tokio::test]
async fn the_cadence_page_sets_the_metronome_to_the_target_or_170() {
    let web = Web::new().await;
    let reply = web.get(&format!("/cadence?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains(r#"<script type="module" src="/static/metronome-"#));
    let main = reply.main();
    assert!(main.contains(r#"id="metronome-rate" name="rate" value="170""#), "{main}");
    assert!(main.contains("Not known yet"));
    assert!(main.contains("<noscript>"));
    insta::assert_snapshot!("cadence_page", main);
    let chosen = web.get("/cadence?rate=500").await.main();
    assert!(chosen.contains(r#"value="220""#), "clamped to the metronome's range");
    assert!(web.get("/runs").await.main().contains(r#"href="/cadence""#));
    assert_eq!(Web::empty().await.get("/cadence").await.location(), "/setup");
    assert_eq!(Web::empty().await.get("/trends").await.location(), "/setup");
}

//! Today with gaps in the diary (EVIDENCE.md, DATA rules): what is missing, linked to the
//! prefilled form; the night question first; neutral badges; the recent longest run on the setup
//! page; entries after today refused beside the date.

use axum::http::StatusCode;

use crate::support::{DAY, Web};

/// A day after today wherever the runner lives, whatever the clock says.
const FUTURE: &str = "2099-01-01";

/// Five weeks of 8 km on Mondays, Wednesdays and Saturdays, each with pain 1 after it and a
/// settled morning, up to (not including) `DAY`.
async fn a_green_runner() -> Web {
    let web = Web::new().await;
    let day = runwell_domain::LocalDay::parse(DAY).unwrap();
    for back in (1..=35).rev() {
        let on = day.plus_days(-back);
        let text = on.to_string();
        if matches!(
            on.weekday(),
            runwell_domain::Weekday::Mon
                | runwell_domain::Weekday::Wed
                | runwell_domain::Weekday::Sat
        ) {
            web.run(&text, 8.0, "48:00", Some(4)).await;
            web.pain(&text, "after", 1).await;
        }
        web.pain(&text, "morning", 1).await;
    }
    web
}

#[tokio::test]
async fn a_run_without_pain_is_not_green_and_links_to_the_prefilled_form() {
    let web = a_green_runner().await;
    let green = web.get(&format!("/?today={DAY}")).await.main();
    assert!(green.contains("light-green"), "{green}");
    // A red badge never sits on a green day, and a rule that passed reads "ok", never "Green".
    assert!(green.contains(r#"<span class="pill pill-ok">ok</span>"#), "{green}");
    assert!(!green.contains("pill-green"), "{green}");
    // Saturday 14th: a run, nothing logged for it.
    let run = web.run(DAY, 10.0, "1:00:00", Some(5)).await;
    let main = web.get(&format!("/?today={DAY}")).await.main();
    assert!(main.contains("light-amber") && !main.contains("may progress"), "{main}");
    assert!(main.contains("What runwell is missing") && main.contains("DATA-1"), "{main}");
    let link = format!("/log?today={DAY}&#38;date={DAY}&#38;when=after&#38;run={run}#pain");
    assert!(main.contains(&link), "{link} in {main}");
    // The link opens the pain form prefilled with the run, its day and the moment.
    let form = web.get(&link.replace("&#38;", "&")).await.main();
    assert!(form.contains(&format!(r#"id="pain-date" name="date" value="{DAY}""#)), "{form}");
    assert!(form.contains(r#"id="when-after" name="when" value="after" checked"#), "{form}");
    assert!(form.contains(&format!(r#"value="{run}""#)), "{form}");
    // Nonsense in the link is not carried into the form.
    let odd = web.get("/log?date=someday&when=evening&run=x").await.main();
    assert!(odd.contains(r#"id="when-morning" name="when" value="morning" checked"#), "{odd}");
    assert!(!odd.contains("someday") && !odd.contains(r#"value="x""#), "{odd}");
}

#[tokio::test]
async fn a_red_day_shows_no_green_badge() {
    let web = a_green_runner().await;
    web.run("2026-03-13", 8.0, "48:00", Some(6)).await;
    web.pain("2026-03-13", "after", 7).await;
    let main = web.get(&format!("/?today={DAY}")).await.main();
    assert!(main.contains("light-red"), "{main}");
    assert!(!main.contains("pill-green"), "{main}");
    assert!(main.contains("pill-ok") && main.contains("DATA-3"), "{main}");
    // The cap is the last load that stayed green, named with its rule.
    assert!(main.contains("Longest run suggested today: 8.0 km (DATA-4)"), "{main}");
}

#[tokio::test]
async fn night_pain_puts_the_night_question_first_until_it_is_answered() {
    let web = a_green_runner().await;
    web.pain(DAY, "night", 4).await;
    let main = web.get(&format!("/?today={DAY}")).await.main();
    let question = main.find("First, a question").expect("the night question");
    let light = main.find(r#"class="light "#).expect("the light");
    assert!(question < light, "the question comes before the light: {main}");
    assert!(main.contains("light-amber"), "one painful night holds amber: {main}");
    assert!(main.contains(r#"name="night_or_rest_pain" value="no""#), "{main}");
    // A second painful night in the week raises it to urgent, the question still first.
    web.pain("2026-03-12", "night", 5).await;
    let urgent = web.get(&format!("/?today={DAY}")).await.main();
    assert!(urgent.contains("Running is paused") && urgent.contains("TRIAGE-2"), "{urgent}");
    assert!(urgent.contains("First, a question"), "{urgent}");
    // Answering it in place after the latest such night lifts it, and Today no longer asks.
    let reply = web.post(&format!("/check?today={DAY}"), "night_or_rest_pain=no").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let after = web.get(&format!("/?today={DAY}")).await.main();
    assert!(!after.contains("First, a question") && !after.contains("Running is paused"));
    assert!(after.contains("light-amber"), "the nights still hold amber: {after}");
}

#[tokio::test]
async fn the_setup_page_takes_the_recent_longest_run_and_today_stops_asking() {
    let web = Web::new().await;
    let first = web.get(&format!("/?today={DAY}")).await.main();
    assert!(first.contains("#recent_longest_km"), "{first}");
    let form = "time_zone=Europe%2FLondon&run_days=mon&run_days=wed&run_days=sat\
                &strength_days=tue&strength_days=fri";
    let refused =
        web.post(&format!("/setup?today={DAY}"), &format!("{form}&recent_longest_km=-2")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.main().contains(r#"id="recent_longest_km-error""#), "{}", refused.main());
    let saved =
        web.post(&format!("/setup?today={DAY}"), &format!("{form}&recent_longest_km=12%2C5")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let today = web.get(&format!("/?today={DAY}")).await.main();
    assert!(!today.contains("#recent_longest_km"), "{today}");
    // Nothing logged yet: hold at the declared run, never "may progress".
    assert!(today.contains("Longest run suggested today: 12.5 km (DATA-4)"), "{today}");
    assert!(today.contains("cannot judge yet"), "{today}");
    let setup = web.get("/setup").await.main();
    assert!(setup.contains("You told runwell 12.5 km on"), "{setup}");
}

#[tokio::test]
async fn entries_after_today_are_refused_beside_the_date() {
    let web = Web::new().await;
    let pain = web
        .post(&format!("/log/pain?today={DAY}"), &format!("score=3&when=morning&date={FUTURE}"))
        .await;
    assert_eq!(pain.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = pain.main();
    let at = main.find(r#"id="pain-date-error""#).unwrap_or_else(|| panic!("{main}"));
    assert!(main[at..].contains("is after today"), "{main}");
    let run = web
        .post(
            &format!("/log/run?today={DAY}"),
            &format!("date={FUTURE}&distance_km=5&duration=30:00"),
        )
        .await;
    assert_eq!(run.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = run.main();
    let at = main.find(r#"id="date-error""#).unwrap_or_else(|| panic!("{main}"));
    assert!(main[at..].contains("is after today"), "{main}");
    // Nothing was stored.
    assert!(web.app.runs(None).await.unwrap().is_empty());
    assert!(web.get(&format!("/?today={DAY}")).await.main().contains("cannot judge yet"));
}

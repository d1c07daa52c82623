//! Every page: the first visit's setup, Today, runs, programme, check and learn, with snapshots
//! of what the runner reads.

use axum::http::StatusCode;

use crate::support::{DAY, Web};

#[tokio::test]
async fn a_first_visit_is_led_to_the_setup() {
    let web = Web::empty().await;
    for path in ["/", "/log", "/import", "/runs", "/programme", "/check", "/learn"] {
        let reply = web.get(path).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(reply.location(), "/setup", "{path}");
    }
    let setup = web.get("/setup").await;
    assert_eq!(setup.status, StatusCode::OK);
    assert!(setup.body.contains("Welcome to runwell"));
    insta::assert_snapshot!("setup_first_visit", setup.page());
}

#[tokio::test]
async fn the_setup_refuses_an_unknown_zone_beside_the_field_and_keeps_the_choices() {
    let web = Web::empty().await;
    let reply = web
        .post(
            "/setup",
            "time_zone=Europe%2FLondon&time_zone_other=Mars%2FOlympus&run_days=mon&run_days=thu\
             &strength_days=tue&hr_rest=abc",
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = reply.main();
    assert!(main.contains(r#"<p class="error" id="time_zone-error">"#), "{main}");
    assert!(main.contains("is not a known IANA time zone"), "{main}");
    assert!(main.contains(r#"value="Mars/Olympus""#), "the typed zone is kept");
    assert!(main.contains(r#"id="run-thu" name="run_days" value="thu" checked"#), "{main}");
    assert!(main.contains("A heart rate must be a whole number from 20 to 250"), "{main}");
    assert!(main.contains(r#"aria-invalid="true""#));
    assert_eq!(web.get("/").await.location(), "/setup", "nothing was stored");
}

#[tokio::test]
async fn saving_the_setup_leads_to_today_by_way_of_the_warnings() {
    let web = Web::empty().await;
    // One strength day: PROG-1 advises two or three.
    let reply = web
        .post("/setup", "time_zone=Europe%2FLondon&run_days=mon&run_days=thu&strength_days=tue")
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/setup?saved=1");
    let saved = web.get("/setup?saved=1").await;
    assert!(saved.body.contains("Profile saved") && saved.body.contains("PROG-1"));
    assert!(saved.body.contains("Continue to Today"));
    insta::assert_snapshot!("setup_saved_with_warnings", saved.main());
    // Two days apart: nothing to warn about, straight on to Today.
    let reply = web
        .post(
            "/setup",
            "time_zone=UTC&time_zone_other=America%2FVancouver&run_days=mon&strength_days=tue\
             &strength_days=fri",
        )
        .await;
    assert_eq!(reply.location(), "/");
    assert_eq!(web.app.profile().await.unwrap().time_zone.name(), "America/Vancouver");
    assert_eq!(web.get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn today_with_no_data_says_it_cannot_judge_yet() {
    let web = Web::new().await;
    let reply = web.get(&format!("/?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    // A first visit never says "may progress" (DATA-5): amber, no distance, and what to log.
    assert!(main.contains("light-amber") && main.contains("cannot judge yet"), "{main}");
    assert!(!main.contains("may progress") && !main.contains("Longest run suggested"));
    assert!(main.contains(r#"href="/setup?today=2026-03-14#recent_longest_km""#), "{main}");
    assert!(main.contains(r#"href="/log?today=2026-03-14#run""#), "{main}");
    insta::assert_snapshot!("today_page", reply.page());
}

#[tokio::test]
async fn a_painful_morning_turns_today_red_with_the_pain_rule() {
    let web = Web::new().await;
    web.run("2026-03-12", 8.0, "48:00", Some(5)).await;
    web.run("2026-03-13", 10.0, "1:00:00", Some(7)).await;
    web.pain("2026-03-13", "after", 6).await;
    web.pain(DAY, "morning", 7).await;
    let reply = web.get(&format!("/?today={DAY}")).await;
    let main = reply.main();
    assert!(main.contains("light-red"), "{main}");
    assert!(main.contains(">Red<"), "the light is said in words too");
    assert!(main.contains("PAIN-"), "{main}");
    insta::assert_snapshot!("today_red", main);
}

#[tokio::test]
async fn a_red_flag_suspends_running_on_today_and_the_check_page() {
    let web = Web::new().await;
    let check = web.get(&format!("/check?today={DAY}")).await;
    assert_eq!(check.status, StatusCode::OK);
    insta::assert_snapshot!("check_page", check.main());
    let reply = web
        .post(&format!("/check?today={DAY}"), "cannot_bear_weight=yes&limping=no&sharp_pain=")
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), format!("/check?today={DAY}&saved=1#result"));
    let result = web.get(&format!("/check?today={DAY}&saved=1")).await.main();
    assert!(result.contains("Emergency: get medical help today"), "{result}");
    assert!(result.contains("All running advice is paused"));
    assert!(
        result.contains(
            r#"id="cannot_bear_weight-yes" name="cannot_bear_weight" value="yes" checked"#
        )
    );
    assert!(result.contains(r#"id="limping-no" name="limping" value="no" checked"#));
    let today = web.get(&format!("/?today={DAY}")).await.main();
    assert!(today.contains("Running is paused"), "{today}");
    assert!(today.contains("banner-stop") && today.contains("TRIAGE-1"), "{today}");
    // Under an emergency only the gate speaks: no distances, routines or exercise levels.
    for words in ["Longest run", "routines", "exercise levels", "Worth knowing", "missing"] {
        assert!(!today.contains(words), "{words}: {today}");
    }
}

#[tokio::test]
async fn a_check_answer_other_than_yes_or_no_is_refused() {
    let web = Web::new().await;
    let reply = web.post("/check", "limping=maybe").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.contains("answer yes or no"));
    let unknown = web.post("/check", "no_such_question=yes").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.body.contains("cannot_bear_weight"), "the known keys are listed");
}

#[tokio::test]
async fn runs_are_listed_newest_first_a_page_at_a_time() {
    let web = Web::new().await;
    let empty = web.get("/runs").await;
    assert!(empty.body.contains("No runs yet"));
    for day in 1..=12 {
        web.run(&format!("2026-03-{day:02}"), 5.0 + f64::from(day) / 10.0, "30:00", Some(4)).await;
    }
    let reply = web.get(&format!("/runs?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    assert!(
        main.find("Thu 12 Mar 2026 07:30").unwrap() < main.find("Sun 1 Mar 2026 07:30").unwrap()
    );
    insta::assert_snapshot!("runs_list", main);
}

#[tokio::test]
async fn a_run_page_shows_its_summary_and_edits_its_effort() {
    let web = Web::new().await;
    let id = web.run("2026-03-12", 8.4, "48:10", None).await;
    let reply = web.get(&format!("/runs/{id}?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    insta::assert_snapshot!("run_page", reply.main());

    let whole = "date=2026-03-12&time=07:30&sport=run&distance_km=8.4&duration=48:10";
    let bad = web.post(&format!("/runs/{id}"), &format!("{whole}&rpe=11&surface=ice&shoe=")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = bad.main();
    assert!(
        main.contains("effort (RPE) is a whole number from 0")
            || main.contains("Effort (RPE) is a whole number from 0"),
        "{main}"
    );
    assert!(main.contains("is not a surface: use road"), "{main}");

    let ok = web
        .post(&format!("/runs/{id}"), &format!("{whole}&rpe=6&surface=trail&shoe=Speedgoat&note="))
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), format!("/runs/{id}?saved=1"));
    let run = web.app.run(id).await.unwrap();
    assert_eq!(run.rpe.map(|r| r.value()), Some(6));
    assert_eq!(run.shoe.as_deref(), Some("Speedgoat"));
    assert!(web.get(ok.location()).await.body.contains("Changes saved."));
}

#[tokio::test]
async fn an_unknown_run_is_not_found() {
    let web = Web::new().await;
    assert_eq!(web.get("/runs/999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(web.get("/runs/abc").await.status, StatusCode::NOT_FOUND);
    assert_eq!(web.post("/runs/999", "rpe=3").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_programme_shows_the_week_the_routines_and_every_movement() {
    let web = Web::new().await;
    let reply = web.get(&format!("/programme?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    for id in ["warmup", "cooldown", "strength", "movement-clamshell", "movement-squat-hold"] {
        assert!(main.contains(&format!(r#"id="{id}""#)), "{id}");
    }
    insta::assert_snapshot!("programme_page", main);
    let ics = web.get(&format!("/programme/plan.ics?today={DAY}")).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    assert!(ics.body.starts_with("BEGIN:VCALENDAR"));
}

#[tokio::test]
async fn learn_has_every_page_the_faq_sources_and_gear() {
    let web = Web::new().await;
    let reply = web.get("/learn").await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    for id in
        ["causes", "prevention", "tips", "seek-help", "load-education", "faq", "sources", "gear"]
    {
        assert!(main.contains(&format!(r#"id="{id}""#)), "{id}");
    }
    assert!(main.contains("£44.95") && main.contains("runwell sells nothing"));
    insta::assert_snapshot!("learn_page", main);
}

#[tokio::test]
async fn an_unknown_path_is_a_page_that_says_so() {
    let web = Web::new().await;
    let reply = web.get("/nowhere").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.body.contains("There is no page at /nowhere"));
}

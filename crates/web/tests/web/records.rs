//! The runner's records on the web: a run changed in full, a doubted value kept only once
//! confirmed, deletes that ask first, the diary, a pain entry's own form, the pain form
//! prefilled from a run, and the shoes page.

use axum::http::StatusCode;

use crate::support::{DAY, Web};

const WHOLE: &str = "date=2026-03-12&time=07:30&sport=run&duration=48:10";

#[tokio::test]
async fn a_doubted_run_is_kept_only_after_yes_this_is_right() {
    let web = Web::new().await;
    let id = web.run("2026-03-12", 8.4, "48:10", None).await;
    let typo = format!("{WHOLE}&distance_km=840");
    let refused = web.post(&format!("/runs/{id}?today={DAY}"), &typo).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = refused.main();
    assert!(main.contains("840.0 km is more than one run covers"), "{main}");
    assert!(main.contains(r#"id="force""#) && main.contains("Yes, this is right"), "{main}");
    assert_eq!(web.app.run(id).await.unwrap().distance_m, 8400.0, "nothing was saved");
    // The same message as the CLI gives, word for word.
    let cli_words = "if these values are right, confirm them";
    assert!(main.contains(&format!("I{}", &cli_words[1..])), "{main}");
    let confirmed = web.post(&format!("/runs/{id}"), &format!("{typo}&force=yes")).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(web.app.run(id).await.unwrap().distance_m, 840_000.0);
    // Clearing a field clears it.
    let cleared = web.post(&format!("/runs/{id}"), &format!("{WHOLE}&distance_km=8.4&note=")).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER);
    let run = web.app.run(id).await.unwrap();
    assert_eq!((run.shoe, run.surface, run.note), (None, None, None));
}

#[tokio::test]
async fn a_run_is_deleted_only_after_the_confirmation() {
    let web = Web::new().await;
    let id = web.run("2026-03-12", 8.4, "48:10", None).await;
    let page = web.get(&format!("/runs/{id}?today={DAY}")).await.main();
    assert!(page.contains(&format!(r#"href="/delete/run/{id}?today={DAY}""#)), "{page}");
    let ask = web.get(&format!("/delete/run/{id}?today={DAY}")).await;
    assert_eq!(ask.status, StatusCode::OK);
    let main = ask.main();
    assert!(main.contains("Delete run #1 (Thu 12 Mar, 8.40 km)?"), "{main}");
    assert!(web.app.run(id).await.is_ok(), "asking deletes nothing");
    let done = web.post(&format!("/delete/run/{id}"), "").await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.main().contains("Deleted run #1 (Thu 12 Mar, 8.40 km)."), "{}", done.main());
    assert!(web.app.run(id).await.is_err());
    assert_eq!(web.get(&format!("/delete/run/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(web.get("/delete/everything/1").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_diary_lists_entries_and_each_can_be_changed_or_deleted() {
    let web = Web::new().await;
    let run = web.run("2026-03-12", 8.4, "48:10", None).await;
    web.pain("2026-03-13", "morning", 4).await;
    let main = web.get(&format!("/diary?today={DAY}")).await.main();
    assert!(main.contains("Fri 13 Mar") && main.contains("4/10"), "{main}");
    assert!(main.contains("March 2026: each day"), "the month calendar: {main}");
    assert!(
        main.contains(
            r#"class="pain-amber"><span class="day-number">13</span><span class="worst">4</span>"#
        ),
        "{main}"
    );
    let on = runwell_domain::LocalDay::parse(DAY).ok();
    let entry = web.app.diary(None, on).await.unwrap().days[0].pain[0].entry.id;
    let form = web.get(&format!("/diary/pain/{entry}?today={DAY}")).await;
    assert_eq!(form.status, StatusCode::OK);
    let changed = web
        .post(
            &format!("/diary/pain/{entry}?today={DAY}"),
            &format!("date=2026-03-13&when=morning&score=2&run={run}"),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let stored = web.app.pain_entry(entry).await.unwrap();
    assert_eq!((stored.score.value(), stored.run_id), (2, Some(run)));
    let refused =
        web.post(&format!("/diary/pain/{entry}"), "date=2099-01-01&when=morning&score=2").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = web.post(&format!("/delete/pain/{entry}"), "").await;
    assert!(done.main().contains("Deleted the pain entry of Fri 13 Mar"), "{}", done.main());
    assert!(web.app.pain_entry(entry).await.is_err());
}

#[tokio::test]
async fn a_check_answer_is_corrected_on_its_own_form() {
    let web = Web::new().await;
    let answers = vec![("limping".to_owned(), true)];
    let on = runwell_domain::LocalDay::parse("2026-03-12").ok();
    web.app.check(&answers, on).await.unwrap();
    let id = 1;
    assert!(web.app.answer_input(id).await.is_ok());
    let diary = web.get(&format!("/diary?today={DAY}")).await.main();
    assert!(
        diary.contains(&format!(r#"href="/diary/answer/{id}?today={DAY}">Change</a>"#)),
        "{diary}"
    );
    let form = web.get(&format!("/diary/answer/{id}?today={DAY}")).await;
    assert_eq!(form.status, StatusCode::OK);
    let main = form.main();
    assert!(main.contains("Are you limping?") && main.contains(r#"value="yes" checked"#), "{main}");
    let refused = web.post(&format!("/diary/answer/{id}"), "date=2026-03-12&answer=").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.main().contains("nswer yes or no"), "{}", refused.main());
    let changed = web.post(&format!("/diary/answer/{id}"), "date=2026-03-11&answer=no").await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let (input, _) = web.app.answer_input(id).await.unwrap();
    assert_eq!((input.date.as_str(), input.answer.as_str()), ("2026-03-11", "no"));
}

#[tokio::test]
async fn a_runner_who_reads_miles_reads_miles_on_every_page() {
    let web = Web::new().await;
    let miles = runwell_app::ProfileInput {
        time_zone: "Europe/London".into(),
        run_days: "mon,wed,sat".into(),
        strength_days: "tue,fri".into(),
        distance_unit: Some("mi".into()),
        ..runwell_app::ProfileInput::default()
    };
    web.app.save_profile(&miles).await.unwrap();
    for (day, km) in [("2026-03-02", 8.0), ("2026-03-04", 8.0), ("2026-03-09", 8.0)] {
        web.run(day, km, "48:00", Some(4)).await;
    }
    // A jump: 16 km after 8 km runs, with its pain not logged (SPIKE-1, DATA-1).
    let id = web.run("2026-03-12", 16.0, "1:36:00", Some(6)).await;
    for page in [format!("/?today={DAY}"), format!("/trends?today={DAY}")] {
        let main = web.get(&page).await.main();
        assert!(main.contains(" mi"), "{page}: {main}");
        assert!(!main.contains(" km") && !main.contains("(km)"), "{page}: {main}");
    }
    let today = web.get(&format!("/?today={DAY}")).await.main();
    assert!(today.contains("(9.9 mi)"), "the 16 km run in a reason: {today}");
    let run = web.get(&format!("/runs/{id}?today={DAY}")).await.main();
    assert!(run.contains("9.94 mi"), "{run}");
}

#[tokio::test]
async fn log_pain_for_this_run_names_the_run_its_day_and_after() {
    let web = Web::new().await;
    let id = web.run("2026-03-12", 8.4, "48:10", None).await;
    let main = web.get(&format!("/log?run={id}&today={DAY}")).await.main();
    assert!(main.contains("For your run of Thu 12 Mar · 8.40 km"), "{main}");
    assert!(main.contains(r#"id="pain-date" name="date" value="2026-03-12""#), "{main}");
    assert!(main.contains(r#"id="when-after" name="when" value="after" checked"#), "{main}");
    assert!(main.contains(&format!(r#"<input type="hidden" name="run" value="{id}">"#)), "{main}");
    assert!(!main.contains("Run number this pain belongs to"), "no id to type: {main}");
}

#[tokio::test]
async fn the_shoes_page_adds_renames_sets_the_default_and_deletes() {
    let web = Web::new().await;
    web.run("2026-03-12", 8.4, "48:10", None).await; // in "Pegasus"
    let page = web.get(&format!("/shoes?today={DAY}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.main();
    assert!(main.contains("Pegasus") && main.contains("<meter"), "{main}");
    assert_eq!(
        web.post("/shoes", "name=&start_km=x").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let added = web.post("/shoes", "name=Speedgoat&start_km=120&default=yes").await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let id = |name: &str| {
        let app = web.app.clone();
        let name = name.to_owned();
        async move { app.shoe_id(&name).await.unwrap() }
    };
    let pegasus = id("pegasus").await;
    let taken = web.post(&format!("/shoes/{pegasus}"), "action=rename&name=SPEEDGOAT").await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.main().contains("nother pair is already called"), "{}", taken.main());
    let renamed = web.post(&format!("/shoes/{pegasus}"), "action=rename&name=Pegasus 41").await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        web.post(&format!("/shoes/{pegasus}"), "action=default").await.status,
        StatusCode::SEE_OTHER
    );
    let shoes = web.app.shoes(None).await.unwrap();
    let p41 = shoes.iter().find(|s| s.shoe.id == pegasus).unwrap();
    assert!(p41.shoe.is_default && p41.shoe.name == "Pegasus 41");
    let done = web.post(&format!("/delete/shoe/{pegasus}"), "").await;
    assert!(done.main().contains("Deleted the shoe Pegasus 41"), "{}", done.main());
    assert_eq!(web.app.shoes(None).await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_untouched_setup_is_refused_with_the_fields_named() {
    let web = Web::empty().await;
    let reply = web.post("/setup", "time_zone=Europe%2FLondon").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = reply.main();
    for (field, words) in [
        ("run_days", "Choose the days you usually run (Days you run)"),
        ("strength_days", "Choose two or three days for the hip strength session"),
    ] {
        assert!(main.contains(&format!(r#"id="{field}-error">{words}"#)), "{field}: {main}");
    }
    assert!(
        matches!(web.app.profile().await, Err(runwell_app::AppError::NoProfile)),
        "nothing saved"
    );
}

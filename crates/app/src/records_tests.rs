//! Edits and deletes as the runner makes them: the same checks as a new entry, every field
//! written, and what is derived worked out again.

use super::*;
use crate::ImportLimits;
use crate::test_support::{app, day, morning, strength_record};

fn fields<T: std::fmt::Debug>(result: Result<T, AppError>) -> Vec<(&'static str, String)> {
    match result {
        Err(AppError::Invalid(errors)) => {
            errors.into_iter().map(|e| (e.field, e.message)).collect()
        }
        other => panic!("{other:?}"),
    }
}

fn run_on(date: &str, km: &str, duration: &str) -> RunInput {
    RunInput {
        date: date.into(),
        distance_km: km.into(),
        duration: duration.into(),
        ..RunInput::default()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn entry_boundaries_are_allowed_and_beyond_them_a_confirmation_is_asked() {
    let (_dir, app) = app().await;
    let today = local_today(&app.profile().await.unwrap());
    let on = today.to_string();
    // (km, time, force, fields refused)
    let table: &[(&str, &str, bool, &[&str])] = &[
        ("10", "20:00", false, &[]),                       // 2:00 /km exactly
        ("10", "19:59", false, &["distance_km", "force"]), // faster
        ("1", "30:00", false, &[]),                        // 30:00 /km exactly
        ("1", "30:01", false, &["distance_km", "force"]),
        ("300", "40:00:00", false, &[]), // 300 km exactly
        ("300,1", "40:00:00", false, &["distance_km", "force"]),
        ("800", "45:00", false, &["distance_km", "force"]),
        ("800", "45:00", true, &[]), // confirmed: kept
        ("200", "48:00:01", false, &["duration", "force"]),
        ("8", "45", false, &["duration"]),
        ("8", "0:00", false, &["duration"]),
    ];
    for (km, time, force, refused) in table {
        let input = RunInput { force: *force, ..run_on(&on, km, time) };
        let result = app.log_run(&input).await;
        let found: Vec<&str> = match &result {
            Ok(_) => vec![],
            Err(AppError::Invalid(errors)) => errors.iter().map(|e| e.field).collect(),
            Err(other) => panic!("{other}"),
        };
        assert_eq!(&found, refused, "{km} km in {time} (force {force}): {result:?}");
    }
    let refused = fields(app.log_run(&run_on(&on, "8", "45")).await);
    assert_eq!(
        refused[0].1,
        "write the time as minutes and seconds, e.g. 45:00, or as hours, minutes and seconds, \
         e.g. 1:05:00"
    );
    assert!(!refused[0].1.contains("got"), "{refused:?}");
    let doubted = fields(app.log_run(&run_on(&on, "800", "45:00")).await);
    assert!(doubted[0].1.contains("more than one run covers"), "{doubted:?}");
    assert!(doubted[1].1.contains("--force") && doubted[1].1.contains("Yes, this is right"));
    // Tomorrow is refused, today and no date (today) are taken.
    let tomorrow = today.plus_days(1).to_string();
    assert_eq!(fields(app.log_run(&run_on(&tomorrow, "8", "45:00")).await)[0].0, "date");
    let logged = app.log_run(&run_on("", "8", "45:00")).await.unwrap();
    assert_eq!(logged.day, today);
    let pain = PainInput { when: "after".into(), score: "2".into(), ..PainInput::default() };
    assert_eq!(app.log_pain(&pain).await.unwrap().day, today);
    let later = PainInput { date: tomorrow, ..pain };
    assert_eq!(fields(app.log_pain(&later).await)[0].0, "date");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_edit_changes_every_field_clears_the_empty_ones_and_today_follows() {
    let (_dir, app) = app().await;
    let input = RunInput {
        time: Some("07:30".into()),
        rpe: Some("5".into()),
        surface: Some("road".into()),
        shoe: Some("Pegasus".into()),
        note: Some("windy".into()),
        ..run_on("2026-03-10", "8", "48:00")
    };
    let run = app.log_run(&input).await.unwrap();
    let today = Some(day("2026-03-12"));
    let before = app.today(today).await.unwrap().metrics.week_km;
    // The form as shown saves nothing new.
    let shown = app.run_input(run.id).await.unwrap();
    assert_eq!(app.edit_run(run.id, &shown).await.unwrap(), run);
    let edit = RunInput {
        date: "2026-03-11".into(),
        time: Some("18:05".into()),
        sport: Some("trail_run".into()),
        distance_km: "12,5".into(),
        duration: "1:15:00".into(),
        elapsed: Some("1:20:00".into()),
        rpe: None,
        surface: None,
        shoe: None,
        title: Some("Hill loop".into()),
        note: Some("  ".into()),
        force: false,
        miles: false,
    };
    let edited = app.edit_run(run.id, &edit).await.unwrap();
    assert_eq!((edited.day, edited.time.as_str()), (day("2026-03-11"), "18:05"));
    assert_eq!(
        (edited.distance_m, edited.moving_s, edited.elapsed_s),
        (12_500.0, Some(4500.0), 4800.0)
    );
    assert_eq!(
        (edited.rpe, edited.surface, &edited.shoe, &edited.note),
        (None, None, &None, &None)
    );
    assert_eq!(
        (edited.title.as_str(), edited.sport),
        ("Hill loop", runwell_domain::Sport::TrailRun)
    );
    let after = app.today(today).await.unwrap().metrics.week_km;
    assert_ne!(before, after, "Today is worked out again after an edit");
    // An edit is held to the same checks as a new run.
    let bad = RunInput { distance_km: "800".into(), duration: "45:00".into(), ..edit.clone() };
    assert_eq!(fields(app.edit_run(run.id, &bad).await)[1].0, "force");
    let short = RunInput { elapsed: Some("1:00:00".into()), ..edit };
    assert_eq!(fields(app.edit_run(run.id, &short).await)[0].0, "elapsed");
    assert!(matches!(app.edit_run(999, &shown).await, Err(AppError::NoSuchRun(999))));
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_run_keeps_its_pain_and_changes_what_is_derived() {
    let (_dir, app) = app().await;
    let run = app.log_run(&run_on("2026-03-10", "8", "48:00")).await.unwrap();
    let pain = PainInput {
        date: "2026-03-10".into(),
        when: "after".into(),
        score: "3".into(),
        run: Some(run.id.to_string()),
        ..PainInput::default()
    };
    let entry = app.log_pain(&pain).await.unwrap();
    let today = Some(day("2026-03-12"));
    assert_eq!(app.today(today).await.unwrap().metrics.week_km, 8.0);
    let deleted = app.delete_run(run.id).await.unwrap();
    assert_eq!(deleted.message, format!("Deleted run #{} (Tue 10 Mar, 8.00 km).", run.id));
    assert_eq!(app.today(today).await.unwrap().metrics.week_km, 0.0);
    assert!(app.runs(None).await.unwrap().is_empty());
    assert_eq!(app.pain_entry(entry.id).await.unwrap().run_id, None);
    assert!(matches!(app.delete_run(run.id).await, Err(AppError::NoSuchRun(_))));
}

#[tokio::test(flavor = "multi_thread")]
async fn pain_entries_are_edited_and_deleted_and_the_levels_follow() {
    let (_dir, app) = app().await;
    for (d, next) in [("2026-03-03", "2026-03-04"), ("2026-03-06", "2026-03-07")] {
        app.record_session(&strength_record(1, true, 1), Some(day(d)), true).await.unwrap();
        morning(&app, next, 0).await;
    }
    assert_eq!(app.movement("clamshell").await.unwrap().current_level.level, 2);
    let last = app.snapshot().await.unwrap().history.pain.last().unwrap().id;
    // A worse morning after the second session: it no longer earns the step up.
    let mut input = app.pain_input(last).await.unwrap();
    input.score = "6".into();
    input.note = Some("after the stairs".into());
    let edited = app.edit_pain(last, &input).await.unwrap();
    assert_eq!((edited.score.value(), edited.note.as_deref()), (6, Some("after the stairs")));
    assert_eq!(app.movement("clamshell").await.unwrap().current_level.level, 1);
    input.score = "11".into();
    assert_eq!(fields(app.edit_pain(last, &input).await)[0].0, "score");
    let deleted = app.delete_pain(last).await.unwrap();
    assert_eq!(deleted.message, "Deleted the pain entry of Sat 7 Mar (morning, 6/10).");
    assert!(app.pain_entry(last).await.is_err());
    // Every session deleted: every movement is back at level 1.
    for s in app.store().sessions(app.runner).await.unwrap() {
        app.delete_session(s.id).await.unwrap();
    }
    assert!(app.store().movement_levels(app.runner).await.unwrap().is_empty());
    assert_eq!(app.movement("clamshell").await.unwrap().current_level.level, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_is_corrected_and_an_answer_deleted() {
    let (_dir, app) = app().await;
    let saved = app
        .record_session(&strength_record(1, true, 1), Some(day("2026-03-03")), true)
        .await
        .unwrap();
    let edit = SessionEditInput {
        date: "2026-03-02".into(),
        pain: Some("4".into()),
        rpe: None,
        duration: Some("20:00".into()),
    };
    app.edit_session(saved.id, &edit).await.unwrap();
    let row = app.session_row(saved.id).await.unwrap();
    assert_eq!(
        (row.day, row.pain, row.rpe, row.duration_s),
        (day("2026-03-02"), Some(4), None, Some(1200.0))
    );
    let bad = SessionEditInput { date: "2099-01-01".into(), pain: Some("x".into()), ..edit };
    let refused: Vec<_> =
        fields(app.edit_session(saved.id, &bad).await).into_iter().map(|f| f.0).collect();
    assert_eq!(refused, ["date", "pain"]);
    let deleted = app.delete_session(saved.id).await.unwrap();
    assert_eq!(deleted.message, "Deleted the strength session of Mon 2 Mar.");
    assert!(app.session_row(saved.id).await.is_err());

    let answers = vec![("limping".to_owned(), true)];
    app.check(&answers, Some(day("2026-03-03"))).await.unwrap();
    let id = app.snapshot().await.unwrap().answers[0].seq;
    // A "yes" to limping (TRIAGE-2, urgent) pauses running; corrected to "no", it does not.
    let on = Some(day("2026-03-04"));
    assert!(app.today(on).await.unwrap().running_suspended);
    let (input, question) = app.answer_input(id).await.unwrap();
    assert_eq!((input.answer.as_str(), question.as_str()), ("yes", "Are you limping?"));
    let no = AnswerEditInput { date: "2026-03-02".into(), answer: "No".into() };
    app.edit_answer(id, &no).await.unwrap();
    let stored = app.snapshot().await.unwrap().answers[0].clone();
    assert_eq!((stored.yes, stored.day, stored.seq), (false, day("2026-03-02"), id));
    assert!(!app.today(on).await.unwrap().running_suspended);
    let wrong = AnswerEditInput { date: "2099-01-01".into(), answer: "maybe".into() };
    let refused: Vec<_> =
        fields(app.edit_answer(id, &wrong).await).into_iter().map(|f| f.0).collect();
    assert_eq!(refused, ["date", "answer"]);
    assert!(!app.snapshot().await.unwrap().answers[0].yes, "a refused edit changes nothing");
    app.delete_answer(id).await.unwrap();
    assert!(app.snapshot().await.unwrap().answers.is_empty());
    assert_eq!(
        fields(app.edit_answer(id, &no).await),
        [("form", format!("there is no answer {id}: `runwell diary` lists them"))]
    );
    assert_eq!(
        fields(app.delete_answer(id).await),
        [("form", format!("there is no answer {id}: `runwell diary` lists them"))]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deleted_imported_run_stays_deleted_on_reimport_until_asked_back() {
    let Some(root) = runwell_import::corpus::shared_testdata(env!("CARGO_MANIFEST_DIR")) else {
        return;
    };
    let (_dir, app) = app().await;
    let export = root.join("exports/strava-constructed.zip");
    let limits = ImportLimits::default();
    let first = app.import_paths(vec![export.clone()], &limits, false, |_| {}).await.unwrap();
    assert!(first.imported > 0, "{first:#?}");
    let runs = app.runs(None).await.unwrap();
    let named = runs.iter().find(|r| r.name.as_deref() == Some("Afternoon Run")).unwrap();
    assert_eq!(
        (named.title.as_str(), named.note.as_deref()),
        ("Afternoon Run", None),
        "a title, not a note"
    );
    let deleted = app.delete_run(named.id).await.unwrap();
    assert!(deleted.message.contains("--include-deleted"), "{}", deleted.message);
    let again = app.import_paths(vec![export.clone()], &limits, false, |_| {}).await.unwrap();
    assert_eq!(app.runs(None).await.unwrap().len(), runs.len() - 1, "{again:#?}");
    assert_eq!(again.files.iter().map(|f| f.deleted).sum::<usize>(), 1, "{again:#?}");
    let back = app.import_paths(vec![export.clone()], &limits, true, |_| {}).await.unwrap();
    assert_eq!(back.imported, 1, "{back:#?}");
    let restored = app.runs(None).await.unwrap();
    assert_eq!(restored.len(), runs.len());
    assert!(
        restored.iter().any(|r| r.start == named.start && r.name == named.name),
        "{named:?} not in {:?}",
        restored.iter().map(|r| (&r.start, &r.name)).collect::<Vec<_>>()
    );
    // Whole again, the file is known by its fingerprint once more: nothing is left to store.
    let known = app.store().known_fingerprints(app.runner).await.unwrap().len();
    assert_eq!(
        known,
        first.files.iter().filter(|f| f.outcome == crate::Outcome::Imported).count() - 1
    );
    let last = app.import_paths(vec![export], &limits, false, |_| {}).await.unwrap();
    assert_eq!((last.imported, last.deleted), (0, 0), "{last:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_runner_who_reads_miles_types_and_reads_miles_and_metres_are_stored() {
    let (_dir, app) = app().await;
    let mut profile = crate::ProfileInput {
        time_zone: "Europe/London".into(),
        run_days: "mon,wed,sat".into(),
        strength_days: "tue,fri".into(),
        distance_unit: Some("furlongs".into()),
        ..crate::ProfileInput::default()
    };
    assert_eq!(fields(app.save_profile(&profile).await)[0].0, "distance_unit");
    profile.distance_unit = Some("mi".into());
    profile.recent_longest_km = Some("16".into());
    app.save_profile(&profile).await.unwrap();
    // Today's suggested distance reads in miles; the number in the JSON stays in km.
    let today = app.today(None).await.unwrap();
    let cap = today.cap.clone().unwrap_or_default();
    assert!(cap.starts_with("Longest run suggested today: ") && cap.contains(" mi ("), "{cap}");
    let km = today.suggested_max_km.unwrap();
    assert!(cap.contains(&format!("{:.1} mi", km * 1000.0 / 1609.344)), "{cap} for {km} km");
    let run =
        app.log_run(&RunInput { miles: true, ..run_on("2026-03-10", "5", "40:00") }).await.unwrap();
    assert!((run.distance_m - 8046.72).abs() < 1e-6, "stored in metres: {}", run.distance_m);
    assert_eq!((run.distance_text(), run.pace_text()), ("5.00 mi".into(), "8:00 /mi".into()));
    // The edit form shows miles, and saving it unchanged changes nothing.
    let shown = app.run_input(run.id).await.unwrap();
    assert_eq!((shown.distance_km.as_str(), shown.miles), ("5", true));
    assert_eq!(app.edit_run(run.id, &shown).await.unwrap().distance_m, run.distance_m);
    // Leaving the unit out keeps the one chosen.
    profile.distance_unit = None;
    app.save_profile(&profile).await.unwrap();
    assert_eq!(app.distance_unit().await.unwrap(), runwell_domain::DistanceUnit::Mi);
}

//! `/session/{routine}`: the guided session's page and timeline, storing what the page posts
//! (checked against the programme first), the questions asked again, and the routine logged by
//! hand without JavaScript.

use axum::http::StatusCode;
use runwell_domain::session::SessionRecord;

use crate::support::{DAY, Reply, Web};

/// The record the page would post for `routine` with every set done, read off the page's own
/// timeline.
pub(crate) async fn full_record(web: &Web, routine: &str) -> SessionRecord {
    let page = web.get(&format!("/session/{routine}?today={DAY}")).await;
    let start =
        page.body.find(r#"<script type="application/json" id="session-timeline">"#).unwrap();
    let json = &page.body[start..];
    let json = &json[json.find('>').unwrap() + 1..json.find("</script>").unwrap()];
    let timeline: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut sets: Vec<runwell_domain::session::SetRecord> =
        serde_json::from_value(timeline["sets"].clone()).unwrap();
    for set in &mut sets {
        set.done = set.target;
    }
    SessionRecord {
        routine: routine.parse().unwrap(),
        sets,
        duration_s: 1500,
        finished: true,
        pain: None,
        rpe: None,
        key: None,
    }
}

pub(crate) fn form(record: &SessionRecord, answers: &str) -> String {
    let json = serde_json::to_string(record).unwrap();
    let encoded: String = json
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("record={encoded}{answers}")
}

#[tokio::test]
async fn the_session_page_carries_the_routine_its_pictures_and_a_way_without_javascript() {
    let web = Web::new().await;
    let reply = web.get(&format!("/session/strength?today={DAY}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = &reply.body;
    assert!(body.contains(r#"<script type="module" src="/static/session-"#), "its own module");
    let main = reply.main();
    for movement in
        ["single-leg-toe-tap", "single-leg-step-down", "single-leg-glute-bridge", "clamshell"]
    {
        assert!(
            main.contains(&format!(r#"aria-labelledby="ill-{movement}-t ill-{movement}-d""#)),
            "{movement}"
        );
    }
    assert!(!main.contains("<img"), "pictures are inline SVG");
    assert!(main.contains("<noscript>") && main.contains("/session/strength/log?today=2026-03-14"));
    assert!(main.contains(r#"action="/session/strength?today=2026-03-14""#));
    assert!(main.contains(r#"id="session-timeline""#) && main.contains(r#""routine":"strength""#));
    assert!(!main.contains("style="), "no inline style (CSP)");
    // The timeline's text cannot close its script element.
    let timeline = &main[main.find(r#"id="session-timeline">"#).unwrap()..];
    let timeline = &timeline[..timeline.find("</script>").unwrap()];
    assert!(!timeline[1..].contains('<'));
    assert_eq!(web.get("/session/yoga").await.status, StatusCode::NOT_FOUND);
    assert_eq!(Web::empty().await.get("/session/strength").await.location(), "/setup");
}

#[tokio::test]
async fn a_posted_session_is_stored_as_the_cli_stores_it() {
    let web = Web::new().await;
    let record = full_record(&web, "strength").await;
    let reply =
        web.post("/session/strength?today=2026-03-10", &form(&record, "&pain=1&rpe=4")).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let sets = record.sets.len();
    assert_eq!(
        reply.location(),
        format!("/programme?today=2026-03-10&saved=strength&at_target={sets}&sets={sets}#saved")
    );
    let adherence = web.app.adherence(Some("2026-03-14".parse().unwrap()), 1).await.unwrap();
    assert_eq!(adherence.weeks[0].done_strength, 1);
    let page = web.get(reply.location()).await.main();
    assert!(
        page.contains(&format!("Hip strength session saved: {sets} of {sets} sets at target")),
        "{page}"
    );
    let calendar =
        web.app.adherence_calendar(Some("2026-03-14".parse().unwrap()), 1).await.unwrap();
    assert_eq!(calendar.weeks[0].days[1].done, [runwell_domain::programme::RoutineKind::Strength]);
}

/// Two green strength sessions in a row (10 and 13 March, each with a green next morning);
/// the reply to saving the second, which moves the strength movements up a level.
pub(crate) async fn two_green_sessions(web: &Web) -> (SessionRecord, Reply) {
    let record = full_record(web, "strength").await;
    web.post("/session/strength?today=2026-03-10", &form(&record, "&pain=0&rpe=4")).await;
    web.pain("2026-03-11", "morning", 0).await;
    // The level moves when the second session's morning is green; the morning before it makes
    // the second session's own verdict wait. Log the morning first to see the move on saving.
    web.pain("2026-03-14", "morning", 0).await;
    let reply =
        web.post("/session/strength?today=2026-03-13", &form(&record, "&pain=0&rpe=4")).await;
    (record, reply)
}

#[tokio::test]
async fn a_second_green_session_moves_the_level_and_the_page_says_so() {
    let web = Web::new().await;
    let (record, reply) = two_green_sessions(&web).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(reply.location().contains("&moved="), "{}", reply.location());
    let page = web.get(reply.location()).await.main();
    assert!(page.contains("Clamshell: level 1 → 2 (up, PROG-2)."), "{page}");
    let programme = web.get("/programme?today=2026-03-14").await.main();
    assert!(programme.contains("Up from 1 to 2 on 13 March."), "{programme}");
    // A record at the old level is still a real session: it is stored as it was done.
    assert_eq!(
        web.post("/session/strength?today=2026-03-17", &form(&record, "&pain=0&rpe=4"))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn missing_answers_bring_the_questions_back_with_the_record_kept() {
    let web = Web::new().await;
    let record = full_record(&web, "cooldown").await;
    let reply = web.post("/session/cooldown", &form(&record, "&pain=&rpe=11")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let main = reply.main();
    assert!(
        main.contains(r#"<p class="error" id="pain-error">Choose the pain during the session"#),
        "{main}"
    );
    assert!(main.contains(r#"id="rpe-error""#), "{main}");
    assert!(
        main.contains(r#"name="record" value="{&#34;routine&#34;:&#34;cooldown&#34;"#),
        "{main}"
    );
    assert!(main.contains("Done: "));
    insta::assert_snapshot!("session_questions", main);
    assert!(web.app.adherence(None, 1).await.unwrap().weeks[0].done_warmups == 0);
}

#[tokio::test]
async fn a_record_that_is_not_this_routines_is_refused_and_nothing_is_stored() {
    let web = Web::new().await;
    let good = full_record(&web, "strength").await;
    let refused = |mut change: Box<dyn FnMut(&mut SessionRecord)>| {
        let mut record = good.clone();
        change(&mut record);
        record
    };
    let cases: Vec<(SessionRecord, &str)> = vec![
        (
            refused(Box::new(|r| r.sets[0].done = r.sets[0].target + 1)),
            "counts more than its target",
        ),
        (
            refused(Box::new(|r| r.sets[0].movement = "leg-swings".into())),
            "is not a movement of this routine",
        ),
        (refused(Box::new(|r| r.sets[0].level = 9)), "has no level 9"),
        (refused(Box::new(|r| r.sets[0].target += 1)), "does not match its level"),
        (
            refused(Box::new(|r| r.routine = runwell_domain::programme::RoutineKind::Warmup)),
            "not this one",
        ),
        (refused(Box::new(|r| r.duration_s = 200_000)), "more than a day"),
        (refused(Box::new(|r| r.sets.retain(|s| s.set_no == 1))), "are not those of its level"),
        (
            refused(Box::new(|r| r.sets.retain(|s| s.movement != "clamshell"))),
            "Clamshell is missing",
        ),
        (
            refused(Box::new(|r| {
                let copy = r.sets[0].clone();
                r.sets[1] = copy;
            })),
            "are not those of its level",
        ),
        (refused(Box::new(|r| r.sets.iter_mut().for_each(|s| s.done = 0))), "Nothing was done"),
    ];
    for (record, words) in cases {
        let reply = web.post("/session/strength", &form(&record, "&pain=1&rpe=4")).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{words}");
        assert!(reply.body.contains(words), "{words}: {}", reply.main());
    }
    let garbled = web.post("/session/strength", "record=%7Bnot+json&pain=1&rpe=4").await;
    assert_eq!(garbled.status, StatusCode::BAD_REQUEST);
    assert!(garbled.body.contains("could not be read"));
    assert_eq!(web.app.adherence(None, 1).await.unwrap().weeks[0].done_strength, 0);
}

#[tokio::test]
async fn without_javascript_the_routine_is_logged_by_hand() {
    let web = Web::new().await;
    let page = web.get(&format!("/session/strength/log?today={DAY}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.main();
    assert!(
        main.contains(r#"<option value="2" selected>2 of 2</option>"#),
        "all sets by default: {main}"
    );
    insta::assert_snapshot!("session_log", main);
    let refused = web.post("/session/strength/log?today=2026-03-13", "done-clamshell=1").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.main().contains(r#"id="pain-error""#));
    let reply = web
        .post(
            "/session/strength/log?today=2026-03-13",
            "done-single-leg-toe-tap=2&done-single-leg-step-down=2&done-single-leg-glute-bridge=2\
             &done-clamshell=1&pain=2&rpe=5",
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(
        reply
            .location()
            .starts_with("/programme?today=2026-03-13&saved=strength&at_target=14&sets=16"),
        "{}",
        reply.location()
    );
    let week = web.app.adherence(Some("2026-03-13".parse().unwrap()), 1).await.unwrap();
    assert_eq!(week.weeks[0].done_strength, 1);
}

/// The text after `marker` up to the next `<` or `.`: "4 min".
fn length_after<'a>(page: &'a str, marker: &str) -> &'a str {
    let at = page.find(marker).unwrap_or_else(|| panic!("{marker:?} on the page")) + marker.len();
    let rest = &page[at..];
    &rest[..rest.find(['<', '.']).unwrap()]
}

#[tokio::test]
async fn the_programme_announces_the_length_the_session_takes() {
    let web = Web::new().await;
    let programme = web.get(&format!("/programme?today={DAY}")).await.main();
    for routine in ["warmup", "strength", "cooldown"] {
        let session = web.get(&format!("/session/{routine}?today={DAY}")).await.main();
        let played = length_after(&session, r#"<span class="date">about "#);
        // And that is what the timeline the page plays lasts.
        let timeline = &session[session.find(r#""total_ms":"#).unwrap() + 11..];
        let total_ms: u32 = timeline[..timeline.find([',', '}']).unwrap()].parse().unwrap();
        let minutes = (total_ms.div_ceil(1000) + 30) / 60;
        assert_eq!(played, format!("{minutes} min"), "{routine}");
        // The programme's card for this routine, which starts at its anchor.
        let card = &programme[programme.find(&format!(r#"id="{routine}""#)).unwrap()..];
        assert_eq!(length_after(card, "About "), played, "{routine}");
    }
}

#[tokio::test]
async fn a_record_posted_twice_under_its_key_is_stored_once() {
    let web = Web::new().await;
    let mut record = full_record(&web, "strength").await;
    record.key = Some("5d2b0c1e-93aa-4f0e-8b7c-1a2b3c4d5e6f".to_owned().try_into().unwrap());
    let form = form(&record, "&pain=1&rpe=4");
    for _ in 0..2 {
        let reply = web.post("/session/strength?today=2026-03-10", &form).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(web.count_rows("exercise_sessions").await, 1);
    // A key that is not one is refused, and nothing is stored.
    let bad = form.replace("5d2b0c1e-93aa-4f0e-8b7c-1a2b3c4d5e6f", "short");
    let reply = web.post("/session/strength?today=2026-03-10", &bad).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}

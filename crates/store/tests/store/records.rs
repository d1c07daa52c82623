//! Editing and deleting the runner's records: every field written, a cleared field cleared, a
//! deleted imported run kept out of later imports until it is asked back.

use runwell_domain::diary::{PainEntry, PainMoment};
use runwell_domain::{LocalDay, PainScore, Rpe, Sport, Surface};
use runwell_store::{
    DeletedRun, ImportedRun, NewRun, RunEdit, RunFacts, RunnerId, Store, StoreError, StoredFile,
};

fn imported(start: i64, km: f64) -> ImportedRun {
    ImportedRun {
        run: NewRun {
            start_utc: start,
            distance_m: km * 1000.0,
            elapsed_s: km * 360.0,
            source: "export.zip/activities/1.fit".into(),
            title: Some("Morning Run".into()),
            ..NewRun::default()
        },
        streams: None,
        shoe: None,
    }
}

fn day(text: &str) -> LocalDay {
    LocalDay::parse(text).unwrap()
}

pub(crate) async fn an_edit_writes_every_field_and_clears_what_is_left_empty(
    store: Store,
    me: RunnerId,
) {
    let run = NewRun {
        start_utc: 1_700_000_000,
        distance_m: 8000.0,
        elapsed_s: 2880.0,
        rpe: Some(Rpe::new(5).unwrap()),
        surface: Some(Surface::Road),
        note: Some("windy".into()),
        source: "manual".into(),
        ..NewRun::default()
    };
    let id = store.insert_run(me, &run, Some("Pegasus")).await.unwrap();
    let edit = RunEdit {
        start_utc: 1_700_003_600,
        utc_offset_s: Some(3600),
        sport: Sport::TrailRun,
        distance_m: 9000.0,
        moving_s: Some(3000.0),
        elapsed_s: 3100.0,
        rpe: None,
        surface: Some(Surface::Trail),
        shoe: None,
        title: Some("Hills".into()),
        note: None,
    };
    assert!(store.edit_run(me, id, &edit).await.unwrap());
    let stored = store.run(me, id).await.unwrap().unwrap();
    assert_eq!(
        (stored.run.start_utc, stored.run.sport, stored.run.distance_m, stored.run.moving_s),
        (1_700_003_600, Some(Sport::TrailRun), 9000.0, Some(3000.0))
    );
    assert_eq!((stored.run.rpe, stored.run.note, stored.shoe), (None, None, None), "cleared");
    assert_eq!(stored.run.title.as_deref(), Some("Hills"));
    assert!(!store.edit_run(me, id + 1, &edit).await.unwrap(), "no such run");
}

pub(crate) async fn a_deleted_imported_run_stays_deleted_until_it_is_asked_back(
    store: Store,
    me: RunnerId,
) {
    let file = [imported(1_700_000_000, 10.0), imported(1_700_090_000, 5.0)];
    let StoredFile::Imported { run_ids, .. } =
        store.store_file(me, "h1", &file, false).await.unwrap()
    else {
        panic!()
    };
    assert_eq!(
        store.run(me, run_ids[0]).await.unwrap().unwrap().run.title.as_deref(),
        Some("Morning Run")
    );
    assert_eq!(
        store.delete_run(me, run_ids[0]).await.unwrap(),
        Some(DeletedRun { remembered: true })
    );
    assert_eq!(store.delete_run(me, run_ids[0]).await.unwrap(), None, "already gone");
    // The file again: still imported (one run left), and the deleted one stays out.
    let again = store.store_file(me, "h1", &file, false).await.unwrap();
    assert_eq!(again, StoredFile::AlreadyImported { run_ids: vec![run_ids[1]] });
    // The same run from another export stays deleted too.
    let other = store.store_file(me, "h2", &[imported(1_700_000_030, 10.1)], false).await.unwrap();
    assert_eq!(other, StoredFile::Deleted { count: 1 });
    assert_eq!(store.runs(me, None).await.unwrap().len(), 1);
    // Asked back: the deleted run alone is stored again, and no longer remembered as deleted.
    let restored = store.store_file(me, "h1", &file, true).await.unwrap();
    let StoredFile::Imported { run_ids: back, .. } = restored else { panic!("{restored:?}") };
    assert_eq!(back.len(), 1);
    assert_eq!(store.run(me, back[0]).await.unwrap().unwrap().run.start_utc, 1_700_000_000);
    let once_more = store.store_file(me, "h1", &file, true).await.unwrap();
    assert!(matches!(once_more, StoredFile::AlreadyImported { .. }), "{once_more:?}");
    // When every run of a file was deleted, the file says so.
    for id in store.runs_with_hash(me, "h1").await.unwrap() {
        store.delete_run(me, id).await.unwrap();
    }
    assert_eq!(
        store.store_file(me, "h1", &file, false).await.unwrap(),
        StoredFile::Deleted { count: 2 }
    );
}

pub(crate) async fn a_manual_run_is_deleted_without_a_trace_and_its_pain_stays(
    store: Store,
    me: RunnerId,
) {
    let run = NewRun {
        start_utc: 1_700_000_000,
        distance_m: 5000.0,
        elapsed_s: 1800.0,
        source: "manual".into(),
        ..NewRun::default()
    };
    let id = store.insert_run(me, &run, None).await.unwrap();
    let mut pain = PainEntry::new(day("2023-11-14"), PainMoment::After, PainScore::new(3).unwrap());
    pain.run_id = Some(id);
    pain.id = store.insert_pain(me, &pain).await.unwrap();
    assert_eq!(store.delete_run(me, id).await.unwrap(), Some(DeletedRun { remembered: false }));
    let entries = store.pain_entries(me).await.unwrap();
    assert_eq!((entries.len(), entries[0].run_id), (1, None), "the pain is kept, unlinked");
}

pub(crate) async fn pain_answers_sessions_and_shoes_are_changed_and_deleted(
    store: Store,
    me: RunnerId,
) {
    let mut pain =
        PainEntry::new(day("2026-11-20"), PainMoment::Morning, PainScore::new(4).unwrap());
    pain.note = Some("stiff".into());
    pain.id = store.insert_pain(me, &pain).await.unwrap();
    pain.score = PainScore::new(2).unwrap();
    pain.note = None;
    assert!(store.update_pain(me, &pain).await.unwrap());
    assert_eq!(store.pain_entries(me).await.unwrap(), vec![pain.clone()]);
    assert!(store.delete_pain(me, pain.id).await.unwrap());
    assert!(!store.delete_pain(me, pain.id).await.unwrap());
    assert!(store.pain_entries(me).await.unwrap().is_empty());

    store.insert_answers(me, day("2026-11-20"), &[("limping".into(), true)]).await.unwrap();
    let answer = store.answers(me).await.unwrap()[0].seq;
    assert!(store.delete_answer(me, answer).await.unwrap());
    assert!(store.answers(me).await.unwrap().is_empty());

    let session = runwell_store::SessionRow {
        id: 0,
        day: day("2026-11-20"),
        routine: runwell_domain::programme::RoutineKind::Strength,
        pain: Some(2),
        rpe: Some(5),
        duration_s: Some(1200.0),
        guided: false,
        sets: vec![],
    };
    let id = store.insert_session(me, &session).await.unwrap();
    assert!(store.update_session(me, id, day("2026-11-19"), None, Some(6), None).await.unwrap());
    let stored = &store.sessions(me).await.unwrap()[0];
    assert_eq!(
        (stored.day, stored.pain, stored.rpe, stored.duration_s),
        (day("2026-11-19"), None, Some(6), None)
    );
    assert!(store.delete_session(me, id).await.unwrap());
    assert!(store.sessions(me).await.unwrap().is_empty());

    let run = NewRun {
        start_utc: 1_700_000_000,
        distance_m: 5000.0,
        elapsed_s: 1800.0,
        source: "manual".into(),
        ..NewRun::default()
    };
    let run_id = store.insert_run(me, &run, Some("Old pair")).await.unwrap();
    store.insert_run(me, &run, Some("New pair")).await.unwrap();
    let shoes = store.shoes(me).await.unwrap();
    let (old, new) = (shoes[0].id, shoes[1].id);
    assert!(matches!(store.rename_shoe(me, old, "new PAIR").await, Err(StoreError::NameTaken(_))));
    assert!(store.rename_shoe(me, old, "Trail pair").await.unwrap());
    assert!(store.set_default_shoe(me, new).await.unwrap());
    assert_eq!(store.default_shoe(me).await.unwrap(), Some(new));
    assert!(store.delete_shoe(me, old).await.unwrap());
    assert_eq!(store.run(me, run_id).await.unwrap().unwrap().shoe, None);
    assert_eq!(store.shoes(me).await.unwrap().len(), 1);
}

/// What a run and a pain entry were stored with comes back exactly, through the long reads
/// (packed into one row: `engine/packed.rs`) and the one-row read alike: fractions that have no
/// short decimal form, every optional field set or empty, and text with the characters JSON
/// escapes.
pub(crate) async fn every_field_comes_back_exactly_from_the_long_reads(store: Store, me: RunnerId) {
    let awkward = [0.1 + 0.2, 1.0 / 3.0, 1e-7, 12_345_678.901_234_567, f64::MAX, 5e-324];
    let text = "a \"quoted\" back\\slash,\nnew line, tab\t, ünïcødé ✓ and a ' too";
    let full = NewRun {
        start_utc: 1_700_000_000,
        utc_offset_s: Some(-3 * 3600 - 1800),
        sport: Some(Sport::TrailRun),
        distance_m: awkward[0] * 10_000.0,
        moving_s: Some(awkward[1] * 3600.0),
        elapsed_s: awkward[3],
        ascent_m: Some(awkward[2]),
        descent_m: Some(awkward[5]),
        avg_hr: Some(151),
        max_hr: Some(187),
        avg_cadence_spm: Some(awkward[4]),
        cadence_median_spm: Some(171.25),
        rpe: Some(Rpe::new(7).unwrap()),
        surface: Some(Surface::Trail),
        shoe_id: None,
        gear_name: Some(text.into()),
        note: Some(text.into()),
        title: Some(text.into()),
        device: Some("Forerunner 255".into()),
        source: "manual".into(),
        content_hash: Some("abc#1".into()),
        partial: true,
    };
    let bare = NewRun {
        start_utc: 1_700_100_000,
        distance_m: 0.0,
        elapsed_s: 1.0,
        source: "manual".into(),
        ..NewRun::default()
    };
    let full_id = store.insert_run(me, &full, Some("Pegasus \"41\"")).await.unwrap();
    let bare_id = store.insert_run(me, &bare, None).await.unwrap();
    let runs = store.runs(me, None).await.unwrap();
    assert_eq!(runs.len(), 2);
    let mut expected_full = full.clone();
    expected_full.shoe_id = runs[0].run.shoe_id;
    assert!(expected_full.shoe_id.is_some());
    assert_eq!(
        (runs[0].id, &runs[0].run, runs[0].shoe.as_deref()),
        (full_id, &expected_full, Some("Pegasus \"41\""))
    );
    assert_eq!(
        (runs[1].id, &runs[1].run, runs[1].shoe.as_deref()),
        (bare_id, &NewRun { sport: Some(Sport::Run), ..bare }, None)
    );
    assert_eq!(store.run(me, full_id).await.unwrap().as_ref(), Some(&runs[0]));
    assert_eq!(store.runs(me, Some(1_700_000_001)).await.unwrap(), runs[1..].to_vec());

    let mut entry =
        PainEntry::new(day("2026-11-20"), PainMoment::Morning, PainScore::new(4).unwrap());
    entry.note = Some(text.into());
    entry.limits_daily_life = true;
    entry.side = Some(runwell_domain::diary::Side::Left);
    entry.region = Some(runwell_domain::diary::Region::Groin);
    entry.character = Some(runwell_domain::diary::Character::Stiff);
    entry.run_id = Some(full_id);
    let entry_id = store.insert_pain(me, &entry).await.unwrap();
    let bare_entry =
        PainEntry::new(day("2026-11-19"), PainMoment::During, PainScore::new(0).unwrap());
    let bare_entry_id = store.insert_pain(me, &bare_entry).await.unwrap();
    assert_eq!(
        store.pain_entries(me).await.unwrap(),
        vec![PainEntry { id: bare_entry_id, ..bare_entry }, PainEntry { id: entry_id, ..entry }]
    );
}

/// The advice's lean read gives the same runs in the same order as the full one, with the same
/// numbers: the median cadence where there is one, else the device's average; runs that start
/// in the same second in the order they were stored.
pub(crate) async fn the_advice_read_matches_the_full_read_field_for_field(
    store: Store,
    me: RunnerId,
) {
    let run = |start: i64, km: f64| NewRun {
        start_utc: start,
        distance_m: km * 1000.0,
        elapsed_s: km * 333.3,
        source: "manual".into(),
        ..NewRun::default()
    };
    let with_all = NewRun {
        sport: Some(Sport::TrailRun),
        moving_s: Some(1.0 / 3.0),
        avg_hr: Some(148),
        avg_cadence_spm: Some(162.5),
        cadence_median_spm: Some(0.1 + 0.2),
        rpe: Some(Rpe::new(6).unwrap()),
        surface: Some(Surface::Trail),
        ..run(1_700_000_000, 10.0)
    };
    let average_only = NewRun { avg_cadence_spm: Some(171.0), ..run(1_699_000_000, 5.0) };
    let later = store.insert_run(me, &with_all, Some("Pegasus")).await.unwrap();
    let first = store.insert_run(me, &average_only, None).await.unwrap();
    let tie_a = store.insert_run(me, &run(1_700_000_000, 3.0), None).await.unwrap();
    let tie_b = store.insert_run(me, &run(1_700_000_000, 4.0), None).await.unwrap();

    let full = store.runs(me, None).await.unwrap();
    let facts = store.run_facts(me).await.unwrap();
    assert_eq!(
        facts.iter().map(|f| f.id).collect::<Vec<_>>(),
        vec![first, later, tie_a, tie_b],
        "oldest first, ties in the order stored"
    );
    let expected: Vec<RunFacts> = full
        .iter()
        .map(|s| RunFacts {
            id: s.id,
            start_utc: s.run.start_utc,
            sport: s.run.sport.expect("a stored run has a sport"),
            distance_m: s.run.distance_m,
            moving_s: s.run.moving_s,
            elapsed_s: s.run.elapsed_s,
            rpe: s.run.rpe,
            avg_hr: s.run.avg_hr,
            surface: s.run.surface,
            shoe_id: s.run.shoe_id,
            cadence_spm: s.run.cadence_median_spm.or(s.run.avg_cadence_spm),
        })
        .collect();
    assert_eq!(facts, expected);
    assert_eq!(facts[0].cadence_spm, Some(171.0));
    assert_eq!(facts[1].cadence_spm, Some(0.1 + 0.2));
    assert!(facts[1].shoe_id.is_some());
}

//! An existing single-runner file, written by the schema as it was before runners (migrations
//! 1–7), opens and migrates in place: every row becomes runner 1's, links between rows hold,
//! and every index leads with the runner.

use runwell_store::{Store, StoredFile};
use sqlx::Connection as _;

/// The file as runwell left it before issue 16, with a row in every table.
async fn old_database(path: &std::path::Path) {
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(path).create_if_missing(true);
    let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
    let mut old = sqlx::migrate!("./migrations/sqlite");
    old.migrations =
        old.migrations.iter().filter(|m| m.version <= 7).cloned().collect::<Vec<_>>().into();
    old.run(&pool).await.unwrap();
    sqlx::raw_sql(
        "INSERT INTO profile (id, time_zone, run_days, strength_days, created_at, updated_at) \
             VALUES (1, 'Europe/London', 'mon,sat', 'tue,fri', 100, 100); \
         INSERT INTO settings (key, value) VALUES ('distance_unit', 'mi'); \
         INSERT INTO shoes (id, name, created_at, is_default) VALUES (3, 'Pegasus', 100, 1); \
         INSERT INTO runs (id, start_utc, sport, distance_m, elapsed_s, source, content_hash, \
             shoe_id, created_at, title) \
             VALUES (7, 1700000000, 'run', 8000.0, 2880.0, 'a.fit', 'h1', 3, 100, 'Morning Run'); \
         INSERT INTO run_streams (run_id, format, data) VALUES (7, 1, x'0100'); \
         INSERT INTO pain_entries (id, day, moment, score, run_id, created_at) \
             VALUES (5, '2023-11-14', 'after', 2, 7, 100); \
         INSERT INTO triage_answers (id, day, question, answer, created_at) \
             VALUES (9, '2023-11-14', 'limping', 0, 100); \
         INSERT INTO exercise_sessions (id, day, routine, pain, guided, created_at, record_key) \
             VALUES (4, '2023-11-15', 'strength', 1, 1, 100, 'phone-1'); \
         INSERT INTO session_sets (session_id, movement, level, side, set_no, target, done) \
             VALUES (4, 'clamshell', 2, 'left', 1, 12, 12); \
         INSERT INTO movement_levels (movement, level, changed_on, reason) \
             VALUES ('clamshell', 2, '2023-11-15', 'two good sessions'); \
         INSERT INTO deleted_runs (content_hash, start_utc, distance_m, source, deleted_at) \
             VALUES ('h2', 1700100000, 5000.0, 'b.fit', 100); \
         INSERT INTO file_fingerprints (fingerprint, content_hash) VALUES ('f1:10', 'h1');",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
}

#[tokio::test]
async fn an_old_single_runner_file_migrates_in_place_to_one_runner_owning_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("runwell.db");
    old_database(&path).await;
    let store = Store::open(&path).await.unwrap();
    let runners = store.runners().await.unwrap();
    assert_eq!(runners.len(), 1, "{runners:?}");
    assert_eq!(runners[0].created_utc, 100, "the runner started with the profile");
    let me = store.only_runner().await.unwrap();
    assert_eq!(me.get(), 1);

    let profile = store.profile(me).await.unwrap().unwrap();
    assert_eq!(profile.time_zone.name(), "Europe/London");
    assert_eq!(store.setting(me, "distance_unit").await.unwrap().as_deref(), Some("mi"));
    let runs = store.runs(me, None).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(
        (runs[0].id, runs[0].shoe.as_deref()),
        (7, Some("Pegasus")),
        "the run keeps its shoe"
    );
    assert_eq!(runs[0].run.title.as_deref(), Some("Morning Run"));
    assert_eq!(store.default_shoe(me).await.unwrap(), Some(3));
    let pain = store.pain_entries(me).await.unwrap();
    assert_eq!((pain[0].id, pain[0].run_id), (5, Some(7)), "the entry keeps its run");
    assert_eq!(store.answers(me).await.unwrap()[0].seq, 9);
    let sessions = store.sessions(me).await.unwrap();
    assert_eq!((sessions[0].id, sessions[0].sets.len()), (4, 1));
    assert_eq!(store.movement_levels(me).await.unwrap()["clamshell"].level, 2);
    assert_eq!(store.known_fingerprints(me).await.unwrap()["f1:10"], "h1");
    // The record key, the deleted run and the file's hash still do their work.
    let again = store.insert_session_once(me, &sessions[0], "phone-1").await.unwrap();
    assert!(!again.new);
    let gone = runwell_store::ImportedRun {
        run: runwell_store::NewRun {
            start_utc: 1_700_100_000,
            distance_m: 5000.0,
            elapsed_s: 1500.0,
            source: "b.fit".into(),
            ..Default::default()
        },
        streams: None,
        shoe: None,
    };
    assert_eq!(
        store.store_file(me, "h2", &[gone], false).await.unwrap(),
        StoredFile::Deleted { count: 1 }
    );
    // Deleting the run takes its samples and unlinks its pain, as before.
    store.delete_run(me, 7).await.unwrap();
    assert_eq!(store.pain_entries(me).await.unwrap()[0].run_id, None);
    store.close().await;

    let mut conn = sqlx::SqliteConnection::connect_with(
        &sqlx::sqlite::SqliteConnectOptions::new().filename(&path),
    )
    .await
    .unwrap();
    let broken: Vec<(String,)> =
        sqlx::query_as("PRAGMA foreign_key_check").fetch_all(&mut conn).await.unwrap();
    assert!(broken.is_empty(), "{broken:?}");
    // Every table but runners has its runner_id, and every index of one leads with it.
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' \
         AND name <> 'runners'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(tables.len(), 14, "{tables:?}");
    for table in tables {
        let sql = format!("SELECT name FROM pragma_table_info('{table}') WHERE name = 'runner_id'");
        let has: Option<String> =
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_optional(&mut conn).await.unwrap();
        assert!(has.is_some(), "{table} has no runner_id");
        let sql = format!("SELECT name FROM pragma_index_list('{table}') WHERE origin = 'c'");
        let indexes: Vec<String> =
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_all(&mut conn).await.unwrap();
        for index in indexes {
            let sql = format!("SELECT name FROM pragma_index_info('{index}') WHERE seqno = 0");
            let first: String =
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_one(&mut conn).await.unwrap();
            assert_eq!(first, "runner_id", "{table}'s index {index}");
        }
    }
}

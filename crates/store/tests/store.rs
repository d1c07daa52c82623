//! The store opens, migrates and refuses databases as runwell promises, and keeps what it is
//! given.

use runwell_domain::{HeartRate, LocalDay, Profile, RunnerZone, Sex, ShoeThresholds, WeekdaySet};
use runwell_store::{RunnerId, Store, StoreError};

#[path = "store/support.rs"]
mod support;
use support::reopen;

// The conformance suite: every case below runs on SQLite and on PostgreSQL.
support::on_both_engines! {
    crate::the_profile_round_trips_and_can_be_replaced => profile_round_trip,
    crate::movement_levels_are_kept_with_their_reason => movement_levels,
    crate::every_write_that_commits_moves_the_generation_on => generation,
    crate::import::a_file_is_stored_once_and_then_reported_as_already_imported => file_once,
    crate::import::damaged_samples_are_a_store_error_and_the_run_stays => damaged_samples,
    crate::import::the_same_run_from_another_source_is_stored_once => same_run_once,
    crate::import::a_file_that_fails_half_way_stores_nothing => file_whole_or_nothing,
    crate::import::a_batch_of_files_is_stored_as_one_after_the_other_would_be => file_batch,
    crate::import::sessions_keep_their_sets => session_sets,
    crate::records::an_edit_writes_every_field_and_clears_what_is_left_empty => edit_run,
    crate::records::a_deleted_imported_run_stays_deleted_until_it_is_asked_back => deleted_import,
    crate::records::a_manual_run_is_deleted_without_a_trace_and_its_pain_stays => delete_manual,
    crate::records::pain_answers_sessions_and_shoes_are_changed_and_deleted => change_and_delete,
    crate::records::every_field_comes_back_exactly_from_the_long_reads => exact_long_reads,
    crate::records::the_advice_read_matches_the_full_read_field_for_field => advice_read,
    crate::runners::a_null_float_and_then_a_number_are_both_stored => null_then_number,
    crate::devices::a_paired_device_lets_its_sessions_in_until_it_is_removed => paired_devices,
}

fn profile() -> Profile {
    Profile {
        time_zone: RunnerZone::new("Europe/Copenhagen").unwrap(),
        run_days: WeekdaySet::parse("mon,wed,sat").unwrap(),
        strength_days: WeekdaySet::parse("tue,thu").unwrap(),
        hr_rest: Some(HeartRate::new(52).unwrap()),
        hr_max: Some(HeartRate::new(188).unwrap()),
        sex: Some(Sex::Female),
        shoes: ShoeThresholds { inspect_km: 450.0, replace_km: 750.0 },
    }
}

#[tokio::test]
async fn a_new_database_is_created_with_its_folder_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/runwell.db");
    let store = Store::open(&path).await.unwrap();
    let me = store.only_runner().await.unwrap();
    assert!(path.exists());
    assert!(store.schema_version().await.unwrap() >= 2);
    let mode: String = {
        // A fresh connection sees the mode the file was put in.
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
        let mut conn =
            <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
        sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&mut conn).await.unwrap()
    };
    assert_eq!(mode, "wal");
    assert!(store.profile(me).await.unwrap().is_none());
}

pub(crate) async fn the_profile_round_trips_and_can_be_replaced(store: Store, me: RunnerId) {
    let mut p = profile();
    store.save_profile(me, &p).await.unwrap();
    assert_eq!(store.profile(me).await.unwrap(), Some(p.clone()));
    p.strength_days = WeekdaySet::parse("mon,wed,fri").unwrap();
    p.hr_rest = None;
    p.sex = None;
    store.save_profile(me, &p).await.unwrap();
    // Opening it again reads the same from the database.
    let again = reopen(&store).await;
    assert_eq!(again.profile(me).await.unwrap(), Some(p));
}

pub(crate) async fn movement_levels_are_kept_with_their_reason(store: Store, me: RunnerId) {
    assert!(store.movement_levels(me).await.unwrap().is_empty());
    let day = LocalDay::parse("2026-11-20").unwrap();
    store.set_movement_level(me, "clamshell", 2, day, "two good sessions").await.unwrap();
    store.set_movement_level(me, "clamshell", 3, day, "two more").await.unwrap();
    let levels = store.movement_levels(me).await.unwrap();
    assert_eq!(levels.len(), 1);
    assert_eq!(levels["clamshell"].level, 3);
    assert_eq!(levels["clamshell"].reason, "two more");
}

#[tokio::test]
async fn a_database_from_a_newer_runwell_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("runwell.db");
    let store = Store::open(&path).await.unwrap();
    let me = store.only_runner().await.unwrap();
    store.save_profile(me, &profile()).await.unwrap();
    store.close().await;
    {
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
        let mut conn =
            <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) \
             VALUES (9999, 'from the future', CURRENT_TIMESTAMP, 1, x'00', 0)",
        )
        .execute(&mut conn)
        .await
        .unwrap();
    }
    let err = Store::open(&path).await.unwrap_err();
    assert!(matches!(err, StoreError::NewerDatabase { found: 9999, .. }), "{err}");
    let message = err.to_string();
    assert!(message.contains("newer runwell") && message.contains("--db"), "{message}");
    // The refused file still holds the runner's data.
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
    let mut conn =
        <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
    let zone: String =
        sqlx::query_scalar("SELECT time_zone FROM profile").fetch_one(&mut conn).await.unwrap();
    assert_eq!(zone, "Europe/Copenhagen");
}

#[tokio::test]
async fn a_file_at_this_schema_is_read_without_a_writer_and_a_changed_migration_is_still_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("runwell.db");
    let store = Store::open(&path).await.unwrap();
    assert!(store.writer_is_open_for_test(), "a new file is made by the writer");
    let me = store.only_runner().await.unwrap();
    store.close().await;
    let store = Store::open(&path).await.unwrap();
    assert!(store.profile(me).await.unwrap().is_none());
    assert!(!store.writer_is_open_for_test(), "reading a current file opens no writer");
    let beside = |end: &str| dir.path().join(format!("runwell.db{end}"));
    assert!(beside("-wal").exists(), "the readers are in WAL mode");
    // The readers alone close the file as the writer would: nothing left beside it.
    reopen(&store).await.close().await;
    store.close().await;
    assert!(!beside("-wal").exists() && !beside("-shm").exists());
    let store = Store::open(&path).await.unwrap();
    // The first write opens it, in WAL mode as ever.
    store.save_profile(me, &profile()).await.unwrap();
    assert!(store.writer_is_open_for_test());
    assert_eq!(reopen(&store).await.profile(me).await.unwrap(), Some(profile()));
    store.close().await;

    let tamper = |sql: &'static str| {
        let path = path.clone();
        async move {
            let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
            let mut conn =
                <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
            sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
        }
    };
    // A migration recorded with another checksum than this build's: refused, as sqlx would.
    tamper(
        "CREATE TABLE kept AS SELECT checksum FROM _sqlx_migrations WHERE version = 1; \
         UPDATE _sqlx_migrations SET checksum = x'00' WHERE version = 1",
    )
    .await;
    let err = Store::open(&path).await.unwrap_err();
    assert!(matches!(err, StoreError::Migrate { .. }), "{err}");
    // One that failed half way: refused too.
    tamper(
        "UPDATE _sqlx_migrations SET checksum = (SELECT checksum FROM kept), success = 0 \
         WHERE version = 1; DROP TABLE kept",
    )
    .await;
    let err = Store::open(&path).await.unwrap_err();
    assert!(matches!(err, StoreError::Migrate { .. }), "{err}");
    // Put right, the file opens for reading without its writer again, data intact.
    tamper("UPDATE _sqlx_migrations SET success = 1 WHERE version = 1").await;
    let store = Store::open(&path).await.unwrap();
    assert_eq!(store.profile(me).await.unwrap(), Some(profile()));
    assert!(!store.writer_is_open_for_test());
}

#[tokio::test]
async fn a_newer_schema_in_the_header_alone_is_refused_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("runwell.db");
    let store = Store::open(&path).await.unwrap();
    store.close().await;
    {
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
        let mut conn =
            <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
        let version: i64 =
            sqlx::query_scalar("PRAGMA user_version").fetch_one(&mut conn).await.unwrap();
        assert!(version >= 4, "the header carries the schema version: {version}");
        // A newer runwell that no longer keeps sqlx's table.
        sqlx::raw_sql("DROP TABLE _sqlx_migrations; PRAGMA user_version = 9998")
            .execute(&mut conn)
            .await
            .unwrap();
    }
    let err = Store::open(&path).await.unwrap_err();
    assert!(matches!(err, StoreError::NewerDatabase { found: 9998, .. }), "{err}");
}

#[tokio::test]
async fn an_empty_file_and_another_programs_database_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("runwell.db");
    std::fs::write(&empty, b"").unwrap();
    let err = Store::open(&empty).await.unwrap_err();
    assert!(matches!(err, StoreError::EmptyFile { .. }), "{err}");
    assert!(err.to_string().contains("empty file (0 bytes)"), "{err}");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "left as it was");
    let other = dir.path().join("other.db");
    {
        let options =
            sqlx::sqlite::SqliteConnectOptions::new().filename(&other).create_if_missing(true);
        let mut conn =
            <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
        sqlx::raw_sql("CREATE TABLE notes (text TEXT)").execute(&mut conn).await.unwrap();
    }
    let err = Store::open(&other).await.unwrap_err();
    assert!(matches!(err, StoreError::NotRunwell { .. }), "{err}");
}

#[tokio::test]
async fn a_full_disk_fails_one_write_and_the_next_one_works() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("runwell.db");
    let store = Store::open(&path).await.unwrap();
    let me = store.only_runner().await.unwrap();
    store.save_profile(me, &profile()).await.unwrap();
    store.cap_growth_for_test(4).await.unwrap();
    // A file of runs whose streams need far more pages than the cap allows: samples that jump
    // about, so that the blob stays large (64 KiB or more a run).
    let mut noisy = runwell_domain::streams::Streams::new();
    let mut x: u64 = 1;
    for t in 0..8_000 {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let wander = (x >> 40) as f64 / f64::from(1u32 << 24);
        noisy.push(runwell_domain::streams::Sample {
            time_s: f64::from(t),
            position: Some(runwell_domain::streams::LatLon {
                lat_deg: 50.0 + wander,
                lon_deg: -wander,
            }),
            ..Default::default()
        });
    }
    let blob = runwell_store::StreamsBlob::new(&noisy);
    assert!(blob.len() >= 64 * 1024, "{} bytes", blob.len());
    let runs: Vec<runwell_store::ImportedRun> = (0..50)
        .map(|i| runwell_store::ImportedRun {
            run: runwell_store::NewRun {
                start_utc: 1_700_000_000 + i * 86_400,
                distance_m: 5000.0,
                elapsed_s: 1800.0,
                source: "big.fit".into(),
                ..runwell_store::NewRun::default()
            },
            streams: Some(blob.clone()),
            shoe: Some("Pegasus".into()),
        })
        .collect();
    let err = store.store_file(me, "big", &runs, false).await.unwrap_err();
    assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    assert!(
        err.to_string().contains("the disk is full")
            && err.to_string().contains("nothing of it was stored")
    );
    assert!(store.runs_with_hash(me, "big").await.unwrap().is_empty());
    assert!(store.shoes(me).await.unwrap().is_empty(), "the file's new shoe went with it");
    // The writer is usable again (the failed connection was discarded, and its cap with it).
    store.save_profile(me, &profile()).await.unwrap();
    let stored = store.store_file(me, "big", &runs[..2], false).await.unwrap();
    let runwell_store::StoredFile::Imported { run_ids, .. } = stored else { panic!("{stored:?}") };
    let shoes = store.shoes(me).await.unwrap();
    assert_eq!(shoes.len(), 1, "one shoe for both runs");
    for id in run_ids {
        assert_eq!(store.run(me, id).await.unwrap().unwrap().run.shoe_id, Some(shoes[0].id));
    }
}

#[tokio::test]
async fn a_database_from_an_older_runwell_is_migrated_keeping_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("runwell.db");
    // Build the database as the first release left it: only migration 1 applied.
    {
        let options =
            sqlx::sqlite::SqliteConnectOptions::new().filename(&path).create_if_missing(true);
        let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
        let mut first = sqlx::migrate!("./migrations/sqlite");
        first.migrations =
            first.migrations.iter().filter(|m| m.version == 1).cloned().collect::<Vec<_>>().into();
        first.run(&pool).await.unwrap();
        sqlx::query(
            "INSERT INTO profile (id, time_zone, run_days, strength_days, created_at, updated_at) \
             VALUES (1, 'Europe/London', 'sat', 'tue,fri', 0, 0)",
        )
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
    }
    let store = Store::open(&path).await.unwrap();
    let me = store.only_runner().await.unwrap();
    assert!(store.schema_version().await.unwrap() >= 2);
    let profile = store.profile(me).await.unwrap().unwrap();
    assert_eq!(profile.time_zone.name(), "Europe/London");
    assert_eq!(profile.strength_days.to_string(), "tue,fri");
    // The tables of migration 2 now exist.
    let day = LocalDay::parse("2026-11-20").unwrap();
    store.set_movement_level(me, "squat-hold", 2, day, "test").await.unwrap();
}

#[tokio::test]
async fn a_path_that_cannot_be_a_folder_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, b"not a folder").unwrap();
    let err = Store::open(&blocker.join("runwell.db")).await.unwrap_err();
    assert!(err.to_string().contains("--db PATH"), "{err}");
}

mod import {
    use runwell_domain::streams::{Sample, Streams};
    use runwell_store::{
        FileToStore, ImportedRun, NewRun, RunnerId, SessionRow, SetRow, Store, StoreError,
        StoredFile, StreamsBlob,
    };

    /// A minute of samples.
    fn samples() -> Streams {
        seconds(60)
    }

    /// `n` seconds of samples.
    fn seconds(n: u32) -> Streams {
        let mut s = Streams::new();
        for t in 0..n {
            let t = f64::from(t);
            s.push(Sample { time_s: t, distance_m: Some(t * 3.0), ..Sample::default() });
        }
        s
    }

    fn run(start: i64, km: f64) -> ImportedRun {
        ImportedRun {
            run: NewRun {
                start_utc: start,
                distance_m: km * 1000.0,
                elapsed_s: km * 360.0,
                source: "a.fit".into(),
                ..NewRun::default()
            },
            streams: Some(StreamsBlob::new(&samples())),
            shoe: None,
        }
    }

    pub(crate) async fn a_file_is_stored_once_and_then_reported_as_already_imported(
        store: Store,
        me: RunnerId,
    ) {
        let mut second = run(1_700_010_000, 5.0);
        let fewer = seconds(30);
        second.streams = Some(StreamsBlob::new(&fewer));
        let file = [run(1_700_000_000, 10.0), second];
        let first = store.store_file_fingerprinted(me, "h1", Some("f1:9"), &file, false).await;
        let StoredFile::Imported { run_ids, duplicates_of, .. } = first.unwrap() else {
            panic!("not imported")
        };
        assert_eq!(run_ids.len(), 2);
        assert!(duplicates_of.is_empty());
        // Each run's samples are its own (on SQLite each goes with its run's insert).
        assert_eq!(store.run_streams(me, run_ids[0]).await.unwrap(), Some(samples()));
        assert_eq!(store.run_streams(me, run_ids[1]).await.unwrap(), Some(fewer));
        // The fingerprint went with the file's transaction (on SQLite with its `COMMIT`).
        let known = store.known_fingerprints(me).await.unwrap();
        assert_eq!(known.get("f1:9").map(String::as_str), Some("h1"));
        let again = store.store_file(me, "h1", &[run(1_700_000_000, 10.0)], false).await.unwrap();
        assert_eq!(again, StoredFile::AlreadyImported { run_ids: run_ids.clone() });
        // Known by its hash, under another fingerprint: that one is recorded too.
        let other = store.store_file_fingerprinted(me, "h1", Some("f2:9"), &file, false).await;
        assert_eq!(other.unwrap(), StoredFile::AlreadyImported { run_ids });
        assert_eq!(store.known_fingerprints(me).await.unwrap().len(), 2);
        assert_eq!(store.runs(me, None).await.unwrap().len(), 2);
    }

    pub(crate) async fn damaged_samples_are_a_store_error_and_the_run_stays(
        store: Store,
        me: RunnerId,
    ) {
        let StoredFile::Imported { run_ids, .. } =
            store.store_file(me, "h1", &[run(1_700_000_000, 10.0)], false).await.unwrap()
        else {
            panic!()
        };
        let id = run_ids[0];
        for (format, bytes, words) in [
            (1, vec![1, 5], "sample count larger than the blob"),
            (1, vec![1, 1, 0], "ends early"),
            (2, vec![2, 0, 0], "format version 2"),
            (1, vec![9, 0, 0], "format version 9"),
        ] {
            store.overwrite_streams_for_test(me, id, format, &bytes).await.unwrap();
            let err = store.run_streams(me, id).await.unwrap_err();
            assert!(matches!(err, StoreError::DamagedStreams { .. }), "{err:?}");
            assert!(err.to_string().contains(words), "{err}");
            assert!(store.run(me, id).await.unwrap().is_some(), "the run itself is readable");
        }
        assert_eq!(store.run_streams(me, id + 1).await.unwrap(), None);
    }

    pub(crate) async fn the_same_run_from_another_source_is_stored_once(
        store: Store,
        me: RunnerId,
    ) {
        let StoredFile::Imported { run_ids, .. } =
            store.store_file(me, "garmin", &[run(1_700_000_000, 10.0)], false).await.unwrap()
        else {
            panic!()
        };
        // Starting 90 s later, 2.5 % longer: the same run.
        let dup =
            store.store_file(me, "strava", &[run(1_700_000_090, 10.25)], false).await.unwrap();
        assert_eq!(dup, StoredFile::Duplicate { of: run_ids.clone() });
        // 3 minutes apart, or 5 % longer: a different run.
        let other = store.store_file(me, "s2", &[run(1_700_000_180, 10.0)], false).await.unwrap();
        assert!(matches!(other, StoredFile::Imported { .. }), "{other:?}");
        let longer = store.store_file(me, "s3", &[run(1_700_000_030, 10.6)], false).await.unwrap();
        assert!(matches!(longer, StoredFile::Imported { .. }), "{longer:?}");
    }

    pub(crate) async fn a_file_that_fails_half_way_stores_nothing(store: Store, me: RunnerId) {
        let mut bad = run(1_700_050_000, 5.0);
        // Refused by the table's CHECK constraint, after the first run was inserted.
        bad.run.elapsed_s = -1.0;
        let err = store.store_file(me, "half", &[run(1_700_000_000, 10.0), bad], false).await;
        assert!(err.is_err());
        assert!(store.runs_with_hash(me, "half").await.unwrap().is_empty());
        assert!(store.runs(me, None).await.unwrap().is_empty());
    }

    pub(crate) async fn a_batch_of_files_is_stored_as_one_after_the_other_would_be(
        store: Store,
        me: RunnerId,
    ) {
        let StoredFile::Imported { run_ids: old, .. } =
            store.store_file(me, "old", &[run(1_700_000_000, 10.0)], false).await.unwrap()
        else {
            panic!()
        };
        let StoredFile::Imported { run_ids: gone, .. } =
            store.store_file(me, "gone", &[run(1_700_100_000, 7.0)], false).await.unwrap()
        else {
            panic!()
        };
        store.delete_run(me, gone[0]).await.unwrap();
        let with_shoe = |mut r: ImportedRun, shoe: &str| {
            r.shoe = Some(shoe.to_owned());
            r
        };
        let f1 = [run(1_700_200_000, 10.0), with_shoe(run(1_700_210_000, 5.0), "Pegasus")];
        // The same run as f1's first, from another source.
        let f3 = [run(1_700_200_090, 10.25)];
        let f4 = [run(1_700_000_000, 10.0)];
        let f5 = [run(1_700_100_000, 7.0)];
        let f6 = [with_shoe(run(1_700_300_000, 8.0), "pegasus")];
        let file = |hash, fingerprint, runs| FileToStore { hash, fingerprint, runs };
        let files = [
            file("n1", Some("p1"), &f1[..]),
            // The same file again, later in the same batch.
            file("n1", Some("p2"), &f1[..]),
            file("n3", Some("p3"), &f3[..]),
            // A file stored before the batch.
            file("old", Some("p4"), &f4[..]),
            // A run the runner deleted.
            file("n5", Some("p5"), &f5[..]),
            file("n6", None, &f6[..]),
        ];
        let generation = store.generation(me);
        let outcomes = store.store_files(me, &files).await.unwrap();
        assert_eq!(store.generation(me), generation + 1, "one transaction");
        let StoredFile::Imported { run_ids: new, duplicates_of, deleted: 0 } = &outcomes[0] else {
            panic!("{outcomes:?}")
        };
        assert_eq!(new.len(), 2);
        assert!(duplicates_of.is_empty());
        let StoredFile::Imported { run_ids: last, .. } = &outcomes[5] else {
            panic!("{outcomes:?}")
        };
        assert_eq!(
            outcomes[1..5],
            [
                StoredFile::AlreadyImported { run_ids: new.clone() },
                StoredFile::Duplicate { of: vec![new[0]] },
                StoredFile::AlreadyImported { run_ids: old },
                StoredFile::Deleted { count: 1 },
            ]
        );
        // Every fingerprint but that of the file with a deleted run, and none where none was given.
        let mut known: Vec<(String, String)> =
            store.known_fingerprints(me).await.unwrap().into_iter().collect();
        known.sort();
        let expected: Vec<(String, String)> =
            [("p1", "n1"), ("p2", "n1"), ("p3", "n3"), ("p4", "old")]
                .map(|(f, h)| (f.to_owned(), h.to_owned()))
                .into();
        assert_eq!(known, expected);
        assert_eq!(store.runs(me, None).await.unwrap().len(), 4);
        assert_eq!(store.run_streams(me, new[0]).await.unwrap(), Some(samples()));
        // One shoe, found again by the other spelling of its name.
        let shoe = store.run(me, new[1]).await.unwrap().unwrap().run.shoe_id;
        assert!(shoe.is_some());
        assert_eq!(store.run(me, last[0]).await.unwrap().unwrap().run.shoe_id, shoe);

        // A file that fails stores nothing of the whole batch, and the writer goes on.
        let mut bad = run(1_700_450_000, 5.0);
        bad.run.elapsed_s = -1.0;
        let (good, bad) = ([run(1_700_400_000, 6.0)], [bad]);
        let batch = [file("g", Some("pg"), &good[..]), file("b", Some("pb"), &bad[..])];
        assert!(store.store_files(me, &batch).await.is_err());
        assert_eq!(store.runs(me, None).await.unwrap().len(), 4);
        assert_eq!(store.known_fingerprints(me).await.unwrap().len(), 4);
        let alone = store.store_files(me, &batch[..1]).await.unwrap();
        assert!(matches!(alone[..], [StoredFile::Imported { .. }]), "{alone:?}");
        assert_eq!(store.runs(me, None).await.unwrap().len(), 5);
    }

    pub(crate) async fn sessions_keep_their_sets(store: Store, me: RunnerId) {
        let session = SessionRow {
            id: 0,
            day: runwell_domain::LocalDay::parse("2026-11-24").unwrap(),
            routine: runwell_domain::programme::RoutineKind::Strength,
            pain: Some(2),
            rpe: Some(5),
            duration_s: Some(1500.0),
            guided: true,
            sets: vec![
                SetRow {
                    movement: "clamshell".into(),
                    level: 2,
                    side: "left".into(),
                    set_no: 1,
                    target: 12,
                    done: 12,
                },
                SetRow {
                    movement: "clamshell".into(),
                    level: 2,
                    side: "right".into(),
                    set_no: 1,
                    target: 12,
                    done: 10,
                },
            ],
        };
        let id = store.insert_session(me, &session).await.unwrap();
        let stored = store.sessions(me).await.unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].id, id);
        assert_eq!(stored[0].sets.len(), 2);
        assert_eq!(stored[0].pain, Some(2));
        let loads = store.session_loads(me).await.unwrap();
        assert_eq!(loads[0].duration.get(), 1500.0);

        // A record posted again under its key is stored once; another key is another session.
        let first = store.insert_session_once(me, &session, "phone-key-1").await.unwrap();
        assert!(first.new);
        let again = store.insert_session_once(me, &session, "phone-key-1").await.unwrap();
        assert_eq!(again, runwell_store::SessionStored { id: first.id, new: false });
        let other = store.insert_session_once(me, &session, "phone-key-2").await.unwrap();
        assert!(other.new && other.id != first.id);
        assert_eq!(store.sessions(me).await.unwrap().len(), 3);
    }
}

pub(crate) async fn every_write_that_commits_moves_the_generation_on(store: Store, me: RunnerId) {
    let clone = store.clone();
    let start = store.generation(me);
    store.save_profile(me, &profile()).await.unwrap();
    assert_eq!(clone.generation(me), start + 1, "clones share the generation");
    store.set_setting(me, "k", "v").await.unwrap();
    assert_eq!(store.generation(me), start + 2);
    let run = runwell_store::ImportedRun {
        run: runwell_store::NewRun {
            start_utc: 1_700_000_000,
            distance_m: 5000.0,
            elapsed_s: 1800.0,
            source: "a.fit".into(),
            ..runwell_store::NewRun::default()
        },
        streams: None,
        shoe: None,
    };
    store.store_file(me, "h", std::slice::from_ref(&run), false).await.unwrap();
    assert_eq!(store.generation(me), start + 3);
    // Reads, and a write that finds nothing to do (it rolls back), leave it where it is.
    store.runs(me, None).await.unwrap();
    store.profile(me).await.unwrap();
    let again = store.store_file(me, "h", &[run], false).await.unwrap();
    assert!(matches!(again, runwell_store::StoredFile::AlreadyImported { .. }), "{again:?}");
    assert_eq!(store.generation(me), start + 3);
}

#[path = "store/records.rs"]
mod records;

#[path = "store/devices.rs"]
mod devices;

#[path = "store/migration.rs"]
mod migration;

#[path = "store/runners.rs"]
mod runners;

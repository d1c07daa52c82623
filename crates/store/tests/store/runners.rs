//! Every row is a runner's: what one runner stores, another does not see, change or delete, and
//! a statement run for one with a NULL and for another with a number works on both engines.

use runwell_domain::LocalDay;
use runwell_store::{ImportedRun, NewRun, RunnerId, Store, StoreError};

fn run(start: i64, moving_s: Option<f64>) -> NewRun {
    NewRun {
        start_utc: start,
        distance_m: 5000.0,
        moving_s,
        elapsed_s: 1800.0,
        source: "manual".into(),
        ..NewRun::default()
    }
}

/// Floats that may be NULL, stored NULL first and then as numbers, through every statement that
/// writes one (sqlx's Any driver types a NULL float differently from a number on PostgreSQL).
pub(crate) async fn a_null_float_and_then_a_number_are_both_stored(store: Store, me: RunnerId) {
    let a = store.insert_run(me, &run(1_700_000_000, None), None).await.unwrap();
    let b = store.insert_run(me, &run(1_700_100_000, Some(1700.0)), None).await.unwrap();
    let runs = store.runs(me, None).await.unwrap();
    assert_eq!((runs[0].id, runs[0].run.moving_s), (a, None));
    assert_eq!((runs[1].id, runs[1].run.moving_s), (b, Some(1700.0)));
    let shoe = |inspect_km| runwell_domain::diary::Shoe {
        id: 0,
        name: "Pegasus".into(),
        brand: None,
        model: None,
        start_km: 0.0,
        inspect_km,
        replace_km: None,
        is_default: false,
        retired_on: None,
    };
    store.save_shoe(me, &shoe(None)).await.unwrap();
    store.save_shoe(me, &shoe(Some(400.0))).await.unwrap();
    assert_eq!(store.shoes(me).await.unwrap()[0].inspect_km, Some(400.0));
}

/// Two runners in one server database.
pub(crate) async fn what_one_runner_stores_another_never_sees(store: Store, me: RunnerId) {
    let other = store.add_runner(Some("another runner")).await.unwrap();
    let id =
        store.insert_run(me, &run(1_700_000_000, Some(1700.0)), Some("Pegasus")).await.unwrap();
    let file = ImportedRun { run: run(1_700_200_000, None), streams: None, shoe: None };
    store.store_file(me, "h1", std::slice::from_ref(&file), false).await.unwrap();
    let day = LocalDay::parse("2026-11-20").unwrap();
    store.set_movement_level(me, "clamshell", 3, day, "mine").await.unwrap();
    store.set_setting(me, "distance_unit", "mi").await.unwrap();

    assert!(store.runs(other, None).await.unwrap().is_empty());
    assert_eq!(store.run(other, id).await.unwrap(), None);
    assert!(store.shoes(other).await.unwrap().is_empty());
    assert!(store.movement_levels(other).await.unwrap().is_empty());
    assert_eq!(store.setting(other, "distance_unit").await.unwrap(), None);
    assert!(store.runs_with_hash(other, "h1").await.unwrap().is_empty());
    // Another runner's ids change nothing of mine.
    assert!(
        !store
            .edit_run(
                other,
                id,
                &runwell_store::RunEdit {
                    start_utc: 0,
                    utc_offset_s: None,
                    sport: runwell_domain::Sport::Run,
                    distance_m: 1.0,
                    moving_s: None,
                    elapsed_s: 1.0,
                    rpe: None,
                    surface: None,
                    shoe: None,
                    title: None,
                    note: None,
                }
            )
            .await
            .unwrap()
    );
    assert_eq!(store.delete_run(other, id).await.unwrap(), None);
    assert!(store.run(me, id).await.unwrap().is_some());
    // The same file is the other runner's own to import, and the same shoe name theirs to use.
    let theirs = store.store_file(other, "h1", &[file], false).await.unwrap();
    assert!(matches!(theirs, runwell_store::StoredFile::Imported { .. }), "{theirs:?}");
    store.insert_run(other, &run(1_700_300_000, None), Some("pegasus")).await.unwrap();
    assert_eq!(store.shoes(other).await.unwrap().len(), 1);
    assert_eq!(store.shoes(me).await.unwrap().len(), 1);
    // Each runner's writes move only that runner's generation.
    let (mine, theirs) = (store.generation(me), store.generation(other));
    store.set_setting(other, "k", "v").await.unwrap();
    assert_eq!((store.generation(me), store.generation(other)), (mine, theirs + 1));
}

#[tokio::test]
async fn a_file_holds_one_runner() {
    let (_dir, store) = crate::support::sqlite().await;
    assert!(matches!(store.add_runner(None).await, Err(StoreError::OneRunnerPerFile)));
    assert_eq!(store.runners().await.unwrap().len(), 1);
}

#[tokio::test]
async fn what_one_runner_stores_another_never_sees_on_a_server() {
    let what = "what_one_runner_stores_another_never_sees";
    if let Some((store, me)) = runwell_store::testing::server_runner(what).await {
        what_one_runner_stores_another_never_sees(store, me).await;
    }
}

#[tokio::test]
async fn the_copy_lists_every_table_a_runner_owns() {
    let (_dir, store) = crate::support::sqlite().await;
    let path = store.path().unwrap().to_owned();
    store.close().await;
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
    let mut conn =
        <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options).await.unwrap();
    let mut owned: Vec<String> = sqlx::query_scalar(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS \
         (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'runner_id') ORDER BY m.name",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut copied: Vec<String> = Store::copied_tables().into_iter().map(str::to_owned).collect();
    // The devices paired with this machine are its keys to the record, not part of it.
    owned.retain(|t| !matches!(t.as_str(), "paired_devices" | "device_sessions"));
    owned.sort();
    copied.sort();
    assert_eq!(copied, owned);
}

/// A database of its own on the test server, dropped when the test ends well.
async fn own_database(url: &str, name: &str) -> (sqlx::PgConnection, String) {
    use sqlx::Connection as _;
    let mut admin = sqlx::PgConnection::connect(url).await.unwrap();
    let name = format!("{name}_{}", std::process::id());
    let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    sqlx::raw_sql(sqlx::AssertSqlSafe(drop)).execute(&mut admin).await.unwrap();
    let create = format!("CREATE DATABASE {name}");
    sqlx::raw_sql(sqlx::AssertSqlSafe(create)).execute(&mut admin).await.unwrap();
    let mut own = url::Url::parse(url).unwrap();
    own.set_path(&name);
    (admin, own.to_string())
}

#[tokio::test]
async fn a_server_database_from_a_newer_runwell_or_of_another_program_is_refused() {
    use sqlx::Connection as _;
    let what = "a_server_database_from_a_newer_runwell_or_of_another_program_is_refused";
    let Some(url) = runwell_store::testing::server_url(what) else { return };
    let (mut admin, newer) = own_database(&url, "runwell_t_newer").await;
    let store = Store::open_url(&newer).await.unwrap();
    let me = store.only_runner().await.unwrap();
    store.set_setting(me, "kept", "yes").await.unwrap();
    store.close().await;
    let mut conn = sqlx::PgConnection::connect(&newer).await.unwrap();
    sqlx::raw_sql(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (9999, 'from the future', true, '\\x00', 0)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    let err = Store::open_url(&newer).await.unwrap_err();
    assert!(matches!(err, StoreError::NewerDatabase { found: 9999, .. }), "{err}");
    let password = url::Url::parse(&newer).unwrap().password().unwrap_or("").to_owned();
    assert!(!err.to_string().contains(&format!(":{password}@")), "no password: {err}");
    let kept: String = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'kept'")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(kept, "yes", "left as it was");
    conn.close().await.unwrap();

    let (_, other) = own_database(&url, "runwell_t_other").await;
    let mut conn = sqlx::PgConnection::connect(&other).await.unwrap();
    sqlx::raw_sql("CREATE TABLE notes (text TEXT)").execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    let err = Store::open_url(&other).await.unwrap_err();
    assert!(matches!(err, StoreError::NotRunwell { .. }), "{err}");
    for db in [newer, other] {
        let name = url::Url::parse(&db).unwrap().path().trim_start_matches('/').to_owned();
        let drop = format!("DROP DATABASE {name} WITH (FORCE)");
        sqlx::raw_sql(sqlx::AssertSqlSafe(drop)).execute(&mut admin).await.unwrap();
    }
}

//! The import use case against a real database: issue 12's items as the app sees them (the
//! import crate's own tests cover the readers' limits).

use std::path::PathBuf;

use runwell_import::corpus::{self, Run, hostile};

use super::*;

struct Fixture {
    dir: tempfile::TempDir,
    app: App,
}

impl Fixture {
    async fn new() -> Fixture {
        let (dir, app) = crate::test_support::empty_app().await;
        Fixture { dir, app }
    }

    /// On a SQLite file whatever the tests' engine: a full disk is met there by capping the
    /// file's pages; PostgreSQL's failed writes go through the same write guard (the store's
    /// conformance suite stores a file that fails half-way on both).
    async fn on_sqlite() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let app = App::open(Some(&dir.path().join("runwell.db"))).await.unwrap();
        Fixture { dir, app }
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    async fn import(&self, paths: Vec<PathBuf>, limits: &Limits) -> ImportReport {
        self.app.import_paths(paths, limits, false, |_| {}).await.unwrap()
    }
}

fn fit(seed: u64) -> Vec<u8> {
    corpus::fit(&Run { start: 1_700_000_000 + seed as i64 * 86_400, seconds: 300, seed })
}

fn reason(file: &FileReport) -> &str {
    file.reason.as_deref().unwrap_or("")
}

#[tokio::test]
async fn item_9_implausible_activities_are_refused_and_the_rest_stored() {
    let f = Fixture::new().await;
    let paths = vec![
        f.file("implausible.tcx", &hostile::tcx_implausible()),
        f.file("future.gpx", &hostile::gpx_in_year(9999)),
        f.file("ancient.gpx", &hostile::gpx_in_year(1)),
        f.file("good.fit", &fit(1)),
    ];
    let report = f.import(paths, &Limits::default()).await;
    assert_eq!((report.imported, report.failed), (1, 3), "{report:#?}");
    let check = |i: usize, phrase: &str| {
        let file = &report.files[i];
        assert_eq!(file.outcome, Outcome::Failed);
        assert!(reason(file).contains(phrase), "{}", reason(file));
    };
    check(0, "a distance of 1e300 m is not plausible");
    check(1, "9999-01-01 is not a plausible day for a run");
    check(2, "0001-01-01 is not a plausible day for a run");
    assert_eq!(f.app.store().runs(f.app.runner, None).await.unwrap().len(), 1);
}

#[tokio::test]
async fn item_10_an_activities_csv_that_stores_nothing_is_not_reported_imported() {
    let f = Fixture::new().await;
    let csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,\
               Activity Gear,Filename,Moving Time,Distance\n\
               1,\"Nov 14, 2023, 10:13:20 PM\",Run,Run,300,1.0,,activities/1.fit,300,1000\n\
               2,,Yoga,Yoga,,,,,,\n";
    let zip = hostile::zip_of(&[("activities.csv", csv.as_bytes()), ("activities/1.fit", &fit(0))]);
    let report = f.import(vec![f.file("export.zip", &zip)], &Limits::default()).await;
    let csv = report.files.iter().find(|r| r.path.ends_with("activities.csv")).unwrap();
    assert_eq!(csv.outcome, Outcome::NotActivity, "{csv:?}");
    assert!(reason(csv).starts_with("there was nothing in it to import"), "{}", reason(csv));
    assert!(reason(csv).contains("\"Yoga\" (Yoga)"), "{}", reason(csv));
    assert_eq!(report.imported, 1);
}

#[tokio::test]
async fn item_1_a_file_of_many_activities_is_stored_in_parts_and_found_again() {
    let f = Fixture::new().await;
    let limits = Limits { max_runs_per_transaction: 10, ..Limits::default() };
    let export = f.file("export.zip", &hostile::strava_rows(25));
    let report = f.import(vec![export.clone()], &limits).await;
    let csv = &report.files[0];
    assert_eq!((csv.outcome, csv.run_ids.len()), (Outcome::Imported, 25), "{csv:?}");
    let mut hashes: Vec<String> = f
        .app
        .store()
        .runs(f.app.runner, None)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|r| r.run.content_hash)
        .collect();
    hashes.dedup();
    assert_eq!(hashes.len(), 3, "three transactions of at most 10: {hashes:?}");
    assert!(hashes[1].ends_with("#2") && hashes[2].ends_with("#3"), "{hashes:?}");
    let again = f.import(vec![export], &limits).await;
    assert_eq!(
        (again.files[0].outcome, again.files[0].run_ids.len()),
        (Outcome::Duplicate, 25),
        "{again:#?}"
    );
}

#[tokio::test]
async fn item_5_one_import_at_a_time() {
    let f = Fixture::new().await;
    let path = f.file("good.fit", &fit(2));
    let turn = f.app.import_turn().unwrap();
    let busy = f.app.import_paths(vec![path.clone()], &Limits::default(), false, |_| {}).await;
    assert!(matches!(busy, Err(AppError::ImportBusy)), "{busy:?}");
    assert!(busy.unwrap_err().to_string().contains("nothing of them was read"));
    drop(turn);
    assert_eq!(f.import(vec![path], &Limits::default()).await.imported, 1);
}

#[tokio::test]
async fn item_6_a_full_disk_fails_one_file_and_the_next_one_lands() {
    let f = Fixture::on_sqlite().await;
    assert_eq!(f.import(vec![f.file("first.fit", &fit(3))], &Limits::default()).await.imported, 1);
    f.app.cap_database_growth_for_test(1).await.unwrap();
    let paths = vec![f.file("many.zip", &hostile::strava_rows(200)), f.file("next.fit", &fit(4))];
    // More runs than one transaction holds: the export is stored on its own, in parts, the
    // first of which meets the full disk (the cap goes with the connection it fails on).
    let limits = Limits { max_runs_per_transaction: 150, ..Limits::default() };
    let report = f.import(paths, &limits).await;
    let full = &report.files[0];
    assert_eq!(full.outcome, Outcome::Failed, "{report:#?}");
    assert!(
        reason(full).contains("nothing of it was kept")
            && reason(full).contains("the disk is full"),
        "{}",
        reason(full)
    );
    assert_eq!(report.files[1].outcome, Outcome::Imported, "{report:#?}");
    assert_eq!(f.app.store().runs(f.app.runner, None).await.unwrap().len(), 2);
    // Only the files stored whole are known by their fingerprint: the failed one is read again.
    assert_eq!(f.app.store().known_fingerprints(f.app.runner).await.unwrap().len(), 2);
}

#[tokio::test]
async fn issue_15_files_are_stored_together_and_one_by_one_when_that_fails() {
    let f = Fixture::on_sqlite().await;
    // An hour of samples each: more than the page of growth the cap below leaves.
    let hour = |seed: u64| {
        corpus::fit(&Run { start: 1_700_000_000 + seed as i64 * 86_400, seconds: 3600, seed })
    };
    let files = |f: &Fixture, k: u64| {
        vec![
            f.file(&format!("a{k}.fit"), &hour(10 + k)),
            f.file(&format!("export{k}.zip"), &hostile::strava_rows(20)),
            f.file(&format!("b{k}.fit"), &hour(20 + k)),
        ]
    };
    // Together, in one transaction.
    let first = f.import(files(&f, 1), &Limits::default()).await;
    assert_eq!((first.imported, first.failed), (3, 0), "{first:#?}");
    let store = f.app.store();
    assert_eq!(store.runs(f.app.runner, None).await.unwrap().len(), 22);
    let generation = store.generation(f.app.runner);
    let known = store.known_fingerprints(f.app.runner).await.unwrap().len();
    // The transaction of all three meets a full disk and is undone; each file is then stored
    // alone (on a fresh connection, without the cap), so nothing is lost.
    f.app.cap_database_growth_for_test(1).await.unwrap();
    let second = f.import(files(&f, 2), &Limits::default()).await;
    let outcomes: Vec<Outcome> = second.files.iter().map(|file| file.outcome).collect();
    assert_eq!(outcomes, [Outcome::Imported, Outcome::Duplicate, Outcome::Imported], "{second:#?}");
    // One commit each for the two new files (the export, the same bytes, is known by its
    // fingerprint and not stored again); stored together they would have been one.
    let moved = store.generation(f.app.runner) - generation;
    assert_eq!(moved, 2, "each file its own transaction");
    assert_eq!(store.runs(f.app.runner, None).await.unwrap().len(), 24);
    assert_eq!(store.known_fingerprints(f.app.runner).await.unwrap().len(), known + 2);
}

#[tokio::test]
async fn issue_15_an_unchanged_file_is_known_by_its_fingerprint() {
    let f = Fixture::new().await;
    let bytes = corpus::gzip(&fit(5));
    let paths = vec![f.file("run.fit.gz", &bytes), f.file("export.zip", &hostile::strava_rows(3))];
    let first = f.import(paths.clone(), &Limits::default()).await;
    assert_eq!(first.imported, 2, "{first:#?}");
    let known = f.app.store().known_fingerprints(f.app.runner).await.unwrap();
    let fingerprint = runwell_import::fingerprint(&bytes);
    let hash = runwell_import::content_hash(&fit(5));
    assert_eq!(known.get(&fingerprint), Some(&hash), "the gzip's fingerprint, the FIT's hash");
    let again = f.import(paths, &Limits::default()).await;
    assert_eq!((again.imported, again.duplicates), (0, 2), "{again:#?}");
    for (before, after) in first.files.iter().zip(&again.files) {
        assert_eq!((after.outcome, reason(after)), (Outcome::Duplicate, "already imported"));
        assert_eq!(after.run_ids, before.run_ids, "{}", after.path);
    }
}

#[tokio::test]
async fn issue_15_a_runner_imported_before_blake3_keeps_sha256_and_knows_the_file() {
    let (dir, app) = crate::test_support::app().await;
    let f = Fixture { dir, app };
    let bytes = fit(6);
    let path = f.file("run.fit", &bytes);
    let first = f.import(vec![path.clone()], &Limits::default()).await;
    let id = first.files[0].run_ids[0];
    let blake3 = runwell_import::content_hash(&bytes);
    assert!(blake3.starts_with(HashScheme::BLAKE3_PREFIX), "{blake3}");
    let run = f.app.store().run(f.app.runner, id).await.unwrap().unwrap();
    assert_eq!(run.run.content_hash.as_deref(), Some(blake3.as_str()), "a new runner's hash");
    // As an older runwell stored it: the SHA-256 of the file, no fingerprint yet. Then the
    // runner corrects the distance by a fifth, so that the run no longer looks like the file's.
    let sha256 = HashScheme::Sha256.hash(&bytes);
    f.app.store().rehash_for_test(f.app.runner, &blake3, &sha256).await.unwrap();
    let run = f.app.store().run(f.app.runner, id).await.unwrap().unwrap();
    assert_eq!(run.run.content_hash.as_deref(), Some(sha256.as_str()), "as an older runwell");
    let mut input = f.app.run_input(id).await.unwrap();
    let km: f64 = input.distance_km.parse().unwrap();
    input.distance_km = format!("{:.2}", km * 1.2);
    f.app.edit_run(id, &input).await.unwrap();
    // The file is still known as itself, by the old hash, and is not stored a second time.
    let again = f.import(vec![path.clone()], &Limits::default()).await;
    assert_eq!((again.imported, again.duplicates), (0, 1), "{again:#?}");
    assert_eq!(again.files[0].run_ids, vec![id]);
    assert_eq!(reason(&again.files[0]), "already imported");
    assert_eq!(f.app.store().runs(f.app.runner, None).await.unwrap().len(), 1);
    // Its fingerprint is now recorded with the same old hash: a third import reads nothing.
    let known = f.app.store().known_fingerprints(f.app.runner).await.unwrap();
    assert_eq!(known.get(&HashScheme::Sha256.fingerprint(&bytes)), Some(&sha256));
    let third = f.import(vec![path], &Limits::default()).await;
    assert_eq!(third.files[0].run_ids, vec![id], "{third:#?}");
}

/// An export of `rows` runs by hand, each in the shoe `gear`.
fn strava_in(gear: &str, rows: usize) -> Vec<u8> {
    let mut csv = String::from(
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,\
         Activity Gear,Filename,Moving Time,Distance\n",
    );
    for i in 0..rows {
        let date = jiff::Timestamp::from_second(1_600_000_000 + i as i64 * 3600)
            .unwrap()
            .strftime("%b %-d, %Y, %-I:%M:%S %p");
        csv.push_str(&format!("{i},\"{date}\",Run {i},Run,1800,5.0,{gear},,1800,5000\n"));
    }
    hostile::zip_of(&[("export/activities.csv", csv.as_bytes())])
}

#[tokio::test(flavor = "multi_thread")]
async fn a_shoe_named_by_a_file_that_fails_is_not_left_behind() {
    let f = Fixture::on_sqlite().await;
    f.app.cap_database_growth_for_test(1).await.unwrap();
    let report = f
        .import(vec![f.file("full.zip", &strava_in("Trail Glove", 200))], &Limits::default())
        .await;
    assert_eq!(report.failed, 1, "{report:#?}");
    assert!(
        f.app.store().shoes(f.app.runner).await.unwrap().is_empty(),
        "the file's shoe went with it"
    );
    let report =
        f.import(vec![f.file("again.zip", &strava_in("Trail Glove", 3))], &Limits::default()).await;
    assert_eq!(report.imported, 1, "{report:#?}");
    let shoes = f.app.store().shoes(f.app.runner).await.unwrap();
    assert_eq!(shoes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Trail Glove"]);
    let runs = f.app.store().runs(f.app.runner, None).await.unwrap();
    assert!(runs.len() == 3 && runs.iter().all(|r| r.run.shoe_id == Some(shoes[0].id)));
}

#[tokio::test(flavor = "multi_thread")]
async fn every_real_file_keeps_its_samples_through_the_store() {
    let Some(root) = corpus::shared_testdata(env!("CARGO_MANIFEST_DIR")) else { return };
    let f = Fixture::new().await;
    let dirs = ["fit", "gpx", "tcx"].map(|d| root.join(d)).to_vec();
    let report = f.import(dirs, &Limits::default()).await;
    let mut compared = 0;
    for file in report.files.iter().filter(|file| file.outcome == Outcome::Imported) {
        let parsed = runwell_import::parse_file(&std::fs::read(&file.path).unwrap()).unwrap();
        for (a, id) in parsed.activities.iter().zip(&file.run_ids) {
            let stored = f.app.store().run_streams(f.app.runner, *id).await.unwrap();
            let expected = (!a.streams.is_empty()).then(|| a.streams.clone());
            assert_eq!(stored, expected, "{}", file.path);
            assert_eq!(
                f.app
                    .run_samples(*id, 300, runwell_domain::DistanceUnit::Km)
                    .await
                    .unwrap()
                    .problem,
                None
            );
            compared += 1;
        }
    }
    assert!(compared >= 50, "only {compared} runs compared: {report:#?}");
}

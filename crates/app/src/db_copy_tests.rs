//! A real imported history copied from a file into a server database and back into a new
//! file is the same record: the same rows and blobs, and the same answer from Today on every
//! day of it.

use runwell_import::corpus;

use super::*;
use crate::test_support::{morning, strength_record};
use crate::{ImportLimits, ProfileInput, ShoeInput};

/// Today's answer on `d` as JSON, each run named by its place among the runner's runs rather
/// than by its id (each database numbers its rows its own way).
async fn today(app: &App, d: runwell_domain::LocalDay) -> serde_json::Value {
    let ids: Vec<i64> = app.runs(None).await.unwrap().iter().map(|r| r.id).collect();
    let mut json = serde_json::to_value(&*app.today(Some(d)).await.unwrap()).unwrap();
    by_place(&mut json, &ids);
    json
}

fn by_place(json: &mut serde_json::Value, ids: &[i64]) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value.as_i64() {
                    Some(id) if key == "run_id" => {
                        let place =
                            ids.iter().position(|&i| i == id).expect("a run of the runner's");
                        *value = serde_json::json!(format!("run #{place}"));
                    }
                    _ => by_place(value, ids),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| by_place(v, ids)),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_copy_of_a_copy_of_a_real_history_is_the_same_record() {
    let Some(root) = corpus::shared_testdata(env!("CARGO_MANIFEST_DIR")) else { return };
    let dir = tempfile::tempdir().unwrap();
    let original = App::open(Some(&dir.path().join("original.db"))).await.unwrap();
    original
        .save_profile(&ProfileInput {
            time_zone: "Europe/Copenhagen".into(),
            run_days: "tue,thu,sun".into(),
            strength_days: "mon,fri".into(),
            distance_unit: Some("mi".into()),
            ..ProfileInput::default()
        })
        .await
        .unwrap();
    original
        .add_shoe(&ShoeInput { name: "Pegasus".into(), default: true, ..ShoeInput::default() })
        .await
        .unwrap();
    let dirs = ["fit", "gpx", "tcx"].map(|d| root.join(d)).to_vec();
    let report =
        original.import_paths(dirs, &ImportLimits::default(), false, |_| {}).await.unwrap();
    let runs = original.runs(None).await.unwrap();
    assert!(runs.len() >= 50, "{} runs: {report:#?}", runs.len());
    // A diary around the runs: mornings, a session, a check, and a run deleted after import.
    let (first, last) = (runs[0].day, runs[runs.len() - 1].day);
    morning(&original, &first.to_string(), 1).await;
    morning(&original, &last.to_string(), 3).await;
    original.record_session(&strength_record(1, true, 1), Some(last), true).await.unwrap();
    original.check(&[("limping".into(), false)], Some(last)).await.unwrap();
    original.delete_run(runs[1].id).await.unwrap();

    // Into a server database as a new runner (or, without one, another file), then back.
    let server = runwell_store::testing::server_url("the copy round trip");
    let middle_at = match server {
        Some(url) => Database::Url(url),
        None => Database::File(Some(dir.path().join("middle.db"))),
    };
    let there = original.copy_to(&middle_at, Some("copied")).await.unwrap();
    let middle = App::open_for(&middle_at, Some(there.runner_id)).await.unwrap();
    let back_at = Database::File(Some(dir.path().join("back.db")));
    middle.copy_to(&back_at, None).await.unwrap();
    let back = App::open_at(&back_at).await.unwrap();
    assert_eq!(
        there.rows,
        back.store()
            .dump_runner(back.runner)
            .await
            .map(|d| {
                d.iter()
                    .map(|(t, rows)| CopiedTable { table: (*t).to_owned(), rows: rows.len() })
                    .collect::<Vec<_>>()
            })
            .unwrap()
    );

    let dump = original.store().dump_runner(original.runner).await.unwrap();
    assert!(
        dump.iter().all(|(table, rows)| !rows.is_empty() || *table == "settings"),
        "{:?}",
        dump.iter().map(|(t, r)| (t, r.len())).collect::<Vec<_>>()
    );
    assert_eq!(middle.store().dump_runner(middle.runner).await.unwrap(), dump, "the copy");
    assert_eq!(back.store().dump_runner(back.runner).await.unwrap(), dump, "the copy's copy");

    let mut d = first.plus_days(-1);
    let mut days = 0;
    while d <= last.plus_days(10) {
        let said = today(&original, d).await;
        assert_eq!(today(&back, d).await, said, "{d}");
        assert_eq!(today(&middle, d).await, said, "{d}");
        d = d.plus_days(1);
        days += 1;
    }
    assert!(days > 30, "{days} days");
    // A file that already holds someone's record is refused and left as it was.
    let err = original.copy_to(&back_at, None).await.unwrap_err();
    assert!(err.to_string().contains("already holds a runner's data"), "{err}");
    assert_eq!(back.store().dump_runner(back.runner).await.unwrap(), dump);
}

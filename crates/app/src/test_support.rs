//! What the app's tests share: a runner with a profile, and runs, mornings and sessions to log.

use runwell_domain::programme::RoutineKind;
use runwell_domain::session::{SessionRecord, SetRecord};
use runwell_domain::{LocalDay, PainScore};

use crate::{App, PainInput, ProfileInput, RunInput, programme};

pub(crate) fn day(text: &str) -> LocalDay {
    LocalDay::parse(text).unwrap()
}

/// The engine the app's tests run on: SQLite, or PostgreSQL with `RUNWELL_TEST_ENGINE=postgres`
/// (`scripts/test` runs them once on each when a server is given, and always on CI).
pub(crate) const ENGINE_VAR: &str = "RUNWELL_TEST_ENGINE";

/// An app with nothing stored yet, on a fresh SQLite file in the folder it returns or, with
/// `RUNWELL_TEST_ENGINE=postgres`, acting for a new runner of the test server's database.
pub(crate) async fn empty_app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let app = match std::env::var(ENGINE_VAR).as_deref() {
        Ok("postgres") => {
            let what = std::thread::current().name().unwrap_or("an app test").to_owned();
            let Some((store, me)) = runwell_store::testing::server_runner(&what).await else {
                panic!("{ENGINE_VAR}=postgres needs a server: set runwell_store's test URL")
            };
            App::with(store, me)
        }
        _ => App::open(Some(&dir.path().join("runwell.db"))).await.unwrap(),
    };
    (dir, app)
}

/// An app on a fresh database, with a runner in London who runs Monday, Wednesday and Saturday
/// and does strength on Tuesday and Friday.
pub(crate) async fn app() -> (tempfile::TempDir, App) {
    let (dir, app) = empty_app().await;
    app.save_profile(&ProfileInput {
        time_zone: "Europe/London".into(),
        run_days: "mon,wed,sat".into(),
        strength_days: "tue,fri".into(),
        ..ProfileInput::default()
    })
    .await
    .unwrap();
    (dir, app)
}

/// A 6 km run at 07:30 with effort `rpe`.
pub(crate) async fn run(app: &App, date: String, rpe: i64) {
    let input = RunInput {
        date,
        time: Some("07:30".into()),
        distance_km: "6".into(),
        duration: "36:00".into(),
        rpe: Some(rpe.to_string()),
        ..RunInput::default()
    };
    app.log_run(&input).await.unwrap();
}

/// The strength routine at level `app_levels` throughout, every set done (or none), with pain
/// `pain` during it.
pub(crate) fn strength_record(app_levels: u8, done_all: bool, pain: i64) -> SessionRecord {
    let programme = programme().unwrap();
    let dose = programme.routine_dose(RoutineKind::Strength, |_| app_levels).unwrap();
    let sets = SetRecord::all_of(&dose, |_, _, target| if done_all { target } else { 0 });
    SessionRecord {
        routine: RoutineKind::Strength,
        sets,
        duration_s: 900,
        finished: true,
        pain: Some(PainScore::new(pain).unwrap()),
        rpe: Some(runwell_domain::Rpe::new(4).unwrap()),
        key: None,
    }
}

/// A next-morning pain entry.
pub(crate) async fn morning(app: &App, date: &str, score: i64) {
    let input = PainInput {
        date: date.into(),
        when: "morning".into(),
        score: score.to_string(),
        ..PainInput::default()
    };
    app.log_pain(&input).await.unwrap();
}

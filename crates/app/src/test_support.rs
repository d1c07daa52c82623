//! What the app's tests share: a runner with a profile, and runs, mornings and sessions to log.

use runwell_domain::programme::RoutineKind;
use runwell_domain::session::{SessionRecord, SetRecord};
use runwell_domain::{LocalDay, PainScore};

use crate::{App, PainInput, ProfileInput, RunInput, programme};

pub(crate) fn day(text: &str) -> LocalDay {
    LocalDay::parse(text).unwrap()
}

/// An app on a fresh database, with a runner in London who runs Monday, Wednesday and Saturday
/// and does strength on Tuesday and Friday.
pub(crate) async fn app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(Some(&dir.path().join("runwell.db"))).await.unwrap();
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

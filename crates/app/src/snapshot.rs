//! An in-memory snapshot of the runner's data, so that reading Today or the runs list does not
//! read the whole database on every request. It is loaded at one write generation of the store
//! and replaced after any write (`cache.rs`); the views computed from it are memoised with it.

use std::sync::Arc;

use tokio::sync::OnceCell;

use runwell_domain::diary::{History, RunRecord, SessionPain};
use runwell_domain::triage::Answer;
use runwell_domain::{DistanceM, DurationS, HeartRate, LocalDay, PainScore, Profile};
use runwell_store::{RunFacts, RunnerId, Store};

use crate::cache::{MemoKey, Memos};
use crate::settings::{DISTANCE_UNIT, RECENT_LONGEST_DAY, RECENT_LONGEST_KM};
use crate::{App, AppError, RunView};

/// Everything the advice reads, as of one generation.
#[derive(Debug)]
pub(crate) struct Snapshot {
    pub(crate) profile: Profile,
    pub(crate) history: History,
    pub(crate) answers: Vec<Answer>,
    /// The runs as views, read and made the first time a view asks ([`Snapshot::runs`]):
    /// Today and the trend never do. The advice reads only [`RunFacts`]; a run's texts, its
    /// shoe's name, its local time and formatted start were, on a cold `runwell today` over ten
    /// years of runs, the longest of its reads and a good part of its work.
    views: OnceCell<Vec<RunView>>,
    /// Where the views are read from.
    store: Store,
    runner: RunnerId,
    /// The unit the runner reads distances in.
    pub(crate) unit: runwell_domain::DistanceUnit,
    memos: Memos,
}

impl Snapshot {
    /// Every run as a view, oldest first, read the first time it is asked for. A write that
    /// lands between the snapshot's load and this read shows in the views and not yet in
    /// `history` (the next snapshot has it in both): a list shows the runs as they are, and
    /// nothing joins the two but by a run's id, which a missing run simply does not match.
    pub(crate) async fn runs(&self) -> Result<&[RunView], AppError> {
        let views = self
            .views
            .get_or_try_init(|| async {
                let stored = self.store.runs(self.runner, None).await?;
                let zone = &self.profile.time_zone;
                Ok::<_, AppError>(stored.iter().map(|r| RunView::new(r, zone, self.unit)).collect())
            })
            .await?;
        Ok(views)
    }

    /// `compute()`'s answer for `key`, computed once for this snapshot.
    pub(crate) fn memo<K: MemoKey>(
        &self,
        key: K,
        compute: impl FnOnce() -> K::Value,
    ) -> Arc<K::Value> {
        self.memos.get(key, compute)
    }

    async fn load(store: &Store, runner: RunnerId) -> Result<Snapshot, AppError> {
        // The reads go out together: on a server each is a round trip, and the pool has
        // connections enough for all of them. A file's two readers take them in turn, in this
        // order: the two long ones first, one a reader, so that neither waits behind the other
        // or behind the short ones.
        let (runs, pain, profile, longest, longest_on, sessions, loads, shoes, answers, unit) = tokio::try_join!(
            store.run_facts(runner),
            store.pain_entries(runner),
            store.profile(runner),
            store.setting(runner, RECENT_LONGEST_KM),
            store.setting(runner, RECENT_LONGEST_DAY),
            store.sessions(runner),
            store.session_loads(runner),
            store.shoes(runner),
            store.answers(runner),
            store.setting(runner, DISTANCE_UNIT),
        )?;
        let profile = profile.ok_or(AppError::NoProfile)?;
        let declared_longest =
            longest.and_then(|v| v.parse::<f64>().ok()).and_then(|k| DistanceM::from_km(k).ok());
        let declared_on = longest_on.and_then(|v| LocalDay::parse(&v).ok());
        // DATA-7: the pain answered at the end of each exercise session.
        let session_pain = sessions
            .into_iter()
            .filter_map(|s| {
                let score = PainScore::new(i64::from(s.pain?)).ok()?;
                Some(SessionPain { day: s.day, routine: s.routine, score })
            })
            .collect();
        let history = History {
            runs: runs.iter().map(|r| record(r, &profile)).collect(),
            pain,
            sessions: loads,
            session_pain,
            declared_longest,
            declared_on,
            shoes,
        };
        let unit = unit.and_then(|u| u.parse().ok()).unwrap_or_default();
        let (views, store, memos) = (OnceCell::new(), store.clone(), Memos::default());
        Ok(Snapshot { profile, history, answers, views, store, runner, unit, memos })
    }
}

/// A stored run as the rules see it, on the runner's local day.
fn record(run: &RunFacts, profile: &Profile) -> RunRecord {
    let start = jiff::Timestamp::from_second(run.start_utc).unwrap_or_default();
    RunRecord {
        id: run.id,
        day: profile.time_zone.day_of(start),
        sport: run.sport,
        distance: DistanceM::new(run.distance_m).unwrap_or_default(),
        duration: DurationS::new(run.moving_s.unwrap_or(run.elapsed_s)).unwrap_or_default(),
        rpe: run.rpe,
        avg_hr: run.avg_hr.and_then(|h| HeartRate::new(i64::from(h)).ok()),
        surface: run.surface,
        shoe_id: run.shoe_id,
        cadence_spm: run.cadence_spm,
    }
}

impl App {
    /// The runner's data as of now, loaded from the store when it changed since the last read.
    pub(crate) async fn snapshot(&self) -> Result<Arc<Snapshot>, AppError> {
        let (store, runner) = (self.store(), self.runner);
        self.cache.get(|| store.generation(runner), Snapshot::load(store, runner)).await
    }

    /// The snapshot held, if nothing was written since it was read.
    pub(crate) fn current_snapshot(&self) -> Option<Arc<Snapshot>> {
        self.cache.current(self.store().generation(self.runner))
    }
}

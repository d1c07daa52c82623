//! An in-memory snapshot of the runner's data, so that reading Today or the runs list does not
//! read the whole database on every request.
//!
//! runwell is the only writer of its database, and every write goes through an `App` method that
//! calls [`App::changed`] when it is done. A snapshot is tagged with the generation it was read
//! at; after a write the generation moves on and the next read loads a fresh snapshot.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use runwell_domain::diary::{History, RunRecord, SessionPain};
use runwell_domain::triage::Answer;
use runwell_domain::{DistanceM, DurationS, HeartRate, LocalDay, PainScore, Profile};
use runwell_store::StoredRun;

use crate::advice::{RECENT_LONGEST_DAY, RECENT_LONGEST_KM, TodayView};
use crate::{App, AppError};

/// Everything the advice reads, as of one generation.
#[derive(Debug)]
pub(crate) struct Snapshot {
    pub profile: Profile,
    pub history: History,
    pub answers: Vec<Answer>,
    pub runs: Vec<StoredRun>,
    /// Today's answer per day asked for, computed once per snapshot.
    pub today: Memo<LocalDay, TodayView>,
    /// The weekly and load chart data per (day, span) asked for.
    pub weekly_charts: Memo<(LocalDay, u32), Vec<runwell_domain::trend::WeekRow>>,
    pub load_charts: Memo<(LocalDay, u32), crate::charts::LoadSeries>,
}

/// Answers derived from one snapshot, kept with it so that they go when it goes.
pub(crate) type Memo<K, T> = Mutex<HashMap<K, Arc<T>>>;

/// `compute()`'s answer for `key`, computed once per snapshot. Computed outside the lock: two
/// requests at once may both compute, neither waits.
pub(crate) fn memo<K: std::hash::Hash + Eq, T>(
    slot: &Memo<K, T>,
    key: K,
    compute: impl FnOnce() -> T,
) -> Arc<T> {
    if let Some(hit) = slot.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Arc::clone(hit);
    }
    let value = Arc::new(compute());
    let mut entries = slot.lock().unwrap_or_else(|e| e.into_inner());
    Arc::clone(entries.entry(key).or_insert(value))
}

#[derive(Debug, Default)]
pub(crate) struct Cache {
    generation: AtomicU64,
    snapshot: Mutex<Option<(u64, Arc<Snapshot>)>>,
    /// Serialises loading, so that a burst of requests after a write loads once.
    loading: tokio::sync::Mutex<()>,
}

/// A stored run as the rules see it, on the runner's local day.
fn record(run: &StoredRun, profile: &Profile) -> RunRecord {
    let start = jiff::Timestamp::from_second(run.run.start_utc).unwrap_or_default();
    RunRecord {
        id: run.id,
        day: profile.time_zone.day_of(start),
        sport: run.run.sport.unwrap_or(runwell_domain::Sport::Run),
        distance: DistanceM::new(run.run.distance_m).unwrap_or_default(),
        duration: DurationS::new(run.run.moving_s.unwrap_or(run.run.elapsed_s)).unwrap_or_default(),
        rpe: run.run.rpe,
        avg_hr: run.run.avg_hr.and_then(|h| HeartRate::new(i64::from(h)).ok()),
        surface: run.run.surface,
        shoe_id: run.run.shoe_id,
        cadence_spm: run.run.cadence_median_spm.or(run.run.avg_cadence_spm),
    }
}

impl App {
    /// Marks the runner's data as changed: the next read loads a fresh snapshot.
    pub(crate) fn changed(&self) {
        self.cache.generation.fetch_add(1, Ordering::SeqCst);
    }

    fn current(&self) -> Option<Arc<Snapshot>> {
        let generation = self.cache.generation.load(Ordering::SeqCst);
        let slot = self.cache.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        slot.as_ref().filter(|(g, _)| *g == generation).map(|(_, s)| Arc::clone(s))
    }

    /// The runner's data as of now, loaded from the store when it changed since the last read.
    pub(crate) async fn snapshot(&self) -> Result<Arc<Snapshot>, AppError> {
        if let Some(snapshot) = self.current() {
            return Ok(snapshot);
        }
        let _guard = self.cache.loading.lock().await;
        if let Some(snapshot) = self.current() {
            return Ok(snapshot);
        }
        let generation = self.cache.generation.load(Ordering::SeqCst);
        let store = self.store();
        let profile = store.profile().await?.ok_or(AppError::NoProfile)?;
        let runs = store.runs(None).await?;
        let declared_longest = store
            .setting(RECENT_LONGEST_KM)
            .await?
            .and_then(|v| v.parse::<f64>().ok())
            .and_then(|k| DistanceM::from_km(k).ok());
        let declared_on =
            store.setting(RECENT_LONGEST_DAY).await?.and_then(|v| LocalDay::parse(&v).ok());
        // DATA-7: the pain answered at the end of each exercise session.
        let session_pain = store
            .sessions()
            .await?
            .into_iter()
            .filter_map(|s| {
                let score = PainScore::new(i64::from(s.pain?)).ok()?;
                Some(SessionPain { day: s.day, routine: s.routine, score })
            })
            .collect();
        let history = History {
            runs: runs.iter().map(|r| record(r, &profile)).collect(),
            pain: store.pain_entries().await?,
            sessions: store.session_loads().await?,
            session_pain,
            declared_longest,
            declared_on,
            shoes: store.shoes().await?,
        };
        let snapshot = Arc::new(Snapshot {
            profile,
            history,
            answers: store.answers().await?,
            runs,
            today: Memo::default(),
            weekly_charts: Memo::default(),
            load_charts: Memo::default(),
        });
        *self.cache.snapshot.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((generation, Arc::clone(&snapshot)));
        Ok(snapshot)
    }
}

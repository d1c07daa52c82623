//! The clinician's list: one row per runner who shares with her, each from that runner's own
//! app (and so from her snapshot, memoised like her own pages), red flags first.

use std::collections::HashMap;

use runwell_domain::LocalDay;
use runwell_store::RunnerId;

use super::{Account, AccountRole, Server};
use crate::{App, AppError, Overview, local_today};

/// Overviews kept at once; past it they are all dropped and made again as asked.
const MAX_KEPT_OVERVIEWS: usize = 10_000;
/// How long a clinician's list of sharing runners, as read, is taken as it is. A share or an
/// unshare through this server changes it at once; one made through another process is seen
/// within this time. The runner's own pages are checked afresh at every view.
pub(crate) const SHARES_KEPT_FOR: std::time::Duration = std::time::Duration::from_secs(1);

/// Each clinician's sharing runners as last read.
#[derive(Debug, Default)]
pub(crate) struct Shares(HashMap<i64, (std::time::Instant, Vec<runwell_store::SharedRunner>)>);

/// Each runner's overview by day, with the write generation it was computed at: a clinician's
/// list asks for the same runners again and again, and an overview changes only with a write.
/// After a write one request computes it afresh while the others are given the one before,
/// so that a runner's every write does not hold up every clinician's list behind her
/// snapshot being read again; her own pages, and the clinician's view of them, are exact.
#[derive(Debug, Default)]
pub(crate) struct Overviews(HashMap<(i64, LocalDay), Kept>);

#[derive(Debug)]
struct Kept {
    generation: u64,
    overview: Overview,
    /// A request is computing the overview of a newer generation.
    renewing: bool,
}

/// Clears a runner's `renewing` mark however the computing request ends (dropped included).
struct Renewing<'s> {
    overviews: &'s std::sync::Mutex<Overviews>,
    key: (i64, LocalDay),
}

impl Drop for Renewing<'_> {
    fn drop(&mut self) {
        let mut kept = self.overviews.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(k) = kept.0.get_mut(&self.key) {
            k.renewing = false;
        }
    }
}

/// A runner on the clinician's list.
#[derive(Debug, Clone)]
pub struct ClinicRow {
    pub runner_id: i64,
    pub name: String,
    pub email: String,
    /// `None` when the runner has not set up her profile yet.
    pub overview: Option<Overview>,
}

impl Server {
    /// The runners who share with the clinician, as of `day` (today where each lives when
    /// `None`), most urgent first: triage level, then light, then name.
    pub async fn clinic(
        &self,
        clinician: &Account,
        day: Option<LocalDay>,
    ) -> Result<Vec<ClinicRow>, AppError> {
        if clinician.role != AccountRole::Clinician {
            return Err(AppError::NotVisible);
        }
        let mut rows = Vec::new();
        for shared in self.sharing_runners(clinician.id).await? {
            let app = self.app_for(shared.runner).await;
            let overview = match self.overview_of(shared.runner, &app, day).await {
                Ok(overview) => Some(overview),
                Err(AppError::NoProfile) => None,
                Err(e) => return Err(e),
            };
            rows.push(ClinicRow {
                runner_id: shared.runner.get(),
                name: shared.name,
                email: shared.email,
                overview,
            });
        }
        rows.sort_by(|a, b| {
            let rank = |r: &ClinicRow| r.overview.as_ref().map(|o| (o.triage, o.light));
            rank(b).cmp(&rank(a)).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        Ok(rows)
    }
}

impl Server {
    /// `app`'s overview on `day`, computed once per write generation of its runner.
    async fn overview_of(
        &self,
        runner: RunnerId,
        app: &App,
        day: Option<LocalDay>,
    ) -> Result<Overview, AppError> {
        let day = match day {
            Some(day) => day,
            None => local_today(&app.profile().await?),
        };
        let generation = self.store.generation(runner);
        let key = (runner.get(), day);
        {
            let mut kept = self.overviews.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(k) = kept.0.get_mut(&key) {
                if k.generation == generation || k.renewing {
                    return Ok(k.overview.clone());
                }
                k.renewing = true;
            }
        }
        let _renewing = Renewing { overviews: &self.overviews, key };
        let overview = app.overview(Some(day)).await?;
        let mut kept = self.overviews.lock().unwrap_or_else(|p| p.into_inner());
        if kept.0.len() >= MAX_KEPT_OVERVIEWS {
            kept.0.clear();
        }
        let fresh = Kept { generation, overview: overview.clone(), renewing: false };
        kept.0.insert(key, fresh);
        Ok(overview)
    }
}

impl Server {
    /// The runners who share with `clinician`, read at most [`SHARES_KEPT_FOR`] ago.
    async fn sharing_runners(
        &self,
        clinician: i64,
    ) -> Result<Vec<runwell_store::SharedRunner>, AppError> {
        let kept = self.shares.lock().unwrap_or_else(|p| p.into_inner()).0.get(&clinician).cloned();
        if let Some((at, runners)) = kept
            && at.elapsed() < SHARES_KEPT_FOR
        {
            return Ok(runners);
        }
        let runners = self.store.runners_of(clinician).await?;
        let mut kept = self.shares.lock().unwrap_or_else(|p| p.into_inner());
        if kept.0.len() >= MAX_KEPT_OVERVIEWS {
            kept.0.clear();
        }
        kept.0.insert(clinician, (std::time::Instant::now(), runners.clone()));
        Ok(runners)
    }

    /// Forgets `clinician`'s list after a share or an unshare.
    pub(crate) fn forget_shares(&self, clinician: i64) {
        self.shares.lock().unwrap_or_else(|p| p.into_inner()).0.remove(&clinician);
    }
}

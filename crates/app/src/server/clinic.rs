//! The clinician's list: one row per runner who shares with her, each from that runner's own
//! app (and so from her snapshot, memoised like her own pages), red flags first.

use std::collections::HashMap;

use runwell_domain::LocalDay;
use runwell_store::RunnerId;

use super::{Account, AccountRole, Server};
use crate::{App, AppError, Overview, local_today};

/// Overviews kept at once; past it they are all dropped and made again as asked.
const MAX_KEPT_OVERVIEWS: usize = 10_000;

/// Each runner's overview by day, with the write generation it was computed at: a clinician's
/// list asks for the same runners again and again, and an overview changes only with a write.
#[derive(Debug, Default)]
pub(crate) struct Overviews(HashMap<(i64, LocalDay), (u64, Overview)>);

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
        for shared in self.store.runners_of(clinician.id).await? {
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
        let kept = self.overviews.lock().unwrap_or_else(|p| p.into_inner()).0.get(&key).cloned();
        if let Some((at, overview)) = kept
            && at == generation
        {
            return Ok(overview);
        }
        let overview = app.overview(Some(day)).await?;
        let mut kept = self.overviews.lock().unwrap_or_else(|p| p.into_inner());
        if kept.0.len() >= MAX_KEPT_OVERVIEWS {
            kept.0.clear();
        }
        kept.0.insert(key, (generation, overview.clone()));
        Ok(overview)
    }
}

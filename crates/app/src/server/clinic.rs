//! The clinician's list: one row per runner who shares with her, each from that runner's own
//! app (and so from her snapshot, memoised like her own pages), red flags first.

use runwell_domain::LocalDay;

use super::{Account, AccountRole, Server};
use crate::{AppError, Overview};

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
            let overview = match app.overview(day).await {
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

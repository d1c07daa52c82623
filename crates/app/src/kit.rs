//! Shoes, surfaces and cadence (SHOE-1…4, CAD-1…3 and the article's surfaces tip).

use runwell_domain::cadence::{self, CadenceReport};
use runwell_domain::diary::Shoe;
use runwell_domain::shoes::{self, ShoeStatus};
use runwell_domain::surfaces::{self, PainGroup};
use runwell_domain::{DomainError, LocalDay, Surface, Thresholds};
use serde::Serialize;

use crate::settings::DEFAULT_SURFACE;
use crate::{App, AppError, local_today};

/// A shoe as a runner types it.
#[derive(Debug, Clone, Default)]
pub struct ShoeInput {
    pub name: String,
    pub brand: Option<String>,
    pub model: Option<String>,
    pub start_km: Option<f64>,
    pub inspect_km: Option<f64>,
    pub replace_km: Option<f64>,
    pub default: bool,
}

/// Next-morning pain after runs grouped by surface and by shoe: descriptive, not cause.
#[derive(Debug, Clone, Serialize)]
pub struct Comparisons {
    pub by_surface: Vec<PainGroup>,
    pub by_shoe: Vec<PainGroup>,
    pub note: &'static str,
}

fn km_value(name: &str, value: Option<f64>) -> Result<Option<f64>, DomainError> {
    match value {
        Some(v) if !(v.is_finite() && v >= 0.0) => {
            Err(DomainError::Value(format!("{name} is kilometres, 0 or more; got {v}")))
        }
        other => Ok(other),
    }
}

impl App {
    /// Every shoe with its kilometres and state.
    pub async fn shoes(&self, day: Option<LocalDay>) -> Result<Vec<ShoeStatus>, AppError> {
        let snapshot = self.snapshot().await?;
        let today = day.unwrap_or_else(|| local_today(&snapshot.profile));
        Ok(shoes::shoe_statuses(&snapshot.history, &snapshot.profile.shoes, today))
    }

    /// Adds a shoe, or updates the one with the same name.
    pub async fn add_shoe(&self, input: &ShoeInput) -> Result<ShoeStatus, AppError> {
        let name = input.name.trim();
        if name.is_empty() {
            return Err(
                DomainError::Value("a shoe needs a name, e.g. \"Pegasus 41 blue\"".into()).into()
            );
        }
        let inspect_km = km_value("--inspect-km", input.inspect_km)?;
        let replace_km = km_value("--replace-km", input.replace_km)?;
        if let (Some(i), Some(r)) = (inspect_km, replace_km)
            && i > r
        {
            return Err(DomainError::Value(format!(
                "inspect at {i} km comes after replace at {r} km: inspect first"
            ))
            .into());
        }
        let shoe = Shoe {
            id: 0,
            name: name.to_owned(),
            brand: input.brand.clone().filter(|b| !b.trim().is_empty()),
            model: input.model.clone().filter(|m| !m.trim().is_empty()),
            start_km: km_value("--start-km", input.start_km)?.unwrap_or(0.0),
            inspect_km,
            replace_km,
            is_default: input.default,
            retired_on: None,
        };
        let id = self.store().save_shoe(self.runner, &shoe).await?;
        self.shoes(None).await?.into_iter().find(|s| s.shoe.id == id).ok_or_else(|| {
            AppError::Content(format!("shoe {name} was saved but cannot be read back"))
        })
    }

    pub async fn retire_shoe(&self, name: &str, day: Option<LocalDay>) -> Result<(), AppError> {
        let profile = self.profile().await?;
        let day = day.unwrap_or_else(|| local_today(&profile));
        if !self.store().retire_shoe(self.runner, name.trim(), day).await? {
            let known: Vec<String> =
                self.store().shoes(self.runner).await?.into_iter().map(|s| s.name).collect();
            return Err(AppError::NotFound {
                what: "shoe",
                id: name.to_owned(),
                known: known.join(", "),
            });
        }
        Ok(())
    }

    /// The id of the shoe with this name (any case), or which names there are.
    pub async fn shoe_id(&self, name: &str) -> Result<i64, AppError> {
        let shoes = self.store().shoes(self.runner).await?;
        let wanted = name.trim();
        shoes.iter().find(|s| s.name.eq_ignore_ascii_case(wanted)).map(|s| s.id).ok_or_else(|| {
            AppError::NotFound {
                what: "shoe",
                id: name.to_owned(),
                known: shoes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", "),
            }
        })
    }

    /// Renames a pair; the name must be new among the runner's shoes.
    pub async fn rename_shoe(&self, id: i64, new_name: &str) -> Result<(), AppError> {
        let name = new_name.trim();
        if name.is_empty() {
            return Err(crate::input::refused(
                "name",
                runwell_domain::text::Text::new("form-refused-shoe-name-missing"),
            ));
        }
        match self.store().rename_shoe(self.runner, id, name).await {
            Ok(true) => Ok(()),
            Ok(false) => Err(self.no_such_shoe(id).await),
            Err(runwell_store::StoreError::NameTaken(_)) => Err(crate::input::refused(
                "name",
                runwell_domain::text::Text::new("form-refused-shoe-name-taken")
                    .with("name", runwell_domain::text::Arg::Verbatim(format!("{name:?}"))),
            )),
            Err(e) => Err(e.into()),
        }
    }

    /// New runs use this pair.
    pub async fn set_default_shoe(&self, id: i64) -> Result<(), AppError> {
        if self.store().set_default_shoe(self.runner, id).await? {
            Ok(())
        } else {
            Err(self.no_such_shoe(id).await)
        }
    }

    /// Retires a pair by id, from today.
    pub async fn retire_shoe_id(&self, id: i64) -> Result<(), AppError> {
        let name = self.shoe_name(id).await?;
        self.retire_shoe(&name, None).await
    }

    /// Deletes a pair: its runs stay, counted on no pair.
    pub async fn delete_shoe(&self, id: i64) -> Result<String, AppError> {
        let name = self.shoe_name(id).await?;
        self.store().delete_shoe(self.runner, id).await?;
        Ok(format!("Deleted the shoe {name}. Its runs stay, counted on no pair."))
    }

    async fn shoe_name(&self, id: i64) -> Result<String, AppError> {
        let shoes = self.store().shoes(self.runner).await?;
        match shoes.into_iter().find(|s| s.id == id) {
            Some(s) => Ok(s.name),
            None => Err(self.no_such_shoe(id).await),
        }
    }

    async fn no_such_shoe(&self, id: i64) -> AppError {
        let known = match self.store().shoes(self.runner).await {
            Ok(shoes) => shoes.iter().map(|s| s.name.clone()).collect::<Vec<_>>().join(", "),
            Err(_) => String::new(),
        };
        AppError::NotFound { what: "shoe", id: id.to_string(), known }
    }

    /// The surface given to runs that do not tell their own.
    pub async fn default_surface(&self) -> Result<Option<Surface>, AppError> {
        Ok(self.store().setting(self.runner, DEFAULT_SURFACE).await?.and_then(|s| s.parse().ok()))
    }

    pub async fn set_default_surface(&self, surface: &str) -> Result<Surface, AppError> {
        let surface: Surface = surface.parse()?;
        self.store().set_setting(self.runner, DEFAULT_SURFACE, surface.id()).await?;
        Ok(surface)
    }

    /// The cadence baseline, targets and recent runs (CAD-1…3).
    pub async fn cadence(&self, day: Option<LocalDay>) -> Result<CadenceReport, AppError> {
        let snapshot = self.snapshot().await?;
        let today = day.unwrap_or_else(|| local_today(&snapshot.profile));
        Ok(cadence::cadence_report(&snapshot.history, today, &Thresholds::default()))
    }

    /// Next-morning pain grouped by surface and by shoe.
    pub async fn comparisons(&self) -> Result<Comparisons, AppError> {
        let snapshot = self.snapshot().await?;
        let history = &snapshot.history;
        Ok(Comparisons {
            by_surface: surfaces::next_morning_pain_by(history, |r| {
                r.surface.map(|s| s.id().to_owned())
            }),
            by_shoe: surfaces::next_morning_pain_by(history, |r| {
                r.shoe_id
                    .and_then(|id| history.shoes.iter().find(|s| s.id == id))
                    .map(|s| s.name.clone())
            }),
            note: "Descriptive only: these are averages of your own mornings, not proof that a \
                   surface or a shoe caused them.",
        })
    }
}

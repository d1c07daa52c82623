//! `/shoes`: the runner's shoes with their kilometres and a wear bar, the inspect and replace
//! prompts (SHOE-2), adding a pair, renaming, retiring, choosing the default, and next-morning
//! pain by shoe (descriptive, not cause). Deleting a pair goes through `delete.rs`.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use runwell_app::words::{Lang, Words, numbers};
use runwell_app::{App, Comparisons, ShoeInput};
use runwell_domain::shoes::{ShoeState, ShoeStatus};
use serde::Deserialize;

use super::runs::parse_id;
use super::{Reply, see_other, unprocessable};
use crate::acting::Acting;
use crate::day::Asked;
use crate::error::PageError;
use crate::form::FormState;
use crate::views::Layout;

#[derive(Debug, Deserialize)]
pub(super) struct ShoesQuery {
    saved: Option<String>,
}

/// A pair as the page shows it.
#[derive(Debug)]
struct ShoeRow {
    id: i64,
    name: String,
    default: bool,
    retired: bool,
    km: String,
    /// Percent of the way to "consider replacing", at most 100 for the bar.
    wear_pct: u32,
    state: String,
    /// `fine`, `inspect`, `replace` or `retired`, for the bar's colour (the words say it too).
    state_class: &'static str,
    /// "12 run(s)".
    runs: String,
}

/// A pair as its row shows it, in the runner's unit (its thresholds are set in kilometres).
fn shoe_row(s: &ShoeStatus, unit: runwell_domain::DistanceUnit, w: &Words) -> ShoeRow {
    let state_class = match s.state {
        ShoeState::Fine => "fine",
        ShoeState::Inspect => "inspect",
        ShoeState::Replace => "replace",
        ShoeState::Retired => "retired",
    };
    let whole = |km: f64| match w.lang() {
        Lang::En => unit.whole(km * 1000.0),
        lang => numbers::distance_places(lang, unit, km * 1000.0, 0),
    };
    ShoeRow {
        id: s.shoe.id,
        name: s.shoe.name.clone(),
        default: s.shoe.is_default,
        retired: s.shoe.retired_on.is_some(),
        km: w.with(
            "gear-shoe-km",
            &[("km", whole(s.km).into()), ("replace", whole(s.replace_km).into())],
        ),
        wear_pct: (s.wear * 100.0).clamp(0.0, 100.0).round() as u32,
        state: w.get(&format!("gear-state-{state_class}")),
        state_class,
        runs: w.with("gear-shoe-runs", &[("count", s.runs.into())]),
    }
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "shoes.html")]
pub(super) struct ShoesPage {
    layout: Layout,
    shoes: Vec<ShoeRow>,
    comparisons: Comparisons,
    add: FormState,
    notice: Option<String>,
    /// The pair whose rename was refused, and why.
    rename_error: Option<(i64, String)>,
}

async fn shoes_page(app: &App, layout: Layout, add: FormState) -> Result<ShoesPage, PageError> {
    let unit = app.distance_unit().await?;
    let shoes = app.shoes(None).await?.iter().map(|s| shoe_row(s, unit, &layout.words)).collect();
    let comparisons = app.comparisons().await?;
    Ok(ShoesPage { layout, shoes, comparisons, add, notice: None, rename_error: None })
}

pub(super) async fn page(
    Acting(app): Acting,
    asked: Asked,
    Query(q): Query<ShoesQuery>,
) -> Result<ShoesPage, PageError> {
    let mut page = shoes_page(
        &app,
        asked.layout(crate::lang::words().get("gear-shoes-title"), "runs"),
        FormState::default(),
    )
    .await?;
    page.notice = q.saved.is_some().then(|| page.layout.t("gear-saved"));
    Ok(page)
}

/// A number of kilometres as typed, or the reason beside its field.
fn km(form: &mut FormState, name: &'static str) -> Option<f64> {
    let text = form.value(name).replace(',', ".");
    if text.is_empty() {
        return None;
    }
    match text.parse::<f64>() {
        Ok(v) => Some(v),
        Err(_) => {
            form.add_error(name, crate::lang::words().get("gear-km-error"));
            None
        }
    }
}

pub(super) async fn add(Acting(app): Acting, asked: Asked, mut form: FormState) -> Reply {
    let layout = asked.layout(crate::lang::words().get("gear-shoes-title"), "runs");
    let start_km = km(&mut form, "start_km");
    if form.error("start_km").is_none() {
        let input = ShoeInput {
            name: form.value("name").to_owned(),
            brand: form.optional("brand"),
            model: form.optional("model"),
            start_km,
            default: form.is("default", "yes"),
            ..ShoeInput::default()
        };
        let added = app.add_shoe(&input).await;
        if form.outcome(added, &["name", "start_km"])?.is_some() {
            return see_other(&layout.href_with("/shoes", "saved=1"));
        }
    }
    unprocessable(shoes_page(&app, layout, form).await?)
}

/// One pair's buttons: `action` is `rename` (with `name`), `default` or `retire`.
pub(super) async fn change(
    Acting(app): Acting,
    Path(id): Path<String>,
    asked: Asked,
    form: FormState,
) -> Reply {
    let id = parse_id(&id)?;
    let layout = asked.layout(crate::lang::words().get("gear-shoes-title"), "runs");
    let result = match form.value("action") {
        "rename" => app.rename_shoe(id, form.value("name")).await,
        "default" => app.set_default_shoe(id).await,
        "retire" => app.retire_shoe_id(id).await,
        other => {
            return Err(PageError::BadRequest(format!(
                "{other:?} is not something a shoe can do: rename, default or retire"
            )));
        }
    };
    match result {
        Ok(()) => see_other(&layout.href_with("/shoes", "saved=1")),
        Err(runwell_app::AppError::Invalid(errors)) => {
            let mut page = shoes_page(&app, layout, FormState::default()).await?;
            let message = errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; ");
            page.rename_error = Some((id, crate::form::capitalise(&message)));
            unprocessable(page)
        }
        Err(e) => Err(e.into()),
    }
}

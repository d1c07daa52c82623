//! `/settings`: what the runner set (profile, unit, the recent longest run, with links to change
//! them), the shoe thresholds (SHOE-2), the report, the export to download (`GET /export`), a
//! restore from an uploaded export (streamed to disk like an import, one at a time) and the
//! erase, which asks for the same typed word as `runwell erase`; and typing a phone's pairing
//! code or removing a paired device (`/settings/devices/…`, the section `pairing.rs` builds).

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Extension, Multipart, Path, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use runwell_app::words::{Arg, Lang, Words, dates, numbers};
use runwell_app::{App, ERASE_WORD, REPORT_WEEKS, RestoreSummary};
use runwell_domain::{DistanceUnit, ShoeThresholds, WeekdaySet};
use serde::Deserialize;

use super::import::{UploadSettings, stored, uploads};
use super::pairing::{DevicesSection, Place};
use super::{Reply, see_other, unprocessable};
use crate::acting::Acting;
use crate::day::{Asked, Today};
use crate::error::PageError;
use crate::form::FormState;
use crate::views::Layout;

#[derive(Debug, Deserialize)]
pub(super) struct SettingsQuery {
    saved: Option<String>,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "settings.html")]
pub(super) struct SettingsPage {
    layout: Layout,
    /// What the runner set, as (label, value), in the page's language.
    lines: Vec<(String, String)>,
    /// The shoe thresholds in a sentence, saying which are runwell's defaults.
    shoe_note: String,
    /// What the database holds, in a sentence (what an erase deletes).
    holds: String,
    erase_word: &'static str,
    report_weeks: String,
    shoes: FormState,
    erase: FormState,
    restore_error: Option<String>,
    /// What a restore stored, in a sentence.
    restored: Option<String>,
    notice: Option<String>,
    pub(super) devices: DevicesSection,
    /// The language choice (`language`: a tag, or empty to follow the browser).
    language: FormState,
}

/// Every language runwell speaks, as (tag, its own name), for the language choice.
pub(super) fn languages() -> Vec<(&'static str, &'static str)> {
    Lang::ALL.into_iter().map(|l| (l.tag(), l.native_name())).collect()
}

impl SettingsPage {
    fn languages(&self) -> Vec<(&'static str, &'static str)> {
        languages()
    }

    fn lang_form(&self) -> &FormState {
        &self.language
    }
}

/// A count with its noun, the plural chosen by the language (`settings-count-…`).
fn counted(words: &Words, id: &str, n: usize) -> Arg {
    Arg::Text(words.with(id, &[("count", Arg::from(n))]))
}

/// The days of a set by name, in the page's language, as a list reads: "Monday, Wednesday,
/// Saturday", "Mandag, onsdag, lørdag" (Danish and Swedish write weekdays in lower case).
fn day_names(words: &Words, days: &WeekdaySet) -> String {
    let names: Vec<&str> = days.iter().map(|d| dates::weekday_name(words.lang(), d)).collect();
    let list = names.join(", ");
    let mut chars = list.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Kilometres the shoe thresholds are set in, whole, with "(runwell's default)" when they are it.
fn threshold(words: &Words, km: f64, default: f64) -> Arg {
    let distance = numbers::distance_places(words.lang(), DistanceUnit::Km, km * 1000.0, 0);
    if km == default {
        Arg::Text(words.with("settings-shoe-default", &[("distance", Arg::Text(distance))]))
    } else {
        Arg::Text(distance)
    }
}

/// What a restore stored, in the page's words ("Restored 1 run, 2 pain entries, …").
fn restored_sentence(words: &Words, summary: &RestoreSummary) -> String {
    let already = match summary.runs_already_here {
        0 => String::new(),
        n => words.with("settings-restored-already", &[("count", Arg::from(n))]),
    };
    words.with(
        "settings-restored",
        &[
            ("runs", counted(words, "settings-count-runs", summary.runs)),
            ("pain", counted(words, "settings-count-pain", summary.pain_entries)),
            ("sessions", counted(words, "settings-count-sessions", summary.sessions)),
            ("answers", counted(words, "settings-count-answers", summary.answers)),
            ("already", Arg::Text(already)),
        ],
    )
}

/// The profile's lines and the sentences about the shoes and the data, in the page's words.
struct Said {
    lines: Vec<(String, String)>,
    shoe_note: String,
    holds: String,
    thresholds: ShoeThresholds,
}

async fn said(app: &App, layout: &Layout) -> Result<Said, PageError> {
    let words = &layout.words;
    let lang = words.lang();
    let profile = app.profile().await?;
    let unit = app.distance_unit().await?;
    let longest = match app.declared_longest().await? {
        Some((km, day)) => {
            // The distance as the runner typed it, written her way.
            let places = if km.fract() == 0.0 { 0 } else { 1 };
            let distance = numbers::distance_places(lang, DistanceUnit::Km, km * 1000.0, places);
            match day {
                Some(day) => words.with(
                    "settings-longest-given",
                    &[("distance", Arg::Text(distance)), ("day", Arg::Text(words.day_year(day)))],
                ),
                None => distance,
            }
        }
        None => words.get("settings-longest-none"),
    };
    let lines = vec![
        (words.get("settings-time-zone"), profile.time_zone.name().to_owned()),
        (words.get("settings-run-days"), day_names(words, &profile.run_days)),
        (words.get("settings-strength-days"), day_names(words, &profile.strength_days)),
        (words.get("settings-distances-in"), unit.id().to_owned()),
        (words.get("settings-recent-longest"), longest),
    ];
    let (t, defaults) = (profile.shoes, ShoeThresholds::default());
    let shoe_note = words.with(
        "settings-shoe-note",
        &[
            ("inspect", threshold(words, t.inspect_km, defaults.inspect_km)),
            ("replace", threshold(words, t.replace_km, defaults.replace_km)),
        ],
    );
    let rows = app.rows_held().await?;
    let count = |table: &str| {
        let n = rows.iter().find(|(t, _)| *t == table).map_or(0, |r| r.1);
        usize::try_from(n).unwrap_or(0)
    };
    let holds = words.with(
        "settings-holds",
        &[
            ("runs", counted(words, "settings-count-runs", count("runs"))),
            ("pain", counted(words, "settings-count-pain", count("pain_entries"))),
            (
                "sessions",
                counted(words, "settings-count-exercise-sessions", count("exercise_sessions")),
            ),
            ("answers", counted(words, "settings-count-answers", count("triage_answers"))),
        ],
    );
    Ok(Said { lines, shoe_note, holds, thresholds: t })
}

/// The page's title, in the request's language.
fn title() -> String {
    crate::lang::words().get("settings-title")
}

pub(super) async fn settings_page(
    app: &App,
    layout: Layout,
    place: &Place,
) -> Result<SettingsPage, PageError> {
    let said = said(app, &layout).await?;
    let devices = DevicesSection::new(app, place).await?;
    let chosen = app.language().await?.map(Lang::tag).unwrap_or_default();
    let language = FormState::with(&[("language", chosen.to_owned())]);
    let shoes = FormState::with(&[
        ("inspect_km", format!("{:.0}", said.thresholds.inspect_km)),
        ("replace_km", format!("{:.0}", said.thresholds.replace_km)),
    ]);
    let report_weeks = REPORT_WEEKS.to_string();
    Ok(SettingsPage {
        layout,
        lines: said.lines,
        shoe_note: said.shoe_note,
        holds: said.holds,
        erase_word: ERASE_WORD,
        report_weeks,
        shoes,
        erase: FormState::default(),
        restore_error: None,
        restored: None,
        notice: None,
        devices,
        language,
    })
}

pub(super) async fn page(
    Acting(app): Acting,
    today: Today,
    place: Place,
    Query(q): Query<SettingsQuery>,
) -> Result<SettingsPage, PageError> {
    let mut page = settings_page(&app, today.asked.layout(title(), "settings"), &place).await?;
    page.notice = q.saved.as_deref().map(|what| {
        page.layout.t(if what == "language" { "language-saved" } else { "settings-saved" })
    });
    Ok(page)
}

/// `POST /settings/language`: the runner's language, or none to follow the browser again. The
/// page after it is already in the new language.
pub(super) async fn language(
    Acting(app): Acting,
    asked: Asked,
    place: Place,
    mut form: FormState,
) -> Reply {
    let layout = asked.layout(title(), "settings");
    let saved = app.set_language(form.value("language")).await;
    if form.outcome(saved, &["language"])?.is_some() {
        return see_other(&layout.href_with("/settings", "saved=language"));
    }
    let mut page = settings_page(&app, layout, &place).await?;
    page.language = form;
    unprocessable(page)
}

pub(super) async fn shoes(
    Acting(app): Acting,
    asked: Asked,
    place: Place,
    mut form: FormState,
) -> Reply {
    let layout = asked.layout(title(), "settings");
    let saved = app.set_shoe_thresholds(form.value("inspect_km"), form.value("replace_km")).await;
    if form.outcome(saved, &["inspect_km", "replace_km"])?.is_some() {
        return see_other(&layout.href_with("/settings", "saved=1"));
    }
    let mut page = settings_page(&app, layout, &place).await?;
    page.shoes = form;
    unprocessable(page)
}

pub(super) async fn erase(Acting(app): Acting, place: Place, mut form: FormState) -> Reply {
    let erased = app.erase(form.value("confirm")).await;
    if form.outcome(erased, &["confirm"])?.is_some() {
        // An empty database: the setup page comes first again.
        return see_other("/setup");
    }
    let mut page = settings_page(&app, Layout::new(title(), "settings"), &place).await?;
    page.erase = form;
    unprocessable(page)
}

/// `GET /export`: the whole export as a download, written to a temporary file first (a ZIP is
/// written with seeks) and sent from there.
pub(super) async fn export(Acting(app): Acting) -> Result<Response, PageError> {
    let file = tempfile::tempfile().map_err(stored)?;
    app.export(std::io::BufWriter::new(&file)).await?;
    let mut file = file;
    let mut bytes = Vec::new();
    std::io::Seek::rewind(&mut file).map_err(stored)?;
    std::io::Read::read_to_end(&mut file, &mut bytes).map_err(stored)?;
    let name = format!("runwell-export-{}.zip", runwell_app::utc_today());
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response())
}

/// `POST /settings/restore`: an export uploaded (streamed to a temporary file within the upload
/// limit, during the runner's import turn) and restored, merged when the box is ticked.
pub(super) async fn restore(
    Acting(app): Acting,
    Extension(settings): Extension<Arc<UploadSettings>>,
    place: Place,
    headers: HeaderMap,
    multipart: Multipart,
) -> Result<Response, PageError> {
    settings.refuse_declared_over_limit(&headers)?;
    let _turn = app.import_turn()?;
    let dir = tempfile::tempdir().map_err(stored)?;
    let sent = uploads(multipart, dir.path(), settings.idle).await?;
    let merge = sent.checked.iter().any(|c| c == "merge");
    let layout = Layout::new(title(), "settings");
    let refused = |id: &str| Err(runwell_app::AppError::Restore(layout.t(id)));
    let result = match sent.uploads.as_slice() {
        [one] => app.restore(&one.path, merge, &settings.limits).await,
        [] => refused("settings-restore-choose"),
        _ => refused("settings-restore-one"),
    };
    // An empty database has no profile yet for the page to show until the restore gives one.
    match result {
        Ok(summary) => {
            let mut page = settings_page(&app, layout, &place).await?;
            page.restored = Some(restored_sentence(&page.layout.words, &summary));
            Ok(page.into_response())
        }
        Err(runwell_app::AppError::Restore(message)) => {
            match settings_page(&app, layout, &place).await {
                Ok(mut page) => {
                    page.restore_error = Some(message);
                    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
                }
                Err(_) => Err(PageError::BadRequest(message)),
            }
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /settings/devices/confirm`: the runner types, on the computer, the code her phone shows.
pub(super) async fn confirm_device(
    Acting(app): Acting,
    place: Place,
    mut form: FormState,
) -> Reply {
    let words = crate::lang::words();
    let Some(lan) = place.lan() else {
        return Err(PageError::BadRequest(words.get("devices-not-listening")));
    };
    let typed = form.value("code").to_owned();
    let paired = lan.pairing.confirm(&typed).await.map_err(|e| match e {
        // The app's reason, in the page's words.
        runwell_app::AppError::Invalid(_) => {
            let code: String = typed.chars().filter(char::is_ascii_digit).take(12).collect();
            let message = words.with(
                "devices-code-wrong",
                &[("code", code.into()), ("minutes", super::pairing::wait_minutes())],
            );
            runwell_app::AppError::Invalid(vec![runwell_app::FieldError {
                field: "code",
                message,
                text: None,
            }])
        }
        other => other,
    });
    if form.outcome(paired, &["code"])?.is_some() {
        return see_other("/settings?saved=1#devices");
    }
    let mut page = settings_page(&app, Layout::new(title(), "settings"), &place).await?;
    page.devices.confirm = form;
    unprocessable(page)
}

/// `POST /settings/devices/{id}/remove`: a paired device loses its way in at once.
pub(super) async fn remove_device(Acting(app): Acting, Path(id): Path<i64>) -> Reply {
    app.remove_paired_device(id).await?;
    see_other("/settings?saved=1#devices")
}

//! `/report`: the one-page report for a physiotherapist, with its notes box (`POST
//! /report/notes`); [`document`] is the same page as a file on its own, for `runwell report`.
//!
//! The page is its own document rather than a `base.html` page: it has no menu, no script and
//! no footer of the app's, so that it prints as the report alone (A4, page numbers and the day
//! it was made, from `report.css`) and works with no network and no JavaScript.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use runwell_app::ReportView;
use runwell_app::words::Words;
use runwell_domain::{Light, LocalDay};
use serde::Deserialize;

use super::{Reply, see_other};
use crate::acting::Acting;
use crate::assets::{ASSETS, Assets};
use crate::charts::{PainChart, WeeklyChart};
use crate::day::Asked;
use crate::error::PageError;

#[derive(Debug, Deserialize)]
pub(super) struct Period {
    from: Option<String>,
    to: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct NotesForm {
    from: Option<String>,
    to: Option<String>,
    #[serde(default)]
    notes: String,
}

/// How the stylesheets reach the page: linked when served, written inside it for a file.
#[derive(Debug)]
enum Styles {
    Linked(&'static Assets),
    Inline(String),
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "report.html")]
pub(super) struct ReportPage {
    r: ReportView,
    /// The report's language: its days and lights are written in it.
    words: Words,
    /// `<title>`: the report's title and its period.
    title: String,
    styles: Styles,
    pain: PainChart,
    weekly: WeeklyChart,
    /// The form's action, with `?today=` when the report is shown as of a day.
    notes_action: String,
    /// Notes can be typed (the served page); a file shows them only.
    editable: bool,
    /// Where the runner came from, for the one link back (the served page only).
    back: String,
}

impl ReportPage {
    /// "Mon 12 Oct", in the report's language.
    fn day(&self, day: &LocalDay) -> String {
        self.words.day(*day)
    }

    fn light(&self, light: &Light) -> String {
        self.words.light(*light)
    }

    /// `<html lang>`: runwell's English is British.
    fn lang_tag(&self) -> &'static str {
        match self.words.lang() {
            runwell_app::words::Lang::En => "en-GB",
            lang => lang.tag(),
        }
    }
}

fn page(r: ReportView, styles: Styles, asked: Option<LocalDay>) -> ReportPage {
    let words = Words::new(r.lang);
    // The charts speak the report's language, which for `runwell report` is not a request's.
    let (pain, weekly) = crate::lang::WORDS.sync_scope(words, || {
        (
            PainChart::new(
                "report-pain",
                &r.words.pain_chart,
                (r.from, r.to),
                &r.weeks,
                &r.run_pain,
            ),
            WeeklyChart::new("report-weekly", &r.weeks, true, r.unit),
        )
    });
    let title = words.with(
        "report-title-period",
        &[
            ("title", r.words.title.as_str().into()),
            ("from", r.from.to_string().into()),
            ("to", r.to.to_string().into()),
        ],
    );
    let day = asked.map(|d| format!("?today={d}")).unwrap_or_default();
    let editable = matches!(styles, Styles::Linked(_));
    ReportPage {
        r,
        words,
        title,
        styles,
        pain,
        weekly,
        notes_action: format!("/report/notes{day}"),
        editable,
        back: format!("/{day}"),
    }
}

/// The printed page's foot: the day the report was made, beside `report.css`'s page number.
/// Its own small stylesheet, since the page may not carry inline styles (CSP) and a margin box
/// cannot read the page's text.
fn page_css(made: LocalDay, words: &runwell_app::ReportWords) -> String {
    format!(
        "@page {{ @bottom-left {{ content: \"runwell · {} {made}\"; font: 8pt system-ui, sans-serif; }} }}\n",
        words.generated
    )
}

#[derive(Debug, Deserialize)]
pub(super) struct Made {
    made: Option<String>,
}

/// `GET /report/page.css?made=YYYY-MM-DD`: [`page_css`] for that day (only a day is taken, so
/// nothing else can reach the stylesheet).
pub(super) async fn page_style(Query(q): Query<Made>) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    let made = q
        .made
        .as_deref()
        .and_then(|d| runwell_domain::LocalDay::parse(d).ok())
        .unwrap_or_else(runwell_app::utc_today);
    let words = runwell_app::report_words(&crate::lang::words());
    ([(axum::http::header::CONTENT_TYPE, "text/css; charset=utf-8")], page_css(made, &words))
        .into_response()
}

/// The report as a self-contained HTML file: its styles inside, no link it needs to follow.
pub(crate) fn document(r: ReportView) -> Result<String, askama::Error> {
    let css = format!(
        "{}\n{}\n{}",
        crate::assets::APP_CSS,
        crate::assets::REPORT_CSS,
        page_css(r.generated_on, &r.words)
    );
    page(r, Styles::Inline(css), None).render()
}

pub(super) async fn show(
    Acting(app): Acting,
    asked: Asked,
    Query(period): Query<Period>,
) -> Result<ReportPage, PageError> {
    let r = app
        .report_in(crate::lang::words(), period.from.as_deref(), period.to.as_deref(), asked.0)
        .await?;
    Ok(page(r, Styles::Linked(&ASSETS), asked.0))
}

pub(super) async fn save_notes(
    Acting(app): Acting,
    asked: Asked,
    axum::Form(form): axum::Form<NotesForm>,
) -> Reply {
    let (from, to) = app
        .save_report_notes(form.from.as_deref(), form.to.as_deref(), asked.0, &form.notes)
        .await?;
    let day = asked.0.map(|d| format!("&today={d}")).unwrap_or_default();
    see_other(&format!("/report?from={from}&to={to}{day}#notes"))
}

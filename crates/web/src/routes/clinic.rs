//! The clinician's pages (issue 18): `/clinic`, one row per runner who shares with her (red
//! flags first, or sorted by a column), invitations and share codes to hand out, and notes on a
//! runner's record. A runner's own pages, read-only, are her Today, Trends, Diary and Programme
//! routes served under `/clinic/runners/{id}/` (see `routes::routes` and `auth.rs`).

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::{Path, Query};
use runwell_app::{AccountRole, ClinicRow, Server};
use runwell_domain::LocalDay;
use serde::Deserialize;

use super::{Page, Reply, see_other};
use crate::auth::{Address, Signed};
use crate::day::Asked;
use crate::error::PageError;
use crate::form::FormState;
use crate::views::Layout;

/// The pain line's drawing box.
const SPARK_W: f64 = 112.0;
const SPARK_H: f64 = 28.0;

#[derive(Debug)]
struct Row {
    href: String,
    name: String,
    email: String,
    set_up: bool,
    light: &'static str,
    light_class: &'static str,
    triage: &'static str,
    triage_class: &'static str,
    /// Polylines of the pain line, broken where a day has nothing logged.
    pain_lines: Vec<String>,
    /// Each day with an entry, as a dot (a lone day draws no line).
    pain_points: Vec<(String, String)>,
    pain_summary: String,
    last_run: String,
    strength: String,
    since_entry: String,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "clinic.html")]
pub(super) struct ClinicPage {
    layout: Layout,
    rows: Vec<Row>,
    sort: &'static str,
    sorts: &'static [(&'static str, &'static str)],
    invite_link: Option<String>,
    share_code: Option<String>,
    spark_w: f64,
    spark_h: f64,
}

/// Sort keys and their column names.
const SORTS: &[(&str, &str)] = &[
    ("urgency", "Light and triage"),
    ("name", "Name"),
    ("last-run", "Last run"),
    ("strength", "Strength this week"),
    ("entry", "Days since an entry"),
];

#[derive(Debug, Deserialize)]
pub(super) struct ClinicQuery {
    sort: Option<String>,
}

/// Where day `i` of the line with pain `score` is drawn.
fn spark_at(i: usize, score: u8, days: usize) -> (f64, f64) {
    let step = SPARK_W / (days.max(2) - 1) as f64;
    (i as f64 * step, SPARK_H - f64::from(score) / 10.0 * (SPARK_H - 2.0) - 1.0)
}

fn spark_points(pain: &[Option<u8>]) -> Vec<(String, String)> {
    pain.iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| spark_at(i, s, pain.len())))
        .map(|(x, y)| (format!("{x:.1}"), format!("{y:.1}")))
        .collect()
}

fn spark(pain: &[Option<u8>]) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = Vec::new();
    for (i, score) in pain.iter().enumerate() {
        match score {
            Some(score) => {
                let (x, y) = spark_at(i, *score, pain.len());
                current.push(format!("{x:.1},{y:.1}"));
            }
            None if !current.is_empty() => lines.push(std::mem::take(&mut current).join(" ")),
            None => {}
        }
    }
    if !current.is_empty() {
        lines.push(current.join(" "));
    }
    lines
}

fn row(r: &ClinicRow, day: Option<LocalDay>) -> Row {
    let href = format!(
        "/clinic/runners/{}{}",
        r.runner_id,
        day.map(|d| format!("?today={d}")).unwrap_or_default()
    );
    let Some(o) = &r.overview else {
        return Row {
            href,
            name: r.name.clone(),
            email: r.email.clone(),
            set_up: false,
            light: "Not set up yet",
            light_class: "none",
            triage: "",
            triage_class: "none",
            pain_lines: Vec::new(),
            pain_points: Vec::new(),
            pain_summary: String::new(),
            last_run: String::new(),
            strength: String::new(),
            since_entry: String::new(),
        };
    };
    let logged: Vec<u8> = o.pain_by_day.iter().flatten().copied().collect();
    let pain_summary = match (logged.iter().max(), logged.len()) {
        (Some(worst), n) => {
            format!("Pain logged on {n} of the last {} days, worst {worst}/10", o.pain_by_day.len())
        }
        (None, _) => format!("No pain logged in the last {} days", o.pain_by_day.len()),
    };
    Row {
        href,
        name: r.name.clone(),
        email: r.email.clone(),
        set_up: true,
        light: o.light.word(),
        light_class: o.light.id(),
        triage: o.triage.words(),
        triage_class: o.triage.id(),
        pain_lines: spark(&o.pain_by_day),
        pain_points: spark_points(&o.pain_by_day),
        pain_summary,
        last_run: o
            .last_run
            .as_ref()
            .map(|run| run.short_text())
            .unwrap_or_else(|| "None".to_owned()),
        strength: format!("{} of {} planned", o.strength_done, o.strength_planned),
        since_entry: match o.days_since_entry {
            Some(0) => "Today".to_owned(),
            Some(1) => "1 day".to_owned(),
            Some(n) => format!("{n} days"),
            None => "Nothing yet".to_owned(),
        },
    }
}

fn sort_rows(rows: &mut [ClinicRow], sort: &str) {
    match sort {
        "name" => rows.sort_by_key(|r| r.name.to_lowercase()),
        "last-run" => rows.sort_by_key(|r| {
            std::cmp::Reverse(
                r.overview.as_ref().and_then(|o| o.last_run.as_ref().map(|run| run.day)),
            )
        }),
        "strength" => rows.sort_by_key(|r| {
            r.overview.as_ref().map(|o| i64::from(o.strength_done) - i64::from(o.strength_planned))
        }),
        "entry" => rows.sort_by_key(|r| {
            std::cmp::Reverse(r.overview.as_ref().map(|o| o.days_since_entry.unwrap_or(i32::MAX)))
        }),
        // The app's order: red flags first, then the light.
        _ => {}
    }
}

async fn clinic_page(
    server: &Server,
    account: &runwell_app::Account,
    asked: Asked,
    sort: Option<&str>,
    invite_link: Option<String>,
    share_code: Option<String>,
) -> Result<ClinicPage, PageError> {
    let mut found = server.clinic(account, asked.0).await?;
    let sort = SORTS.iter().map(|(k, _)| *k).find(|k| Some(*k) == sort).unwrap_or("urgency");
    sort_rows(&mut found, sort);
    Ok(ClinicPage {
        layout: asked.layout("Clinic", "clinic"),
        rows: found.iter().map(|r| row(r, asked.0)).collect(),
        sort,
        sorts: SORTS,
        invite_link,
        share_code,
        spark_w: SPARK_W,
        spark_h: SPARK_H,
    })
}

pub(super) async fn page(
    Extension(server): Extension<Server>,
    Signed(account): Signed,
    asked: Asked,
    Query(q): Query<ClinicQuery>,
) -> Page<ClinicPage> {
    clinic_page(&server, &account, asked, q.sort.as_deref(), None, None).await
}

/// The address invitations are made for: the public URL, or the one this request came to.
#[derive(Debug, Clone)]
pub(crate) struct PublicUrl(pub(crate) String);

pub(super) async fn invite(
    Extension(server): Extension<Server>,
    Extension(PublicUrl(base)): Extension<PublicUrl>,
    Signed(account): Signed,
    asked: Asked,
) -> Page<ClinicPage> {
    let invitation = server.invite(Some(&account), AccountRole::Runner).await?;
    let link = format!("{base}/join/{}", invitation.token);
    clinic_page(&server, &account, asked, None, Some(link), None).await
}

pub(super) async fn code(
    Extension(server): Extension<Server>,
    Signed(account): Signed,
    asked: Asked,
) -> Page<ClinicPage> {
    let code = server.share_code(&account).await?;
    clinic_page(&server, &account, asked, None, None, Some(code)).await
}

pub(super) async fn note(
    Extension(server): Extension<Server>,
    Address(address): Address,
    Signed(account): Signed,
    Path(runner): Path<i64>,
    form: FormState,
) -> Reply {
    server.add_note(&account, runner, form.value("day"), form.value("body"), &address).await?;
    see_other(&format!("/clinic/runners/{runner}?noted=1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pain_line_breaks_at_days_without_an_entry() {
        let lines = spark(&[Some(0), Some(10), None, Some(5), None, None]);
        assert_eq!(lines, vec!["0.0,27.0 22.4,1.0".to_owned(), "67.2,14.0".to_owned()]);
        assert!(spark(&[None, None]).is_empty());
        assert_eq!(spark_points(&[None, Some(10)]), vec![("112.0".to_owned(), "1.0".to_owned())]);
    }
}

//! The clinician's pages (issue 18): `/clinic`, one row per runner who shares with her (red
//! flags first, or sorted by a column), invitations and share codes to hand out, and notes on a
//! runner's record. A runner's own pages, read-only, are her Today, Trends, Diary and Programme
//! routes served under `/clinic/runners/{id}/` (see `routes::routes` and `auth.rs`).

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::{Path, Query};
use runwell_app::words::{Arg, Words, numbers};
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
    light: String,
    light_class: &'static str,
    triage: String,
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
    /// Each sort key with its column's name.
    sorts: Vec<(&'static str, String)>,
    /// How the list is sorted, for the sentence above it.
    lead: String,
    invite_link: Option<String>,
    share_code: Option<String>,
    spark_w: f64,
    spark_h: f64,
}

/// Sort keys; each column's name is the message `clinic-sort-{key}`.
const SORTS: &[&str] = &["urgency", "name", "last-run", "strength", "entry"];

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

fn row(r: &ClinicRow, day: Option<LocalDay>, words: &Words) -> Row {
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
            light: words.get("clinic-not-set-up"),
            light_class: "none",
            triage: String::new(),
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
    let days = Arg::Text(numbers::count(words.lang(), o.pain_by_day.len() as i64));
    let pain_summary = match (logged.iter().max(), logged.len()) {
        (Some(worst), n) => words.with(
            "clinic-pain-logged",
            &[
                ("logged", Arg::Text(numbers::count(words.lang(), n as i64))),
                ("days", days),
                ("worst", Arg::Text(words.score(f64::from(*worst), 0))),
            ],
        ),
        (None, _) => words.with("clinic-no-pain", &[("days", days)]),
    };
    Row {
        href,
        name: r.name.clone(),
        email: r.email.clone(),
        set_up: true,
        light: words.light(o.light),
        light_class: o.light.id(),
        triage: words.triage_level(o.triage),
        triage_class: o.triage.id(),
        pain_lines: spark(&o.pain_by_day),
        pain_points: spark_points(&o.pain_by_day),
        pain_summary,
        last_run: o.last_run.as_ref().map_or_else(
            || words.get("clinic-no-run"),
            |run| {
                let distance = numbers::distance_places(words.lang(), run.unit, run.distance_m, 2);
                format!("{} \u{b7} {distance}", words.day(run.day))
            },
        ),
        strength: words.with(
            "clinic-strength",
            &[
                ("done", Arg::Text(o.strength_done.to_string())),
                ("planned", Arg::Text(o.strength_planned.to_string())),
            ],
        ),
        since_entry: match o.days_since_entry {
            Some(n) => words.with("clinic-since-entry", &[("days", Arg::Count(i64::from(n)))]),
            None => words.get("clinic-nothing-yet"),
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
    let sort = SORTS.iter().copied().find(|k| Some(*k) == sort).unwrap_or("urgency");
    sort_rows(&mut found, sort);
    let words = crate::lang::words();
    let sorts: Vec<(&'static str, String)> =
        SORTS.iter().map(|key| (*key, words.get(&format!("clinic-sort-{key}")))).collect();
    let lead = match sort {
        "urgency" => words.get("clinic-lead-urgency"),
        _ => {
            let column = words.get(&format!("clinic-sort-{sort}")).to_lowercase();
            words.with("clinic-lead-sorted", &[("column", Arg::Text(column))])
        }
    };
    Ok(ClinicPage {
        layout: asked.layout(words.get("clinic-title"), "clinic"),
        rows: found.iter().map(|r| row(r, asked.0, &words)).collect(),
        sort,
        sorts,
        lead,
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

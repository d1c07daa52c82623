//! `runwell learn [TOPIC]`, `runwell faq`, `runwell sources`, `runwell gear`.

use std::fmt::Write as _;

use runwell_app::Database;
use runwell_app::words::Words;
use runwell_domain::programme::SourceKind;
use serde::Serialize;

use crate::output::{heading, json, say_raw, subheading, wrap, wrap_hanging};

#[derive(Serialize)]
struct Topic<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
}

/// The words and the programme's text for a command that stores nothing; JSON stays English.
async fn words_and_programme(
    db: &Database,
    as_json: bool,
) -> anyhow::Result<(Words, &'static runwell_domain::programme::Programme)> {
    let w = if as_json { Words::default() } else { crate::lang::words_at(db).await };
    Ok((w, runwell_app::programme_in(w.lang())?))
}

pub(crate) async fn learn(db: &Database, topic: Option<&str>, as_json: bool) -> anyhow::Result<()> {
    let (w, programme) = words_and_programme(db, as_json).await?;
    let Some(topic) = topic else {
        let topics: Vec<Topic<'_>> = programme
            .pages
            .iter()
            .map(|p| Topic { id: &p.id, title: &p.title, summary: &p.summary })
            .collect();
        if as_json {
            return json(&topics);
        }
        let mut out = heading(&w.get("cli-learn-heading"));
        for t in &topics {
            let _ = writeln!(out, "\n{} — `runwell learn {}`", t.title, t.id);
            out.push_str(&wrap(t.summary, "  "));
        }
        let _ = writeln!(out, "\n{}", w.get("cli-learn-also"));
        say_raw!("{out}");
        return Ok(());
    };
    // The id is checked against the English programme, whose ids every language shares.
    let id = runwell_app::page(topic)?.id.as_str();
    let page = programme.page(id).unwrap_or(runwell_app::page(topic)?);
    if as_json {
        return json(page);
    }
    let mut out = heading(&page.title);
    out.push_str(&wrap(&page.summary, ""));
    for section in &page.sections {
        out.push('\n');
        out.push_str(&subheading(&section.heading));
        out.push_str(&wrap(&section.body, ""));
    }
    out.push('\n');
    out.push_str(&cited(&w, programme, &page.sources));
    say_raw!("{out}");
    Ok(())
}

/// "Sources: …" with each source's citation, for the end of a page or answer.
fn cited(w: &Words, programme: &runwell_domain::programme::Programme, ids: &[String]) -> String {
    let mut out = format!("{}\n", w.get("cli-learn-sources"));
    for id in ids {
        if let Some(source) = programme.source(id) {
            out.push_str(&wrap_hanging(
                &format!("[{}] {}", source.id, source.citation),
                "  ",
                "    ",
            ));
        }
    }
    out
}

pub(crate) async fn faq(db: &Database, as_json: bool) -> anyhow::Result<()> {
    let (w, programme) = words_and_programme(db, as_json).await?;
    if as_json {
        return json(&programme.faq);
    }
    let mut out = heading(&w.get("cli-faq-heading"));
    let sources = format!("   {} ", w.get("cli-learn-sources"));
    let indent = " ".repeat(sources.chars().count());
    for q in &programme.faq {
        out.push('\n');
        out.push_str(&wrap(&q.question, &format!("{} ", w.get("cli-faq-q"))));
        out.push_str(&wrap(&q.answer, "   "));
        out.push_str(&wrap_hanging(&q.sources.join(", "), &sources, &indent));
    }
    let _ = writeln!(out, "\n{}", w.get("cli-faq-citations"));
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn sources(db: &Database, as_json: bool) -> anyhow::Result<()> {
    let (w, programme) = words_and_programme(db, as_json).await?;
    if as_json {
        return json(&programme.sources);
    }
    let mut out = heading(&w.get("cli-sources-heading"));
    for (kind, title) in [
        (SourceKind::Article, "cli-sources-article"),
        (SourceKind::Evidence, "cli-sources-evidence"),
    ] {
        out.push('\n');
        out.push_str(&subheading(&w.get(title)));
        for s in programme.sources.iter().filter(|s| s.kind == kind) {
            out.push_str(&wrap_hanging(&format!("[{}] {}", s.id, s.citation), "  ", "    "));
            if !s.rules.is_empty() {
                let rules = s.rules.join(", ");
                out.push_str(&wrap(
                    &w.with("cli-sources-supports", &[("rules", rules.into())]),
                    "    ",
                ));
            }
        }
    }
    say_raw!("{out}");
    Ok(())
}

#[derive(Serialize)]
struct GearItem<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    price_pence: u32,
    price: String,
    offer: &'a str,
}

pub(crate) async fn gear(db: &Database, as_json: bool) -> anyhow::Result<()> {
    let (w, programme) = words_and_programme(db, as_json).await?;
    let items: Vec<GearItem<'_>> = programme
        .gear
        .iter()
        .map(|p| GearItem {
            id: &p.id,
            name: &p.name,
            description: &p.description,
            price_pence: p.price_pence,
            price: p.price(),
            offer: &p.offer,
        })
        .collect();
    if as_json {
        return json(&items);
    }
    let mut out = heading(&w.get("cli-gear-heading"));
    out.push_str(&wrap(&w.get("cli-gear-intro"), ""));
    for item in &items {
        let _ = write!(out, "\n{} — {} ({})\n", item.name, item.price, item.offer);
        out.push_str(&wrap(item.description, "  "));
    }
    say_raw!("{out}");
    Ok(())
}

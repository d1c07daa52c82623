//! `runwell learn [TOPIC]`, `runwell faq`, `runwell sources`, `runwell gear`.

use std::fmt::Write as _;

use runwell_domain::programme::SourceKind;
use serde::Serialize;

use crate::output::{heading, json, say_raw, subheading, wrap, wrap_hanging};

#[derive(Serialize)]
struct Topic<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
}

pub(crate) fn learn(topic: Option<&str>, as_json: bool) -> anyhow::Result<()> {
    let programme = runwell_app::programme()?;
    let Some(topic) = topic else {
        let topics: Vec<Topic<'_>> = programme
            .pages
            .iter()
            .map(|p| Topic { id: &p.id, title: &p.title, summary: &p.summary })
            .collect();
        if as_json {
            return json(&topics);
        }
        let mut out = heading("Learn about hip pain in runners");
        for t in &topics {
            let _ = writeln!(out, "\n{} — `runwell learn {}`", t.title, t.id);
            out.push_str(&wrap(t.summary, "  "));
        }
        out.push_str("\nAlso: `runwell faq`, `runwell sources`, `runwell gear`.\n");
        say_raw!("{out}");
        return Ok(());
    };
    let page = runwell_app::page(topic)?;
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
    out.push_str(&cited(&page.sources));
    say_raw!("{out}");
    Ok(())
}

/// "Sources: …" with each source's citation, for the end of a page or answer.
fn cited(ids: &[String]) -> String {
    let Ok(programme) = runwell_app::programme() else { return String::new() };
    let mut out = String::from("Sources:\n");
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

pub(crate) fn faq(as_json: bool) -> anyhow::Result<()> {
    let programme = runwell_app::programme()?;
    if as_json {
        return json(&programme.faq);
    }
    let mut out = heading("Frequently asked questions");
    for q in &programme.faq {
        out.push('\n');
        out.push_str(&wrap(&q.question, "Q: "));
        out.push_str(&wrap(&q.answer, "   "));
        out.push_str(&wrap_hanging(&q.sources.join(", "), "   Sources: ", "            "));
    }
    out.push_str("\nThe full citations: `runwell sources`.\n");
    say_raw!("{out}");
    Ok(())
}

pub(crate) fn sources(as_json: bool) -> anyhow::Result<()> {
    let programme = runwell_app::programme()?;
    if as_json {
        return json(&programme.sources);
    }
    let mut out = heading("Sources");
    for (kind, title) in [
        (SourceKind::Article, "The source article's references"),
        (SourceKind::Evidence, "The evidence behind runwell's rules (ids from EVIDENCE.md)"),
    ] {
        out.push('\n');
        out.push_str(&subheading(title));
        for s in programme.sources.iter().filter(|s| s.kind == kind) {
            out.push_str(&wrap_hanging(&format!("[{}] {}", s.id, s.citation), "  ", "    "));
            if !s.rules.is_empty() {
                out.push_str(&wrap(&format!("Supports: {}", s.rules.join(", ")), "    "));
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

pub(crate) fn gear(as_json: bool) -> anyhow::Result<()> {
    let programme = runwell_app::programme()?;
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
    let mut out = heading("Gear shown in the source article");
    out.push_str(&wrap(
        "These are products the article's shop sells, listed so that nothing of the article is \
         missing. They are not part of the programme and runwell does not recommend them; \
         runwell sells nothing and links to no shop.",
        "",
    ));
    for item in &items {
        let _ = write!(out, "\n{} — {} ({})\n", item.name, item.price, item.offer);
        out.push_str(&wrap(item.description, "  "));
    }
    say_raw!("{out}");
    Ok(())
}

//! `/learn`: the knowledge pages (causes, prevention, tips, when to seek help, load education),
//! the FAQ, the sources with the rules they support, and the article's gear shown as products.

use askama::Template;
use askama_web::WebTemplate;
use runwell_domain::programme::{Programme, SourceKind};

use crate::day::Today;
use crate::error::PageError;
use crate::views::Layout;

#[derive(Debug)]
struct Topic {
    id: String,
    title: String,
    summary: String,
    sections: Vec<(String, Vec<String>)>,
    sources: Vec<SourceLink>,
}

#[derive(Debug)]
struct SourceLink {
    id: String,
    /// The citation's first words, enough to recognise it.
    short: String,
}

#[derive(Debug)]
struct FaqRow {
    id: String,
    question: String,
    answer: Vec<String>,
    sources: Vec<SourceLink>,
}

#[derive(Debug)]
struct SourceRow {
    id: String,
    citation: String,
    rules: String,
    url: Option<String>,
}

#[derive(Debug)]
struct ProductRow {
    name: String,
    description: String,
    price: String,
    offer: String,
}

#[derive(Debug, Template, WebTemplate)]
#[template(path = "learn.html")]
pub(super) struct LearnPage {
    layout: Layout,
    topics: Vec<Topic>,
    faq: Vec<FaqRow>,
    article_sources: Vec<SourceRow>,
    evidence_sources: Vec<SourceRow>,
    gear: Vec<ProductRow>,
}

/// Paragraphs are separated by a blank line in the content files.
fn paragraphs(body: &str) -> Vec<String> {
    body.split("\n\n").map(|p| p.trim().replace('\n', " ")).filter(|p| !p.is_empty()).collect()
}

fn source_links(programme: &Programme, ids: &[String]) -> Vec<SourceLink> {
    ids.iter()
        .filter_map(|id| programme.source(id))
        .map(|s| {
            let short = s.citation.split(['.', '"']).next().unwrap_or(&s.citation).trim();
            SourceLink { id: s.id.clone(), short: short.to_owned() }
        })
        .collect()
}

fn sources_of(programme: &Programme, kind: SourceKind) -> Vec<SourceRow> {
    programme
        .sources
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| SourceRow {
            id: s.id.clone(),
            citation: s.citation.clone(),
            rules: s.rules.join(", "),
            url: s.url.clone(),
        })
        .collect()
}

impl LearnPage {
    fn new(layout: Layout, p: &Programme) -> Self {
        Self {
            layout,
            topics: p
                .pages
                .iter()
                .map(|page| Topic {
                    id: page.id.clone(),
                    title: page.title.clone(),
                    summary: page.summary.clone(),
                    sections: page
                        .sections
                        .iter()
                        .map(|s| (s.heading.clone(), paragraphs(&s.body)))
                        .collect(),
                    sources: source_links(p, &page.sources),
                })
                .collect(),
            faq: p
                .faq
                .iter()
                .map(|f| FaqRow {
                    id: f.id.clone(),
                    question: f.question.clone(),
                    answer: paragraphs(&f.answer),
                    sources: source_links(p, &f.sources),
                })
                .collect(),
            article_sources: sources_of(p, SourceKind::Article),
            evidence_sources: sources_of(p, SourceKind::Evidence),
            gear: p
                .gear
                .iter()
                .map(|g| ProductRow {
                    name: g.name.clone(),
                    description: g.description.clone(),
                    price: g.price(),
                    offer: g.offer.clone(),
                })
                .collect(),
        }
    }
}

/// Reads only the programme, but leads a first visit through the setup as every page does.
pub(super) async fn page(today: Today) -> Result<LearnPage, PageError> {
    // The knowledge pages, FAQ, sources and gear in the page's language.
    let programme = runwell_app::programme_in(crate::lang::words().lang())?;
    let title = crate::lang::words().get("nav-learn");
    Ok(LearnPage::new(today.asked.layout(title, "learn"), programme))
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn bodies_split_into_paragraphs() {
        assert_eq!(paragraphs("\nOne\nline.\n\nTwo.\n\n\n"), ["One line.", "Two."]);
    }
}

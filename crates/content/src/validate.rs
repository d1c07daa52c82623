//! Turns the parsed files into a [`Programme`], checking everything the rest of runwell relies
//! on: unique ids, references that resolve, no empty text, ladders that never get easier, every
//! movement in an exercise and a routine, and a source for every EVIDENCE.md rule.

use std::collections::{BTreeMap, BTreeSet};

use runwell_domain::evidence;
use runwell_domain::programme::{
    Dose, Exercise, Faq, Level, Movement, Page, Product, Programme, Routine, RoutineItem,
    RoutineKind, Section, Source, SourceKind,
};

use crate::ContentErrors;
use crate::check::Checker;
use crate::raw::{self, Parsed, RawLevel, RawMovement};
use crate::svg;

pub(crate) fn build(parsed: Parsed) -> Result<Programme, ContentErrors> {
    let mut c = Checker::default();
    let sources = sources(&mut c, parsed.sources.as_ref());
    let source_ids: BTreeSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    let mut movements = movements(&mut c, &parsed.movements);
    illustrations(&mut c, &parsed.illustrations, &mut movements);
    let movement_ids: BTreeSet<String> = movements.iter().map(|m| m.id.clone()).collect();
    let exercises = exercises(&mut c, parsed.exercises.as_ref(), &movement_ids);
    let routines = routines(&mut c, parsed.routines.as_ref(), &movement_ids);
    let pages = pages(&mut c, &parsed.pages, &source_ids);
    let faq = faq(&mut c, parsed.faq.as_ref(), &source_ids);
    let gear = gear(&mut c, parsed.gear.as_ref());

    // Every movement must be one of the article's exercises and be done in some routine.
    for (file, movement) in &parsed.movements {
        let in_routine = routines.iter().flat_map(|r| &r.items).any(|i| i.movement == movement.id);
        if !in_routine {
            c.fail(
                file,
                "id",
                format!("movement {:?} is in no routine (routines.toml)", movement.id),
            );
        }
        let in_exercises =
            exercises.iter().flat_map(|e| &e.movements).filter(|m| **m == movement.id).count();
        if in_exercises != 1 {
            c.fail(
                file,
                "id",
                format!("movement {:?} must belong to exactly one exercise in exercises.toml, is in {in_exercises}", movement.id),
            );
        }
    }

    if c.errors.is_empty() {
        Ok(Programme { movements, exercises, routines, pages, faq, sources, gear })
    } else {
        Err(ContentErrors(c.errors))
    }
}

fn sources(c: &mut Checker, file: Option<&(String, Vec<raw::RawSource>)>) -> Vec<Source> {
    let Some((file, raw)) = file else { return Vec::new() };
    let mut seen = BTreeSet::new();
    let mut cited = BTreeSet::new();
    for (i, s) in raw.iter().enumerate() {
        let at = |f: &str| format!("source[{i}].{f}");
        c.id(file, &at("id"), &s.id);
        c.unique(&mut seen, file, &at("id"), &s.id);
        c.text(file, &at("citation"), &s.citation);
        if let Some(url) = &s.url
            && !url.starts_with("https://")
        {
            c.fail(file, at("url"), "must start with https://");
        }
        for (j, rule) in s.rules.iter().enumerate() {
            if !evidence::is_rule(rule) {
                c.fail(
                    file,
                    at(&format!("rules[{j}]")),
                    format!("{rule:?} is not a rule id in EVIDENCE.md"),
                );
            }
            cited.insert(rule.as_str());
        }
        match s.kind {
            SourceKind::Article if !s.rules.is_empty() => {
                c.fail(
                    file,
                    at("rules"),
                    "article sources support no EVIDENCE.md rule: leave it empty",
                );
            }
            SourceKind::Evidence if s.rules.is_empty() => {
                c.fail(file, at("rules"), "an evidence source must name the rules it supports");
            }
            _ => {}
        }
    }
    for rule in evidence::RULE_IDS.iter().filter(|r| !cited.contains(**r)) {
        c.fail(
            file,
            "source[].rules",
            format!("no source supports {rule}: every rule must cite one"),
        );
    }
    raw.iter()
        .map(|s| Source {
            id: s.id.clone(),
            kind: s.kind,
            citation: s.citation.clone(),
            rules: s.rules.clone(),
            url: s.url.clone(),
        })
        .collect()
}

fn movements(c: &mut Checker, raw: &[(String, RawMovement)]) -> Vec<Movement> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (file, m) in raw {
        c.id(file, "id", &m.id);
        c.unique(&mut seen, file, "id", &m.id);
        if *file != format!("movements/{}.toml", m.id) {
            c.fail(
                file,
                "id",
                format!("the file must be named after its id: movements/{}.toml", m.id),
            );
        }
        c.text(file, "name", &m.name);
        c.text(file, "summary", &m.summary);
        c.text(file, "illustration_alt", &m.illustration_alt);
        c.text(file, "safety_stop", &m.safety_stop);
        c.texts(file, "steps", &m.steps, 3);
        c.texts(file, "benefits", &m.benefits, 1);
        c.texts(file, "target_muscles", &m.target_muscles, 1);
        c.texts(file, "cues", &m.cues, 1);
        c.texts(file, "mistakes", &m.mistakes, 1);
        for (i, rule) in m.evidence.iter().enumerate() {
            if !evidence::is_rule(rule) {
                c.fail(
                    file,
                    format!("evidence[{i}]"),
                    format!("{rule:?} is not a rule id in EVIDENCE.md"),
                );
            }
        }
        let levels = ladder(c, file, &m.levels);
        let reps = levels.first().is_some_and(|l| matches!(l.dose, Dose::Reps { .. }));
        match m.rep_seconds {
            Some(0) => c.fail(file, "rep_seconds", "must be at least 1 second"),
            None if reps => c.fail(
                file,
                "rep_seconds",
                "a ladder in reps needs rep_seconds (the tempo of one rep)",
            ),
            Some(_) if !reps => c.fail(
                file,
                "rep_seconds",
                "only movements dosed in reps have a rep tempo: remove it",
            ),
            _ => {}
        }
        out.push(Movement {
            id: m.id.clone(),
            name: m.name.clone(),
            kind: m.kind,
            per_side: m.per_side,
            summary: m.summary.clone(),
            illustration_svg: String::new(),
            illustration_alt: m.illustration_alt.clone(),
            steps: m.steps.clone(),
            benefits: m.benefits.clone(),
            target_muscles: m.target_muscles.clone(),
            cues: m.cues.clone(),
            mistakes: m.mistakes.clone(),
            safety_stop: m.safety_stop.clone(),
            rep_seconds: m.rep_seconds,
            evidence: m.evidence.clone(),
            levels,
        });
    }
    out
}

/// Checks a dosage ladder: at least three levels, one kind of dose, and neither the sets nor
/// the per-set amount ever falling from one level to the next (PROG-1, PROG-3).
fn ladder(c: &mut Checker, file: &str, raw: &[RawLevel]) -> Vec<Level> {
    if raw.len() < 3 {
        c.fail(
            file,
            "levels",
            format!("a dosage ladder needs at least 3 levels, has {}", raw.len()),
        );
    }
    let mut levels: Vec<Level> = Vec::new();
    for (i, l) in raw.iter().enumerate() {
        let at = |f: &str| format!("levels[{i}].{f}");
        c.text(file, &at("variant"), &l.variant);
        let dose = match (l.sets, l.reps, l.hold_s, l.duration_s) {
            (Some(sets), Some(reps), None, None) => Dose::Reps { sets, reps },
            (Some(sets), None, Some(hold_s), None) => Dose::Hold { sets, hold_s },
            (None, None, None, Some(duration_s)) => Dose::Time { duration_s },
            _ => {
                c.fail(
                    file,
                    at("sets"),
                    "give exactly one of: sets + reps, sets + hold_s, or duration_s",
                );
                continue;
            }
        };
        if dose.sets() == 0 || dose.per_set() == 0 {
            c.fail(file, at("sets"), "sets, reps and seconds must be at least 1");
        }
        if dose.sets() > 5 {
            c.fail(
                file,
                at("sets"),
                format!("{} sets is more than PROG-1's 2–4 allows for", dose.sets()),
            );
        }
        if let Some(previous) = levels.last() {
            if !dose.same_kind(previous.dose) {
                c.fail(
                    file,
                    at("sets"),
                    "every level of a ladder must use the same kind of dose as level 1",
                );
            } else {
                if dose.sets() < previous.dose.sets() {
                    c.fail(
                        file,
                        at("sets"),
                        format!(
                            "the ladder gets easier: {} sets after {}",
                            dose.sets(),
                            previous.dose.sets()
                        ),
                    );
                }
                if dose.per_set() < previous.dose.per_set() {
                    let name = match dose {
                        Dose::Reps { .. } => "reps",
                        Dose::Hold { .. } => "hold_s",
                        Dose::Time { .. } => "duration_s",
                    };
                    c.fail(
                        file,
                        at(name),
                        format!(
                            "the ladder gets easier: {} after {}",
                            dose.per_set(),
                            previous.dose.per_set()
                        ),
                    );
                }
            }
        }
        let level = u8::try_from(i + 1).unwrap_or(u8::MAX);
        levels.push(Level { level, variant: l.variant.clone(), dose });
    }
    levels
}

fn exercises(
    c: &mut Checker,
    file: Option<&(String, Vec<raw::RawExercise>)>,
    movement_ids: &BTreeSet<String>,
) -> Vec<Exercise> {
    let Some((file, raw)) = file else { return Vec::new() };
    let mut seen = BTreeSet::new();
    for (i, e) in raw.iter().enumerate() {
        let at = |f: &str| format!("exercise[{i}].{f}");
        c.id(file, &at("id"), &e.id);
        c.unique(&mut seen, file, &at("id"), &e.id);
        c.text(file, &at("name"), &e.name);
        c.text(file, &at("summary"), &e.summary);
        if usize::from(e.number) != i + 1 {
            c.fail(
                file,
                at("number"),
                format!("exercises are numbered 1, 2, 3… in order: expected {}", i + 1),
            );
        }
        if e.movements.is_empty() {
            c.fail(file, at("movements"), "an exercise needs at least one movement");
        }
        for (j, m) in e.movements.iter().enumerate() {
            if !movement_ids.contains(m) {
                c.fail(
                    file,
                    at(&format!("movements[{j}]")),
                    format!("no movement has the id {m:?}"),
                );
            }
        }
    }
    raw.iter()
        .map(|e| Exercise {
            number: e.number,
            id: e.id.clone(),
            name: e.name.clone(),
            summary: e.summary.clone(),
            movements: e.movements.clone(),
        })
        .collect()
}

fn routines(
    c: &mut Checker,
    file: Option<&(String, Vec<raw::RawRoutine>)>,
    movement_ids: &BTreeSet<String>,
) -> Vec<Routine> {
    let Some((file, raw)) = file else { return Vec::new() };
    let mut seen = BTreeMap::new();
    for (i, r) in raw.iter().enumerate() {
        let at = |f: &str| format!("routine[{i}].{f}");
        if seen.insert(r.id, i).is_some() {
            c.fail(file, at("id"), format!("routine {:?} is defined twice", r.id.id()));
        }
        c.text(file, &at("name"), &r.name);
        c.text(file, &at("when"), &r.when);
        c.text(file, &at("summary"), &r.summary);
        if r.items.is_empty() {
            c.fail(file, at("items"), "a routine needs at least one movement");
        }
        for (j, item) in r.items.iter().enumerate() {
            if !movement_ids.contains(&item.movement) {
                c.fail(
                    file,
                    at(&format!("items[{j}].movement")),
                    format!("no movement has the id {:?}", item.movement),
                );
            }
        }
    }
    for kind in RoutineKind::ALL.into_iter().filter(|k| !seen.contains_key(k)) {
        c.fail(file, "routine[].id", format!("the {} routine is missing", kind.id()));
    }
    raw.iter()
        .map(|r| Routine {
            id: r.id,
            name: r.name.clone(),
            when: r.when.clone(),
            summary: r.summary.clone(),
            items: r
                .items
                .iter()
                .map(|i| RoutineItem {
                    movement: i.movement.clone(),
                    rest_between_sets_s: i.rest_between_sets_s,
                    rest_after_s: i.rest_after_s,
                })
                .collect(),
        })
        .collect()
}

fn cite(c: &mut Checker, file: &str, field: &str, ids: &[String], source_ids: &BTreeSet<String>) {
    if ids.is_empty() {
        c.fail(file, field, "name at least one source id from sources.toml");
    }
    for (i, id) in ids.iter().enumerate() {
        if !source_ids.contains(id) {
            c.fail(
                file,
                format!("{field}[{i}]"),
                format!("no source has the id {id:?} (sources.toml)"),
            );
        }
    }
}

fn pages(
    c: &mut Checker,
    raw: &[(String, raw::RawPage)],
    source_ids: &BTreeSet<String>,
) -> Vec<Page> {
    let mut seen = BTreeSet::new();
    for (file, p) in raw {
        c.id(file, "id", &p.id);
        c.unique(&mut seen, file, "id", &p.id);
        if *file != format!("pages/{}.toml", p.id) {
            c.fail(file, "id", format!("the file must be named after its id: pages/{}.toml", p.id));
        }
        c.text(file, "title", &p.title);
        c.text(file, "summary", &p.summary);
        if p.sections.is_empty() {
            c.fail(file, "sections", "a page needs at least one section");
        }
        for (i, s) in p.sections.iter().enumerate() {
            c.text(file, &format!("sections[{i}].heading"), &s.heading);
            c.text(file, &format!("sections[{i}].body"), &s.body);
        }
        cite(c, file, "sources", &p.sources, source_ids);
    }
    raw.iter()
        .map(|(_, p)| Page {
            id: p.id.clone(),
            title: p.title.clone(),
            summary: p.summary.clone(),
            sections: p
                .sections
                .iter()
                .map(|s| Section { heading: s.heading.clone(), body: s.body.trim().to_owned() })
                .collect(),
            sources: p.sources.clone(),
        })
        .collect()
}

fn faq(
    c: &mut Checker,
    file: Option<&(String, Vec<raw::RawFaq>)>,
    source_ids: &BTreeSet<String>,
) -> Vec<Faq> {
    let Some((file, raw)) = file else { return Vec::new() };
    let mut seen = BTreeSet::new();
    for (i, q) in raw.iter().enumerate() {
        let at = |f: &str| format!("faq[{i}].{f}");
        c.id(file, &at("id"), &q.id);
        c.unique(&mut seen, file, &at("id"), &q.id);
        c.text(file, &at("question"), &q.question);
        c.text(file, &at("answer"), &q.answer);
        cite(c, file, &at("sources"), &q.sources, source_ids);
    }
    raw.iter()
        .map(|q| Faq {
            id: q.id.clone(),
            question: q.question.clone(),
            answer: q.answer.trim().to_owned(),
            sources: q.sources.clone(),
        })
        .collect()
}

fn gear(c: &mut Checker, file: Option<&(String, Vec<raw::RawProduct>)>) -> Vec<Product> {
    let Some((file, raw)) = file else { return Vec::new() };
    let mut seen = BTreeSet::new();
    for (i, p) in raw.iter().enumerate() {
        let at = |f: &str| format!("product[{i}].{f}");
        c.id(file, &at("id"), &p.id);
        c.unique(&mut seen, file, &at("id"), &p.id);
        c.text(file, &at("name"), &p.name);
        c.text(file, &at("description"), &p.description);
        c.text(file, &at("offer"), &p.offer);
        if p.price_pence == 0 {
            c.fail(file, at("price_pence"), "a product needs its price in pence");
        }
    }
    raw.iter()
        .map(|p| Product {
            id: p.id.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            price_pence: p.price_pence,
            offer: p.offer.clone(),
        })
        .collect()
}

/// Attaches each movement's picture, checking that it is a self-contained, accessible SVG: no
/// script, no event handlers, no external references (the page's CSP would block them anyway,
/// and the binary must work offline).
fn illustrations(c: &mut Checker, files: &[(String, String)], movements: &mut [Movement]) {
    for (file, svg) in files {
        let id = file.trim_start_matches("illustrations/").trim_end_matches(".svg");
        let Some(movement) = movements.iter_mut().find(|m| m.id == id) else {
            c.fail(
                file,
                "",
                format!("no movement has the id {id:?}: name the file after a movement"),
            );
            continue;
        };
        let body = svg.trim_start_matches('\u{feff}').trim_start();
        let body = if body.starts_with("<?xml") {
            body.split_once("?>").map_or("", |(_, rest)| rest.trim_start())
        } else {
            body
        };
        let lower = body.to_ascii_lowercase();
        if !lower.starts_with("<svg") {
            c.fail(file, "svg", "the file must be an <svg> element");
        }
        for (needle, problem) in [
            ("role=\"img\"", "the <svg> needs role=\"img\" so screen readers announce it"),
            ("<title", "the picture needs a <title>"),
            ("viewbox=", "the <svg> needs a viewBox so it scales"),
        ] {
            if !lower.contains(needle) {
                c.fail(file, "svg", problem);
            }
        }
        for (needle, problem) in [
            ("<script", "no <script> in pictures"),
            ("<foreignobject", "no <foreignObject> in pictures"),
            ("http:", "no external references in pictures"),
            ("https:", "no external references in pictures"),
        ] {
            // The SVG namespace is a name, not a reference.
            let without_namespace = lower.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            if without_namespace.contains(needle) {
                c.fail(file, "svg", problem);
            }
        }
        if lower
            .split(|ch: char| ch.is_whitespace())
            .any(|word| word.starts_with("on") && word.contains('='))
        {
            c.fail(file, "svg", "no event-handler attributes (on…=) in pictures");
        }
        // Pictures are inlined into pages (so that currentColor follows dark mode), several to a
        // page: give each its own ids so that aria-labelledby points at its own title.
        let prefix = format!("ill-{id}");
        movement.illustration_svg = body
            .replace("id=\"t\"", &format!("id=\"{prefix}-t\""))
            .replace("id=\"d\"", &format!("id=\"{prefix}-d\""))
            .replace(
                "aria-labelledby=\"t d\"",
                &format!("aria-labelledby=\"{prefix}-t {prefix}-d\""),
            );
    }
    for movement in movements.iter().filter(|m| !m.illustration_svg.is_empty()) {
        picture_words(c, movement);
    }
    for movement in movements.iter().filter(|m| m.illustration_svg.is_empty()) {
        c.fail(
            &format!("illustrations/{}.svg", movement.id),
            "",
            "this movement's picture is missing",
        );
    }
}

/// The picture's `<title>` is the movement's name and its `<desc>` the movement's
/// `illustration_alt`, word for word, so a screen reader hears the same text on every page; its
/// labels are plain words, which a translation gives in its `illustrations.toml`.
fn picture_words(c: &mut Checker, movement: &Movement) {
    let file = format!("illustrations/{}.svg", movement.id);
    let svg_text = movement.illustration_svg.as_str();
    for (tag, field, want) in [
        ("title", "name", &movement.name),
        ("desc", "illustration_alt", &movement.illustration_alt),
    ] {
        match svg::inner_texts(svg_text, tag).as_slice() {
            [range] if svg_text[range.clone()] == svg::escape(want) => {}
            [_] => c.fail(
                &file,
                tag,
                format!(
                    "the <{tag}> must be the movement's {field} word for word: {want:?} \
                     (movements/{}.toml)",
                    movement.id
                ),
            ),
            found => c.fail(
                &file,
                tag,
                format!("the picture needs exactly one <{tag}>, has {}", found.len()),
            ),
        }
    }
    for range in svg::inner_texts(svg_text, "text") {
        let label = &svg_text[range];
        if label.trim().is_empty() || label.contains(['<', '&']) {
            c.fail(
                &file,
                "text",
                format!(
                    "a label must be a plain word or two, not {label:?}, so it can be translated"
                ),
            );
        }
    }
}

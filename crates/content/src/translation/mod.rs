//! Builds the programme in each translated language from the validated English one: the
//! English programme gives every id, number, dose, rest, reference and picture, and the
//! language's files give the words. A translation is refused unless it is whole: every
//! movement, page, exercise, routine, FAQ entry, product and picture label has its text, every
//! list has as many entries as the English one, no id is unknown, and every number and rule id
//! the English states is stated again.

pub(crate) mod raw;

use std::collections::{BTreeMap, BTreeSet};

use runwell_domain::programme::Programme;

use self::raw::{ILLUSTRATIONS, Keyed, MovementText, PageText, RawTranslation};
use crate::check::Checker;
use crate::files::{EXERCISES, FAQ, GEAR, ROUTINES};
use crate::{ContentErrors, Lang, facts, svg};

/// The longest picture label: a label sits centred under its half of a 320-unit-wide picture
/// in 14-unit bold type, where about 18 characters fit.
const MAX_LABEL_CHARS: usize = 18;

/// The programme in every translated language, in the order of [`Lang::TRANSLATED`].
pub(crate) fn build(
    english: &Programme,
    translations: &BTreeMap<Lang, RawTranslation>,
) -> Result<[Programme; 2], ContentErrors> {
    let mut c = Checker::default();
    let empty = RawTranslation::default();
    let built = Lang::TRANSLATED
        .map(|lang| translate(&mut c, english, lang, translations.get(&lang).unwrap_or(&empty)));
    if c.errors.is_empty() { Ok(built) } else { Err(ContentErrors(c.errors)) }
}

/// The programme in one translated language, checked as [`build`] checks it.
pub(crate) fn build_one(
    english: &Programme,
    lang: Lang,
    translation: &RawTranslation,
) -> Result<Programme, ContentErrors> {
    let mut c = Checker::default();
    let built = translate(&mut c, english, lang, translation);
    if c.errors.is_empty() { Ok(built) } else { Err(ContentErrors(c.errors)) }
}

/// Where a translated text lives and the English file it must match.
struct Place<'a> {
    lang: Lang,
    file: &'a str,
    english: &'a str,
}

impl Place<'_> {
    /// Puts `translated` in place of the English `target`, checking that it is written and
    /// states the English text's numbers and rule ids.
    fn text(&self, c: &mut Checker, field: &str, target: &mut String, translated: &str) {
        c.text(self.file, field, translated);
        let (missing, extra) = facts::difference(target, translated);
        if !missing.is_empty() || !extra.is_empty() {
            let mut said = Vec::new();
            if !missing.is_empty() {
                said.push(format!("it lacks {}", missing.join(", ")));
            }
            if !extra.is_empty() {
                said.push(format!("it adds {}", extra.join(", ")));
            }
            c.fail(
                self.file,
                field,
                format!(
                    "states other numbers or rule ids than the English {} ({}): facts carry \
                     over unchanged, so write each number the English gives in digits, and no \
                     other",
                    self.english,
                    said.join("; ")
                ),
            );
        }
        translated.trim().clone_into(target);
    }

    /// Puts each of `translated` in place of its English counterpart; the lists must be as long.
    fn list(&self, c: &mut Checker, field: &str, target: &mut [String], translated: &[String]) {
        if target.len() != translated.len() {
            c.fail(
                self.file,
                field,
                format!(
                    "has {} entries, the English {} has {}: a translation gives every entry in \
                     the English order, so that each one matches its counterpart (the guided \
                     session reads the steps in turn, and levels are climbed by number)",
                    translated.len(),
                    self.english,
                    target.len()
                ),
            );
            return;
        }
        for (i, (target, translated)) in target.iter_mut().zip(translated).enumerate() {
            self.text(c, &format!("{field}[{i}]"), target, translated);
        }
    }

    fn missing(&self, c: &mut Checker, field: &str, what: &str) {
        c.fail(
            self.file,
            field,
            format!(
                "the {} text of {what} is missing (see {})",
                self.lang.english_name(),
                self.english
            ),
        );
    }
}

fn translate(c: &mut Checker, english: &Programme, lang: Lang, t: &RawTranslation) -> Programme {
    let mut p = english.clone();
    if !t.any {
        c.fail(
            &format!("{}/", lang.tag()),
            "",
            format!(
                "the {} text is missing: every language needs the whole programme (see \
                 content/SCHEMA.md)",
                lang.english_name()
            ),
        );
        return p;
    }
    let labels = labels(c, lang, english, t.labels.as_ref());
    movements(c, lang, &mut p, &t.movements, &labels);
    pages(c, lang, &mut p, &t.pages);
    let names = (EXERCISES, "exercise", "exercise");
    let exercises = keyed(c, lang, names, &ids(&p.exercises, |e| &e.id), &t.exercises);
    for (e, text) in p.exercises.iter_mut().zip(exercises) {
        if let Some((place, at, text)) = text {
            place.text(c, &format!("{at}.name"), &mut e.name, &text.name);
            place.text(c, &format!("{at}.summary"), &mut e.summary, &text.summary);
        }
    }
    let names = (ROUTINES, "routine", "routine");
    let routines = keyed(c, lang, names, &ids(&p.routines, |r| r.id.id()), &t.routines);
    for (r, text) in p.routines.iter_mut().zip(routines) {
        if let Some((place, at, text)) = text {
            place.text(c, &format!("{at}.name"), &mut r.name, &text.name);
            place.text(c, &format!("{at}.when"), &mut r.when, &text.when);
            place.text(c, &format!("{at}.summary"), &mut r.summary, &text.summary);
        }
    }
    let faq = keyed(c, lang, (FAQ, "faq", "question"), &ids(&p.faq, |q| &q.id), &t.faq);
    for (q, text) in p.faq.iter_mut().zip(faq) {
        if let Some((place, at, text)) = text {
            place.text(c, &format!("{at}.question"), &mut q.question, &text.question);
            place.text(c, &format!("{at}.answer"), &mut q.answer, &text.answer);
        }
    }
    let gear = keyed(c, lang, (GEAR, "product", "product"), &ids(&p.gear, |g| &g.id), &t.gear);
    for (g, text) in p.gear.iter_mut().zip(gear) {
        if let Some((place, at, text)) = text {
            place.text(c, &format!("{at}.description"), &mut g.description, &text.description);
            place.text(c, &format!("{at}.offer"), &mut g.offer, &text.offer);
        }
    }
    p
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|item| id(item).to_owned()).collect()
}

/// Pairs each English id with its entry in a keyed translation file (`[faq.<id>]`, whose
/// fields are named `faq.<id>.answer`), reporting a missing file, a missing entry and an entry
/// whose id the English file does not have.
fn keyed<'t, T>(
    c: &mut Checker,
    lang: Lang,
    (name, table, what): (&'static str, &str, &str),
    english_ids: &[String],
    file: &'t Keyed<T>,
) -> Vec<Option<(Place<'t>, String, &'t T)>> {
    let Some((path, entries)) = file else {
        c.fail(
            &format!("{}/{name}", lang.tag()),
            "",
            format!("this file is missing: it holds the {} text of {name}", lang.english_name()),
        );
        return english_ids.iter().map(|_| None).collect();
    };
    for id in entries.keys().filter(|id| !english_ids.contains(id)) {
        c.fail(
            path,
            format!("{table}.{id}"),
            format!("{name} has no {what} {id:?}: remove this entry or use an id from {name}"),
        );
    }
    english_ids
        .iter()
        .map(|id| {
            let place = Place { lang, file: path, english: name };
            let at = format!("{table}.{id}");
            match entries.get(id) {
                Some(text) => Some((place, at, text)),
                None => {
                    place.missing(c, &at, &format!("{what} {id:?}"));
                    None
                }
            }
        })
        .collect()
}

/// The English and the translated path of one file in a folder.
struct Paths {
    english: String,
    file: String,
}

impl Paths {
    fn place(&self, lang: Lang) -> Place<'_> {
        Place { lang, file: &self.file, english: &self.english }
    }
}

/// A translation's files in one folder (`movements/`, `pages/`), each claimed by an English id.
struct Folder<'t, T> {
    lang: Lang,
    folder: &'static str,
    what: &'static str,
    files: &'t [(String, T)],
    claimed: BTreeSet<&'t str>,
}

impl<'t, T> Folder<'t, T> {
    fn new(lang: Lang, folder: &'static str, what: &'static str, files: &'t [(String, T)]) -> Self {
        Self { lang, folder, what, files, claimed: BTreeSet::new() }
    }

    /// The file that translates `<folder>/<id>.toml`, reported when it is missing.
    fn claim(&mut self, c: &mut Checker, id: &str) -> Option<(Paths, &'t T)> {
        let english = format!("{}/{id}.toml", self.folder);
        let file = format!("{}/{english}", self.lang.tag());
        let paths = Paths { english, file };
        match self.files.iter().find(|(f, _)| *f == paths.file) {
            Some((file, text)) => {
                self.claimed.insert(file);
                Some((paths, text))
            }
            None => {
                paths.place(self.lang).missing(c, "", &format!("{} {id:?}", self.what));
                None
            }
        }
    }

    /// Reports the files that no English id claimed.
    fn finish(self, c: &mut Checker) {
        for (file, _) in self.files.iter().filter(|(f, _)| !self.claimed.contains(f.as_str())) {
            c.fail(
                file,
                "",
                format!(
                    "no {} has this file's id: name the file after one in the English {}/",
                    self.what, self.folder
                ),
            );
        }
    }
}

fn movements(
    c: &mut Checker,
    lang: Lang,
    p: &mut Programme,
    files: &[(String, MovementText)],
    labels: &BTreeMap<String, String>,
) {
    let mut folder = Folder::new(lang, "movements", "movement", files);
    for m in &mut p.movements {
        let Some((paths, text)) = folder.claim(c, &m.id) else { continue };
        let place = paths.place(lang);
        place.text(c, "name", &mut m.name, &text.name);
        place.text(c, "summary", &mut m.summary, &text.summary);
        place.text(c, "illustration_alt", &mut m.illustration_alt, &text.illustration_alt);
        place.list(c, "steps", &mut m.steps, &text.steps);
        place.list(c, "benefits", &mut m.benefits, &text.benefits);
        place.list(c, "target_muscles", &mut m.target_muscles, &text.target_muscles);
        place.list(c, "cues", &mut m.cues, &text.cues);
        place.list(c, "mistakes", &mut m.mistakes, &text.mistakes);
        place.text(c, "safety_stop", &mut m.safety_stop, &text.safety_stop);
        let mut variants: Vec<String> = m.levels.iter().map(|l| l.variant.clone()).collect();
        place.list(c, "variants", &mut variants, &text.variants);
        for (level, variant) in m.levels.iter_mut().zip(variants) {
            level.variant = variant;
        }
        m.illustration_svg = picture_in(&m.illustration_svg, &m.name, &m.illustration_alt, labels);
    }
    folder.finish(c);
}

/// The English picture with its title, description and labels in the language: the
/// description is the movement's text alternative, so both say the same thing.
fn picture_in(svg: &str, name: &str, alt: &str, labels: &BTreeMap<String, String>) -> String {
    let mut edits = Vec::new();
    for (tag, text) in [("title", name), ("desc", alt)] {
        edits.extend(svg::inner_texts(svg, tag).into_iter().map(|r| (r, svg::escape(text))));
    }
    for range in svg::inner_texts(svg, "text") {
        if let Some(label) = labels.get(svg[range.clone()].trim()) {
            edits.push((range, svg::escape(label)));
        }
    }
    svg::replace(svg, edits)
}

/// The language's words for the labels the English pictures draw, checked to be complete, each
/// short enough to fit, and none for a word no picture draws.
fn labels(
    c: &mut Checker,
    lang: Lang,
    english: &Programme,
    file: Option<&(String, BTreeMap<String, String>)>,
) -> BTreeMap<String, String> {
    let Some((path, labels)) = file else {
        c.fail(
            &format!("{}/{ILLUSTRATIONS}", lang.tag()),
            "",
            format!(
                "this file is missing: it holds the {} words the pictures draw",
                lang.english_name()
            ),
        );
        return BTreeMap::new();
    };
    let drawn: BTreeSet<&str> = english
        .movements
        .iter()
        .flat_map(|m| {
            let svg = m.illustration_svg.as_str();
            svg::inner_texts(svg, "text").into_iter().map(move |r| svg[r].trim())
        })
        .collect();
    for word in &drawn {
        match labels.get(*word) {
            None => c.fail(
                path,
                format!("labels.{word}"),
                format!(
                    "is missing: the pictures draw the word {word:?}; give its {}",
                    lang.english_name()
                ),
            ),
            Some(label) => {
                c.text(path, &format!("labels.{word}"), label);
                if label.chars().count() > MAX_LABEL_CHARS {
                    c.fail(
                        path,
                        format!("labels.{word}"),
                        format!(
                            "{label:?} is longer than {MAX_LABEL_CHARS} characters and would run \
                             past its half of the picture: use a shorter word"
                        ),
                    );
                }
            }
        }
    }
    for word in labels.keys().filter(|w| !drawn.contains(w.as_str())) {
        c.fail(
            path,
            format!("labels.{word}"),
            format!("no picture draws the word {word:?}: remove it"),
        );
    }
    labels.clone()
}

fn pages(c: &mut Checker, lang: Lang, p: &mut Programme, files: &[(String, PageText)]) {
    let mut folder = Folder::new(lang, "pages", "page", files);
    for page in &mut p.pages {
        let Some((paths, text)) = folder.claim(c, &page.id) else { continue };
        let place = paths.place(lang);
        place.text(c, "title", &mut page.title, &text.title);
        place.text(c, "summary", &mut page.summary, &text.summary);
        if page.sections.len() != text.sections.len() {
            c.fail(
                &paths.file,
                "sections",
                format!(
                    "has {} sections, the English {} has {}: give every section, in the English \
                     order",
                    text.sections.len(),
                    paths.english,
                    page.sections.len()
                ),
            );
            continue;
        }
        for (i, (section, text)) in page.sections.iter_mut().zip(&text.sections).enumerate() {
            place.text(c, &format!("sections[{i}].heading"), &mut section.heading, &text.heading);
            place.text(c, &format!("sections[{i}].body"), &mut section.body, &text.body);
        }
    }
    folder.finish(c);
}

#[cfg(test)]
mod tests;

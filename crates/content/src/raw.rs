//! The content files as written, before validation: one serde struct per file kind, refusing
//! unknown fields so that a misspelt key is reported instead of silently ignored.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use std::collections::BTreeMap;

use crate::translation::raw::{RawTranslation, parse_into, route};
use crate::{ContentError, ContentErrors, Lang};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMovement {
    pub id: String,
    pub name: String,
    pub kind: runwell_domain::programme::MovementKind,
    pub per_side: bool,
    pub summary: String,
    pub illustration_alt: String,
    pub steps: Vec<String>,
    pub benefits: Vec<String>,
    pub target_muscles: Vec<String>,
    pub cues: Vec<String>,
    pub mistakes: Vec<String>,
    pub safety_stop: String,
    pub rep_seconds: Option<u32>,
    #[serde(default)]
    pub evidence: Vec<String>,
    pub levels: Vec<RawLevel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLevel {
    pub variant: String,
    pub sets: Option<u32>,
    pub reps: Option<u32>,
    pub hold_s: Option<u32>,
    pub duration_s: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExercise {
    pub number: u8,
    pub id: String,
    pub name: String,
    pub summary: String,
    pub movements: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRoutine {
    pub id: runwell_domain::programme::RoutineKind,
    pub name: String,
    pub when: String,
    pub summary: String,
    pub items: Vec<RawRoutineItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRoutineItem {
    pub movement: String,
    pub rest_between_sets_s: u32,
    pub rest_after_s: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPage {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub sources: Vec<String>,
    pub sections: Vec<RawSection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    pub heading: String,
    pub body: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFaq {
    pub id: String,
    pub question: String,
    pub answer: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub id: String,
    pub kind: runwell_domain::programme::SourceKind,
    pub citation: String,
    pub rules: Vec<String>,
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProduct {
    pub id: String,
    pub name: String,
    pub description: String,
    pub price_pence: u32,
    pub offer: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExercisesFile {
    exercise: Vec<RawExercise>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutinesFile {
    routine: Vec<RawRoutine>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FaqFile {
    faq: Vec<RawFaq>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<RawSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GearFile {
    product: Vec<RawProduct>,
}

/// Every content file parsed, each item kept with the file it came from.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub movements: Vec<(String, RawMovement)>,
    pub pages: Vec<(String, RawPage)>,
    pub exercises: Option<(String, Vec<RawExercise>)>,
    pub routines: Option<(String, Vec<RawRoutine>)>,
    pub faq: Option<(String, Vec<RawFaq>)>,
    pub sources: Option<(String, Vec<RawSource>)>,
    pub gear: Option<(String, Vec<RawProduct>)>,
    /// `illustrations/<id>.svg` files, by path.
    pub illustrations: Vec<(String, String)>,
    /// The files under `da/` and `sv/`, by language.
    pub translations: BTreeMap<Lang, RawTranslation>,
}

pub(crate) const EXERCISES: &str = "exercises.toml";
pub(crate) const ROUTINES: &str = "routines.toml";
pub(crate) const FAQ: &str = "faq.toml";
pub(crate) const SOURCES: &str = "sources.toml";
pub(crate) const GEAR: &str = "gear.toml";

pub(crate) fn parse_all(files: &[(&str, &str)]) -> Result<Parsed, ContentErrors> {
    let mut parsed = Parsed::default();
    let mut errors = Vec::new();
    for &(path, text) in files {
        if let Some((lang, rest)) = route(path) {
            let translation = parsed.translations.entry(lang).or_default();
            parse_into(translation, path, rest, text, &mut errors);
            continue;
        }
        let result = match path {
            EXERCISES => parse::<ExercisesFile>(path, text)
                .map(|f| parsed.exercises = Some((path.to_owned(), f.exercise))),
            ROUTINES => parse::<RoutinesFile>(path, text)
                .map(|f| parsed.routines = Some((path.to_owned(), f.routine))),
            FAQ => {
                parse::<FaqFile>(path, text).map(|f| parsed.faq = Some((path.to_owned(), f.faq)))
            }
            SOURCES => parse::<SourcesFile>(path, text)
                .map(|f| parsed.sources = Some((path.to_owned(), f.source))),
            GEAR => parse::<GearFile>(path, text)
                .map(|f| parsed.gear = Some((path.to_owned(), f.product))),
            _ if in_folder(path, "movements") => parse::<RawMovement>(path, text)
                .map(|m| parsed.movements.push((path.to_owned(), m))),
            _ if in_folder_with(path, "illustrations", ".svg") => {
                parsed.illustrations.push((path.to_owned(), text.to_owned()));
                Ok(())
            }
            _ if in_folder(path, "pages") => {
                parse::<RawPage>(path, text).map(|p| parsed.pages.push((path.to_owned(), p)))
            }
            _ => Err(ContentError::new(
                path,
                "",
                "runwell does not know this file: movements go in movements/, pages in pages/, \
                 pictures in illustrations/, the Danish and Swedish text in da/ and sv/ (see \
                 content/SCHEMA.md)",
            )),
        };
        if let Err(error) = result {
            errors.push(error);
        }
    }
    for (name, present) in [
        (EXERCISES, parsed.exercises.is_some()),
        (ROUTINES, parsed.routines.is_some()),
        (FAQ, parsed.faq.is_some()),
        (SOURCES, parsed.sources.is_some()),
        (GEAR, parsed.gear.is_some()),
    ] {
        if !present && !errors.iter().any(|e| e.file == name) {
            errors.push(ContentError::new(name, "", "this file is missing"));
        }
    }
    if errors.is_empty() { Ok(parsed) } else { Err(ContentErrors(errors)) }
}

pub(crate) fn in_folder(path: &str, folder: &str) -> bool {
    in_folder_with(path, folder, ".toml")
}

fn in_folder_with(path: &str, folder: &str, extension: &str) -> bool {
    path.strip_prefix(folder)
        .and_then(|rest| rest.strip_prefix('/'))
        .is_some_and(|name| !name.contains('/') && name.ends_with(extension))
}

/// Parses one file, turning a serde error into a [`ContentError`] that names the field.
pub(crate) fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, ContentError> {
    toml::from_str::<T>(text).map_err(|error| {
        let message = error.message().to_owned();
        let field = field_in_message(&message)
            .or_else(|| error.span().and_then(|span| key_at(text, span.start)))
            .unwrap_or_default();
        let line =
            error.span().map(|span| text[..span.start.min(text.len())].lines().count().max(1));
        let message = match line {
            Some(line) => format!("{message} (line {line})"),
            None => message,
        };
        ContentError::new(path, field, message)
    })
}

/// serde names the field in "missing field `x`" and "unknown field `x`".
pub(crate) fn field_in_message(message: &str) -> Option<String> {
    let start = message.find("field `")? + "field `".len();
    let end = message[start..].find('`')? + start;
    Some(message[start..end].to_owned())
}

/// The key on the line where a value failed to parse: `reps = "ten"` gives `reps`.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next()?;
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    (!key.is_empty()).then(|| key.to_owned())
}

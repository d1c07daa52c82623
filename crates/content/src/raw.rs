//! The content files as written, before validation: one serde struct per file kind, refusing
//! unknown fields so that a misspelt key is reported instead of silently ignored.

use serde::Deserialize;

use std::collections::BTreeMap;

use crate::files::{EXERCISES, FAQ, GEAR, ROUTINES, SOURCES, in_folder, in_folder_with, parse};
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

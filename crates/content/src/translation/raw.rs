//! A translation's files as written: text only, keyed by the English ids, unknown fields refused.
//! Each file under `<tag>/` mirrors the English file of the same path, so `da/movements/clamshell.toml`
//! holds the Danish words of `movements/clamshell.toml` and nothing else.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::ContentError;
use crate::Lang;
use crate::files::{EXERCISES, FAQ, GEAR, ROUTINES, SOURCES, field_in_message, in_folder, parse};

/// The file of a translation that gives the words drawn inside the pictures.
pub(crate) const ILLUSTRATIONS: &str = "illustrations.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MovementText {
    pub name: String,
    pub summary: String,
    pub illustration_alt: String,
    pub steps: Vec<String>,
    pub benefits: Vec<String>,
    pub target_muscles: Vec<String>,
    pub cues: Vec<String>,
    pub mistakes: Vec<String>,
    pub safety_stop: String,
    /// Each level's variant, easiest first, as the English `[[levels]]` give them.
    pub variants: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExerciseText {
    pub name: String,
    pub summary: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoutineText {
    pub name: String,
    pub when: String,
    pub summary: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PageText {
    pub title: String,
    pub summary: String,
    pub sections: Vec<SectionText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SectionText {
    pub heading: String,
    pub body: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FaqText {
    pub question: String,
    pub answer: String,
}

/// A product's name stays as the shop sells it; its description and offer are translated.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProductText {
    pub description: String,
    pub offer: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IllustrationsFile {
    /// The English word a picture draws (its `<text>`), and this language's word for it.
    labels: BTreeMap<String, String>,
}

/// A keyed file: its path, and its entries by English id.
pub(crate) type Keyed<T> = Option<(String, BTreeMap<String, T>)>;

/// One language's files, each kept with its path.
#[derive(Debug, Default)]
pub(crate) struct RawTranslation {
    pub movements: Vec<(String, MovementText)>,
    pub pages: Vec<(String, PageText)>,
    pub exercises: Keyed<ExerciseText>,
    pub routines: Keyed<RoutineText>,
    pub faq: Keyed<FaqText>,
    pub gear: Keyed<ProductText>,
    pub labels: Keyed<String>,
    /// Whether any file of this language was given at all.
    pub any: bool,
}

/// The translation a path belongs to, and its path inside that language's folder:
/// `da/faq.toml` gives (Danish, `faq.toml`). English has no folder: it is the base.
pub(crate) fn route(path: &str) -> Option<(Lang, &str)> {
    let (folder, rest) = path.split_once('/')?;
    let lang = Lang::TRANSLATED.into_iter().find(|l| l.tag() == folder)?;
    Some((lang, rest))
}

/// Parses one file of a translation into `t`; `rest` is its path inside the language's folder.
/// Problems go to `errors`, every entry of a keyed file checked on its own.
pub(crate) fn parse_into(
    t: &mut RawTranslation,
    path: &str,
    rest: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) {
    t.any = true;
    let owned = || path.to_owned();
    let result = match rest {
        EXERCISES => {
            keyed(path, text, "exercise", errors).map(|f| t.exercises = Some((owned(), f)))
        }
        ROUTINES => keyed(path, text, "routine", errors).map(|f| t.routines = Some((owned(), f))),
        FAQ => keyed(path, text, "faq", errors).map(|f| t.faq = Some((owned(), f))),
        GEAR => keyed(path, text, "product", errors).map(|f| t.gear = Some((owned(), f))),
        ILLUSTRATIONS => {
            parse::<IllustrationsFile>(path, text).map(|f| t.labels = Some((owned(), f.labels)))
        }
        _ if in_folder(rest, "movements") => {
            parse::<MovementText>(path, text).map(|m| t.movements.push((owned(), m)))
        }
        _ if in_folder(rest, "pages") => {
            parse::<PageText>(path, text).map(|p| t.pages.push((owned(), p)))
        }
        SOURCES => Err(ContentError::new(
            path,
            "",
            "sources are not translated: a citation stays as it was published, in its own \
             language (remove this file)",
        )),
        _ => Err(ContentError::new(
            path,
            "",
            "a translation holds only text: movements/<id>.toml, pages/<id>.toml, exercises.toml, \
             routines.toml, faq.toml, gear.toml and illustrations.toml (see content/SCHEMA.md)",
        )),
    };
    if let Err(error) = result {
        errors.push(error);
    }
}

/// Reads a file of `[<table>.<id>]` entries. The file must parse as a whole; each entry is then
/// read on its own, so that every broken entry is reported with its id (`faq.keep-running.answer`)
/// and the others are kept.
fn keyed<T: DeserializeOwned>(
    path: &str,
    text: &str,
    table: &str,
    errors: &mut Vec<ContentError>,
) -> Result<BTreeMap<String, T>, ContentError> {
    let mut file = parse::<BTreeMap<String, BTreeMap<String, toml::Value>>>(path, text)?;
    let entries = file.remove(table).unwrap_or_default();
    for other in file.keys() {
        errors.push(ContentError::new(
            path,
            other.as_str(),
            format!("unknown table `{other}`: this file holds [{table}.<id>] tables only"),
        ));
    }
    let mut out = BTreeMap::new();
    for (id, value) in entries {
        match value.try_into::<T>() {
            Ok(entry) => {
                out.insert(id, entry);
            }
            Err(error) => {
                let message = error.message().to_owned();
                let field = match field_in_message(&message) {
                    Some(field) => format!("{table}.{id}.{field}"),
                    None => format!("{table}.{id}"),
                };
                errors.push(ContentError::new(path, field, message));
            }
        }
    }
    Ok(out)
}

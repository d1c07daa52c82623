//! runwell's hip programme, read from the TOML files in `content/` (compiled into the binary)
//! and validated into a [`runwell_domain::programme::Programme`], in English, Danish and Swedish.
//!
//! [`embedded`] gives the English programme the binary carries and [`embedded_in`] the same
//! programme in a [`Lang`] (each language read when first asked for); [`load`] and [`load_all`] read any set of files, which is how the
//! tests prove that a broken file is refused with its path and field named. Every reference is
//! resolved and every dosage ladder checked here, and every translation is checked to be whole
//! (every movement, field, list entry and page, with the English numbers and rule ids), so the
//! rest of runwell can rely on the programme being whole in each language. This crate depends
//! only on `runwell-domain`; it does no IO at run time (the files are compiled in by `build.rs`).

mod check;
mod error;
mod facts;
mod files;
mod lang;
mod raw;
mod svg;
mod translation;
mod validate;

use std::sync::OnceLock;

pub use error::{ContentError, ContentErrors};
pub use lang::{Lang, UnknownLang};
use runwell_domain::programme::Programme;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/files.rs"));
}

/// The content files compiled into this build, as (path under `content/`, text).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    generated::FILES
}

/// The programme in every language. Each has the English ids, numbers, doses, rests,
/// references and structure; only the words differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Programmes {
    by_lang: [Programme; 3],
}

impl Programmes {
    pub fn get(&self, lang: Lang) -> &Programme {
        &self.by_lang[lang.index()]
    }
}

/// The programme compiled into this build, in every language. `cargo test` proves it valid, so
/// an error here means the binary was built from content that never passed its tests.
pub fn embedded_all() -> Result<&'static Programmes, &'static ContentErrors> {
    static PROGRAMMES: OnceLock<Result<Programmes, ContentErrors>> = OnceLock::new();
    PROGRAMMES.get_or_init(|| load_all(embedded_files())).as_ref()
}

/// The programme compiled into this build, in `lang`. Each language is read the first time it
/// is asked for, not before: a `runwell today` in English spent a tenth of its time reading
/// the Danish and Swedish files. (`cargo test` reads and checks all three.)
pub fn embedded_in(lang: Lang) -> Result<&'static Programme, &'static ContentErrors> {
    type Loaded = OnceLock<Result<Programme, ContentErrors>>;
    static ENGLISH: Loaded = OnceLock::new();
    static TRANSLATED: [Loaded; 2] = [OnceLock::new(), OnceLock::new()];
    let english = ENGLISH
        .get_or_init(|| {
            let english_files: Vec<_> = embedded_files()
                .iter()
                .copied()
                .filter(|(path, _)| translation::raw::route(path).is_none())
                .collect();
            validate::build(raw::parse_all(&english_files)?)
        })
        .as_ref();
    let Some(slot) = Lang::TRANSLATED.iter().position(|&l| l == lang) else { return english };
    let english = english?;
    TRANSLATED[slot]
        .get_or_init(|| {
            let mut errors = Vec::new();
            let mut raw = translation::raw::RawTranslation::default();
            for &(path, text) in embedded_files() {
                if let Some((_, rest)) = translation::raw::route(path).filter(|(of, _)| *of == lang)
                {
                    translation::raw::parse_into(&mut raw, path, rest, text, &mut errors);
                }
            }
            if !errors.is_empty() {
                return Err(ContentErrors(errors));
            }
            translation::build_one(english, lang, &raw)
        })
        .as_ref()
}

/// The programme compiled into this build, in English.
pub fn embedded() -> Result<&'static Programme, &'static ContentErrors> {
    embedded_in(Lang::En)
}

/// Reads and validates the programme in every language from `(path, text)` pairs, paths
/// relative to `content/`. The English files come first: a translation is checked against the
/// English programme only once that is valid.
pub fn load_all(files: &[(&str, &str)]) -> Result<Programmes, ContentErrors> {
    let mut parsed = raw::parse_all(files)?;
    let translations = std::mem::take(&mut parsed.translations);
    let english = validate::build(parsed)?;
    let [da, sv] = translation::build(&english, &translations)?;
    Ok(Programmes { by_lang: [english, da, sv] })
}

/// Reads and validates the programme from `(path, text)` pairs and gives it in English. Every
/// language is checked, so a set of files with a broken translation is refused here too.
pub fn load(files: &[(&str, &str)]) -> Result<Programme, ContentErrors> {
    let [english, _, _] = load_all(files)?.by_lang;
    Ok(english)
}

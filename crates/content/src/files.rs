//! The content files' names and how one is read: shared by the English files (`raw`) and the
//! translations (`translation::raw`), so that neither has to reach into the other.

use serde::de::DeserializeOwned;

use crate::ContentError;

pub(crate) const EXERCISES: &str = "exercises.toml";
pub(crate) const ROUTINES: &str = "routines.toml";
pub(crate) const FAQ: &str = "faq.toml";
pub(crate) const SOURCES: &str = "sources.toml";
pub(crate) const GEAR: &str = "gear.toml";

pub(crate) fn in_folder(path: &str, folder: &str) -> bool {
    in_folder_with(path, folder, ".toml")
}

pub(crate) fn in_folder_with(path: &str, folder: &str, extension: &str) -> bool {
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

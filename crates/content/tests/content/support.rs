//! Broken file sets for the tests: the embedded files with one of them edited, dropped or added.

use runwell_content::{ContentErrors, embedded_files, load};

/// The embedded files with `path`'s text replaced by `edit` applied to it.
pub(crate) fn with_edit(path: &str, edit: impl Fn(&str) -> String) -> Vec<(&'static str, String)> {
    let mut found = false;
    let files = embedded_files()
        .iter()
        .map(|&(p, text)| {
            if p == path {
                found = true;
                (p, edit(text))
            } else {
                (p, text.to_owned())
            }
        })
        .collect();
    assert!(found, "no content file {path}");
    files
}

pub(crate) fn load_owned(files: &[(&str, String)]) -> Result<(), ContentErrors> {
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    load(&borrowed).map(|_| ())
}

/// Loading must fail with an error on `file` naming `field` and containing `words`.
pub(crate) fn check_refused(files: &[(&str, String)], file: &str, field: &str, words: &str) {
    let errors = load_owned(files).expect_err("broken content must be refused");
    let shown = errors.to_string();
    assert!(
        errors
            .iter()
            .any(|e| e.file == file && e.field.contains(field) && e.message.contains(words)),
        "expected an error on {file}, field {field}, saying {words:?}; got:\n{shown}"
    );
    assert!(shown.contains(&format!("content/{file}")), "{shown}");
}

/// Replaces the first occurrence of `from` by `to`, failing loudly if the file lacks it.
pub(crate) fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture text {from:?} not found");
    text.replacen(from, to, 1)
}

/// The embedded files without those `drop` picks.
pub(crate) fn without(drop: impl Fn(&str) -> bool) -> Vec<(&'static str, String)> {
    let files: Vec<(&str, String)> = embedded_files()
        .iter()
        .filter(|(p, _)| !drop(p))
        .map(|(p, t)| (*p, (*t).to_owned()))
        .collect();
    assert!(files.len() < embedded_files().len(), "nothing was dropped");
    files
}

/// The embedded files and one more.
pub(crate) fn with_added(path: &'static str, text: &str) -> Vec<(&'static str, String)> {
    assert!(embedded_files().iter().all(|(p, _)| *p != path), "{path} already exists");
    let mut files = without_nothing();
    files.push((path, text.to_owned()));
    files
}

fn without_nothing() -> Vec<(&'static str, String)> {
    embedded_files().iter().map(|(p, t)| (*p, (*t).to_owned())).collect()
}

/// The text of one embedded file.
pub(crate) fn file(path: &str) -> &'static str {
    embedded_files().iter().find(|(p, _)| *p == path).map(|(_, t)| *t).expect("a content file")
}

/// `text` without the TOML table that starts at the line `header` (up to the next table).
pub(crate) fn drop_table(text: &str, header: &str) -> String {
    let start = text.find(&format!("\n{header}\n")).expect("the table is in the file") + 1;
    let end = text[start + header.len()..]
        .find("\n[")
        .map_or(text.len(), |i| start + header.len() + i + 1);
    format!("{}{}", &text[..start], &text[end..])
}

/// `text` without its first line that starts (after indentation) with `prefix`.
pub(crate) fn drop_line(text: &str, prefix: &str) -> String {
    let mut dropped = false;
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| {
            let drop = !dropped && line.trim_start().starts_with(prefix);
            dropped |= drop;
            !drop
        })
        .collect();
    assert!(dropped, "no line starts with {prefix:?}");
    kept.join("\n")
}

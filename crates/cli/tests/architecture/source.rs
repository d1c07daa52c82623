//! A crate's source as the module checks read it: each file's module path and its text with
//! comments and test code left out (a test may reach anything), and the `crate::` and `super::`
//! paths in it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A module inside a crate, as its path from the crate root (`[]` is `lib.rs` or `main.rs`).
pub(crate) type ModulePath = Vec<String>;

/// Every module of the crate in `crates/{name}`, with its code (comments and test code gone).
pub(crate) fn modules(name: &str) -> BTreeMap<ModulePath, String> {
    let src = root().join("crates").join(name).join("src");
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let texts: Vec<(PathBuf, String)> =
        files.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).unwrap())).collect();
    let test_only = test_only_files(&texts);
    let mut out: BTreeMap<ModulePath, String> = BTreeMap::new();
    for (path, text) in &texts {
        if test_only.contains(path) {
            continue;
        }
        let Some(module) = module_path(path.strip_prefix(&src).unwrap()) else { continue };
        out.entry(module).or_default().push_str(&code(text));
    }
    out
}

/// `a/b.rs` and `a/b/mod.rs` are `[a, b]`; `lib.rs` and `main.rs` the root; `bin/` holds other
/// crates' roots and is left out.
fn module_path(relative: &Path) -> Option<ModulePath> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") {
        return None;
    }
    if parts.last().is_some_and(|p| p == "mod" || p == "lib" || p == "main") {
        parts.pop();
    }
    Some(parts)
}

/// The files declared `#[cfg(test)] mod name;` (or with a `#[path]`), and any `tests.rs`.
fn test_only_files(texts: &[(PathBuf, String)]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for (path, text) in texts {
        if path.file_name().is_some_and(|f| f == "tests.rs") {
            out.insert(path.clone());
        }
        let dir = match path.file_name().and_then(|f| f.to_str()) {
            Some("mod.rs" | "lib.rs" | "main.rs") => path.parent().unwrap().to_owned(),
            _ => path.with_extension(""),
        };
        let mut rest = text.as_str();
        while let Some(at) = rest.find("#[cfg(test)]") {
            rest = &rest[at + "#[cfg(test)]".len()..];
            let head = rest.trim_start();
            let (explicit, head) = match head.strip_prefix("#[path = \"") {
                Some(after) => {
                    let end = after.find('"').unwrap();
                    (Some(&after[..end]), after[end..].split_once(']').unwrap().1.trim_start())
                }
                None => (None, head),
            };
            let Some(decl) = head.strip_prefix("mod ") else { continue };
            let name: String =
                decl.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !decl[name.len()..].trim_start().starts_with(';') {
                continue;
            }
            let file = match explicit {
                Some(file) => path.parent().unwrap().join(file),
                None => dir.join(format!("{name}.rs")),
            };
            out.insert(file.clone());
            out.insert(dir.join(name).join("mod.rs"));
        }
    }
    out
}

/// The code of a file: line comments, and `#[cfg(test)]` items with a body, left out.
fn code(text: &str) -> String {
    let without_comments: String = text
        .lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::with_capacity(without_comments.len());
    let mut rest = without_comments.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // The item runs to its `;`, or to the brace that closes its body.
        let end = match (rest.find('{'), rest.find(';')) {
            (Some(open), Some(semi)) if semi < open => semi + 1,
            (Some(open), _) => closing_brace(rest, open),
            (None, Some(semi)) => semi + 1,
            (None, None) => rest.len(),
        };
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn closing_brace(text: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// Every path after `prefix::` in `text`, braces expanded: `crate::{a::B, c}` is `[a, B]` and
/// `[c]`.
pub(crate) fn paths_after(text: &str, prefix: &str) -> Vec<Vec<String>> {
    let marker = format!("{prefix}::");
    let mut out = Vec::new();
    for (at, _) in text.match_indices(&marker) {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        tree(&text[at + marker.len()..], Vec::new(), &mut out);
    }
    out
}

/// The paths of one use tree starting at `text`, each after `base`.
fn tree(text: &str, base: Vec<String>, out: &mut Vec<Vec<String>>) {
    let text = text.trim_start();
    if let Some(inner) = text.strip_prefix('{') {
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    tree(&inner[start..i], base.clone(), out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    tree(&inner[start..i], base.clone(), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let name: String = text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if name.is_empty() {
        if !base.is_empty() {
            out.push(base);
        }
        return;
    }
    let mut path = base;
    path.push(name.clone());
    match text[name.len()..].strip_prefix("::") {
        Some(rest) => tree(rest, path, out),
        None => out.push(path),
    }
}

#[test]
fn the_reader_expands_paths_and_leaves_tests_out() {
    let text = "use crate::{a::B, c::{d, e::F}};\nlet x = crate::g::h(); my_crate::z; super::y";
    let got = paths_after(text, "crate");
    let want: Vec<Vec<&str>> =
        vec![vec!["a", "B"], vec!["c", "d"], vec!["c", "e", "F"], vec!["g", "h"]];
    assert_eq!(got, want);
    assert_eq!(paths_after(text, "super"), [["y"]]);
    let code = code("use a; // crate::x\n#[cfg(test)]\nmod tests { use crate::y; { } }\nuse b;");
    assert!(code.contains("use a;") && code.contains("use b;"), "{code}");
    assert!(!code.contains("crate::"), "{code}");
    assert_eq!(module_path(Path::new("routes/mod.rs")).unwrap(), ["routes"]);
    assert_eq!(module_path(Path::new("lib.rs")).unwrap(), Vec::<String>::new());
    assert!(module_path(Path::new("bin/make-corpus.rs")).is_none());
}

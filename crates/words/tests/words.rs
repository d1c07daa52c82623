//! Every language is whole: each message file parses, every message of one language exists in
//! every other, and each uses the same placeholders (a translation that dropped `$distance`
//! would hide the runner's number). Plural selectors count as using their variable.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        // A message used inside another counts too, so that a translation cannot drop it.
        InlineExpression::MessageReference { id, .. } => {
            out.insert(format!("@{}", id.name));
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

/// Every message of one language's files, with the variables it uses.
fn messages(lang: &str) -> (Messages, BTreeSet<String>) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut messages = Messages::new();
    let mut files = BTreeSet::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        files.insert(path.file_name().unwrap().to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut vars = BTreeSet::new();
                    let value = message.value.as_ref().unwrap_or_else(|| {
                        panic!("{}: {} has no value", path.display(), message.id.name)
                    });
                    variables_in_pattern(value, &mut vars);
                    let name = message.id.name.to_owned();
                    assert!(
                        messages.insert(name.clone(), vars).is_none(),
                        "{}: {name} is defined twice in {lang}",
                        path.display()
                    );
                }
                Entry::Junk { content } => panic!("{}: cannot read {content:?}", path.display()),
                _ => {}
            }
        }
    }
    (messages, files)
}

#[test]
fn every_message_is_in_every_language_with_the_same_placeholders() {
    let (english, english_files) = messages("en");
    assert!(english.len() > 100, "only {} English messages", english.len());
    for lang in ["da", "sv"] {
        let (translated, files) = messages(lang);
        assert_eq!(files, english_files, "{lang} has other files than en");
        let missing: Vec<_> = english.keys().filter(|k| !translated.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        let extra: Vec<_> = translated.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{lang} has messages English lacks: {extra:?}");
        for (key, vars) in &english {
            assert_eq!(&translated[key], vars, "{lang}'s {key} uses other placeholders");
        }
    }
}

#[test]
fn every_message_renders_in_every_language() {
    // The loader parses the same files at run time; a message it could not read would come back
    // as its id.
    let (english, _) = messages("en");
    // Every variable any message uses, so that one referring to another has all it needs.
    let all: BTreeSet<&str> =
        english.values().flatten().filter(|v| !v.starts_with('@')).map(String::as_str).collect();
    let args: Vec<(&'static str, runwell_words::Arg)> =
        all.iter().map(|v| (&*v.to_string().leak(), runwell_words::Arg::Count(2))).collect();
    for lang in runwell_words::Lang::ALL {
        let words = runwell_words::Words::new(lang);
        for key in english.keys() {
            let text = words.with(key, &args);
            assert!(text != *key && !text.contains("{$"), "{lang} {key}: {text:?}");
        }
    }
}

/// Every message the code asks for by a literal id exists: a page or a command would otherwise
/// show the id itself (the lookup falls back to it rather than fail). Reads the workspace's
/// templates and Rust sources for `t("…")`, `t1("…"`, `t2("…"`, `get("…")`, `with("…"` and
/// `Text::new("…")`; ids built at run time (`light-{}`) are checked by the words' own tests.
#[test]
fn every_message_the_code_names_exists() {
    let (english, _) = messages("en");
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    let mut folders = vec![crates];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                // Build output and snapshots hold no calls.
                if !matches!(
                    path.file_name().and_then(|n| n.to_str()),
                    Some("target" | "snapshots")
                ) {
                    folders.push(path);
                }
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("rs" | "html")) {
                files.push(path);
            }
        }
    }
    let calls = ["t(\"", "t1(\"", "t2(\"", "get(\"", "with(\"", "Text::new(\""];
    let mut named = 0;
    let mut missing = Vec::new();
    for path in &files {
        let whole = std::fs::read_to_string(path).unwrap();
        // A unit test may ask for a message that is not there on purpose.
        let text = whole.split("#[cfg(test)]").next().unwrap_or_default();
        for call in calls {
            for (at, _) in text.match_indices(call) {
                // A call, not the tail of another name (`get(` but not `target(`).
                let before = text[..at].chars().next_back();
                if call != "Text::new(\"" && before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                // A request's header (`headers().get("hx-request")`), not a message.
                if text[..at].ends_with("headers().") || text[..at].ends_with("headers.") {
                    continue;
                }
                let rest = &text[at + call.len()..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                // Message ids are lower-case words joined by hyphens; other strings passed to a
                // `get` (a header, a map key) are not.
                let is_id = id.contains('-')
                    && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if !is_id {
                    continue;
                }
                named += 1;
                match english.get(id) {
                    None => missing.push(format!("{}: {id}", path.display())),
                    // Asked for without arguments, a message with a placeholder cannot be
                    // written either: it too would show its id.
                    Some(vars)
                        if matches!(call, "t(\"" | "get(\"")
                            && vars.iter().any(|v| !v.starts_with('@')) =>
                    {
                        missing.push(format!("{}: {id} (needs {vars:?})", path.display()));
                    }
                    Some(_) => {}
                }
            }
        }
    }
    assert!(named > 200, "only {named} message ids found in the code");
    assert!(
        missing.is_empty(),
        "messages the code asks for but no file has:\n{}",
        missing.join("\n")
    );
}

//! Boundaries the compiler does not check.
//!
//! - The app hands out its own view types, never the store's: a front end that held a store row
//!   would format it itself, and the storage (SQLite now, a trait with PostgreSQL next) could
//!   not change under it. The app's error wraps the store's (`AppError::Store`), so that its
//!   message reaches the runner; that is the one store type allowed through.
//! - The domain does no IO and reads no clock: every rule is a pure function of its arguments.

use std::collections::BTreeSet;

use crate::source::{modules, paths_after, root};

/// The store's public type names, from what its `lib.rs` re-exports and its public modules.
fn store_types() -> BTreeSet<String> {
    let lib = std::fs::read_to_string(root().join("crates/store/src/lib.rs")).unwrap();
    let mut names: BTreeSet<String> =
        paths_after(&lib.replace("pub use ", "pub use self::"), "self")
            .into_iter()
            .filter_map(|p| p.last().cloned())
            .filter(|n| n.starts_with(char::is_uppercase))
            .collect();
    names.insert("Store".to_owned());
    names.remove("StoreError");
    names
}

/// The public items of `text` (not `pub(crate)`): each from `pub` to its body or its end.
fn public_items(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("pub ") {
        if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '(') {
            continue;
        }
        let item = &text[at..];
        // A function's signature runs to its body; a field, a type or a `use` to its line's end.
        let is_fn =
            ["pub fn ", "pub async fn ", "pub const fn "].iter().any(|p| item.starts_with(p));
        let end = if is_fn {
            item.find(['{', ';']).unwrap_or(item.len())
        } else {
            item.find(['\n', '{']).unwrap_or(item.len())
        };
        out.push(&item[..end]);
    }
    out
}

fn words(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()).collect()
}

#[test]
fn the_app_hands_out_its_own_views_not_the_stores_types() {
    let store_types = store_types();
    assert!(store_types.contains("StoredRun") && store_types.contains("SessionRow"));
    let mut leaks = Vec::new();
    for (module, text) in modules("app") {
        for item in public_items(&text) {
            let named: Vec<&str> = words(item)
                .into_iter()
                .filter(|w| store_types.contains(*w) || *w == "runwell_store")
                .collect();
            if !named.is_empty() {
                leaks.push(format!(
                    "{}: {} ({})",
                    module.join("::"),
                    item.trim(),
                    named.join(", ")
                ));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "the app's public API names the store's types:\n{}",
        leaks.join("\n")
    );
}

/// What the domain may not name: files, the network, processes, the environment, the terminal,
/// threads, async and the clock.
const IO: &[&str] = &[
    "std::fs",
    "std::io",
    "std::net",
    "std::process",
    "std::env",
    "std::thread",
    "std::time",
    "tokio",
    "async ",
    "::now(",
    "println!",
    "eprintln!",
    "print!",
    "eprint!",
    "dbg!",
];

#[test]
fn the_domain_does_no_io_and_reads_no_clock() {
    let mut found = Vec::new();
    for (module, text) in modules("domain") {
        for word in IO {
            if text.contains(word) {
                found.push(format!("{} uses {word}", module.join("::")));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_checks_see_what_they_look_for() {
    let text = "pub struct A {\n    pub runs: Vec<StoredRun>,\n    pub(crate) rows: Vec<SessionRow>,\n}\n\
                pub async fn f(\n    &self,\n) -> Result<StoredRun, E> {\n    x\n}\npub use runwell_store::NewRun;";
    let items = public_items(text);
    assert_eq!(items.len(), 4, "{items:?}");
    assert!(items[1].contains("StoredRun") && items[2].contains("-> Result<StoredRun"));
    assert!(items.iter().all(|i| !i.contains("SessionRow")), "pub(crate) is not public");
    assert!(words(items[3]).contains("runwell_store"));
}

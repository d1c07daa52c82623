//! ARCHITECTURE.md's dependency edges are the real ones: every runwell crate depends on exactly
//! the runwell crates the document allows, and the domain crate only on its listed externals.

use std::collections::{BTreeMap, BTreeSet};

use crate::source::root;

/// The lines of the fenced block that follows `marker` in ARCHITECTURE.md.
fn block_after(doc: &str, marker: &str) -> Vec<String> {
    let start = doc.find(marker).unwrap_or_else(|| panic!("ARCHITECTURE.md lacks {marker:?}"));
    let rest = &doc[start..];
    let open =
        rest.find("```text\n").expect("a ```text block after the marker") + "```text\n".len();
    let close = rest[open..].find("```").expect("the block is closed") + open;
    rest[open..close].lines().map(str::to_owned).filter(|l| !l.trim().is_empty()).collect()
}

fn allowed_edges(doc: &str) -> BTreeMap<String, BTreeSet<String>> {
    block_after(doc, "<!-- edges:")
        .iter()
        .map(|line| {
            let (from, to) = line.split_once("->").expect("each line is `crate -> deps`");
            (from.trim().to_owned(), to.split_whitespace().map(str::to_owned).collect())
        })
        .collect()
}

/// Each workspace crate's package name and its normal and build dependencies.
fn manifests() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(root().join("crates")).unwrap() {
        let path = entry.unwrap().path().join("Cargo.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let manifest: toml::Table = toml::from_str(&text).unwrap();
        let name = manifest["package"]["name"].as_str().unwrap().to_owned();
        let deps = ["dependencies", "build-dependencies"]
            .iter()
            .filter_map(|section| manifest.get(*section).and_then(|v| v.as_table()))
            .flat_map(|table| table.keys().cloned())
            .collect();
        out.insert(name, deps);
    }
    out
}

#[test]
fn runwell_crates_depend_only_along_the_documented_edges() {
    let doc = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let allowed = allowed_edges(&doc);
    let actual = manifests();
    assert_eq!(
        allowed.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>(),
        "ARCHITECTURE.md must list every crate in crates/"
    );
    for (name, deps) in &actual {
        let internal: BTreeSet<String> =
            deps.iter().filter(|d| d.starts_with("runwell")).cloned().collect();
        assert_eq!(
            &internal, &allowed[name],
            "{name}'s runwell dependencies differ from ARCHITECTURE.md's edges"
        );
    }
}

#[test]
fn the_domain_crate_uses_only_its_listed_externals() {
    let doc = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let listed: BTreeSet<String> = block_after(&doc, "<!-- domain-externals:")
        .join(" ")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let actual = &manifests()["runwell-domain"];
    assert_eq!(actual, &listed, "runwell-domain's dependencies differ from ARCHITECTURE.md");
}

#[test]
fn the_edge_parser_reads_the_block() {
    let doc = "x\n<!-- edges: y -->\n```text\na ->\nb -> a\n```\n";
    let edges = allowed_edges(doc);
    assert!(edges["a"].is_empty());
    assert_eq!(edges["b"].iter().collect::<Vec<_>>(), ["a"]);
}

//! No `use` cycle between the modules inside a crate: a module never reaches, through
//! `crate::` or `super::` paths, a module that reaches back to it. Read at every depth (a file
//! is a module; `routes/log.rs` is `routes::log`); a module's use of its own ancestors is how
//! a child uses what its parent holds and is left out, as is test code.

use std::collections::{BTreeMap, BTreeSet};

use crate::source::{ModulePath, modules, paths_after};

const CRATES: [&str; 7] = ["domain", "content", "import", "store", "app", "web", "cli"];

type Graph = BTreeMap<ModulePath, BTreeSet<ModulePath>>;

/// What the crate root re-exports, by name: `pub use advice::local_today` makes
/// `crate::local_today` a use of `advice`.
fn reexports(root: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for path in paths_after(&root.replace("pub use ", "pub use self::"), "self") {
        if path.len() >= 2 {
            out.insert(path.last().unwrap().clone(), path[0].clone());
        }
    }
    out
}

/// The module `path` names: the deepest module of the crate it starts with.
fn resolve(path: &[String], known: &BTreeSet<ModulePath>) -> Option<ModulePath> {
    (1..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| known.contains(p))
}

fn graph(name: &str) -> Graph {
    let modules = modules(name);
    let known: BTreeSet<ModulePath> = modules.keys().cloned().collect();
    let reexported = reexports(modules.get(&Vec::new()).map_or("", String::as_str));
    let mut graph = Graph::new();
    for (module, text) in &modules {
        let mut edges = BTreeSet::new();
        for mut path in paths_after(text, "crate") {
            if let Some(home) = reexported.get(&path[0]).filter(|_| !known.contains(&path[..1])) {
                path.insert(0, home.clone());
            }
            edges.extend(resolve(&path, &known));
        }
        let parent = &module[..module.len().saturating_sub(1)];
        for path in paths_after(text, "super") {
            let full: Vec<String> = parent.iter().chain(&path).cloned().collect();
            edges.extend(resolve(&full, &known));
        }
        // A module's own ancestors (and itself) are not a cycle's edges.
        edges.retain(|e| !module.starts_with(e));
        graph.insert(module.clone(), edges);
    }
    graph
}

/// A cycle through `graph`, if there is one, as the modules in order.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &ModulePath,
        graph: &Graph,
        path: &mut Vec<ModulePath>,
        done: &mut BTreeSet<ModulePath>,
    ) -> Option<Vec<ModulePath>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.clone());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
        .map(|found| found.iter().map(|m| m.join("::")).collect())
}

#[test]
fn no_crate_has_a_use_cycle_between_its_modules() {
    for name in CRATES {
        let graph = graph(name);
        assert!(graph.len() > 3, "{name}'s modules are read: {graph:?}");
        assert_eq!(cycle(&graph), None, "{name} has a use cycle between these modules");
    }
}

#[test]
fn the_import_walker_stays_in_layers() {
    let graph = graph("import");
    let module = |name: &str| vec![name.to_owned()];
    for name in ["walk", "container", "strava", "outcome", "xml", "gpx", "tcx", "fit"] {
        assert!(graph.contains_key(&module(name)), "{name} is read: {graph:?}");
    }
    let leaf = &graph[&module("outcome")];
    assert!(leaf.iter().all(|m| *m == module("activity") || *m == module("error")), "{leaf:?}");
}

#[test]
fn the_cycle_finder_finds_cycles_through_reexports_and_parents() {
    let graph: Graph = [
        (vec!["walk"], vec![vec!["archive"]]),
        (vec!["archive"], vec![vec!["strava"]]),
        (vec!["strava"], vec![vec!["walk"]]),
    ]
    .into_iter()
    .map(|(k, v)| {
        let path = |p: Vec<&str>| p.into_iter().map(str::to_owned).collect::<ModulePath>();
        (path(k), v.into_iter().map(path).collect())
    })
    .collect();
    assert_eq!(cycle(&graph).unwrap(), ["archive", "strava", "walk", "archive"]);
    let root = "pub use advice::{local_today, TodayView};\npub use error::AppError;";
    let got = reexports(root);
    assert_eq!((got["local_today"].as_str(), got["AppError"].as_str()), ("advice", "error"));
    let known: BTreeSet<ModulePath> =
        [vec!["routes".to_owned()], vec!["routes".to_owned(), "log".to_owned()]].into();
    let path = ["routes", "log", "SURFACES"].map(str::to_owned);
    assert_eq!(resolve(&path, &known).unwrap(), ["routes", "log"]);
}

//! The architecture ARCHITECTURE.md describes, checked: the dependency edges between the crates
//! (`edges.rs`), no `use` cycle between the modules inside any crate (`modules.rs`), and the
//! boundaries that no compiler checks (`boundaries.rs`): the app hands out its own views, not
//! the store's types, and the domain does no IO.

mod boundaries;
mod edges;
mod modules;
mod source;

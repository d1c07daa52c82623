//! The message files are compiled in: this writes `locales.rs` into `OUT_DIR`, one list of
//! `include_str!`s per language folder of `locales/`, sorted by file name, so that a new file is
//! picked up without naming it anywhere. A new or changed file rebuilds the crate.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut out = String::from("// Written by build.rs from locales/.\n");
    for lang in ["en", "da", "sv"] {
        let dir = root.join(lang);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        let _ = writeln!(out, "pub(crate) const {}: &[&str] = &[", lang.to_uppercase());
        for file in files {
            let _ = writeln!(out, "    include_str!({:?}),", file.display().to_string());
        }
        out.push_str("];\n");
    }
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(&target, out)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
}

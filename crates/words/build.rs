//! The message files are compiled in by `fluent_templates::static_loader!`, which reads the
//! `locales/` folder when the crate is built; a new or changed file must rebuild the crate.

fn main() {
    println!("cargo:rerun-if-changed=locales");
}

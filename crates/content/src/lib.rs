//! runwell's hip programme, read from the TOML files in `content/` (compiled into the binary)
//! and validated into a [`runwell_domain::programme::Programme`].
//!
//! [`embedded`] gives the programme the binary carries; [`load`] reads any set of files, which
//! is how the tests prove that a broken file is refused with its path and field named. Every
//! reference is resolved and every dosage ladder checked here, so the rest of runwell can rely on
//! the programme being whole. This crate depends only on `runwell-domain`; it does no IO at run
//! time (the files are compiled in by `build.rs`).

mod error;
mod raw;
mod validate;

use std::sync::OnceLock;

pub use error::{ContentError, ContentErrors};
use runwell_domain::programme::Programme;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/files.rs"));
}

/// The content files compiled into this build, as (path under `content/`, text).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    generated::FILES
}

/// The programme compiled into this build. `cargo test` proves it valid, so an error here means
/// the binary was built from content that never passed its tests.
pub fn embedded() -> Result<&'static Programme, &'static ContentErrors> {
    static PROGRAMME: OnceLock<Result<Programme, ContentErrors>> = OnceLock::new();
    PROGRAMME.get_or_init(|| load(embedded_files())).as_ref()
}

/// Reads and validates a programme from `(path, text)` pairs, paths relative to `content/`.
pub fn load(files: &[(&str, &str)]) -> Result<Programme, ContentErrors> {
    let parsed = raw::parse_all(files)?;
    validate::build(parsed)
}

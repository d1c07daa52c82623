//! The checks every content file shares: text that is there, ids that are ids and unique.

use std::collections::BTreeSet;

use crate::ContentError;

/// Collects problems so that one run reports them all.
#[derive(Debug, Default)]
pub(crate) struct Checker {
    pub errors: Vec<ContentError>,
}

impl Checker {
    pub(crate) fn fail(
        &mut self,
        file: &str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.errors.push(ContentError::new(file, field, message));
    }

    pub(crate) fn text(&mut self, file: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(file, field, "is empty: write the text");
        }
    }

    pub(crate) fn texts(&mut self, file: &str, field: &str, values: &[String], at_least: usize) {
        if values.len() < at_least {
            self.fail(
                file,
                field,
                format!("needs at least {at_least} entries, has {}", values.len()),
            );
        }
        for (i, value) in values.iter().enumerate() {
            self.text(file, &format!("{field}[{i}]"), value);
        }
    }

    pub(crate) fn id(&mut self, file: &str, field: &str, id: &str) {
        let ok = !id.is_empty()
            && !id.starts_with('-')
            && !id.ends_with('-')
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.fail(
                file,
                field,
                format!("{id:?} is not an id: use lowercase words joined by '-'"),
            );
        }
    }

    /// Records `id` in `seen`, failing when it was already there.
    pub(crate) fn unique(
        &mut self,
        seen: &mut BTreeSet<String>,
        file: &str,
        field: &str,
        id: &str,
    ) {
        if !seen.insert(id.to_owned()) {
            self.fail(file, field, format!("id {id:?} is used twice"));
        }
    }
}

use std::fmt;

use thiserror::Error;

/// One problem in one content file, with the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct ContentError {
    /// The file's path under `content/`, e.g. `movements/clamshell.toml`.
    pub file: String,
    /// The field, as a path such as `levels[2].reps`; empty when the problem is the whole file.
    pub field: String,
    pub message: String,
}

impl ContentError {
    pub(crate) fn new(file: &str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.to_owned(), field: field.into(), message: message.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "content/{}: {}", self.file, self.message)
        } else {
            write!(f, "content/{}: field `{}`: {}", self.file, self.field, self.message)
        }
    }
}

/// Every problem found in the content, so that one run of the tests shows them all.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct ContentErrors(pub Vec<ContentError>);

impl ContentErrors {
    pub fn iter(&self) -> impl Iterator<Item = &ContentError> {
        self.0.iter()
    }
}

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the programme content has {} problem(s):", self.0.len())?;
        for error in &self.0 {
            writeln!(f, "  - {error}")?;
        }
        Ok(())
    }
}

//! Which database a front end asks for: a SQLite file (`--db PATH`, `RUNWELL_DB`, or the
//! platform default) or a database URL (`--database-url`, `RUNWELL_DATABASE_URL`):
//! `postgres://…` for a server, `sqlite://PATH` for a file.

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// A SQLite file; `None` is the platform default (`runwell/runwell.db` in the data folder).
    File(Option<PathBuf>),
    Url(String),
}

impl Database {
    /// The database the options name: a URL wins over a path, and neither is the default file.
    pub fn chosen(path: Option<PathBuf>, url: Option<String>) -> Self {
        match url.filter(|u| !u.is_empty()) {
            Some(url) => Database::Url(url),
            None => Database::File(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_wins_over_a_path_and_neither_is_the_default_file() {
        let path = Some(PathBuf::from("a.db"));
        let url = || Some("postgres://h/db".to_owned());
        for (path, url, expected) in [
            (path.clone(), url(), Database::Url("postgres://h/db".into())),
            (None, url(), Database::Url("postgres://h/db".into())),
            (path.clone(), Some(String::new()), Database::File(path.clone())),
            (path.clone(), None, Database::File(path.clone())),
            (None, None, Database::File(None)),
        ] {
            assert_eq!(Database::chosen(path, url), expected);
        }
    }
}

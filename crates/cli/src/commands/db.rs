//! `runwell db copy`: a runner's record moved between databases.

use std::path::PathBuf;

use runwell_app::{App, Database};

use crate::args::CopyArgs;
use crate::output::{json, safe, say};

/// A `--to` or `--from` as typed: a URL when it has a scheme runwell knows, a file otherwise.
fn named(text: &str) -> Database {
    let url = ["postgres://", "postgresql://", "sqlite:"].iter().any(|s| text.starts_with(s));
    if url { Database::Url(text.to_owned()) } else { Database::File(Some(PathBuf::from(text))) }
}

pub(crate) async fn copy(db: &Database, a: CopyArgs) -> anyhow::Result<()> {
    let from = a.from.as_deref().map_or_else(|| db.clone(), named);
    let to = named(&a.to);
    let app = App::open_for(&from, a.runner).await?;
    let report = app.copy_to(&to, a.name.as_deref()).await;
    let w = crate::lang::words(&app).await;
    app.close().await;
    let report = report?;
    if a.json.json {
        return json(&report);
    }
    let rows: usize = report.rows.iter().map(|t| t.rows).sum();
    let args = [
        ("rows", runwell_app::words::Arg::from(rows)),
        ("from", safe(&report.from).into_owned().into()),
        ("to", safe(&report.to).into_owned().into()),
        ("runner", report.runner_id.to_string().into()),
    ];
    say!("{}", w.with("cli-db-copied", &args));
    for table in report.rows.iter().filter(|t| t.rows > 0) {
        say!("  {:<18} {:>7}", table.table, table.rows);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scheme_runwell_knows_is_a_url_and_anything_else_a_file() {
        for (text, expected) in [
            ("postgres://u:p@h/db", Database::Url("postgres://u:p@h/db".into())),
            ("postgresql://h/db", Database::Url("postgresql://h/db".into())),
            ("sqlite:///tmp/a.db", Database::Url("sqlite:///tmp/a.db".into())),
            ("copy.db", Database::File(Some("copy.db".into()))),
            ("/tmp/http://x", Database::File(Some("/tmp/http://x".into()))),
        ] {
            assert_eq!(named(text), expected, "{text}");
        }
    }
}

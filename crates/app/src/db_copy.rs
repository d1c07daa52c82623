//! `runwell db copy`: a runner's whole record from one database into another, either engine
//! either way: into a server database as a new runner, into a new file as its one runner.

use serde::Serialize;

use crate::{App, AppError, Database};

/// What a copy stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CopyReport {
    /// Where it was copied from and to (a server's password left out).
    pub from: String,
    pub to: String,
    /// The runner's id in the target database.
    pub runner_id: i64,
    /// Rows copied, by table.
    pub rows: Vec<CopiedTable>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CopiedTable {
    pub table: String,
    pub rows: usize,
}

impl App {
    /// Copies this app's runner into the database `to` names, calling the copy `name` there
    /// (a server database keeps a name per runner). Nothing is stored in `to` unless all of
    /// it is; a file that already holds a runner's data is refused and left as it was.
    pub async fn copy_to(&self, to: &Database, name: Option<&str>) -> Result<CopyReport, AppError> {
        let target = crate::open_store(to).await?;
        let copied = self.store().copy_runner(self.runner, &target, name).await;
        let to_at = target.location().to_string();
        target.close().await;
        let copied = copied?;
        Ok(CopyReport {
            from: self.db_location(),
            to: to_at,
            runner_id: copied.runner.get(),
            rows: copied
                .rows
                .into_iter()
                .map(|(table, rows)| CopiedTable { table: table.to_owned(), rows })
                .collect(),
        })
    }
}

#[cfg(test)]
#[path = "db_copy_tests.rs"]
mod tests;

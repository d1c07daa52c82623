//! What both engines check before migrating: a database is runwell's (or empty) and not newer.

use sqlx::AnyPool;

use crate::StoreError;

/// Given the database's `tables`, refuses another program's database (tables, but not the one
/// sqlx keeps runwell's migrations in) and one whose schema is newer than `known`: running this
/// code on either could misread or damage what is in it. `at` names it in the message.
pub(crate) async fn runwell_and_not_newer(
    pool: &AnyPool,
    tables: &[String],
    at: &str,
    known: i64,
) -> Result<(), StoreError> {
    if !tables.iter().any(|t| t == "_sqlx_migrations") {
        return if tables.is_empty() {
            Ok(())
        } else {
            Err(StoreError::NotRunwell { at: at.to_owned() })
        };
    }
    let found: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations").fetch_one(pool).await?;
    match found {
        Some(found) if found > known => {
            Err(StoreError::NewerDatabase { at: at.to_owned(), found, known })
        }
        _ => Ok(()),
    }
}

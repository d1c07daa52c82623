//! What the tests of every crate share to run on both engines: the PostgreSQL server they may
//! use, and a fresh runner on it for each test. Not part of runwell's API.
//!
//! The server is the one `RUNWELL_TEST_DATABASE_URL` names (`scripts/with-postgres` starts
//! one and sets it; `.ci/run` runs the suite through it). Outside CI a test without it skips
//! its PostgreSQL half, saying how to run it; with `CI=true` it fails instead.

use crate::{RunnerId, Store};

/// The variable naming the test server's database.
pub const URL_VAR: &str = "RUNWELL_TEST_DATABASE_URL";

/// The test server's database URL, or `None` outside CI when none is given (`what` names the
/// test in the message). Panics on CI without one: the PostgreSQL half must run there.
pub fn server_url(what: &str) -> Option<String> {
    match std::env::var(URL_VAR) {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "CI=true but {URL_VAR} is not set, so {what} cannot run on PostgreSQL: run the suite \
             through scripts/with-postgres (as .ci/run does)"
        ),
        _ => {
            eprintln!(
                "skipping {what} on PostgreSQL: set {URL_VAR}=postgres://USER:PASSWORD@127.0.0.1:5432/DB, \
                 or run `scripts/with-postgres scripts/test`, to run it"
            );
            None
        }
    }
}

/// The test server's database, opened, with a new runner of its own for the test `what`: the
/// tests of one run share the database as a clinic's runners would, each seeing only its own.
/// Panics when a server is named but cannot be reached.
pub async fn server_runner(what: &str) -> Option<(Store, RunnerId)> {
    let url = server_url(what)?;
    let store = Store::open_url(&url)
        .await
        .unwrap_or_else(|e| panic!("{URL_VAR} names a server runwell cannot use: {e}"));
    let me = store.add_runner(Some(what)).await.expect("a runner for the test");
    Some((store, me))
}

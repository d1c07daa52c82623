//! Running one store test on both engines.

use runwell_store::{Location, Store};

/// A fresh SQLite file in its own folder.
pub(crate) async fn sqlite() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("runwell.db")).await.unwrap();
    (dir, store)
}

/// The same database opened again, as another process (or a restart) would.
pub(crate) async fn reopen(store: &Store) -> Store {
    match store.location() {
        Location::File(path) => Store::open(path).await.unwrap(),
        Location::Server(_) => {
            let url = runwell_store::testing::server_url("reopen").unwrap();
            Store::open_url(&url).await.unwrap()
        }
    }
}

/// For each case `name(store, me)` given, a test `name::sqlite` on a fresh file and its one
/// runner, and `name::postgres` on a new runner of the test server (skipped outside CI when
/// there is none).
macro_rules! on_both_engines {
    ($($path:path => $name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    let (_dir, store) = crate::support::sqlite().await;
                    let me = store.only_runner().await.unwrap();
                    $path(store, me).await;
                }

                #[tokio::test]
                async fn postgres() {
                    let what = concat!(module_path!(), "::postgres");
                    if let Some((store, me)) = runwell_store::testing::server_runner(what).await {
                        $path(store, me).await;
                    }
                }
            }
        )*
    };
}
pub(crate) use on_both_engines;

//! The language the terminal speaks: the runner's choice (`runwell init --lang`, or the
//! settings page), else the terminal's `LC_ALL`/`LC_MESSAGES`/`LANG`, else English. JSON output
//! never depends on it.

use runwell_app::App;
use runwell_app::words::{Words, choose};

/// The words for `app`'s runner in this terminal.
pub(crate) async fn words(app: &App) -> Words {
    let chosen = app.language().await.ok().flatten();
    Words::new(
        chosen
            .or_else(|| choose::from_environment(|name| std::env::var(name).ok()))
            .unwrap_or_default(),
    )
}

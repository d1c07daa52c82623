//! The language the terminal speaks: the runner's choice (`runwell init --lang`, or the
//! settings page), else the terminal's `LC_ALL`/`LC_MESSAGES`/`LANG`, else English. JSON output
//! never depends on it.

use runwell_app::words::{Words, choose, numbers};
use runwell_app::{App, Database};
use runwell_domain::DistanceUnit;

/// The words for `app`'s runner in this terminal.
pub(crate) async fn words(app: &App) -> Words {
    let chosen = app.language().await.ok().flatten();
    Words::new(chosen.or_else(from_environment).unwrap_or_default())
}

fn from_environment() -> Option<runwell_app::words::Lang> {
    choose::from_environment(|name| std::env::var(name).ok())
}

/// The same for a command that stores nothing (`learn`, `faq`, …): the runner's choice when
/// there is a database already, without creating one when there is not.
pub(crate) async fn words_at(db: &Database) -> Words {
    match App::saved_profile(db).await {
        Ok(Some(_)) => match App::open_at(db).await {
            Ok(app) => {
                let words = words(&app).await;
                app.close().await;
                words
            }
            Err(_) => Words::new(from_environment().unwrap_or_default()),
        },
        _ => Words::new(from_environment().unwrap_or_default()),
    }
}

/// A number with `places` decimals in the runner's language. English keeps the plain
/// `format!` form runwell always printed (no thousands commas), so its output is unchanged.
pub(crate) fn decimal(w: &Words, value: f64, places: usize) -> String {
    match w.lang() {
        runwell_app::words::Lang::En => format!("{value:.places$}"),
        lang => numbers::number(lang, value, places),
    }
}

/// A distance with `places` decimals and its unit: `8.40 km`, `8,40 km`.
pub(crate) fn distance(w: &Words, unit: DistanceUnit, distance_m: f64, places: usize) -> String {
    match w.lang() {
        runwell_app::words::Lang::En => {
            format!("{:.places$} {}", distance_m / unit.metres(), unit.id())
        }
        lang => numbers::distance_places(lang, unit, distance_m, places),
    }
}

/// A day where English has always printed the ISO form (`2026-11-28`): kept so in English, and
/// written the runner's way ("lør. 28. nov.") in Danish and Swedish.
pub(crate) fn iso_day(w: &Words, day: runwell_domain::LocalDay) -> String {
    match w.lang() {
        runwell_app::words::Lang::En => day.to_string(),
        _ => w.day(day),
    }
}

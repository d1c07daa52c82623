//! Erase: every record deleted after a typed confirmation, leaving an empty database that
//! runwell can start again in (the schema stays; the setup page comes first again).

use crate::{App, AppError};

/// The word a runner types to confirm an erase, in the terminal and on the settings page alike.
pub const ERASE_WORD: &str = "erase";

impl App {
    /// Deletes everything, when `confirmation` is [`ERASE_WORD`]; otherwise nothing is touched.
    pub async fn erase(&self, confirmation: &str) -> Result<(), AppError> {
        if confirmation.trim() != ERASE_WORD {
            return Err(crate::input::refused(
                "confirm",
                runwell_domain::text::Text::new("form-refused-erase-word")
                    .with("word", runwell_domain::text::Arg::Verbatim(ERASE_WORD.to_owned())),
            ));
        }
        self.store().erase_everything(self.runner).await?;
        Ok(())
    }

    /// How many rows each table holds (what an erase would delete, and what a restore checks).
    pub async fn rows_held(&self) -> Result<Vec<(&'static str, i64)>, AppError> {
        Ok(self.store().row_counts(self.runner).await?)
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::{app, morning, run};

    #[tokio::test(flavor = "multi_thread")]
    async fn only_the_word_erases_and_then_no_row_is_left() {
        let (_dir, app) = app().await;
        run(&app, "2026-11-23".into(), 4).await;
        morning(&app, "2026-11-24", 2).await;
        for wrong in ["", "Erase please", "yes", "ERASE"] {
            let error = app.erase(wrong).await.unwrap_err();
            assert!(error.to_string().contains("type the word erase"), "{wrong:?}: {error}");
        }
        assert!(app.rows_held().await.unwrap().iter().any(|(_, n)| *n > 0), "nothing was deleted");
        app.erase(" erase ").await.unwrap();
        for (table, n) in app.rows_held().await.unwrap() {
            assert_eq!(n, 0, "{table} still has rows");
        }
        assert!(matches!(app.today(None).await, Err(crate::AppError::NoProfile)));
    }
}

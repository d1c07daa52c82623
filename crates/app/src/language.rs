//! The runner's language: chosen on the setup or settings page or with `runwell init --lang`,
//! kept as a setting (no migration), and otherwise left to the browser's `Accept-Language` or
//! the terminal's `LANG`, which the front ends read.

use runwell_content::Lang;

use crate::settings::LANGUAGE;
use crate::{App, AppError};

/// A language as typed or chosen: a tag runwell speaks (`da`, `sv-SE`), or empty for "follow
/// the browser or terminal".
pub fn parse_language(text: &str) -> Result<Option<Lang>, AppError> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    text.parse::<Lang>().map(Some).map_err(|e| AppError::invalid("language", e.to_string()))
}

impl App {
    /// The language the runner chose, if she chose one. Every page asks, so it is kept until
    /// the next write (a read per request was a tenth of a served Today's time, and on a
    /// server a round trip).
    pub async fn language(&self) -> Result<Option<Lang>, AppError> {
        let (store, runner) = (self.store(), self.runner);
        let chosen = self
            .language
            .get(|| store.generation(runner), async {
                let stored = store.setting(runner, LANGUAGE).await?;
                Ok::<_, AppError>(stored.and_then(|tag| tag.parse().ok()))
            })
            .await?;
        Ok(*chosen)
    }

    /// Keeps the runner's choice (`""` or `auto` to follow the browser or terminal again); a
    /// tag runwell does not speak is refused and nothing is stored.
    pub async fn set_language(&self, text: &str) -> Result<Option<Lang>, AppError> {
        let lang = parse_language(text)?;
        let value = lang.map(Lang::tag).unwrap_or_default();
        self.store().set_setting(self.runner, LANGUAGE, value).await?;
        Ok(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_as_typed() {
        let check = |text: &str, expected: Option<Option<Lang>>| {
            assert_eq!(parse_language(text).ok(), expected, "{text:?}");
        };
        check("da", Some(Some(Lang::Da)));
        check("sv-SE", Some(Some(Lang::Sv)));
        check(" EN ", Some(Some(Lang::En)));
        check("", Some(None));
        check("auto", Some(None));
        check("nb", None);
        check("de", None);
        let error = parse_language("nb").unwrap_err().to_string();
        assert!(error.contains("en, da or sv"), "{error}");
    }

    #[tokio::test]
    async fn the_choice_is_kept_per_runner() {
        let (_dir, app) = crate::test_support::app().await;
        assert_eq!(app.language().await.unwrap(), None);
        assert_eq!(app.set_language("da").await.unwrap(), Some(Lang::Da));
        assert_eq!(app.language().await.unwrap(), Some(Lang::Da));
        assert!(app.set_language("klingon").await.is_err());
        assert_eq!(app.language().await.unwrap(), Some(Lang::Da));
        assert_eq!(app.set_language("").await.unwrap(), None);
        assert_eq!(app.language().await.unwrap(), None);
    }
}

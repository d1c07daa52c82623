//! The settings page's data: what the runner set (profile, unit, the recent longest run, the
//! shoe thresholds) in words, and the shoe thresholds changed (SHOE-2), which before could only
//! be set per pair.

use runwell_domain::ShoeThresholds;
use runwell_domain::text::{Arg, Text};
use serde::Serialize;

use crate::input::positive;
use crate::{App, AppError, ERASE_WORD};

/// One line of the settings page: what it is, what it is set to, and where to change it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SettingLine {
    pub label: &'static str,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SettingsView {
    pub lines: Vec<SettingLine>,
    pub inspect_km: f64,
    pub replace_km: f64,
    /// The shoe thresholds in a sentence, saying which are runwell's defaults.
    pub shoe_note: String,
    pub erase_word: &'static str,
    /// What the database holds, in a sentence (what an erase deletes).
    pub holds: String,
}

impl App {
    pub async fn settings(&self) -> Result<SettingsView, AppError> {
        let profile = self.profile().await?;
        let unit = self.distance_unit().await?;
        let longest = self.declared_longest().await?;
        let defaults = ShoeThresholds::default();
        let t = profile.shoes;
        let default_word = |value: f64, default: f64| {
            if value == default { " (runwell's default)" } else { "" }
        };
        let lines = vec![
            SettingLine { label: "Time zone", value: profile.time_zone.name().to_owned() },
            SettingLine { label: "Run days", value: profile.run_days.to_string() },
            SettingLine { label: "Strength days", value: profile.strength_days.to_string() },
            SettingLine { label: "Distances in", value: unit.id().to_owned() },
            SettingLine {
                label: "Recent longest run",
                value: match longest {
                    Some((km, Some(day))) => format!("{km} km, given on {day}"),
                    Some((km, None)) => format!("{km} km"),
                    None => "not given (runwell uses your runs)".to_owned(),
                },
            },
        ];
        let rows = self.rows_held().await?;
        let count = |table: &str| rows.iter().find(|(t, _)| *t == table).map_or(0, |r| r.1);
        Ok(SettingsView {
            lines,
            inspect_km: t.inspect_km,
            replace_km: t.replace_km,
            shoe_note: format!(
                "SHOE-2: inspect a pair at {:.0} km{}, consider replacing it at {:.0} km{}. A pair's \
                 own thresholds, set on the shoes page, come first.",
                t.inspect_km,
                default_word(t.inspect_km, defaults.inspect_km),
                t.replace_km,
                default_word(t.replace_km, defaults.replace_km),
            ),
            erase_word: ERASE_WORD,
            holds: format!(
                "This database holds {} runs, {} pain entries, {} exercise sessions and {} check \
                 answers.",
                count("runs"),
                count("pain_entries"),
                count("exercise_sessions"),
                count("triage_answers")
            ),
        })
    }

    /// Sets the kilometres at which every pair is to be inspected and replaced (SHOE-2), as
    /// typed; a pair's own thresholds still come first.
    pub async fn set_shoe_thresholds(&self, inspect: &str, replace: &str) -> Result<(), AppError> {
        let km = |field: &'static str, text: &str| -> Result<f64, AppError> {
            match positive(text, "give kilometres between 1 and 10000") {
                Ok(v) if v <= 10_000.0 => Ok(v),
                _ => Err(crate::input::refused(
                    field,
                    Text::new("form-refused-shoe-km")
                        .with("got", Arg::Verbatim(format!("{:?}", text.trim()))),
                )),
            }
        };
        let (inspect_km, replace_km) = (km("inspect_km", inspect)?, km("replace_km", replace)?);
        if replace_km < inspect_km {
            return Err(crate::input::refused(
                "replace_km",
                Text::new("form-refused-replace-before-inspect")
                    .with("km", Arg::Number(inspect_km, 0)),
            ));
        }
        let mut profile = self.profile().await?;
        profile.shoes = ShoeThresholds { inspect_km, replace_km };
        self.store().save_profile(self.runner, &profile).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::app;

    #[tokio::test(flavor = "multi_thread")]
    async fn shoe_thresholds_are_checked_and_the_defaults_called_so() {
        let (_dir, app) = app().await;
        let view = app.settings().await.unwrap();
        assert!(view.shoe_note.contains("480 km (runwell's default)"), "{}", view.shoe_note);
        let check = |inspect: &'static str, replace: &'static str, error: Option<&'static str>| {
            let app = app.clone();
            async move {
                let got =
                    app.set_shoe_thresholds(inspect, replace).await.map_err(|e| e.to_string());
                match error {
                    None => assert!(got.is_ok(), "{inspect} {replace}: {got:?}"),
                    Some(part) => assert!(got.unwrap_err().contains(part), "{inspect} {replace}"),
                }
            }
        };
        check("x", "800", Some("not a distance")).await;
        check("0", "800", Some("not a distance")).await;
        check("500", "400", Some("at least 500 km")).await;
        check("400", "700", None).await;
        let view = app.settings().await.unwrap();
        assert_eq!((view.inspect_km, view.replace_km), (400.0, 700.0));
        assert!(!view.shoe_note.contains("default)"), "{}", view.shoe_note);
        assert!(view.holds.contains("0 runs"));
    }
}

//! The report for a clinician: one page that says in a minute what happened over a period (by
//! default the last 8 training weeks) — the pain, the running, the programme, the check's
//! answers, the shoes and surfaces — and the runner's own notes for that period.
//!
//! Every sentence of the report is made here (words in `report_words`), so that the web page
//! and `runwell report` show the same words, in the runner's language; the JSON is English.

use std::collections::HashMap;

use runwell_domain::diary::PainMoment;
use runwell_domain::trend::WeekRow;
use runwell_domain::triage::{self, TriageLevel};
use runwell_domain::{Light, LocalDay, Thresholds};
use runwell_words::{Lang, Words};
use serde::Serialize;

use crate::report_words::{self};
pub use crate::report_words::{Fact, ReportWords};
use crate::{App, AppError, local_today};

/// Weeks the report covers unless told otherwise.
pub const REPORT_WEEKS: i32 = 8;
/// The longest period a report may cover: every day of it is judged by the rules, so the cost
/// of a report is bounded here.
pub const MAX_REPORT_WEEKS: i32 = 52;
/// The most characters the runner's notes may have (a second printed page holds about this).
pub const MAX_NOTES_CHARS: usize = 4000;

/// Pain logged during and after one run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunPain {
    pub day: LocalDay,
    pub distance_km: f64,
    pub during: Option<u8>,
    pub after: Option<u8>,
}

/// The rules whose flags the report lists.
const FLAG_RULES: [&str; 2] = ["SPIKE-1", "WEEK-1"];
/// Flags listed at most (the rest are counted), so that the report stays one page.
const MAX_FLAGS: usize = 6;

/// A message's first sentence: the numbers, without the evidence that follows them. A sentence
/// ends at a full stop before a capital, so that a Danish day ("lør. 28. nov.") does not end it.
fn first_sentence(message: &str) -> &str {
    message
        .match_indices(". ")
        .find(|(end, _)| message[end + 2..].chars().next().is_some_and(char::is_uppercase))
        .map_or(message, |(end, _)| &message[..=end])
}

/// Days on which SPIKE-1 or WEEK-1 held the light back, from `day` to `until`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub day: LocalDay,
    pub until: LocalDay,
    /// The days in words.
    pub when: String,
    pub rule: &'static str,
    pub light: Light,
    pub message: String,
}

/// Sessions planned against done in one week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgrammeWeek {
    pub week_start: LocalDay,
    pub strength: String,
    pub warmups: String,
    pub cooldowns: String,
    pub status: String,
}

/// A movement's level now and the day it last changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelLine {
    pub name: String,
    pub level: u8,
    pub top_level: u8,
    pub changed: String,
}

/// A check answer given in the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerLine {
    pub day: LocalDay,
    pub question: String,
    pub answer: String,
}

/// The report for one period, in one language. `words` carries every heading, so that a front
/// end writes none.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub from: LocalDay,
    pub to: LocalDay,
    /// The day the report was made (shown on every printed page).
    pub generated_on: LocalDay,
    #[serde(skip)]
    pub words: ReportWords,
    /// The language its sentences are in (the charts beside them follow it).
    #[serde(skip)]
    pub lang: Lang,
    pub facts: Vec<Fact>,
    /// The training weeks of the period, oldest first (the charts read these).
    pub weeks: Vec<WeekRow>,
    pub run_pain: Vec<RunPain>,
    /// NRS-1 in a sentence, with the numbers.
    pub nrs: String,
    /// Distance, runs and the longest run in sentences.
    pub load: Vec<String>,
    pub flags: Vec<Flag>,
    /// Flags left out of `flags` for room, said as a number.
    pub more_flags: String,
    pub programme: Vec<ProgrammeWeek>,
    pub levels: Vec<LevelLine>,
    pub answers: Vec<AnswerLine>,
    pub triage_level: TriageLevel,
    /// The current triage level in words.
    pub triage: String,
    /// Shoes and surfaces in the period, in sentences.
    pub kit: Vec<String>,
    /// The runner's notes for the physio, kept with this period.
    pub notes: String,
    /// The unit the runner reads distances in (the charts follow it; the JSON stays metric).
    #[serde(skip)]
    pub unit: runwell_domain::DistanceUnit,
}

/// The report's fixed words in a language, for a front end that needs them without a report.
pub fn report_words(words: &Words) -> ReportWords {
    ReportWords::new(words)
}

/// The settings key the notes of a period are kept under.
fn notes_key(from: LocalDay, to: LocalDay) -> String {
    format!("report_notes:{from}:{to}")
}

/// The period a report covers: `to` (default today) back to the Monday `REPORT_WEEKS` weeks
/// before, unless `from` is given.
pub(crate) fn period(
    from: Option<&str>,
    to: Option<&str>,
    today: LocalDay,
) -> Result<(LocalDay, LocalDay), AppError> {
    let parse = |field: &'static str, text: Option<&str>| {
        text.filter(|t| !t.trim().is_empty())
            .map(|t| {
                LocalDay::parse(t).map_err(|_| {
                    AppError::invalid(field, format!("{t:?} is not a day: write it as YYYY-MM-DD"))
                })
            })
            .transpose()
    };
    let to = parse("to", to)?.unwrap_or(today);
    let from =
        parse("from", from)?.unwrap_or_else(|| to.week_start().plus_days(-7 * (REPORT_WEEKS - 1)));
    if from > to {
        return Err(AppError::invalid(
            "from",
            format!("the report starts on {from}, after its end {to}: give an earlier --from"),
        ));
    }
    if to.days_since(from) >= 7 * MAX_REPORT_WEEKS {
        return Err(AppError::invalid(
            "from",
            format!(
                "a report covers at most {MAX_REPORT_WEEKS} weeks; {from} to {to} is longer: \
                 choose a later --from"
            ),
        ));
    }
    Ok((from, to))
}

/// The item most often logged among `items`, with its count (the first in order on a tie).
fn most_logged<T: Copy + Eq + std::hash::Hash>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: HashMap<T, (usize, usize)> = HashMap::new();
    for (order, item) in items.enumerate() {
        counts.entry(item).or_insert((0, order)).0 += 1;
    }
    counts.into_iter().max_by_key(|(_, (n, order))| (*n, std::cmp::Reverse(*order))).map(|(t, _)| t)
}

impl App {
    /// The report for `from`..=`to` (typed as `YYYY-MM-DD`; by default the last 8 training
    /// weeks up to `today`, itself today where the runner lives unless given), in English: the
    /// JSON's words.
    pub async fn report(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        today: Option<LocalDay>,
    ) -> Result<ReportView, AppError> {
        self.report_in(Words::new(Lang::En), from, to, today).await
    }

    /// The same report with its sentences in `w`'s language.
    pub async fn report_in(
        &self,
        w: Words,
        from: Option<&str>,
        to: Option<&str>,
        today: Option<LocalDay>,
    ) -> Result<ReportView, AppError> {
        let w = &w;
        let snapshot = self.snapshot().await?;
        let generated_on = today.unwrap_or_else(|| local_today(&snapshot.profile));
        let (from, to) = period(from, to, generated_on)?;
        let history = &snapshot.history;
        let t = Thresholds::default();
        let in_period = |d: LocalDay| d >= from && d <= to;

        let week_count = to.week_start().days_since(from.week_start()) / 7 + 1;
        let weeks = self.trend(Some(to), u32::try_from(week_count).unwrap_or(1)).await?;
        let weeks: Vec<WeekRow> = weeks.iter().cloned().collect();

        let pain: Vec<_> = history.pain.iter().filter(|p| in_period(p.day)).collect();
        let side = most_logged(pain.iter().filter_map(|p| p.side));
        let region = most_logged(pain.iter().filter_map(|p| p.region));
        let episode = triage::improvement(history, to, &t);
        let facts =
            report_words::facts(w, (from, to), week_count, side, region, episode.as_ref(), &t);

        let runs: Vec<_> =
            history.runs.iter().filter(|r| r.sport.is_running() && in_period(r.day)).collect();
        let run_pain = runs
            .iter()
            .map(|run| {
                let score = |moment: PainMoment| {
                    history
                        .pain
                        .iter()
                        .filter(|p| p.moment == moment)
                        .filter(|p| {
                            p.run_id == Some(run.id) || (p.run_id.is_none() && p.day == run.day)
                        })
                        .map(|p| p.score.value())
                        .max()
                };
                RunPain {
                    day: run.day,
                    distance_km: run.distance.km(),
                    during: score(PainMoment::During),
                    after: score(PainMoment::After),
                }
            })
            .collect();
        let longest = runs.iter().max_by(|a, b| a.distance.km().total_cmp(&b.distance.km()));
        let total_km: f64 = runs.iter().map(|r| r.distance.km()).sum();
        let load = report_words::load(
            w,
            total_km,
            runs.len(),
            week_count,
            longest.copied(),
            snapshot.unit,
        );

        let mut flags: Vec<Flag> = Vec::new();
        for back in 0..=to.days_since(from) {
            let day = from.plus_days(back);
            let today = self.today(Some(day)).await?;
            for reason in &today.reasons {
                let Some(rule) = reason.rule.filter(|r| FLAG_RULES.contains(r)) else {
                    continue;
                };
                if reason.light == Light::Green {
                    continue;
                }
                // A flag that holds on the days after is one flag over those days, said with the
                // first day's numbers: the report has room for what happened, not every day.
                let held = flags.iter_mut().rev().find(|f| f.rule == rule);
                match held {
                    Some(f) if f.until == day.plus_days(-1) => f.until = day,
                    _ => flags.push(Flag {
                        day,
                        until: day,
                        when: String::new(),
                        rule,
                        light: reason.light,
                        message: first_sentence(&w.text(&reason.text)).to_owned(),
                    }),
                }
            }
        }
        flags.sort_by_key(|f| (f.day, f.rule));
        let more_flags = flags.len().saturating_sub(MAX_FLAGS);
        flags.truncate(MAX_FLAGS);
        for flag in &mut flags {
            flag.when = report_words::days(w, flag.day, flag.until);
        }

        let words = w;
        let adherence = self.adherence(Some(to), u32::try_from(week_count).unwrap_or(1)).await?;
        let programme = adherence
            .weeks
            .iter()
            .filter(|week| week.week_start >= from.week_start())
            .map(|week| ProgrammeWeek {
                week_start: week.week_start,
                strength: report_words::of(words, week.done_strength, week.planned_strength),
                warmups: report_words::of(words, week.done_warmups, week.planned_warmups),
                cooldowns: report_words::of(words, week.done_cooldowns, week.planned_cooldowns),
                status: words.week_status(week.status),
            })
            .collect();
        // A movement is named as the programme in the report's language names it.
        let programme_words = crate::programme_in(w.lang()).ok();
        let levels = self
            .level_histories(Some(to))
            .await?
            .into_iter()
            .filter(|h| !h.sessions.is_empty())
            .map(|h| LevelLine {
                changed: report_words::level_changed(w, h.changes.last().map(|c| c.day)),
                name: programme_words
                    .and_then(|p| p.movement(&h.movement))
                    .map_or(h.name, |m| m.name.clone()),
                level: h.level,
                top_level: h.top_level,
            })
            .collect();

        let answers = snapshot
            .answers
            .iter()
            .filter(|a| in_period(a.day))
            .filter_map(|a| {
                // The question's words are the message named by its fixed key.
                let key = triage::question(&a.key)?.key;
                Some(AnswerLine {
                    day: a.day,
                    question: w.get(key),
                    answer: w.get(if a.yes { "report-yes" } else { "report-no" }),
                })
            })
            .collect();
        let triage_now = self.today(Some(to)).await?.triage.level;

        let kit = report_words::kit(w, &runs, &history.shoes, snapshot.unit);
        let notes =
            self.store().setting(self.runner, &notes_key(from, to)).await?.unwrap_or_default();
        Ok(ReportView {
            from,
            to,
            generated_on,
            words: ReportWords::new(w),
            lang: w.lang(),
            facts,
            nrs: report_words::nrs(w, episode.as_ref(), &t),
            weeks,
            run_pain,
            load,
            flags,
            more_flags: report_words::more_flags(w, more_flags),
            programme,
            levels,
            answers,
            triage_level: triage_now,
            triage: w.triage_level(triage_now),
            kit,
            notes,
            unit: snapshot.unit,
        })
    }

    /// Keeps the runner's notes for the physio with the report's period (`from`, `to` as the
    /// report was asked for); empty notes are removed.
    pub async fn save_report_notes(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        today: Option<LocalDay>,
        notes: &str,
    ) -> Result<(LocalDay, LocalDay), AppError> {
        let profile = self.profile().await?;
        let (from, to) = period(from, to, today.unwrap_or_else(|| local_today(&profile)))?;
        let notes = notes.trim();
        if notes.chars().count() > MAX_NOTES_CHARS {
            return Err(AppError::invalid(
                "notes",
                format!(
                    "the notes have {} characters; a report keeps at most {MAX_NOTES_CHARS}: \
                     shorten them",
                    notes.chars().count()
                ),
            ));
        }
        self.store().set_setting(self.runner, &notes_key(from, to), notes).await?;
        Ok((from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{app, day, morning, run};

    #[test]
    fn the_period_defaults_to_eight_training_weeks_and_is_bounded() {
        let today = day("2026-11-25");
        let check = |from: Option<&str>, to: Option<&str>, expected: Result<(&str, &str), &str>| {
            let got = period(from, to, today).map_err(|e| e.to_string());
            match expected {
                Ok((f, t)) => assert_eq!(got.unwrap(), (day(f), day(t)), "{from:?} {to:?}"),
                Err(part) => assert!(got.unwrap_err().contains(part), "{from:?} {to:?}"),
            }
        };
        check(None, None, Ok(("2026-10-05", "2026-11-25")));
        check(None, Some("2026-11-01"), Ok(("2026-09-07", "2026-11-01")));
        check(Some("2026-11-20"), None, Ok(("2026-11-20", "2026-11-25")));
        check(Some("2026-11-25"), Some("2026-11-25"), Ok(("2026-11-25", "2026-11-25")));
        check(Some(""), None, Ok(("2026-10-05", "2026-11-25")));
        check(Some("2026-11-26"), None, Err("after its end"));
        check(Some("2025-11-26"), None, Err("at most 52 weeks"));
        check(Some("2025-11-27"), None, Ok(("2025-11-27", "2026-11-25")));
        check(Some("25/11/2026"), None, Err("YYYY-MM-DD"));
    }

    #[test]
    fn a_first_sentence_ends_at_its_full_stop() {
        assert_eq!(
            first_sentence("You ran 9 km (+13 %). Jumps were linked."),
            "You ran 9 km (+13 %)."
        );
        assert_eq!(first_sentence("No stop"), "No stop");
        assert_eq!(first_sentence("2.5 km. Then"), "2.5 km.");
        assert_eq!(
            first_sentence("Din løbetur lør. 28. nov. (9,0 km) var +13 %. Spring hang sammen."),
            "Din løbetur lør. 28. nov. (9,0 km) var +13 %."
        );
    }

    #[test]
    fn the_most_logged_wins_and_a_tie_goes_to_the_first() {
        assert_eq!(most_logged([1, 2, 2, 3].into_iter()), Some(2));
        assert_eq!(most_logged([3, 1, 1, 3].into_iter()), Some(3));
        assert_eq!(most_logged(std::iter::empty::<u8>()), None);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn notes_are_kept_with_their_period_and_bounded() {
        let (_dir, app) = app().await;
        let today = Some(day("2026-11-25"));
        run(&app, "2026-11-23".into(), 4).await;
        morning(&app, "2026-11-24", 3).await;
        app.save_report_notes(None, None, today, "  Worse on stairs.  ").await.unwrap();
        let report = app.report(None, None, today).await.unwrap();
        assert_eq!(report.notes, "Worse on stairs.");
        assert_eq!(report.run_pain.len(), 1);
        let other = app.report(Some("2026-11-01"), None, today).await.unwrap();
        assert_eq!(other.notes, "", "another period has its own notes");
        let long = "x".repeat(MAX_NOTES_CHARS + 1);
        let error = app.save_report_notes(None, None, today, &long).await.unwrap_err();
        assert!(error.to_string().contains("at most 4000"), "{error}");
        assert_eq!(app.report(None, None, today).await.unwrap().notes, "Worse on stairs.");
    }
}

//! Changing and deleting what the runner recorded: runs, pain entries, exercise sessions and
//! triage answers. An edit passes the same checks as a new entry (`logging.rs`) and writes every
//! field, so a field left empty is cleared; each change moves the store's generation on, so
//! Today, the charts and the levels are worked out again; a change to what PROG-2 reads (a
//! session, a pain entry) moves the stored levels too.

use runwell_domain::diary::PainEntry;
use runwell_domain::programme::RoutineKind;
use runwell_domain::{DurationS, LocalDay, PainScore, Rpe};
use runwell_store::RunEdit;
use serde::Serialize;

use crate::input::Fields;
use crate::logging::{clean_note, shoe_name};
use crate::{App, AppError, PainInput, RunInput, RunView, local_today};

/// What a delete did, in words both front ends show as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deleted {
    /// `run`, `pain`, `session` or `answer`.
    pub what: &'static str,
    pub id: i64,
    pub message: String,
}

/// A check answer as the runner corrects it: its day and yes or no (the question stays).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerEditInput {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `yes` or `no`.
    pub answer: String,
}

/// An exercise session's answers as the runner corrects them; its sets stay as done.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionEditInput {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Pain during the session, 0–10; cleared when empty.
    pub pain: Option<String>,
    /// Effort, 0–10; cleared when empty.
    pub rpe: Option<String>,
    /// `MM:SS` or `H:MM:SS`; cleared when empty.
    pub duration: Option<String>,
}

impl App {
    /// A stored run's fields as an edit form shows them: what the runner would type to get the
    /// run as it is.
    pub async fn run_input(&self, id: i64) -> Result<RunInput, AppError> {
        let run = self.run(id).await?;
        Ok(RunInput {
            date: run.day.to_string(),
            time: Some(run.time.clone()),
            sport: Some(run.sport.id().to_owned()),
            distance_km: run.unit.typed(run.distance_m),
            miles: run.unit == runwell_domain::DistanceUnit::Mi,
            duration: run.duration_text(),
            elapsed: Some(run.elapsed_text()),
            rpe: run.rpe.map(|r| r.value().to_string()),
            surface: run.surface.map(|s| s.id().to_owned()),
            shoe: run.shoe.clone(),
            title: run.name.clone(),
            note: run.note.clone(),
            force: false,
        })
    }

    /// Writes every field of `input` over the run: a field left empty is cleared. A value
    /// shown unchanged keeps what was stored to the second and the metre (a file's start, its
    /// exact distance), so that saving a form changes only what the runner changed.
    pub async fn edit_run(&self, id: i64, input: &RunInput) -> Result<RunView, AppError> {
        let profile = self.profile().await?;
        let before = self.run_input(id).await?;
        let stored = self.store().run(self.runner, id).await?.ok_or(AppError::NoSuchRun(id))?;
        let run = input.check(&profile, local_today(&profile))?;
        let same = |a: &str, b: &str| a.trim() == b.trim();
        let same_start = same(&input.date, &before.date)
            && same(input.time.as_deref().unwrap_or(""), before.time.as_deref().unwrap_or(""));
        let (start_utc, utc_offset_s) = if same_start {
            (stored.run.start_utc, stored.run.utc_offset_s)
        } else {
            (run.start.timestamp().as_second(), Some(run.start.offset().seconds()))
        };
        let distance_m =
            if same(&input.distance_km, &before.distance_km) && input.miles == before.miles {
                stored.run.distance_m
            } else {
                run.distance.get()
            };
        let moving_s = if same(&input.duration, &before.duration) {
            stored.run.moving_s
        } else {
            Some(run.moving.get())
        };
        let elapsed_s = match (&input.elapsed, &before.elapsed) {
            (Some(now), Some(was)) if same(now, was) => stored.run.elapsed_s,
            // No elapsed time given: the moving time, as for a new run.
            (None, _) => moving_s.unwrap_or(run.moving.get()),
            _ => run.elapsed.get(),
        };
        let edit = RunEdit {
            start_utc,
            utc_offset_s,
            sport: run.sport,
            distance_m,
            moving_s,
            elapsed_s: elapsed_s.max(moving_s.unwrap_or(0.0)),
            rpe: run.rpe,
            surface: run.surface,
            shoe: shoe_name(input.shoe.as_ref()).map(str::to_owned),
            title: clean_note(input.title.as_ref()),
            note: clean_note(input.note.as_ref()),
        };
        if !self.store().edit_run(self.runner, id, &edit).await? {
            return Err(AppError::NoSuchRun(id));
        }
        self.run(id).await
    }

    /// Deletes a run and its samples; pain logged for it stays in the diary. A run imported from
    /// a file stays deleted when the file is imported again.
    pub async fn delete_run(&self, id: i64) -> Result<Deleted, AppError> {
        let run = self.run(id).await?;
        let gone =
            self.store().delete_run(self.runner, id).await?.ok_or(AppError::NoSuchRun(id))?;
        let mut message =
            format!("Deleted run #{id} ({}, {}).", run.day.weekday_date(), run.distance_text());
        if gone.remembered {
            message.push_str(
                " It came from a file: importing that file again leaves it out. To bring it \
                 back, import the file with `runwell import --include-deleted PATH` (or tick \
                 \u{201c}Bring back runs I deleted\u{201d} on the import page).",
            );
        }
        Ok(Deleted { what: "run", id, message })
    }

    /// One pain entry.
    pub async fn pain_entry(&self, id: i64) -> Result<PainEntry, AppError> {
        let snapshot = self.snapshot().await?;
        snapshot.history.pain.iter().find(|p| p.id == id).cloned().ok_or_else(|| {
            AppError::Missing(format!("there is no pain entry {id}: `runwell diary` lists them"))
        })
    }

    /// A pain entry's fields as an edit form shows them.
    pub async fn pain_input(&self, id: i64) -> Result<PainInput, AppError> {
        let p = self.pain_entry(id).await?;
        Ok(PainInput {
            date: p.day.to_string(),
            when: p.moment.id().to_owned(),
            score: p.score.value().to_string(),
            side: p.side.map(|s| s.id().to_owned()),
            region: p.region.map(|r| r.id().to_owned()),
            character: p.character.map(|c| c.id().to_owned()),
            limits_daily_life: p.limits_daily_life,
            run: p.run_id.map(|r| r.to_string()),
            note: p.note.clone(),
        })
    }

    /// Writes every field of `input` over a pain entry.
    pub async fn edit_pain(&self, id: i64, input: &PainInput) -> Result<PainEntry, AppError> {
        let old = self.pain_entry(id).await?;
        let mut entry = self.checked_pain(input).await?;
        entry.id = id;
        self.store().update_pain(self.runner, &entry).await?;
        self.update_levels(old.day.min(entry.day)).await?;
        Ok(entry)
    }

    pub async fn delete_pain(&self, id: i64) -> Result<Deleted, AppError> {
        let old = self.pain_entry(id).await?;
        self.store().delete_pain(self.runner, id).await?;
        self.update_levels(old.day).await?;
        let message = format!(
            "Deleted the pain entry of {} ({}, {}/10).",
            old.day.weekday_date(),
            old.moment,
            old.score.value()
        );
        Ok(Deleted { what: "pain", id, message })
    }

    /// Corrects a session's day, pain, effort and duration.
    pub async fn edit_session(&self, id: i64, input: &SessionEditInput) -> Result<(), AppError> {
        let profile = self.profile().await?;
        let today = local_today(&profile);
        let mut f = Fields::default();
        let day = f.check("date", crate::input::day_up_to(&input.date, today));
        let pain = f.optional("pain", input.pain.as_deref(), str::parse::<PainScore>);
        let rpe = f.optional("rpe", input.rpe.as_deref(), str::parse::<Rpe>);
        let duration = f.optional("duration", input.duration.as_deref(), crate::input::clock);
        f.finish()?;
        let (Some(day), Some(pain), Some(rpe), Some(duration)) = (day, pain, rpe, duration) else {
            return Err(AppError::invalid("form", "the session could not be read"));
        };
        self.session_row(id).await?;
        self.store()
            .update_session(
                self.runner,
                id,
                day,
                pain.map(|p| p.value()),
                rpe.map(|r| r.value()),
                duration.map(DurationS::get),
            )
            .await?;
        self.update_levels(day).await?;
        Ok(())
    }

    pub async fn delete_session(&self, id: i64) -> Result<Deleted, AppError> {
        let old = self.session_row(id).await?;
        self.store().delete_session(self.runner, id).await?;
        self.update_levels(old.day).await?;
        let message = format!("Deleted the {} session of {}.", old.routine, old.day.weekday_date());
        Ok(Deleted { what: "session", id, message })
    }

    /// Deletes one triage answer: the answer before it (if any) counts again.
    pub async fn delete_answer(&self, id: i64) -> Result<Deleted, AppError> {
        if !self.store().delete_answer(self.runner, id).await? {
            return Err(AppError::invalid(
                "form",
                format!("there is no answer {id}: `runwell diary` lists them"),
            ));
        }
        Ok(Deleted { what: "answer", id, message: format!("Deleted answer {id}.") })
    }

    /// A check answer as an edit form shows it, and its question in words.
    pub async fn answer_input(&self, id: i64) -> Result<(AnswerEditInput, String), AppError> {
        let answer = self.answer_row(id).await?;
        let input = AnswerEditInput {
            date: answer.day.to_string(),
            answer: if answer.yes { "yes" } else { "no" }.to_owned(),
        };
        let question = runwell_domain::triage::question(&answer.key)
            .map_or_else(|| answer.key.clone(), |q| q.text.to_owned());
        Ok((input, question))
    }

    /// Corrects a check answer's day or answer. Today reads it as if given so on that day (a
    /// later answer to the same question still wins).
    pub async fn edit_answer(&self, id: i64, input: &AnswerEditInput) -> Result<(), AppError> {
        let today = local_today(&self.profile().await?);
        let mut f = Fields::default();
        let day = f.check("date", crate::input::day_up_to(&input.date, today));
        let yes = match input.answer.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" => Some(true),
            "no" | "n" => Some(false),
            _ => {
                f.refuse("answer", runwell_domain::text::Text::new("form-refused-answer"));
                None
            }
        };
        f.finish()?;
        let (Some(day), Some(yes)) = (day, yes) else {
            return Err(AppError::invalid("form", "the answer could not be read"));
        };
        self.answer_row(id).await?;
        self.store().update_answer(self.runner, id, day, yes).await?;
        Ok(())
    }

    async fn answer_row(&self, id: i64) -> Result<runwell_domain::triage::Answer, AppError> {
        let answers = self.snapshot().await?.answers.clone();
        answers.into_iter().find(|a| a.seq == id).ok_or_else(|| {
            AppError::invalid(
                "form",
                format!("there is no answer {id}: `runwell diary` lists them"),
            )
        })
    }

    /// A session's answers as an edit form shows them, and the session in words ("strength,
    /// Tue 3 Mar").
    pub async fn session_input(&self, id: i64) -> Result<(SessionEditInput, String), AppError> {
        let s = self.session_row(id).await?;
        let input = SessionEditInput {
            date: s.day.to_string(),
            pain: s.pain.map(|p| p.to_string()),
            rpe: s.rpe.map(|r| r.to_string()),
            duration: s.duration_s.and_then(|d| DurationS::new(d).ok()).map(|d| d.to_string()),
        };
        Ok((input, format!("{}, {}", s.routine, s.day.weekday_date())))
    }

    /// A stored session's routine and day, for a page to word in its own language.
    pub async fn session_of(&self, id: i64) -> Result<(RoutineKind, LocalDay), AppError> {
        let s = self.session_row(id).await?;
        Ok((s.routine, s.day))
    }

    /// The key of a stored check answer's question: its words are the message of that name.
    pub async fn answer_key(&self, id: i64) -> Result<String, AppError> {
        Ok(self.answer_row(id).await?.key)
    }

    /// A record in a few words, for a confirmation: "run #3 (Tue 10 Mar, 8.00 km)". `what` is
    /// `run`, `pain`, `session` or `answer`.
    pub async fn describe_record(&self, what: &str, id: i64) -> Result<String, AppError> {
        Ok(match what {
            "run" => {
                let run = self.run(id).await?;
                format!("run #{id} ({}, {})", run.day.weekday_date(), run.distance_text())
            }
            "pain" => {
                let p = self.pain_entry(id).await?;
                format!(
                    "the pain entry #{id} ({}, {}, {}/10)",
                    p.day.weekday_date(),
                    p.moment.words(),
                    p.score.value()
                )
            }
            "session" => format!("session #{id} ({})", self.session_input(id).await?.1),
            _ => {
                let snapshot = self.snapshot().await?;
                let a = snapshot.answers.iter().find(|a| a.seq == id).ok_or_else(|| {
                    AppError::invalid(
                        "form",
                        format!("there is no answer {id}: `runwell diary` lists them"),
                    )
                })?;
                let question = runwell_domain::triage::question(&a.key).map_or("", |q| q.text);
                format!(
                    "answer #{id} ({}: \u{201c}{question}\u{201d} {})",
                    a.day.weekday_date(),
                    if a.yes { "yes" } else { "no" }
                )
            }
        })
    }

    pub(crate) async fn session_row(&self, id: i64) -> Result<runwell_store::SessionRow, AppError> {
        self.store().sessions(self.runner).await?.into_iter().find(|s| s.id == id).ok_or_else(
            || AppError::Missing(format!("there is no session {id}: `runwell diary` lists them")),
        )
    }
}

#[cfg(test)]
#[path = "records_tests.rs"]
mod tests;

//! The pain diary as the runner reads it back: every pain entry, exercise session and triage
//! answer by day, newest first, and a month calendar coloured by each day's worst pain (the
//! number is always shown with the colour). A run's page lists the pain logged for it and the
//! next morning's (`pain_for_run`).

use std::collections::BTreeMap;

use runwell_domain::diary::PainEntry;
use runwell_domain::pain::score_light;
use runwell_domain::programme::RoutineKind;
use runwell_domain::{Light, LocalDay, Thresholds, triage};
use serde::Serialize;

use crate::{App, AppError, RunView, local_today};

/// How far back the diary reaches when no start is given.
const DEFAULT_DAYS: i32 = 27;

/// One pain entry, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainView {
    #[serde(flatten)]
    pub entry: PainEntry,
    /// "next morning".
    pub moment_words: &'static str,
    /// PAIN-1/PAIN-2's light for the score.
    pub light: Light,
    /// The run it belongs to, as "Sat 28 Nov · 8.40 km".
    pub run_text: Option<String>,
}

/// One exercise session, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionView {
    pub id: i64,
    pub day: LocalDay,
    pub routine: RoutineKind,
    pub pain: Option<u8>,
    pub rpe: Option<u8>,
    pub duration_s: Option<f64>,
    pub guided: bool,
    pub sets_done: usize,
    pub sets: usize,
}

/// One triage answer with its question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiaryAnswer {
    pub id: i64,
    pub day: LocalDay,
    pub key: String,
    pub question: &'static str,
    pub yes: bool,
}

/// One day of the diary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiaryDay {
    pub day: LocalDay,
    /// "Sat 28 Nov".
    pub heading: String,
    /// The day's worst pain score, and its light.
    pub worst: Option<u8>,
    pub light: Option<Light>,
    pub pain: Vec<PainView>,
    pub sessions: Vec<SessionView>,
    pub answers: Vec<DiaryAnswer>,
}

/// A day of a month's calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarCell {
    pub day: LocalDay,
    /// The day of the month.
    pub number: i8,
    pub worst: Option<u8>,
    pub light: Option<Light>,
    /// Outside the diary's range: shown without a colour.
    pub outside: bool,
}

/// A month, Monday first, weeks of seven days (`None` before the 1st and after the last).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiaryMonth {
    /// "November 2026".
    pub title: String,
    pub weeks: Vec<[Option<CalendarCell>; 7]>,
}

/// The diary from one day to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiaryView {
    pub from: LocalDay,
    pub to: LocalDay,
    /// Newest first; only days with something on them.
    pub days: Vec<DiaryDay>,
    /// Newest first.
    pub months: Vec<DiaryMonth>,
}

fn pain_view(entry: &PainEntry, runs: &[RunView], t: &Thresholds) -> PainView {
    PainView {
        entry: entry.clone(),
        moment_words: entry.moment.words(),
        light: score_light(entry.score.value(), t),
        run_text: entry
            .run_id
            .and_then(|id| runs.iter().find(|r| r.id == id))
            .map(RunView::short_text),
    }
}

fn months(from: LocalDay, to: LocalDay, worst: &BTreeMap<LocalDay, u8>) -> Vec<DiaryMonth> {
    let t = Thresholds::default();
    let mut out = Vec::new();
    let mut first = LocalDay::new(to.date().first_of_month());
    loop {
        let last = LocalDay::new(first.date().last_of_month());
        let mut weeks = Vec::new();
        let mut week: [Option<CalendarCell>; 7] = Default::default();
        let mut day = first;
        while day <= last {
            let w = worst.get(&day).copied();
            week[usize::from(day.weekday().index())] = Some(CalendarCell {
                day,
                number: day.date().day(),
                worst: w,
                light: w.map(|s| score_light(s, &t)),
                outside: day < from || day > to,
            });
            if day.weekday().index() == 6 {
                weeks.push(std::mem::take(&mut week));
            }
            day = day.plus_days(1);
        }
        if week.iter().any(Option::is_some) {
            weeks.push(week);
        }
        out.push(DiaryMonth { title: first.month_title(), weeks });
        if first <= from {
            break;
        }
        first = LocalDay::new(first.plus_days(-1).date().first_of_month());
    }
    out
}

impl App {
    /// The diary from `from` (four weeks before `to` when not given) to `to` (today).
    pub async fn diary(
        &self,
        from: Option<LocalDay>,
        to: Option<LocalDay>,
    ) -> Result<DiaryView, AppError> {
        let snapshot = self.snapshot().await?;
        let to = to.unwrap_or_else(|| local_today(&snapshot.profile));
        let from = from.unwrap_or_else(|| to.plus_days(-DEFAULT_DAYS));
        if from > to {
            return Err(AppError::invalid(
                "from",
                format!("the diary starts on {from}, after it ends on {to}: swap the two days"),
            ));
        }
        let t = Thresholds::default();
        let within = |d: LocalDay| (from..=to).contains(&d);
        let mut days: BTreeMap<LocalDay, DiaryDay> = BTreeMap::new();
        let runs = snapshot.runs().await?;
        for entry in snapshot.history.pain.iter().filter(|p| within(p.day)) {
            let day = days.entry(entry.day).or_insert_with(|| empty_day(entry.day));
            day.pain.push(pain_view(entry, runs, &t));
        }
        for s in self.store().sessions(self.runner).await?.into_iter().filter(|s| within(s.day)) {
            let day = days.entry(s.day).or_insert_with(|| empty_day(s.day));
            day.sessions.push(SessionView {
                id: s.id,
                day: s.day,
                routine: s.routine,
                pain: s.pain,
                rpe: s.rpe,
                duration_s: s.duration_s,
                guided: s.guided,
                sets_done: s.sets.iter().filter(|x| x.done >= x.target).count(),
                sets: s.sets.len(),
            });
        }
        for a in snapshot.answers.iter().filter(|a| within(a.day)) {
            let day = days.entry(a.day).or_insert_with(|| empty_day(a.day));
            day.answers.push(DiaryAnswer {
                id: a.seq,
                day: a.day,
                key: a.key.clone(),
                question: triage::question(&a.key).map_or("", |q| q.text),
                yes: a.yes,
            });
        }
        let mut worst = BTreeMap::new();
        for day in days.values_mut() {
            // Newest first within the day too: the last entry made is on top.
            day.pain.reverse();
            day.sessions.reverse();
            day.answers.reverse();
            let scores = day
                .pain
                .iter()
                .map(|p| p.entry.score.value())
                .chain(day.sessions.iter().filter_map(|s| s.pain));
            day.worst = scores.max();
            day.light = day.worst.map(|s| score_light(s, &t));
            if let Some(w) = day.worst {
                worst.insert(day.day, w);
            }
        }
        Ok(DiaryView {
            from,
            to,
            days: days.into_values().rev().collect(),
            months: months(from, to, &worst),
        })
    }

    /// The pain logged for a run, and the next morning's (PAIN-2 judges a run by it).
    pub async fn pain_for_run(&self, id: i64) -> Result<Vec<PainView>, AppError> {
        let snapshot = self.snapshot().await?;
        let runs = snapshot.runs().await?;
        let run = runs.iter().find(|r| r.id == id).ok_or(AppError::NoSuchRun(id))?;
        let next = run.day.plus_days(1);
        let t = Thresholds::default();
        Ok(snapshot
            .history
            .pain
            .iter()
            .filter(|p| {
                p.run_id == Some(id)
                    || (p.day == next && p.moment == runwell_domain::diary::PainMoment::Morning)
            })
            .map(|p| pain_view(p, runs, &t))
            .collect())
    }
}

fn empty_day(day: LocalDay) -> DiaryDay {
    DiaryDay {
        day,
        heading: day.weekday_date(),
        worst: None,
        light: None,
        pain: vec![],
        sessions: vec![],
        answers: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{app, day, morning, strength_record};
    use crate::{PainInput, RunInput};

    #[tokio::test(flavor = "multi_thread")]
    async fn the_diary_reads_back_every_entry_by_day_newest_first() {
        let (_dir, app) = app().await;
        let run = RunInput {
            date: "2026-03-02".into(),
            distance_km: "8,4".into(),
            duration: "48:00".into(),
            ..RunInput::default()
        };
        let run = app.log_run(&run).await.unwrap();
        let after = PainInput {
            date: "2026-03-02".into(),
            when: "after".into(),
            score: "4".into(),
            run: Some(run.id.to_string()),
            ..PainInput::default()
        };
        app.log_pain(&after).await.unwrap();
        morning(&app, "2026-03-03", 1).await;
        app.record_session(&strength_record(1, true, 6), Some(day("2026-03-03")), true)
            .await
            .unwrap();
        app.check(&[("limping".into(), false)], Some(day("2026-03-04"))).await.unwrap();
        morning(&app, "2026-02-01", 2).await; // before the range asked for
        let diary = app.diary(Some(day("2026-02-20")), Some(day("2026-03-05"))).await.unwrap();
        let headings: Vec<_> = diary.days.iter().map(|d| d.heading.as_str()).collect();
        assert_eq!(headings, ["Wed 4 Mar", "Tue 3 Mar", "Mon 2 Mar"]);
        let (wed, tue, mon) = (&diary.days[0], &diary.days[1], &diary.days[2]);
        assert_eq!((wed.answers.len(), wed.answers[0].question.is_empty()), (1, false));
        assert_eq!(
            (tue.worst, tue.light),
            (Some(6), Some(Light::Red)),
            "the session's pain counts"
        );
        assert_eq!(tue.sessions[0].routine, RoutineKind::Strength);
        assert_eq!(mon.pain[0].run_text.as_deref(), Some("Mon 2 Mar \u{b7} 8.40 km"));
        assert_eq!((mon.worst, mon.light), (Some(4), Some(Light::Amber)));
        let titles: Vec<_> = diary.months.iter().map(|m| m.title.as_str()).collect();
        assert_eq!(titles, ["March 2026", "February 2026"]);
        let march = &diary.months[0];
        // 1 March 2026 is a Sunday: the first week has only it, in the last column.
        assert!(march.weeks[0][..6].iter().all(Option::is_none));
        let cell = |d: &str| {
            march.weeks.iter().flatten().flatten().find(|c| c.day == day(d)).unwrap().clone()
        };
        assert_eq!((cell("2026-03-02").worst, cell("2026-03-02").number), (Some(4), 2));
        assert!(cell("2026-03-31").outside && !cell("2026-03-05").outside);
        let for_run = app.pain_for_run(run.id).await.unwrap();
        let moments: Vec<_> = for_run.iter().map(|p| p.moment_words).collect();
        assert_eq!(moments, ["after a run", "next morning"]);
        let refused = app.diary(Some(day("2026-03-05")), Some(day("2026-03-01"))).await;
        assert!(matches!(refused, Err(AppError::Invalid(_))), "{refused:?}");
    }
}

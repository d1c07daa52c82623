//! `runwell plan`, `runwell adherence`, `runwell session`, `runwell log session`.

use std::fmt::Write as _;

use runwell_app::words::{Arg, Words};
use runwell_app::{App, Database, SessionAnswers, SessionInput, SessionSaved};
use runwell_domain::LocalDay;
use runwell_domain::programme::RoutineKind;
use runwell_domain::progression::change_sentence;

use crate::args::{LogSessionArgs, PlanArgs, SessionArgs};
use crate::guided::{self, GuidedOptions};
use crate::output::{heading, json, say, say_raw, wrap_hanging};

fn routine_name(w: &Words, kind: RoutineKind) -> String {
    w.get(match kind {
        RoutineKind::Warmup => "cli-plan-warmup",
        RoutineKind::Cooldown => "cli-plan-cooldown",
        RoutineKind::Strength => "cli-plan-strength",
    })
}

pub(crate) async fn plan(db: &Database, args: PlanArgs) -> anyhow::Result<()> {
    let day = args.day.today.as_deref().map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let w = crate::lang::words(&app).await;
    if let Some(file) = &args.ics {
        // The same weeks as the web's download unless asked.
        let weeks = args.weeks.unwrap_or(runwell_app::ICS_WEEKS);
        let text = app.plan_ics(day, Some(weeks), args.alarm_minutes).await?;
        app.close().await;
        std::fs::write(file, text).map_err(|e| {
            anyhow::anyhow!("cannot write {}: {e}. Choose another path.", file.display())
        })?;
        let alarm = args.alarm_minutes.unwrap_or(runwell_app::ICS_ALARM_MINUTES);
        let alarm = if alarm == 0 {
            w.get("cli-plan-no-alarms")
        } else {
            w.with("cli-plan-alarm", &[("minutes", Arg::from(i64::from(alarm)))])
        };
        let file = file.display().to_string();
        let args = [
            ("weeks", Arg::from(i64::from(weeks))),
            ("file", file.into()),
            ("alarm", alarm.into()),
        ];
        say!("{}", w.with("cli-plan-wrote", &args));
        return Ok(());
    }
    let view = app.plan(day, args.weeks.unwrap_or(1)).await?;
    let profile = app.profile().await.ok();
    app.close().await;
    if args.day.json {
        return json(&view);
    }
    let mut out = heading(&w.with("cli-plan-heading", &[("day", w.day_year(view.from).into())]));
    // As wide as the longest day: "lør. 28. nov." is longer than "Sat 28 Nov".
    let width = view.days.iter().map(|d| w.day(d.day).chars().count()).max().unwrap_or(0).max(10);
    for (i, d) in view.days.iter().enumerate() {
        if i > 0 && i % 7 == 0 {
            out.push('\n');
        }
        let what = if d.routines.is_empty() {
            w.get("cli-plan-rest")
        } else {
            let names: Vec<String> = d.routines.iter().map(|r| routine_name(&w, *r)).collect();
            let run = if d.run { format!("{}, ", w.get("cli-run")) } else { String::new() };
            format!("{run}{}", names.join(" + "))
        };
        let _ = writeln!(out, "{:<width$}  {what}", w.day(d.day));
    }
    // The plan's notes are the profile's PROG-1 notes, said again in the runner's words.
    let notes = match &profile {
        Some(profile) if !view.warnings.is_empty() => crate::commands::init::warnings(&w, profile),
        _ => view.warnings.iter().map(|n| n.message.clone()).collect(),
    };
    let first = format!("{} ", w.get("cli-note"));
    let rest = " ".repeat(first.chars().count());
    for note in &notes {
        out.push_str(&wrap_hanging(note, &first, &rest));
    }
    let _ = write!(out, "\n{}\n{}\n", w.get("cli-plan-footer"), w.get("cli-plan-calendar"));
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn adherence(
    db: &Database,
    weeks: u32,
    today: Option<&str>,
    as_json: bool,
) -> anyhow::Result<()> {
    let day = today.map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let view = app.adherence(day, weeks).await?;
    let words = crate::lang::words(&app).await;
    app.close().await;
    if as_json {
        return json(&view);
    }
    let mut out = heading(&words.get("cli-adherence-heading"));
    let _ = writeln!(out, "{}", words.get("cli-adherence-columns"));
    let of = words.get("cli-adherence-of");
    for w in &view.weeks {
        let status = words.week_status(w.status);
        let _ = writeln!(
            out,
            "{:<10}  {:>3} {of} {:<3}  {:>2} {of} {:<2}  {:>3} {of} {:<3}  {status}",
            words.day(w.week_start),
            w.done_strength,
            w.strength_target,
            w.done_warmups,
            w.planned_warmups,
            w.done_cooldowns,
            w.planned_cooldowns
        );
    }
    let streak = Arg::from(i64::from(view.streak_weeks));
    let _ = writeln!(out, "\n{}", words.with("cli-adherence-streak", &[("weeks", streak)]));
    let floor = runwell_domain::Thresholds::default().strength_sessions_floor;
    let floor = Arg::from(i64::from(floor));
    let _ = writeln!(out, "{}", words.with("cli-adherence-met", &[("floor", floor)]));
    say_raw!("{out}");
    Ok(())
}

fn print_saved(w: &Words, saved: &SessionSaved) -> anyhow::Result<()> {
    let args = [
        ("routine", routine_name(w, saved.routine).into()),
        ("day", crate::lang::iso_day(w, saved.day).into()),
        ("done", Arg::from(saved.sets_done)),
        ("sets", Arg::from(saved.sets_planned)),
    ];
    say!("{}", w.with("cli-session-saved", &args));
    // The movement's name and why it moved, in the runner's language.
    let programme = runwell_app::programme_in(w.lang()).ok();
    for change in &saved.level_changes {
        let name = programme
            .and_then(|p| p.movement(&change.movement))
            .map_or_else(|| change.name.clone(), |m| m.name.clone());
        let sentence = w.text(&change_sentence(&name, change.from, change.to));
        // The reason in her language too: the app keeps it as a sentence beside its English.
        let why = w.text(&change.why);
        say_raw!("{}", wrap_hanging(&format!("{sentence} {why}"), "  ", "    "));
    }
    Ok(())
}

pub(crate) async fn session(db: &Database, args: SessionArgs) -> anyhow::Result<()> {
    let kind: RoutineKind = args.routine.parse()?;
    let day = args.today.as_deref().map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let words = crate::lang::words(&app).await;
    let lang = words.lang();
    let dose = app.routine_in(kind, None, lang).await?;
    let options =
        GuidedOptions { voice: args.voice, lang, speed: args.speed, ..GuidedOptions::default() };
    // The movements' names, steps and cues in the runner's language.
    let record = guided::run(&dose, runwell_app::programme_in(lang)?, options)?;
    let Some(record) = record else {
        app.close().await;
        return Ok(());
    };
    let saved = app.record_session(&record, day, true).await?;
    app.close().await;
    print_saved(&words, &saved)?;
    Ok(())
}

/// Parses `MOVEMENT=SETS`.
fn parse_done(text: &str) -> anyhow::Result<(String, u32)> {
    let (movement, sets) = text
        .split_once('=')
        .ok_or_else(|| anyhow::anyhow!("{text:?}: write MOVEMENT=SETS, e.g. clamshell=3"))?;
    let sets = sets.trim().parse::<u32>().map_err(|_| {
        anyhow::anyhow!("{text:?}: the number of sets done is a whole number, e.g. clamshell=3")
    })?;
    Ok((movement.trim().to_owned(), sets))
}

pub(crate) async fn log_session(db: &Database, a: LogSessionArgs) -> anyhow::Result<()> {
    let input = SessionInput {
        routine: a.routine,
        date: a.date,
        all: a.all,
        done: a.done.iter().map(|d| parse_done(d)).collect::<anyhow::Result<_>>()?,
        answers: SessionAnswers { pain: Some(a.pain), rpe: Some(a.rpe) },
    };
    let app = App::open_at(db).await?;
    let saved = app.log_session(&input).await?;
    let w = crate::lang::words(&app).await;
    app.close().await;
    if a.json {
        return json(&saved);
    }
    print_saved(&w, &saved)?;
    Ok(())
}

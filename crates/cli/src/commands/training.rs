//! `runwell plan`, `runwell adherence`, `runwell session`, `runwell log session`.

use std::fmt::Write as _;

use runwell_app::{App, Database, SessionAnswers, SessionInput, SessionSaved};
use runwell_domain::LocalDay;
use runwell_domain::programme::RoutineKind;
use runwell_domain::progression::change_sentence;

use crate::args::{LogSessionArgs, PlanArgs, SessionArgs};
use crate::guided::{self, GuidedOptions};
use crate::output::{heading, json, say, say_raw, wrap_hanging};

fn routine_name(kind: RoutineKind) -> &'static str {
    match kind {
        RoutineKind::Warmup => "warm-up",
        RoutineKind::Cooldown => "cool-down",
        RoutineKind::Strength => "strength",
    }
}

pub(crate) async fn plan(db: &Database, args: PlanArgs) -> anyhow::Result<()> {
    let day = args.day.today.as_deref().map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
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
            "no alarms".to_owned()
        } else {
            format!("an alarm {alarm} minutes before each day starts")
        };
        say!(
            "Wrote {weeks} weeks of your plan to {}, with {alarm}. Import it into your calendar \
             app; importing a newer file updates the same events.",
            file.display()
        );
        return Ok(());
    }
    let view = app.plan(day, args.weeks.unwrap_or(1)).await?;
    app.close().await;
    if args.day.json {
        return json(&view);
    }
    let mut out = heading(&format!("Your plan from {}", view.from.weekday_date_year()));
    for (i, d) in view.days.iter().enumerate() {
        if i > 0 && i % 7 == 0 {
            out.push('\n');
        }
        let what = if d.routines.is_empty() {
            "rest".to_owned()
        } else {
            let names: Vec<&str> = d.routines.iter().map(|r| routine_name(*r)).collect();
            let run = if d.run { "run, " } else { "" };
            format!("{run}{}", names.join(" + "))
        };
        let _ = writeln!(out, "{:<10}  {what}", d.day.weekday_date());
    }
    for w in &view.warnings {
        out.push_str(&wrap_hanging(&w.message, "Note: ", "      "));
    }
    out.push_str(
        "\nWarm-up before every run, cool-down after, the strength session 2–3 times a week \
         (PROG-1).\nPut it in your calendar: `runwell plan --weeks 8 --ics plan.ics`.\n",
    );
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
    app.close().await;
    if as_json {
        return json(&view);
    }
    let mut out = heading("Planned and done");
    out.push_str("week of      strength   warm-ups  cool-downs  status\n");
    for w in &view.weeks {
        let status = w.status.words();
        let _ = writeln!(
            out,
            "{:<10}  {:>3} of {:<3}  {:>2} of {:<2}  {:>3} of {:<3}  {status}",
            w.week_start.weekday_date(),
            w.done_strength,
            w.strength_target,
            w.done_warmups,
            w.planned_warmups,
            w.done_cooldowns,
            w.planned_cooldowns
        );
    }
    let _ = writeln!(out, "\nStreak: {} week(s) in a row meeting the plan.", view.streak_weeks);
    let floor = runwell_domain::Thresholds::default().strength_sessions_floor;
    let _ = writeln!(
        out,
        "A week is met with at least {floor} strength sessions (PROG-1), or all planned if fewer."
    );
    say_raw!("{out}");
    Ok(())
}

fn print_saved(saved: &SessionSaved) -> anyhow::Result<()> {
    say!(
        "Saved the {} session of {}: {} of {} sets at target.",
        routine_name(saved.routine),
        saved.day,
        saved.sets_done,
        saved.sets_planned
    );
    for change in &saved.level_changes {
        say_raw!(
            "{}",
            wrap_hanging(
                &format!(
                    "{} {}",
                    runwell_app::words::Words::default().text(&change_sentence(
                        &change.name,
                        change.from,
                        change.to
                    )),
                    change.reason
                ),
                "  ",
                "    "
            )
        );
    }
    Ok(())
}

pub(crate) async fn session(db: &Database, args: SessionArgs) -> anyhow::Result<()> {
    let kind: RoutineKind = args.routine.parse()?;
    let day = args.today.as_deref().map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let lang = crate::lang::words(&app).await.lang();
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
    print_saved(&saved)?;
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
    app.close().await;
    if a.json {
        return json(&saved);
    }
    print_saved(&saved)?;
    Ok(())
}

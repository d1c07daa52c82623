//! `runwell log run`, `runwell log pain`, `runwell diary`.

use runwell_app::{App, Database, DiaryView, PainInput, RunInput};
use runwell_domain::{DurationS, LocalDay};

use crate::args::{LogPainArgs, LogRunArgs, PainFields, RunFields};
use crate::commands::lines::{pain_line, run_line};
use crate::output::{json, say};

/// A run as typed on the command line, for the app to check.
pub(crate) fn run_input(
    date: String,
    distance_km: String,
    duration: String,
    f: RunFields,
) -> RunInput {
    RunInput {
        date,
        time: f.time,
        sport: f.sport,
        distance_km,
        // `--distance-km` is kilometres, whatever unit the runner reads.
        miles: false,
        duration,
        elapsed: f.elapsed,
        rpe: f.rpe,
        surface: f.surface,
        shoe: f.shoe,
        title: f.title,
        note: f.note,
        force: f.force,
    }
}

pub(crate) async fn log_run(db: &Database, a: LogRunArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let input = run_input(a.date.unwrap_or_default(), a.distance_km, a.duration, a.fields);
    let run = app.log_run(&input).await?;
    app.close().await;
    if a.json {
        return json(&run);
    }
    say!("Logged run {}", run_line(&run));
    if run.rpe.is_none() {
        say!("Tip: add how hard it felt with `runwell edit run {} --rpe N` (0–10).", run.id);
    }
    say!(
        "How did the hip feel? `runwell log pain --date {} --when after --score N --run {}`",
        run.day,
        run.id
    );
    Ok(())
}

/// A pain entry as typed, for the app to check.
pub(crate) fn pain_input(
    date: String,
    when: String,
    score: String,
    limits_daily_life: bool,
    f: PainFields,
) -> PainInput {
    PainInput {
        date,
        when,
        score,
        side: f.side,
        region: f.region,
        character: f.character,
        limits_daily_life,
        run: f.run,
        note: f.note,
    }
}

pub(crate) async fn log_pain(db: &Database, a: LogPainArgs) -> anyhow::Result<()> {
    let input =
        pain_input(a.date.unwrap_or_default(), a.when, a.score, a.limits_daily_life, a.fields);
    // Check what can be checked before anything opens, so a wrong entry stores nothing and
    // creates no file.
    input.check_form()?;
    let app = App::open_at(db).await?;
    let entry = app.log_pain(&input).await?;
    app.close().await;
    if a.json {
        return json(&entry);
    }
    say!(
        "Logged pain {}/10 ({}) on {} as entry {}.",
        entry.score.value(),
        entry.moment.words(),
        entry.day.weekday_date(),
        entry.id
    );
    say!("See what it means for today: `runwell today`.");
    Ok(())
}

fn print_diary(view: &DiaryView) -> anyhow::Result<()> {
    say!(
        "Pain diary, {} to {} (newest first)",
        view.from.weekday_date_year(),
        view.to.weekday_date_year()
    );
    if view.days.is_empty() {
        say!(
            "Nothing logged in these days. Log pain with `runwell log pain --when morning --score N`."
        );
        return Ok(());
    }
    for day in &view.days {
        let worst = day.worst.map(|w| format!("  worst pain {w}/10")).unwrap_or_default();
        say!("\n{}{worst}", day.heading);
        for p in &day.pain {
            say!("{}", pain_line(p));
        }
        for s in &day.sessions {
            let pain = s.pain.map(|p| format!(", pain {p}/10")).unwrap_or_default();
            let rpe = s.rpe.map(|r| format!(", effort {r}")).unwrap_or_default();
            let time = s
                .duration_s
                .and_then(|d| DurationS::new(d).ok())
                .map(|d| format!(", {d}"))
                .unwrap_or_default();
            say!(
                "  session #{:<3} {}: {} of {} sets at target{time}{pain}{rpe}",
                s.id,
                s.routine,
                s.sets_done,
                s.sets
            );
        }
        for a in &day.answers {
            say!("  answer #{:<4} {} {}", a.id, a.question, if a.yes { "Yes" } else { "No" });
        }
    }
    say!(
        "\nChange one with `runwell edit pain|session ID`, delete one with `runwell delete \
         pain|session|answer ID`."
    );
    Ok(())
}

pub(crate) async fn diary(
    db: &Database,
    from: Option<&str>,
    to: Option<&str>,
    as_json: bool,
) -> anyhow::Result<()> {
    let from = from.map(LocalDay::parse).transpose()?;
    let to = to.map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let view = app.diary(from, to).await?;
    app.close().await;
    if as_json {
        return json(&view);
    }
    print_diary(&view)
}

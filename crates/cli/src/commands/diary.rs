//! `runwell log run`, `runwell log pain`, `runwell diary`.

use runwell_app::words::{Arg, Words};
use runwell_app::{App, Database, DiaryView, PainInput, RunInput, RunView};
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
    let w = crate::lang::words(&app).await;
    app.close().await;
    if a.json {
        return json(&run);
    }
    say!("{} {}", w.get("cli-log-run"), run_line(&w, &run));
    if run.rpe.is_none() {
        say!("{}", w.with("cli-log-run-rpe", &[("id", run.id.to_string().into())]));
    }
    let command =
        format!("`runwell log pain --date {} --when after --score N --run {}`", run.day, run.id);
    say!("{}", w.with("cli-log-run-pain", &[("command", command.into())]));
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
    let w = crate::lang::words(&app).await;
    app.close().await;
    if a.json {
        return json(&entry);
    }
    let logged = w.with(
        "cli-log-pain",
        &[
            ("score", entry.score.value().to_string().into()),
            ("moment", w.moment(entry.moment).into()),
            ("day", w.day(entry.day).into()),
            ("id", entry.id.to_string().into()),
        ],
    );
    say!("{logged}");
    say!("{}", w.get("cli-log-pain-next"));
    Ok(())
}

/// A triage answer's question in the runner's language; one runwell no longer asks keeps the
/// (empty) text the diary gives it.
pub(crate) fn answer_question(w: &Words, key: &str, question: &str) -> String {
    if question.is_empty() { String::new() } else { w.get(key) }
}

fn print_diary(w: &Words, view: &DiaryView, runs: &[RunView]) -> anyhow::Result<()> {
    let heading = w.with(
        "cli-diary-heading",
        &[("from", w.day_year(view.from).into()), ("to", w.day_year(view.to).into())],
    );
    say!("{heading}");
    if view.days.is_empty() {
        say!("{}", w.get("cli-diary-empty"));
        return Ok(());
    }
    for day in &view.days {
        let worst = day
            .worst
            .map(|p| format!("  {}", w.with("cli-diary-worst", &[("score", p.to_string().into())])))
            .unwrap_or_default();
        say!("\n{}{worst}", w.day(day.day));
        for p in &day.pain {
            say!("{}", pain_line(w, p, runs));
        }
        for s in &day.sessions {
            let pain = s
                .pain
                .map(|p| w.with("cli-diary-session-pain", &[("score", p.to_string().into())]))
                .unwrap_or_default();
            let rpe = s
                .rpe
                .map(|r| w.with("cli-diary-session-effort", &[("rpe", r.to_string().into())]))
                .unwrap_or_default();
            let time = s
                .duration_s
                .and_then(|d| DurationS::new(d).ok())
                .map(|d| format!(", {d}"))
                .unwrap_or_default();
            let sets = w.with(
                "cli-diary-sets",
                &[("done", Arg::from(s.sets_done)), ("sets", Arg::from(s.sets))],
            );
            say!("  {} #{:<3} {}: {sets}{time}{pain}{rpe}", w.get("cli-session"), s.id, s.routine);
        }
        for a in &day.answers {
            let answer = w.get(if a.yes { "cli-yes" } else { "cli-no" });
            let question = answer_question(w, &a.key, a.question);
            say!("  {} #{:<4} {question} {answer}", w.get("cli-answer"), a.id);
        }
    }
    say!("\n{}", w.get("cli-diary-next"));
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
    if as_json {
        app.close().await;
        return json(&view);
    }
    // The runs the pain entries belong to, for their days and distances in the runner's words.
    let runs = app.runs(None).await?;
    let w = crate::lang::words(&app).await;
    app.close().await;
    print_diary(&w, &view, &runs)
}

//! `runwell edit pain|session|answer ID` and `runwell delete run|pain|session|answer ID`: the runner's
//! records corrected or removed, after a confirmation unless `--yes`.

use std::io::BufRead as _;

use runwell_app::words::Words;
use runwell_app::{App, Database, Deleted};

use crate::args::{DeleteArgs, DeleteCommand, EditAnswerArgs, EditPainArgs, EditSessionArgs};
use crate::commands::lines::pain_line;
use crate::output::{json, safe, say};

/// An option as given: `""` clears the field, anything else replaces it, and an option left
/// out keeps what is stored.
pub(crate) fn replace(stored: &mut Option<String>, given: Option<String>) {
    if let Some(value) = given {
        *stored = Some(value).filter(|v| !v.trim().is_empty());
    }
}

pub(crate) async fn edit_pain(db: &Database, a: EditPainArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let mut input = app.pain_input(a.id).await?;
    if let Some(date) = a.date {
        input.date = date;
    }
    if let Some(when) = a.when {
        input.when = when;
    }
    if let Some(score) = a.score {
        input.score = score;
    }
    if let Some(limits) = a.limits_daily_life {
        input.limits_daily_life = match limits.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" => true,
            "no" | "n" | "false" => false,
            other => anyhow::bail!("--limits-daily-life is yes or no; got {:?}", safe(other)),
        };
    }
    let f = a.fields;
    replace(&mut input.side, f.side);
    replace(&mut input.region, f.region);
    replace(&mut input.character, f.character);
    replace(&mut input.run, f.run);
    replace(&mut input.note, f.note);
    let entry = app.edit_pain(a.id, &input).await?;
    let view = app.diary(Some(entry.day), Some(entry.day)).await?;
    let runs = app.runs(None).await?;
    let w = crate::lang::words(&app).await;
    app.close().await;
    if a.json {
        return json(&entry);
    }
    let shown = view.days.iter().flat_map(|d| &d.pain).find(|p| p.entry.id == entry.id);
    match shown {
        Some(p) => say!("{} {}", w.get("cli-updated"), pain_line(&w, p, &runs).trim_start()),
        None => say!("{}", w.with("cli-updated-pain", &[("id", entry.id.to_string().into())])),
    }
    Ok(())
}

pub(crate) async fn edit_session(db: &Database, a: EditSessionArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let (mut input, label) = app.session_input(a.id).await?;
    if let Some(date) = a.date {
        input.date = date;
    }
    replace(&mut input.pain, a.pain);
    replace(&mut input.rpe, a.rpe);
    replace(&mut input.duration, a.duration);
    app.edit_session(a.id, &input).await?;
    let w = crate::lang::words(&app).await;
    app.close().await;
    let args = [("id", a.id.to_string().into()), ("label", label.into())];
    say!("{}", w.with("cli-updated-session", &args));
    Ok(())
}

pub(crate) async fn edit_answer(db: &Database, a: EditAnswerArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let (mut input, question) = app.answer_input(a.id).await?;
    if let Some(date) = a.date {
        input.date = date;
    }
    if let Some(answer) = a.answer {
        input.answer = answer;
    }
    app.edit_answer(a.id, &input).await?;
    let w = crate::lang::words(&app).await;
    app.close().await;
    let args = [
        ("id", a.id.to_string().into()),
        ("question", safe(&question).into_owned().into()),
        ("answer", input.answer.clone().into()),
        ("day", input.date.clone().into()),
    ];
    say!("{}", w.with("cli-updated-answer", &args));
    Ok(())
}

/// Asks on standard input; anything but yes ("ja" in Danish and Swedish) keeps the record.
fn confirmed(w: &Words, question: &str) -> anyhow::Result<bool> {
    eprint!("{question} {} ", w.get("cli-delete-yn"));
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes" | "j" | "ja"))
}

pub(crate) async fn delete(db: &Database, command: DeleteCommand) -> anyhow::Result<()> {
    let (what, DeleteArgs { id, yes }) = match command {
        DeleteCommand::Run(a) => ("run", a),
        DeleteCommand::Pain(a) => ("pain", a),
        DeleteCommand::Session(a) => ("session", a),
        DeleteCommand::Answer(a) => ("answer", a),
    };
    let app = App::open_at(db).await?;
    let described = app.describe_record(what, id).await?;
    let w = crate::lang::words(&app).await;
    let question = w.with("cli-delete-ask", &[("record", safe(&described).into_owned().into())]);
    if !yes && !confirmed(&w, &question)? {
        app.close().await;
        anyhow::bail!("{}", w.get("cli-delete-kept"));
    }
    let deleted: Deleted = match what {
        "run" => app.delete_run(id).await?,
        "pain" => app.delete_pain(id).await?,
        "session" => app.delete_session(id).await?,
        _ => app.delete_answer(id).await?,
    };
    app.close().await;
    say!("{}", deleted.message);
    Ok(())
}

//! `runwell log run`, `runwell log pain`, `runwell edit run`, `runwell runs`, `runwell run ID`.

use std::path::Path;

use runwell_app::{App, PainInput, RunEditInput, RunInput, RunView};
use runwell_domain::{DurationS, LocalDay};
use serde::Serialize;

use crate::args::{EditRunArgs, LogPainArgs, LogRunArgs};
use crate::output::{json, safe};

/// One line for a run: "#12    2026-11-20 07:30  run            8.40 km     48:10  RPE 5".
pub(crate) fn run_line(r: &RunView) -> String {
    let mut line = format!(
        "#{:<5} {} {}  {:<13} {:>9}  {:>8}",
        r.id,
        r.day,
        r.time,
        r.sport.id(),
        r.distance_text(),
        r.duration_text()
    );
    if let Some(rpe) = r.rpe {
        line.push_str(&format!("  RPE {}", rpe.value()));
    }
    if let Some(surface) = r.surface {
        line.push_str(&format!("  {surface}"));
    }
    if let Some(shoe) = &r.shoe {
        line.push_str(&format!("  [{}]", safe(shoe)));
    }
    line
}

pub(crate) async fn log_run(db: Option<&Path>, a: LogRunArgs) -> anyhow::Result<()> {
    let app = App::open(db).await?;
    let input = RunInput {
        date: a.date,
        time: a.time,
        distance_km: a.distance_km,
        duration: a.duration,
        rpe: a.rpe,
        surface: a.surface,
        shoe: a.shoe,
        note: a.note,
    };
    let run = app.log_run(&input).await?;
    app.close().await;
    if a.json {
        return json(&run);
    }
    println!("Logged run {}", run_line(&run));
    if run.rpe.is_none() {
        println!("Tip: add how hard it felt with `runwell edit run {} --rpe N` (0–10).", run.id);
    }
    println!(
        "How did the hip feel? `runwell log pain --date {} --when after --score N --run {}`",
        input.date, run.id
    );
    Ok(())
}

pub(crate) async fn log_pain(db: Option<&Path>, a: LogPainArgs) -> anyhow::Result<()> {
    let input = PainInput {
        date: a.date,
        when: a.when,
        score: a.score,
        side: a.side,
        region: a.region,
        character: a.character,
        limits_daily_life: a.limits_daily_life,
        run: a.run,
        note: a.note,
    };
    // Check what can be checked before anything opens, so a wrong entry stores nothing and
    // creates no file.
    input.check_form()?;
    let app = App::open(db).await?;
    let entry = app.log_pain(&input).await?;
    app.close().await;
    if a.json {
        return json(&entry);
    }
    println!("Logged pain {}/10 ({}) on {}.", entry.score.value(), entry.moment, entry.day);
    println!("See what it means for today: `runwell today`.");
    Ok(())
}

pub(crate) async fn edit_run(db: Option<&Path>, a: EditRunArgs) -> anyhow::Result<()> {
    let app = App::open(db).await?;
    let input = RunEditInput { rpe: a.rpe, surface: a.surface, shoe: a.shoe, note: a.note };
    let run = app.edit_run(a.id, &input).await?;
    app.close().await;
    if a.json {
        return json(&run);
    }
    println!("Updated run {}", run_line(&run));
    Ok(())
}

pub(crate) async fn runs(
    db: Option<&Path>,
    since: Option<&str>,
    as_json: bool,
) -> anyhow::Result<()> {
    let since = since.map(LocalDay::parse).transpose()?;
    let app = App::open(db).await?;
    let runs = app.runs(since).await?;
    app.close().await;
    if as_json {
        return json(&runs);
    }
    if runs.is_empty() {
        println!(
            "No runs yet. Log one with `runwell log run --date YYYY-MM-DD --distance-km K --duration MM:SS`."
        );
        return Ok(());
    }
    for run in &runs {
        println!("{}", run_line(run));
    }
    let total: f64 = runs.iter().filter(|r| r.sport.is_running()).map(|r| r.distance_m).sum();
    println!("{} runs, {:.1} km of running.", runs.len(), total / 1000.0);
    Ok(())
}

pub(crate) async fn run(db: Option<&Path>, id: i64, as_json: bool) -> anyhow::Result<()> {
    let app = App::open(db).await?;
    let run = app.run(id).await?;
    let samples = app.run_samples(id, 0).await?;
    app.close().await;
    if as_json {
        #[derive(Serialize)]
        struct WithSamples<'a> {
            #[serde(flatten)]
            run: &'a RunView,
            #[serde(flatten)]
            samples: &'a runwell_app::RunSamples,
        }
        return json(&WithSamples { run: &run, samples: &samples });
    }
    println!("{}", run_line(&run));
    if run.pace_s_per_km.is_some() {
        println!("  Pace {}, elapsed {}", run.pace_text(), run.elapsed_text());
    }
    if let Some(hr) = run.avg_hr {
        println!(
            "  Heart rate: average {hr}{}",
            run.max_hr.map(|m| format!(", max {m}")).unwrap_or_default()
        );
    }
    if let Some(c) = run.avg_cadence_spm {
        println!("  Cadence: {c:.0} steps/min");
    }
    if let Some(note) = &run.note {
        println!("  Note: {}", safe(note));
    }
    println!("  Source: {}", safe(&run.source));
    if let Some(problem) = &samples.problem {
        println!("  Samples: {problem}");
    }
    if !samples.splits.is_empty() {
        println!("\n  km     time    pace/km   heart rate  cadence");
        for s in &samples.splits {
            let km = if s.distance_m < 999.5 {
                format!("{:.2}", s.distance_m / 1000.0)
            } else {
                s.km.to_string()
            };
            println!(
                "  {km:<5} {:>7}  {:>8}  {:>10}  {:>7}",
                DurationS::new(s.duration_s).unwrap_or_default().to_string(),
                DurationS::new(s.pace_s_per_km).unwrap_or_default().to_string(),
                s.avg_hr.map_or("–".into(), |h| format!("{h:.0}")),
                s.avg_cadence.map_or("–".into(), |c| format!("{c:.0}")),
            );
        }
    }
    Ok(())
}

//! `runwell runs`, `runwell run ID`, `runwell edit run ID`.

use runwell_app::{App, Database, RunView};
use runwell_domain::{DurationS, LocalDay};
use serde::Serialize;

use crate::args::EditRunArgs;
use crate::commands::lines::{pain_line, run_line};
use crate::commands::records::replace;
use crate::output::{json, safe, say};

pub(crate) async fn edit_run(db: &Database, a: EditRunArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let mut input = app.run_input(a.id).await?;
    if let Some(date) = a.date {
        input.date = date;
    }
    if let Some(km) = a.distance_km {
        // The option says kilometres, whatever unit the runner reads.
        input.distance_km = km;
        input.miles = false;
    }
    if let Some(duration) = a.duration {
        input.duration = duration;
    }
    let f = a.fields;
    replace(&mut input.time, f.time);
    replace(&mut input.sport, f.sport);
    replace(&mut input.elapsed, f.elapsed);
    replace(&mut input.rpe, f.rpe);
    replace(&mut input.surface, f.surface);
    replace(&mut input.shoe, f.shoe);
    replace(&mut input.title, f.title);
    replace(&mut input.note, f.note);
    input.force = f.force;
    let run = app.edit_run(a.id, &input).await?;
    app.close().await;
    if a.json {
        return json(&run);
    }
    say!("Updated run {}", run_line(&run));
    Ok(())
}

pub(crate) async fn runs(db: &Database, since: Option<&str>, as_json: bool) -> anyhow::Result<()> {
    let since = since.map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let runs = app.runs(since).await?;
    app.close().await;
    if as_json {
        return json(&runs);
    }
    if runs.is_empty() {
        say!("No runs yet. Log one with `runwell log run --distance-km K --duration MM:SS`.");
        return Ok(());
    }
    for run in &runs {
        say!("{}", run_line(run));
    }
    let total: f64 = runs.iter().filter(|r| r.sport.is_running()).map(|r| r.distance_m).sum();
    // In the unit the runner reads, as every line above it.
    let unit = runs[0].unit;
    say!("{} runs, {:.1} {} of running.", runs.len(), total / unit.metres(), unit.id());
    Ok(())
}

pub(crate) async fn run(db: &Database, id: i64, as_json: bool) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let run = app.run(id).await?;
    // The JSON stays metric: kilometre splits whatever the runner reads.
    let unit = if as_json { runwell_domain::DistanceUnit::Km } else { run.unit };
    let samples = app.run_samples(id, 0, unit).await?;
    let pain = app.pain_for_run(id).await?;
    app.close().await;
    if as_json {
        #[derive(Serialize)]
        struct WithSamples<'a> {
            #[serde(flatten)]
            run: &'a RunView,
            #[serde(flatten)]
            samples: &'a runwell_app::RunSamples,
            pain: &'a [runwell_app::PainView],
        }
        return json(&WithSamples { run: &run, samples: &samples, pain: &pain });
    }
    say!("{}", run_line(&run));
    if run.pace_s_per_km.is_some() {
        say!("  Pace {}, elapsed {}", run.pace_text(), run.elapsed_text());
    } else {
        say!("  Elapsed {}", run.elapsed_text());
    }
    if let Some(hr) = run.avg_hr {
        say!(
            "  Heart rate: average {hr}{}",
            run.max_hr.map(|m| format!(", max {m}")).unwrap_or_default()
        );
    }
    if let Some(c) = run.avg_cadence_spm {
        say!("  Cadence: {c:.0} steps/min");
    }
    if let Some(note) = &run.note {
        say!("  Note: {}", safe(note));
    }
    say!("  Source: {}", safe(&run.source));
    if pain.is_empty() {
        say!(
            "  Pain: none logged. `runwell log pain --date {} --when after --score N --run {id}`",
            run.day
        );
    } else {
        say!("  Pain logged for it and the next morning:");
        for p in &pain {
            say!("  {}", pain_line(p));
        }
    }
    if let Some(problem) = &samples.problem {
        say!("  Samples: {problem}");
    }
    if !samples.splits.is_empty() {
        let u = unit.id();
        say!("\n  {u}     time    pace/{u}   heart rate  cadence");
        for s in &samples.splits {
            let split = if s.is_whole(unit) {
                s.index.to_string()
            } else {
                format!("{:.2}", s.distance_m / unit.metres())
            };
            let pace = s.pace_s_per_km * unit.metres() / 1000.0;
            say!(
                "  {split:<5} {:>7}  {:>8}  {:>10}  {:>7}",
                DurationS::new(s.duration_s).unwrap_or_default().to_string(),
                DurationS::new(pace).unwrap_or_default().to_string(),
                s.avg_hr.map_or("–".into(), |h| format!("{h:.0}")),
                s.avg_cadence.map_or("–".into(), |c| format!("{c:.0}")),
            );
        }
    }
    Ok(())
}

//! `runwell runs`, `runwell run ID`, `runwell edit run ID`.

use runwell_app::words::Arg;
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
    let w = crate::lang::words(&app).await;
    app.close().await;
    if a.json {
        return json(&run);
    }
    say!("{} {}", w.get("cli-runs-updated"), run_line(&w, &run));
    Ok(())
}

pub(crate) async fn runs(db: &Database, since: Option<&str>, as_json: bool) -> anyhow::Result<()> {
    let since = since.map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let runs = app.runs(since).await?;
    let w = crate::lang::words(&app).await;
    app.close().await;
    if as_json {
        return json(&runs);
    }
    if runs.is_empty() {
        say!("{}", w.get("cli-runs-none"));
        return Ok(());
    }
    for run in &runs {
        say!("{}", run_line(&w, run));
    }
    let total: f64 = runs.iter().filter(|r| r.sport.is_running()).map(|r| r.distance_m).sum();
    // In the unit the runner reads, as every line above it.
    let distance = crate::lang::distance(&w, runs[0].unit, total, 1);
    say!(
        "{}",
        w.with("cli-runs-total", &[("runs", Arg::from(runs.len())), ("distance", distance.into())])
    );
    Ok(())
}

pub(crate) async fn run(db: &Database, id: i64, as_json: bool) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let run = app.run(id).await?;
    // The JSON stays metric: kilometre splits whatever the runner reads.
    let unit = if as_json { runwell_domain::DistanceUnit::Km } else { run.unit };
    let samples = app.run_samples(id, 0, unit).await?;
    let pain = app.pain_for_run(id).await?;
    let w = crate::lang::words(&app).await;
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
    say!("{}", run_line(&w, &run));
    let elapsed = Arg::from(run.elapsed_text());
    if run.pace_s_per_km.is_some() {
        let pace = Arg::from(run.pace_text());
        say!("  {}", w.with("cli-run-pace", &[("pace", pace), ("elapsed", elapsed)]));
    } else {
        say!("  {}", w.with("cli-run-elapsed", &[("elapsed", elapsed)]));
    }
    if let Some(hr) = run.avg_hr {
        let max = run
            .max_hr
            .map(|m| w.with("cli-run-max-hr", &[("max", m.to_string().into())]))
            .unwrap_or_default();
        say!(
            "  {}",
            w.with("cli-run-hr", &[("average", hr.to_string().into()), ("max", max.into())])
        );
    }
    if let Some(c) = run.avg_cadence_spm {
        say!("  {}", w.with("cli-run-cadence", &[("cadence", format!("{c:.0}").into())]));
    }
    if let Some(note) = &run.note {
        say!("  {} {}", w.get("cli-note"), safe(note));
    }
    say!("  {}", w.with("cli-run-source", &[("source", safe(&run.source).into_owned().into())]));
    if pain.is_empty() {
        let command =
            format!("`runwell log pain --date {} --when after --score N --run {id}`", run.day);
        say!("  {}", w.with("cli-run-no-pain", &[("command", command.into())]));
    } else {
        say!("  {}", w.get("cli-run-pain"));
        let runs = [run.clone()];
        for p in &pain {
            say!("  {}", pain_line(&w, p, &runs));
        }
    }
    if let Some(problem) = &samples.problem {
        say!("  {}", w.with("cli-run-samples", &[("problem", problem.clone().into())]));
    }
    if !samples.splits.is_empty() {
        let u = unit.id();
        say!("\n  {}", w.with("cli-run-splits", &[("unit", u.into())]));
        for s in &samples.splits {
            let split = if s.is_whole(unit) {
                s.index.to_string()
            } else {
                crate::lang::decimal(&w, s.distance_m / unit.metres(), 2)
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

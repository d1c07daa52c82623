//! `runwell log run`, `runwell log pain`, `runwell edit run`, `runwell runs`, `runwell run ID`.

use std::path::Path;

use runwell_app::StoredRun;
use runwell_app::{App, PainInput, RunEditInput, RunInput};
use runwell_domain::{DurationS, LocalDay};
use serde::Serialize;

use crate::args::{EditRunArgs, LogPainArgs, LogRunArgs};
use crate::output::{json, safe};

/// A run as scripts read it (`runwell runs --json`); null where unknown.
#[derive(Debug, Serialize)]
pub(crate) struct RunJson {
    id: i64,
    start: String,
    sport: String,
    distance_m: f64,
    moving_s: Option<f64>,
    elapsed_s: f64,
    ascent_m: Option<f64>,
    avg_hr: Option<u16>,
    avg_cadence_spm: Option<f64>,
    /// Median steps/min over the run's running stretches, from its samples (CAD-1).
    cadence_median_spm: Option<f64>,
    device: Option<String>,
    source: String,
    rpe: Option<u8>,
    surface: Option<String>,
    shoe: Option<String>,
    note: Option<String>,
}

impl From<&StoredRun> for RunJson {
    fn from(r: &StoredRun) -> Self {
        let start = jiff::Timestamp::from_second(r.run.start_utc)
            .map(|t| t.to_string())
            .unwrap_or_default();
        Self {
            id: r.id,
            start,
            sport: r.run.sport.map(|s| s.id().to_owned()).unwrap_or_else(|| "run".into()),
            distance_m: r.run.distance_m,
            moving_s: r.run.moving_s,
            elapsed_s: r.run.elapsed_s,
            ascent_m: r.run.ascent_m,
            avg_hr: r.run.avg_hr,
            avg_cadence_spm: r.run.avg_cadence_spm,
            cadence_median_spm: r.run.cadence_median_spm,
            device: r.run.device.clone(),
            source: r.run.source.clone(),
            rpe: r.run.rpe.map(|x| x.value()),
            surface: r.run.surface.map(|s| s.id().to_owned()),
            shoe: r.shoe.clone(),
            note: r.run.note.clone(),
        }
    }
}

/// One line for a run: "#12  2026-11-20 07:30  run  8.40 km  48:10  RPE 5".
pub(crate) fn run_line(r: &StoredRun, zone: &runwell_domain::RunnerZone) -> String {
    let start = jiff::Timestamp::from_second(r.run.start_utc).unwrap_or_default();
    let local = zone.tz().to_datetime(start);
    let time = DurationS::new(r.run.moving_s.unwrap_or(r.run.elapsed_s)).unwrap_or_default();
    let mut line = format!(
        "#{:<5} {} {:02}:{:02}  {:<13} {:>6.2} km  {:>8}",
        r.id,
        local.date(),
        local.hour(),
        local.minute(),
        r.run.sport.map(|s| s.id()).unwrap_or("run"),
        r.run.distance_m / 1000.0,
        time.to_string()
    );
    if let Some(rpe) = r.run.rpe {
        line.push_str(&format!("  RPE {}", rpe.value()));
    }
    if let Some(surface) = r.run.surface {
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
    let profile = app.profile().await?;
    app.close().await;
    if a.json {
        return json(&RunJson::from(&run));
    }
    println!("Logged run {}", run_line(&run, &profile.time_zone));
    if run.run.rpe.is_none() {
        println!("Tip: add how hard it felt with `runwell edit run {} --rpe N` (0–10).", run.id);
    }
    println!(
        "How did the hip feel? `runwell log pain --date {} --when after --score N --run {}`",
        input.date, run.id
    );
    Ok(())
}

pub(crate) async fn log_pain(db: Option<&Path>, a: LogPainArgs) -> anyhow::Result<()> {
    // Check the date before anything opens, so a wrong one stores nothing and creates no file.
    LocalDay::parse(&a.date)?;
    let app = App::open(db).await?;
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
    let profile = app.profile().await?;
    app.close().await;
    if a.json {
        return json(&RunJson::from(&run));
    }
    println!("Updated run {}", run_line(&run, &profile.time_zone));
    Ok(())
}

pub(crate) async fn runs(
    db: Option<&Path>,
    since: Option<&str>,
    as_json: bool,
) -> anyhow::Result<()> {
    let since = since.map(LocalDay::parse).transpose()?;
    let app = App::open(db).await?;
    let (profile, runs) = app.runs(since).await?;
    app.close().await;
    if as_json {
        return json(&runs.iter().map(RunJson::from).collect::<Vec<_>>());
    }
    if runs.is_empty() {
        println!(
            "No runs yet. Log one with `runwell log run --date YYYY-MM-DD --distance-km K --duration MM:SS`."
        );
        return Ok(());
    }
    for run in &runs {
        println!("{}", run_line(run, &profile.time_zone));
    }
    let total: f64 = runs
        .iter()
        .filter(|r| r.run.sport.is_some_and(|s| s.is_running()))
        .map(|r| r.run.distance_m)
        .sum();
    println!("{} runs, {:.1} km of running.", runs.len(), total / 1000.0);
    Ok(())
}

pub(crate) async fn run(db: Option<&Path>, id: i64, as_json: bool) -> anyhow::Result<()> {
    let app = App::open(db).await?;
    let run = app.run(id).await?;
    let profile = app.profile().await?;
    let samples = app.run_samples(id, 0).await?;
    app.close().await;
    if as_json {
        #[derive(Serialize)]
        struct WithSamples<'a> {
            #[serde(flatten)]
            run: RunJson,
            #[serde(flatten)]
            samples: &'a runwell_app::RunSamples,
        }
        return json(&WithSamples { run: RunJson::from(&run), samples: &samples });
    }
    println!("{}", run_line(&run, &profile.time_zone));
    let r = &run.run;
    let moving = DurationS::new(r.moving_s.unwrap_or(r.elapsed_s)).unwrap_or_default();
    if r.distance_m > 0.0 {
        let pace = moving.get() / (r.distance_m / 1000.0);
        println!(
            "  Pace {}/km, elapsed {}",
            DurationS::new(pace).unwrap_or_default(),
            DurationS::new(r.elapsed_s).unwrap_or_default()
        );
    }
    if let Some(hr) = r.avg_hr {
        println!(
            "  Heart rate: average {hr}{}",
            r.max_hr.map(|m| format!(", max {m}")).unwrap_or_default()
        );
    }
    if let Some(c) = r.avg_cadence_spm {
        println!("  Cadence: {c:.0} steps/min");
    }
    if let Some(note) = &r.note {
        println!("  Note: {}", safe(note));
    }
    println!("  Source: {}", safe(&r.source));
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

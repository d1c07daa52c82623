//! `runwell shoes`, `runwell surfaces`, `runwell cadence`.

use std::fmt::Write as _;

use runwell_app::{App, Database, ShoeInput};
use runwell_domain::LocalDay;
use runwell_domain::shoes::ShoeState;
use runwell_domain::surfaces::PainGroup;

use crate::args::{ShoesAction, ShoesArgs, SurfacesArgs};
use crate::output::{heading, json, safe, say, say_raw, wrap};

/// A wear bar 20 characters wide: `[##########----------]`.
fn bar(wear: f64) -> String {
    let filled = ((wear.clamp(0.0, 1.0)) * 20.0).round() as usize;
    format!("[{}{}]", "#".repeat(filled), "-".repeat(20 - filled))
}

fn groups(out: &mut String, title: &str, groups: &[PainGroup]) {
    let _ = writeln!(out, "\n{title}");
    if groups.is_empty() {
        out.push_str("  (no runs with a next-morning pain entry yet)\n");
    }
    for g in groups {
        let _ = writeln!(
            out,
            "  {:<20} {:>4.1}/10 after {} run(s)",
            safe(&g.group),
            g.mean_next_morning_pain,
            g.runs
        );
    }
}

pub(crate) async fn shoes(db: &Database, args: ShoesArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    match args.action {
        Some(ShoesAction::Add {
            name,
            brand,
            model,
            start_km,
            inspect_km,
            replace_km,
            default,
        }) => {
            let input = ShoeInput { name, brand, model, start_km, inspect_km, replace_km, default };
            let status = app.add_shoe(&input).await?;
            app.close().await;
            if args.json {
                return json(&status);
            }
            say!(
                "Added {}: {:.0} km, inspect at {:.0} km, replace around {:.0} km{}.",
                safe(&status.shoe.name),
                status.km,
                status.inspect_km,
                status.replace_km,
                if status.shoe.is_default { "; new runs will use it" } else { "" }
            );
            return Ok(());
        }
        Some(ShoesAction::Retire { name }) => {
            app.retire_shoe(&name, None).await?;
            app.close().await;
            say!("Retired {}. Its kilometres stay in your history.", safe(&name));
            return Ok(());
        }
        Some(ShoesAction::Rename { name, new_name }) => {
            app.rename_shoe(app.shoe_id(&name).await?, &new_name).await?;
            app.close().await;
            say!("Renamed {} to {}.", safe(&name), safe(new_name.trim()));
            return Ok(());
        }
        Some(ShoesAction::Default { name }) => {
            app.set_default_shoe(app.shoe_id(&name).await?).await?;
            app.close().await;
            say!("New runs will use {}.", safe(&name));
            return Ok(());
        }
        Some(ShoesAction::Delete { name, yes }) => {
            let id = app.shoe_id(&name).await?;
            if !yes {
                app.close().await;
                anyhow::bail!(
                    "deleting {} takes its runs off it: add --yes to delete it (retire keeps its \
                     kilometres instead: `runwell shoes retire NAME`)",
                    safe(&name)
                );
            }
            let message = app.delete_shoe(id).await?;
            app.close().await;
            say!("{}", safe(&message));
            return Ok(());
        }
        None => {}
    }
    let statuses = app.shoes(None).await?;
    let comparisons = app.comparisons().await?;
    let unit = app.distance_unit().await?;
    app.close().await;
    if args.json {
        return json(&statuses);
    }
    let mut out = heading("Your shoes");
    if statuses.is_empty() {
        out.push_str("No shoes yet. Add one: `runwell shoes add \"Pegasus 41\" --default`.\n");
    }
    for s in &statuses {
        let state = match s.state {
            ShoeState::Fine => "fine",
            ShoeState::Inspect => "inspect (SHOE-2)",
            ShoeState::Replace => "replace (SHOE-2)",
            ShoeState::Retired => "retired",
        };
        let default = if s.shoe.is_default { " (default)" } else { "" };
        let _ = writeln!(out, "\n{}{default}", safe(&s.shoe.name));
        let _ = writeln!(
            out,
            "  {} {:>9} of ~{}, {} run(s): {state}",
            bar(s.wear),
            unit.whole(s.km * 1000.0),
            unit.whole(s.replace_km * 1000.0),
            s.runs
        );
    }
    let guidance = runwell_domain::ShoeThresholds::default();
    let _ = writeln!(
        out,
        "\nInspect the midsole and outsole around {} and consider replacing around {} (consumer \
         guidance, SHOE-2, runwell's defaults). Rotating two pairs was linked with fewer injuries \
         (SHOE-3).",
        unit.whole(guidance.inspect_km * 1000.0),
        unit.whole(guidance.replace_km * 1000.0)
    );
    groups(&mut out, "Next-morning pain by shoe (descriptive, not cause)", &comparisons.by_shoe);
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn surfaces(db: &Database, args: SurfacesArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    if let Some(surface) = &args.default {
        let surface = app.set_default_surface(surface).await?;
        app.close().await;
        say!("Runs that do not tell their surface will now be on {surface}.");
        return Ok(());
    }
    let day = args.today.as_deref().map(LocalDay::parse).transpose()?;
    let weeks = app.trend(day, args.weeks).await?;
    let comparisons = app.comparisons().await?;
    let default = app.default_surface().await?;
    app.close().await;
    if args.json {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            default_surface: Option<runwell_domain::Surface>,
            weeks: Vec<(LocalDay, Option<f64>)>,
            comparisons: &'a runwell_app::Comparisons,
        }
        let weeks = weeks.iter().map(|w| (w.week_start, w.hard_surface_share)).collect();
        return json(&Out { default_surface: default, weeks, comparisons: &comparisons });
    }
    let mut out = heading("Surfaces");
    let _ = writeln!(
        out,
        "Default for runs that do not tell: {}",
        default.map_or(
            "none (set one with --default road|track|grass|trail|treadmill|mixed)".into(),
            |s| s.to_string()
        )
    );
    out.push_str("\nweek of     on road or track\n");
    for w in weeks.iter() {
        let share = w.hard_surface_share.map_or("–".into(), |s| format!("{:.0} %", s * 100.0));
        let _ = writeln!(out, "{}  {share:>8}", w.week_start);
    }
    groups(
        &mut out,
        "Next-morning pain by surface (descriptive, not cause)",
        &comparisons.by_surface,
    );
    out.push('\n');
    out.push_str(&wrap(
        "When your hip is sore, the source article suggests softer ground such as grass or trails; \
         runwell says so on days when pain is amber or red and most of your week was on road or track.",
        "",
    ));
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn cadence(
    db: &Database,
    today: Option<&str>,
    as_json: bool,
) -> anyhow::Result<()> {
    let day = today.map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let report = app.cadence(day).await?;
    app.close().await;
    if as_json {
        return json(&report);
    }
    let mut out = heading("Cadence");
    out.push_str(&wrap(&report.advice, ""));
    if !report.recent.is_empty() {
        out.push_str("\nRecent runs (steps/min):\n");
        for r in &report.recent {
            let mark = r.note().map(|n| format!("  {n}")).unwrap_or_default();
            let easy = if r.easy { "easy" } else { "    " };
            let _ = writeln!(out, "  {}  {:>5.0}  {easy}{mark}", r.day, r.cadence_spm);
        }
    }
    out.push_str(
        "\nA metronome at your target step rate is on the cadence page of `runwell serve`.\n",
    );
    say_raw!("{out}");
    Ok(())
}

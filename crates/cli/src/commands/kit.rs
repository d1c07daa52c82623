//! `runwell shoes`, `runwell surfaces`, `runwell cadence`.

use std::fmt::Write as _;

use runwell_app::words::{Arg, Words};
use runwell_app::{App, Database, ShoeInput};
use runwell_domain::LocalDay;
use runwell_domain::shoes::ShoeState;
use runwell_domain::surfaces::PainGroup;

use crate::args::{ShoesAction, ShoesArgs, SurfacesArgs};
use crate::lang::{decimal, distance, iso_day};
use crate::output::{heading, json, safe, say, say_raw, wrap};

/// A wear bar 20 characters wide: `[##########----------]`.
fn bar(wear: f64) -> String {
    let filled = ((wear.clamp(0.0, 1.0)) * 20.0).round() as usize;
    format!("[{}{}]", "#".repeat(filled), "-".repeat(20 - filled))
}

fn groups(w: &Words, out: &mut String, title: &str, groups: &[PainGroup]) {
    let _ = writeln!(out, "\n{title}");
    if groups.is_empty() {
        let _ = writeln!(out, "  {}", w.get("cli-kit-no-groups"));
    }
    for g in groups {
        let after = w.with("cli-kit-after-runs", &[("runs", Arg::from(g.runs))]);
        let pain = decimal(w, g.mean_next_morning_pain, 1);
        let _ = writeln!(out, "  {:<20} {pain:>4}/10 {after}", safe(&g.group));
    }
}

pub(crate) async fn shoes(db: &Database, args: ShoesArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let w = crate::lang::words(&app).await;
    let name_arg = |name: &str| Arg::from(safe(name).into_owned());
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
            // The options are kilometres, so the answer is too.
            let km = |value: f64| distance(&w, runwell_domain::DistanceUnit::Km, value * 1000.0, 0);
            let default = if status.shoe.is_default {
                w.get("cli-shoes-added-default")
            } else {
                String::new()
            };
            let args = [
                ("name", name_arg(&status.shoe.name)),
                ("km", km(status.km).into()),
                ("inspect", km(status.inspect_km).into()),
                ("replace", km(status.replace_km).into()),
                ("default", default.into()),
            ];
            say!("{}", w.with("cli-shoes-added", &args));
            return Ok(());
        }
        Some(ShoesAction::Retire { name }) => {
            app.retire_shoe(&name, None).await?;
            app.close().await;
            say!("{}", w.with("cli-shoes-retired", &[("name", name_arg(&name))]));
            return Ok(());
        }
        Some(ShoesAction::Rename { name, new_name }) => {
            app.rename_shoe(app.shoe_id(&name).await?, &new_name).await?;
            app.close().await;
            let args = [("name", name_arg(&name)), ("new", name_arg(new_name.trim()))];
            say!("{}", w.with("cli-shoes-renamed", &args));
            return Ok(());
        }
        Some(ShoesAction::Default { name }) => {
            app.set_default_shoe(app.shoe_id(&name).await?).await?;
            app.close().await;
            say!("{}", w.with("cli-shoes-default", &[("name", name_arg(&name))]));
            return Ok(());
        }
        Some(ShoesAction::Delete { name, yes }) => {
            let id = app.shoe_id(&name).await?;
            if !yes {
                app.close().await;
                anyhow::bail!("{}", w.with("cli-shoes-delete-ask", &[("name", name_arg(&name))]));
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
    let mut out = heading(&w.get("cli-shoes-heading"));
    if statuses.is_empty() {
        let _ = writeln!(out, "{}", w.get("cli-shoes-none"));
    }
    for s in &statuses {
        let state = w.get(match s.state {
            ShoeState::Fine => "cli-shoes-fine",
            ShoeState::Inspect => "cli-shoes-inspect",
            ShoeState::Replace => "cli-shoes-replace",
            ShoeState::Retired => "cli-shoes-retired-state",
        });
        let default = if s.shoe.is_default {
            format!(" ({})", w.get("cli-shoes-is-default"))
        } else {
            String::new()
        };
        let _ = writeln!(out, "\n{}{default}", safe(&s.shoe.name));
        let worn = distance(&w, unit, s.km * 1000.0, 0);
        let args = [
            ("replace", distance(&w, unit, s.replace_km * 1000.0, 0).into()),
            ("runs", Arg::from(s.runs)),
            ("state", state.into()),
        ];
        let _ = writeln!(out, "  {} {worn:>9} {}", bar(s.wear), w.with("cli-shoes-wear", &args));
    }
    let guidance = runwell_domain::ShoeThresholds::default();
    let args = [
        ("inspect", distance(&w, unit, guidance.inspect_km * 1000.0, 0).into()),
        ("replace", distance(&w, unit, guidance.replace_km * 1000.0, 0).into()),
    ];
    let _ = writeln!(out, "\n{}", w.with("cli-shoes-guidance", &args));
    groups(&w, &mut out, &w.get("cli-shoes-by-shoe"), &comparisons.by_shoe);
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn surfaces(db: &Database, args: SurfacesArgs) -> anyhow::Result<()> {
    let app = App::open_at(db).await?;
    let w = crate::lang::words(&app).await;
    if let Some(surface) = &args.default {
        let surface = app.set_default_surface(surface).await?;
        app.close().await;
        say!("{}", w.with("cli-surfaces-set", &[("surface", surface.to_string().into())]));
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
    let mut out = heading(&w.get("cli-surfaces-heading"));
    let default = default.map_or_else(|| w.get("cli-surfaces-none"), |s| s.to_string());
    let _ = writeln!(out, "{}", w.with("cli-surfaces-default", &[("surface", default.into())]));
    let _ = writeln!(out, "\n{}", w.get("cli-surfaces-columns"));
    for week in weeks.iter() {
        let share = week.hard_surface_share.map_or("–".into(), |s| {
            // A share is whole per cent, written "40 %" in every language.
            format!("{} %", decimal(&w, s * 100.0, 0))
        });
        let _ = writeln!(out, "{}  {share:>8}", iso_day(&w, week.week_start));
    }
    groups(&w, &mut out, &w.get("cli-surfaces-by-surface"), &comparisons.by_surface);
    out.push('\n');
    out.push_str(&wrap(&w.get("cli-surfaces-softer"), ""));
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
    let w = crate::lang::words(&app).await;
    app.close().await;
    if as_json {
        return json(&report);
    }
    let mut out = heading(&w.get("cli-cadence-heading"));
    out.push_str(&wrap(&report.advice, ""));
    if !report.recent.is_empty() {
        let _ = writeln!(out, "\n{}", w.get("cli-cadence-recent"));
        let easy_word = w.get("cli-cadence-easy");
        for r in &report.recent {
            let mark = r.note().map(|n| format!("  {n}")).unwrap_or_default();
            let easy =
                if r.easy { easy_word.clone() } else { " ".repeat(easy_word.chars().count()) };
            let _ = writeln!(out, "  {}  {:>5.0}  {easy}{mark}", iso_day(&w, r.day), r.cadence_spm);
        }
    }
    let _ = writeln!(out, "\n{}", w.get("cli-cadence-metronome"));
    say_raw!("{out}");
    Ok(())
}

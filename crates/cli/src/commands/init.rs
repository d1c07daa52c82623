//! `runwell init`: the profile, asked for in the terminal or given as options.

use std::io::{BufRead as _, Write as _};

use runwell_app::{App, Database, ProfileInput, ProfileSaved};

use crate::args::InitArgs;
use crate::output::{json, safe, say, say_raw, wrap_hanging};

const DEFAULT_RUN_DAYS: &str = "mon,wed,sat";
const DEFAULT_STRENGTH_DAYS: &str = "tue,thu";

/// This computer's IANA time zone, or UTC when it has none.
fn system_zone() -> String {
    jiff::tz::TimeZone::system().iana_name().unwrap_or("UTC").to_owned()
}

/// Asks on stderr and reads one line from stdin; an empty answer (or end of input) takes the
/// default.
fn ask(question: &str, default: &str) -> anyhow::Result<String> {
    let mut err = std::io::stderr().lock();
    write!(err, "{question} [{default}]: ")?;
    err.flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let answer = line.trim();
    Ok(if answer.is_empty() { default.to_owned() } else { answer.to_owned() })
}

/// Asks until the answer passes `check`, showing why a wrong one was refused.
fn ask_valid(
    question: &str,
    default: &str,
    check: impl Fn(&str) -> Result<(), runwell_domain::DomainError>,
) -> anyhow::Result<String> {
    for _ in 0..5 {
        let answer = ask(question, default)?;
        match check(&answer) {
            Ok(()) => return Ok(answer),
            Err(error) => eprintln!("  {error}"),
        }
    }
    anyhow::bail!("no valid answer after five tries; run `runwell init --help` for the options")
}

pub(crate) async fn run(db: &Database, args: InitArgs) -> anyhow::Result<()> {
    let interactive = !args.yes;
    // A saved profile keeps what is not given again, so that answering one question (such as
    // `--recent-longest-km`, which Today asks for) does not reset the rest.
    let saved = App::saved_profile(db).await?;
    let zone_default = saved.as_ref().map_or_else(system_zone, |p| p.time_zone.name().to_owned());
    let run_default =
        saved.as_ref().map_or_else(|| DEFAULT_RUN_DAYS.to_owned(), |p| p.run_days.to_string());
    let strength_default = saved
        .as_ref()
        .map_or_else(|| DEFAULT_STRENGTH_DAYS.to_owned(), |p| p.strength_days.to_string());
    let mut input = ProfileInput {
        time_zone: args.time_zone.clone().unwrap_or_else(|| zone_default.clone()),
        run_days: args.run_days.clone().unwrap_or_else(|| run_default.clone()),
        strength_days: args.strength_days.clone().unwrap_or_else(|| strength_default.clone()),
        hr_rest: args
            .hr_rest
            .clone()
            .or_else(|| saved.as_ref().and_then(|p| p.hr_rest).map(|h| h.bpm().to_string())),
        hr_max: args
            .hr_max
            .clone()
            .or_else(|| saved.as_ref().and_then(|p| p.hr_max).map(|h| h.bpm().to_string())),
        sex: args.sex.clone().or_else(|| {
            saved.as_ref().and_then(|p| p.sex).map(|s| format!("{s:?}").to_lowercase())
        }),
        recent_longest_km: args.recent_longest_km.clone(),
        distance_unit: args.distance_unit.clone(),
    };
    if interactive {
        eprintln!("Setting up runwell. Press Enter to take the value in brackets.");
        if args.time_zone.is_none() {
            input.time_zone = ask_valid("Your time zone (IANA name)", &zone_default, |a| {
                runwell_domain::RunnerZone::new(a).map(|_| ())
            })?;
        }
        if args.run_days.is_none() {
            input.run_days = ask_valid("Days you usually run", &run_default, |a| {
                runwell_domain::WeekdaySet::parse(a).map(|_| ())
            })?;
        }
        if args.strength_days.is_none() {
            input.strength_days = ask_valid(
                "Days for the hip strength session (2–3, not back to back)",
                &strength_default,
                |a| runwell_domain::WeekdaySet::parse(a).map(|_| ()),
            )?;
        }
    }
    // Validate everything before anything is stored.
    let (profile, warnings) = input.parse()?;
    if let Some(lang) = &args.lang {
        runwell_app::parse_language(lang)?;
    }
    if interactive {
        eprintln!(
            "\nTime zone {}; runs on {}; strength on {}.",
            profile.time_zone.name(),
            profile.run_days,
            profile.strength_days
        );
        for w in &warnings {
            eprint!("{}", wrap_hanging(&w.message, "  Note: ", "        "));
        }
        let answer = ask("Save this profile? (y/n)", "y")?;
        if !answer.eq_ignore_ascii_case("y") && !answer.eq_ignore_ascii_case("yes") {
            eprintln!("Nothing saved.");
            return Ok(());
        }
    }
    let app = App::open_at(db).await?;
    let saved = app.save_profile(&input).await?;
    if let Some(lang) = &args.lang {
        app.set_language(lang).await?;
    }
    let declared = app.declared_longest().await?.filter(|_| input.recent_longest_km.is_some());
    let at = app.db_location();
    app.close().await;
    if args.json.json {
        return json(&saved);
    }
    print_saved(&saved, &at)?;
    if let Some((km, _)) = declared {
        say!("  Longest run of the last month: {km:.1} km (SPIKE-1, DATA-5).");
    }
    Ok(())
}

fn print_saved(saved: &ProfileSaved, at: &str) -> anyhow::Result<()> {
    let p = &saved.profile;
    say!("Profile saved in {}.", safe(at));
    say!("  Time zone:     {}", p.time_zone.name());
    say!("  Run days:      {}", p.run_days);
    say!("  Strength days: {}", p.strength_days);
    for w in &saved.warnings {
        say_raw!("{}", wrap_hanging(&w.message, "  Note: ", "        "));
    }
    say!("Next: `runwell routine strength` shows your first strength session.");
    Ok(())
}

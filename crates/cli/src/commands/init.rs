//! `runwell init`: the profile, asked for in the terminal or given as options.

use std::io::{BufRead as _, Write as _};

use runwell_app::words::{Arg, Words, dates};
use runwell_app::{App, Database, ProfileInput, ProfileSaved};
use runwell_domain::{DistanceUnit, Profile, ProfileWarning};

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
    w: &Words,
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
    anyhow::bail!("{}", w.get("cli-init-no-valid-answer"))
}

/// PROG-1's notes on `profile`'s days in the runner's words, the days back to back named in
/// her language.
pub(crate) fn warnings(w: &Words, profile: &Profile) -> Vec<String> {
    let Ok(found) = profile.check() else { return Vec::new() };
    let mut pairs = profile.strength_days.consecutive_pairs().into_iter();
    let day = |d| Arg::from(dates::weekday_name(w.lang(), d));
    found
        .iter()
        .map(|warning| match warning {
            ProfileWarning::TooFewStrengthDays { days } => {
                w.with("cli-init-too-few-days", &[("days", Arg::from(*days))])
            }
            ProfileWarning::TooManyStrengthDays { days } => {
                w.with("cli-init-too-many-days", &[("days", Arg::from(*days))])
            }
            ProfileWarning::ConsecutiveStrengthDays { .. } => match pairs.next() {
                Some((first, second)) => w.with(
                    "cli-init-back-to-back",
                    &[("first", day(first)), ("second", day(second))],
                ),
                None => warning.message(),
            },
            ProfileWarning::NoRunDays => w.get("cli-init-no-run-days"),
        })
        .collect()
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
    // The language asked for now, else the one chosen before, else the terminal's.
    let w = init_words(db, args.lang.as_deref()).await?;
    if interactive {
        eprintln!("{}", w.get("cli-init-intro"));
        if args.time_zone.is_none() {
            input.time_zone = ask_valid(&w, &w.get("cli-init-ask-zone"), &zone_default, |a| {
                runwell_domain::RunnerZone::new(a).map(|_| ())
            })?;
        }
        if args.run_days.is_none() {
            input.run_days = ask_valid(&w, &w.get("cli-init-ask-run-days"), &run_default, |a| {
                runwell_domain::WeekdaySet::parse(a).map(|_| ())
            })?;
        }
        if args.strength_days.is_none() {
            input.strength_days =
                ask_valid(&w, &w.get("cli-init-ask-strength-days"), &strength_default, |a| {
                    runwell_domain::WeekdaySet::parse(a).map(|_| ())
                })?;
        }
    }
    // Validate everything before anything is stored.
    let (profile, _) = input.parse()?;
    if interactive {
        let summary = w.with(
            "cli-init-summary",
            &[
                ("zone", profile.time_zone.name().into()),
                ("run", profile.run_days.to_string().into()),
                ("strength", profile.strength_days.to_string().into()),
            ],
        );
        eprintln!("\n{summary}");
        let (first, rest) = note_prefixes(&w);
        for warning in warnings(&w, &profile) {
            eprint!("{}", wrap_hanging(&warning, &first, &rest));
        }
        let answer = ask(&w.get("cli-init-ask-save"), &w.get("cli-init-yes"))?;
        // "y", "yes", and the Danish and Swedish "j", "ja".
        if !["y", "yes", "j", "ja"].iter().any(|yes| answer.eq_ignore_ascii_case(yes)) {
            eprintln!("{}", w.get("cli-init-nothing-saved"));
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
    print_saved(&w, &saved, &at)?;
    if let Some((km, _)) = declared {
        let distance = crate::lang::distance(&w, DistanceUnit::Km, km * 1000.0, 1);
        say!("  {}", w.with("cli-init-longest", &[("distance", distance.into())]));
    }
    Ok(())
}

/// The words for `init`: `--lang` when given (checked here, before anything is stored), else
/// the runner's earlier choice or the terminal's.
async fn init_words(db: &Database, lang: Option<&str>) -> anyhow::Result<Words> {
    match lang.map(runwell_app::parse_language).transpose()? {
        Some(Some(chosen)) => Ok(Words::new(chosen)),
        // `--lang auto` follows the terminal again.
        Some(None) => Ok(Words::new(
            runwell_app::words::choose::from_environment(|name| std::env::var(name).ok())
                .unwrap_or_default(),
        )),
        None => Ok(crate::lang::words_at(db).await),
    }
}

/// "  Note: " and the indent under it, as wide as the word is in the runner's language.
pub(crate) fn note_prefixes(w: &Words) -> (String, String) {
    let first = format!("  {} ", w.get("cli-note"));
    let rest = " ".repeat(first.chars().count());
    (first, rest)
}

fn print_saved(w: &Words, saved: &ProfileSaved, at: &str) -> anyhow::Result<()> {
    let p = &saved.profile;
    say!("{}", w.with("cli-init-saved", &[("path", safe(at).into_owned().into())]));
    let row = |id: &str, value: String| format!("  {:<14} {value}", w.get(id));
    say!("{}", row("cli-init-zone", p.time_zone.name().to_owned()));
    say!("{}", row("cli-init-run-days", p.run_days.to_string()));
    say!("{}", row("cli-init-strength-days", p.strength_days.to_string()));
    let (first, rest) = note_prefixes(w);
    for warning in warnings(w, p) {
        say_raw!("{}", wrap_hanging(&warning, &first, &rest));
    }
    say!("{}", w.get("cli-init-next"));
    Ok(())
}

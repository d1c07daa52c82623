//! `runwell today`, `runwell check`, `runwell trend`.

use std::fmt::Write as _;
use std::io::BufRead as _;
use std::path::Path;

use runwell_app::{App, ReasonView, TodayView, TriageView};
use runwell_domain::Badge;
use runwell_domain::advice::{Action, Ask};
use runwell_domain::programme::RoutineKind;
use runwell_domain::trend::ImprovementLabel;
use runwell_domain::triage::{QUESTIONS, TriageLevel};
use runwell_domain::{Light, LocalDay};

use crate::args::{CheckArgs, DayArgs};
use crate::output::{heading, json, wrap, wrap_hanging};

fn day(args: &DayArgs) -> anyhow::Result<Option<LocalDay>> {
    Ok(args.today.as_deref().map(LocalDay::parse).transpose()?)
}

fn light_word(light: Light) -> &'static str {
    match light {
        Light::Green => "GREEN",
        Light::Amber => "AMBER",
        Light::Red => "RED",
    }
}

fn level_words(level: TriageLevel) -> &'static str {
    match level {
        TriageLevel::None => "no check yet",
        TriageLevel::SelfManage => "self-manage",
        TriageLevel::Physio => "see a physiotherapist",
        TriageLevel::Soon => "see a doctor within 1–2 weeks",
        TriageLevel::Urgent => "URGENT: stop running, see a clinician within 1–3 days",
        TriageLevel::Emergency => "EMERGENCY: get medical help today",
    }
}

fn routine_words(kind: RoutineKind) -> &'static str {
    match kind {
        RoutineKind::Warmup => "warm-up before your run (`runwell routine warmup`)",
        RoutineKind::Cooldown => "cool-down after your run (`runwell routine cooldown`)",
        RoutineKind::Strength => "hip strength session (`runwell routine strength`)",
    }
}

pub(crate) async fn today(db: Option<&Path>, args: DayArgs) -> anyhow::Result<()> {
    let day = day(&args)?;
    let app = App::open(db).await?;
    let view = app.today(day).await?;
    app.close().await;
    if args.json {
        return json(&view);
    }
    print!("{}", render_today(&view));
    Ok(())
}

/// The word on a reason's badge: "ok" for a rule that passed, so a red day shows no green.
fn badge_word(badge: Badge) -> &'static str {
    match badge {
        Badge::Ok => "ok",
        Badge::Note => "note",
        Badge::Amber => "AMBER",
        Badge::Red => "RED",
    }
}

/// The command that gives runwell what an ask is for.
fn ask_command(ask: &Ask) -> String {
    match &ask.action {
        Action::Check { key, .. } => format!("runwell check --answer {key}=yes (or {key}=no)"),
        Action::LogPain { run_id, day, moment, .. } => {
            let run = run_id.map(|id| format!(" --run {id}")).unwrap_or_default();
            format!("runwell log pain --date {day} --when {}{run} --score N", moment.id())
        }
        Action::RecentLongest => "runwell init --recent-longest-km K --yes".to_owned(),
        Action::LogRun => {
            "runwell log run --date YYYY-MM-DD --distance-km K --duration MM:SS".to_owned()
        }
    }
}

fn render_reasons(out: &mut String, rows: &[ReasonView]) {
    for r in rows {
        let rule = r.rule.map(|rule| format!(" {rule}")).unwrap_or_default();
        let first = format!("  [{}{rule}] ", badge_word(r.badge));
        out.push_str(&wrap_hanging(&r.message, &first, "      "));
        if let Some(source) = &r.source {
            out.push_str(&wrap_hanging(source, "      Source: ", "        "));
        }
    }
}

fn render_today(v: &TodayView) -> String {
    let weekday = v.date.weekday().long();
    let verdict = match (v.running_suspended, v.light) {
        (true, _) => "running paused",
        (false, _) if v.first_visit => "runwell cannot judge yet: log your first run",
        (false, Light::Green) => "you may run, and may progress",
        (false, Light::Amber) => "you may run; hold your load",
        (false, Light::Red) => "reduce your running",
    };
    let mut out = heading(&format!("{weekday} {}: {} — {verdict}", v.date, light_word(v.light)));
    if v.triage.level >= TriageLevel::Soon {
        out.push('\n');
        out.push_str(&wrap(
            &format!("{}: {}", level_words(v.triage.level), v.triage.what_to_do),
            "!! ",
        ));
    }
    let (questions, missing): (Vec<&Ask>, Vec<&Ask>) =
        v.asks.iter().partition(|a| matches!(a.action, Action::Check { .. }));
    for q in &questions {
        let _ = write!(out, "\nFirst, a question ({}):\n", q.rule);
        out.push_str(&wrap(&q.message, "  "));
        if let Action::Check { question, .. } = &q.action {
            out.push_str(&wrap(question, "  "));
        }
        out.push_str(&wrap(&ask_command(q), "    "));
    }
    if !v.running_suspended {
        let rule = v.cap_note.as_ref().and_then(|n| n.rule).unwrap_or("SPIKE-1");
        match v.suggested_max_km {
            Some(km) => {
                let _ = writeln!(out, "\nLongest run suggested today: {km:.1} km ({rule}).");
            }
            None => {
                let _ = writeln!(out, "\nNo distance suggested today ({rule}).");
            }
        }
        if let Some(note) = &v.cap_note {
            out.push_str(&wrap(&note.message, "  "));
        }
    }
    if !missing.is_empty() {
        out.push_str("\nMissing from your diary (a gap never makes the answer greener):\n");
        for a in &missing {
            out.push_str(&wrap_hanging(&a.message, &format!("  [{}] ", a.rule), "      "));
            out.push_str(&wrap(&ask_command(a), "      "));
        }
    }
    out.push_str("\nWhy:\n");
    render_reasons(&mut out, &v.reasons);
    if !v.notes.is_empty() {
        out.push_str("\nWorth knowing:\n");
        render_reasons(&mut out, &v.notes);
    }
    out.push('\n');
    if !v.running_suspended {
        if v.routines.is_empty() {
            out.push_str("Routines: none today.\n");
        } else {
            out.push_str("Today's routines:\n");
            for r in &v.routines {
                let _ = writeln!(out, "  - {}", routine_words(*r));
            }
        }
        out.push_str(if v.may_progress_exercises {
            "Exercise levels may move up after a good session (PROG-2).\n"
        } else {
            "Keep exercise levels where they are until pain is green again (PROG-2).\n"
        });
    }
    let _ = writeln!(out, "Triage: {}. More: `runwell check`.", level_words(v.triage.level));
    out.push('\n');
    out.push_str(&wrap(v.disclaimer, ""));
    out
}

/// Parses `KEY=yes|no`.
fn parse_answer(text: &str) -> anyhow::Result<(String, bool)> {
    let (key, value) = text
        .split_once('=')
        .ok_or_else(|| anyhow::anyhow!("{text:?}: write each answer as KEY=yes or KEY=no"))?;
    let yes = match value.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" => true,
        "no" | "n" | "false" => false,
        other => anyhow::bail!("{other:?} is not an answer for {key}: use yes or no"),
    };
    Ok((key.trim().to_owned(), yes))
}

/// Asks every question on stderr and reads the answers from stdin; Enter keeps the last answer.
fn ask_all() -> anyhow::Result<Vec<(String, bool)>> {
    eprintln!("Answer y or n; press Enter to keep your last answer.");
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut answers = Vec::new();
    let mut red_flag = false;
    for q in QUESTIONS {
        // TRIAGE-7 is a self-check only worth doing without a TRIAGE-1…3 flag.
        if q.rule == "TRIAGE-7" && red_flag {
            continue;
        }
        loop {
            eprint!("{}\n  (y/n) ", wrap(q.text, "").trim_end());
            let Some(line) = lines.next().transpose()? else { return Ok(answers) };
            match line.trim().to_ascii_lowercase().as_str() {
                "" => break,
                "y" | "yes" => {
                    red_flag |= matches!(q.rule, "TRIAGE-1" | "TRIAGE-2" | "TRIAGE-3");
                    answers.push((q.key.to_owned(), true));
                    break;
                }
                "n" | "no" => {
                    answers.push((q.key.to_owned(), false));
                    break;
                }
                _ => eprintln!("  Please answer y or n (or press Enter to skip)."),
            }
        }
    }
    Ok(answers)
}

pub(crate) async fn check(db: Option<&Path>, args: CheckArgs) -> anyhow::Result<()> {
    if args.questions {
        if args.day.json {
            return json(QUESTIONS);
        }
        let mut out = heading("Triage questions");
        for q in QUESTIONS {
            let _ = writeln!(out, "\n{} ({})", q.key, q.rule);
            out.push_str(&wrap(q.text, "  "));
        }
        print!("{out}");
        return Ok(());
    }
    let day = day(&args.day)?;
    let answers = if args.answers.is_empty() && !args.day.json {
        ask_all()?
    } else {
        args.answers.iter().map(|a| parse_answer(a)).collect::<anyhow::Result<Vec<_>>>()?
    };
    let app = App::open(db).await?;
    let view = app.check(&answers, day).await?;
    app.close().await;
    if args.day.json {
        return json(&view);
    }
    print!("{}", render_check(&view));
    Ok(())
}

fn render_check(v: &TriageView) -> String {
    let mut out = heading(&format!("Check on {}: {}", v.date, level_words(v.level)));
    out.push_str(&wrap(v.what_to_do, ""));
    if !v.reasons.is_empty() {
        out.push_str("\nBecause:\n");
        for r in &v.reasons {
            out.push_str(&wrap_hanging(&r.message, &format!("  [{}] ", r.rule), "      "));
        }
    }
    if v.running_suspended {
        out.push_str("\nAll running advice is paused until a newer check answers no to this.\n");
    }
    out.push('\n');
    out.push_str(&wrap(runwell_domain::advice::DISCLAIMER, ""));
    out
}

pub(crate) async fn trend(db: Option<&Path>, weeks: u32, args: DayArgs) -> anyhow::Result<()> {
    let day = day(&args)?;
    let app = App::open(db).await?;
    let rows = app.trend(day, weeks).await?;
    app.close().await;
    if args.json {
        return json(&rows);
    }
    let mut out = heading("Week by week");
    out.push_str("week of      km     runs  load   morning pain  light  NRS-1\n");
    for r in rows.iter() {
        let pain = r.mean_morning_pain.map_or("–".to_owned(), |p| format!("{p:.1}"));
        let label = match r.improvement {
            ImprovementLabel::NoEpisode => "",
            ImprovementLabel::Baseline => "baseline week",
            ImprovementLabel::MeaningfullyBetter => "meaningfully better",
            ImprovementLabel::NotYet => "not yet better",
            ImprovementLabel::NoData => "no pain logged",
        };
        let _ = writeln!(
            out,
            "{}  {:>6.1}  {:>4}  {:>5.0}  {:>12}  {:<5}  {label}",
            r.week_start,
            r.distance_m / 1000.0,
            r.runs,
            r.load,
            pain,
            r.light.id()
        );
    }
    let marks: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            r.new_shoe.as_ref().map(|s| format!("{}: new shoe {s} (SHOE-4)", r.week_start))
        })
        .collect();
    for m in &marks {
        let _ = writeln!(out, "{m}");
    }
    out.push_str("\nLoad is RPE × minutes (LOAD-1), a trend to watch rather than a risk score.\n");
    print!("{out}");
    Ok(())
}

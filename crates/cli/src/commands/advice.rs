//! `runwell today`, `runwell check`, `runwell trend`.

use std::fmt::Write as _;
use std::io::BufRead as _;

use runwell_app::words::Words;
use runwell_app::{App, AskView, Database, ReasonView, TodayView, TriageView};
use runwell_domain::LocalDay;
use runwell_domain::advice::Action;
use runwell_domain::trend::ImprovementLabel;
use runwell_domain::triage::{QUESTIONS, TriageLevel};

use crate::args::{CheckArgs, DayArgs};
use crate::lang::decimal;
use crate::output::{heading, json, say_raw, wrap, wrap_hanging};

fn day(args: &DayArgs) -> anyhow::Result<Option<LocalDay>> {
    Ok(args.today.as_deref().map(LocalDay::parse).transpose()?)
}

pub(crate) async fn today(db: &Database, args: DayArgs) -> anyhow::Result<()> {
    let day = day(&args)?;
    runwell_app::read_english_ahead();
    let app = App::open_at(db).await?;
    let view = app.today(day).await?;
    let words = crate::lang::words(&app).await;
    app.close().await;
    if args.json {
        return json(&view);
    }
    say_raw!("{}", render_today(&view, &words));
    Ok(())
}

/// The command that gives runwell what an ask is for.
fn ask_command(ask: &AskView) -> String {
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

fn render_reasons(out: &mut String, rows: &[ReasonView], w: &Words) {
    let source_label = format!("      {} ", w.get("today-source"));
    for r in rows {
        let rule = r.rule.map(|rule| format!(" {rule}")).unwrap_or_default();
        let first = format!("  [{}{rule}] ", w.badge(r.badge));
        out.push_str(&wrap_hanging(&w.text(&r.text), &first, "      "));
        if let Some(source) = &r.source {
            out.push_str(&wrap_hanging(source, &source_label, "        "));
        }
    }
}

fn render_today(v: &TodayView, w: &Words) -> String {
    // Capitals stand in for the colour a terminal may not show.
    let light = w.light(v.light).to_uppercase();
    let verdict = w.verdict(v.running_suspended, v.first_visit, v.light);
    let mut out = heading(&format!("{}: {light} — {verdict}", w.day_year(v.date)));
    if v.triage.level >= TriageLevel::Soon {
        out.push('\n');
        let (level, todo) = (w.triage_level(v.triage.level), w.triage_what_to_do(v.triage.level));
        out.push_str(&wrap(&format!("{level}: {todo}"), "!! "));
    }
    let (questions, missing): (Vec<&AskView>, Vec<&AskView>) =
        v.asks.iter().partition(|a| matches!(a.action, Action::Check { .. }));
    for q in &questions {
        let _ = write!(out, "\n{}\n", w.with("cli-first-question", &[("rule", q.rule.into())]));
        out.push_str(&wrap(&w.text(&q.text), "  "));
        if let Action::Check { key, .. } = &q.action {
            out.push_str(&wrap(&w.get(key), "  "));
        }
        out.push_str(&wrap(&ask_command(q), "    "));
    }
    if let Some(cap) = &v.cap_text {
        let _ = writeln!(out, "\n{}", w.text(cap));
        if let Some(note) = &v.cap_note {
            out.push_str(&wrap(&w.text(&note.text), "  "));
        }
    }
    if !missing.is_empty() {
        let _ = writeln!(out, "\n{}", w.get("cli-missing"));
        for a in &missing {
            out.push_str(&wrap_hanging(&w.text(&a.text), &format!("  [{}] ", a.rule), "      "));
            out.push_str(&wrap(&ask_command(a), "      "));
        }
    }
    let _ = writeln!(out, "\n{}", w.get("cli-why"));
    render_reasons(&mut out, &v.reasons, w);
    if !v.notes.is_empty() {
        let _ = writeln!(out, "\n{}", w.get("cli-worth-knowing"));
        render_reasons(&mut out, &v.notes, w);
    }
    out.push('\n');
    if !v.running_suspended {
        if v.routines.is_empty() {
            let _ = writeln!(out, "{}", w.get("cli-no-routines"));
        } else {
            let _ = writeln!(out, "{}", w.get("cli-routines"));
            for r in &v.routines {
                let _ = writeln!(out, "  - {} (`runwell routine {}`)", w.routine_title(*r), r.id());
            }
        }
        let _ = writeln!(out, "{}", w.progression_note(v.may_progress_exercises));
    }
    let level = w.triage_level(v.triage.level);
    let _ = writeln!(out, "{}", w.with("cli-triage-line", &[("level", level.into())]));
    out.push('\n');
    out.push_str(&wrap(&w.get("footer-disclaimer"), ""));
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
fn ask_all(w: &Words) -> anyhow::Result<Vec<(String, bool)>> {
    eprintln!("{}", w.get("cli-check-intro"));
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
            eprint!("{}\n  {} ", wrap(&w.get(q.key), "").trim_end(), w.get("cli-check-yn"));
            let Some(line) = lines.next().transpose()? else { return Ok(answers) };
            match line.trim().to_ascii_lowercase().as_str() {
                "" => break,
                // Danish and Swedish say "ja": j answers yes too.
                "y" | "yes" | "j" | "ja" => {
                    red_flag |= matches!(q.rule, "TRIAGE-1" | "TRIAGE-2" | "TRIAGE-3");
                    answers.push((q.key.to_owned(), true));
                    break;
                }
                "n" | "no" | "nej" => {
                    answers.push((q.key.to_owned(), false));
                    break;
                }
                _ => eprintln!("  {}", w.get("cli-check-again")),
            }
        }
    }
    Ok(answers)
}

pub(crate) async fn check(db: &Database, args: CheckArgs) -> anyhow::Result<()> {
    if args.questions {
        if args.day.json {
            return json(QUESTIONS);
        }
        let w = crate::lang::words_at(db).await;
        let mut out = heading(&w.get("cli-check-questions"));
        for q in QUESTIONS {
            let _ = writeln!(out, "\n{} ({})", q.key, q.rule);
            out.push_str(&wrap(&w.get(q.key), "  "));
        }
        say_raw!("{out}");
        return Ok(());
    }
    let day = day(&args.day)?;
    let typed = args.answers.iter().map(|a| parse_answer(a)).collect::<anyhow::Result<Vec<_>>>()?;
    let app = App::open_at(db).await?;
    let words = crate::lang::words(&app).await;
    let answers = if args.answers.is_empty() && !args.day.json { ask_all(&words)? } else { typed };
    let view = app.check(&answers, day).await?;
    app.close().await;
    if args.day.json {
        return json(&view);
    }
    say_raw!("{}", render_check(&view, &words));
    Ok(())
}

fn render_check(v: &TriageView, w: &Words) -> String {
    let level = w.triage_level(v.level);
    let mut out =
        heading(&w.with(
            "cli-check-heading",
            &[("day", w.day_year(v.date).into()), ("level", level.into())],
        ));
    out.push_str(&wrap(&w.triage_what_to_do(v.level), ""));
    if !v.reasons.is_empty() {
        let _ = writeln!(out, "\n{}", w.get("cli-because"));
        for r in &v.reasons {
            out.push_str(&wrap_hanging(&w.text(&r.text), &format!("  [{}] ", r.rule), "      "));
        }
    }
    if v.running_suspended {
        let _ = writeln!(out, "\n{}", w.get("cli-check-paused"));
    }
    out.push('\n');
    out.push_str(&wrap(&w.get("footer-disclaimer"), ""));
    out
}

pub(crate) async fn trend(db: &Database, weeks: u32, args: DayArgs) -> anyhow::Result<()> {
    let day = day(&args)?;
    runwell_app::read_english_ahead();
    let app = App::open_at(db).await?;
    let rows = app.trend(day, weeks).await?;
    let unit = app.distance_unit().await?;
    let w = crate::lang::words(&app).await;
    app.close().await;
    if args.json {
        return json(&rows);
    }
    let mut out = heading(&w.get("cli-trend-heading"));
    let columns = w.with("cli-trend-columns", &[("unit", format!("{:<2}", unit.id()).into())]);
    let _ = writeln!(out, "{columns}");
    let width = rows.iter().map(|r| w.day(r.week_start).chars().count()).max().unwrap_or(0).max(10);
    for r in rows.iter() {
        let pain = r.mean_morning_pain.map_or("–".to_owned(), |p| decimal(&w, p, 1));
        let label = match r.improvement {
            ImprovementLabel::NoEpisode => String::new(),
            ImprovementLabel::Baseline => w.get("cli-trend-baseline"),
            ImprovementLabel::MeaningfullyBetter => w.get("cli-trend-better"),
            ImprovementLabel::NotYet => w.get("cli-trend-not-yet"),
            ImprovementLabel::NoData => w.get("cli-trend-no-data"),
        };
        let light = r.light.map_or("–".to_owned(), |l| w.light(l).to_lowercase());
        let _ = writeln!(
            out,
            "{:<width$}  {:>6}  {:>4}  {:>5.0}  {:>12}  {:<5}  {label}",
            w.day(r.week_start),
            decimal(&w, r.distance_m / unit.metres(), 1),
            r.runs,
            r.load,
            pain,
            light
        );
    }
    for r in rows.iter() {
        if let Some(shoe) = &r.new_shoe {
            let args = [("day", w.day(r.week_start).into()), ("shoe", shoe.clone().into())];
            let _ = writeln!(out, "{}", w.with("cli-trend-new-shoe", &args));
        }
    }
    let _ = write!(out, "\n{}\n", w.get("cli-trend-load"));
    say_raw!("{out}");
    Ok(())
}

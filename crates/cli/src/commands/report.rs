//! `runwell report`: the physio report in the terminal, as a self-contained HTML file
//! (`--out`), or as a PDF printed by headless Chromium (`--pdf`). The words are the app's, the
//! HTML the web's, so that the three say the same, in the terminal's language (`lang.rs`);
//! `--json` is English.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use runwell_app::words::{Arg, Words};
use runwell_app::{App, Database, ReportView};
use runwell_domain::{DistanceUnit, LocalDay};

use crate::args::ReportArgs;
use crate::output::{bullets, heading, json, say, say_raw, subheading, wrap};

pub(crate) async fn report(db: &Database, args: ReportArgs) -> anyhow::Result<()> {
    let today = args.today.as_deref().map(LocalDay::parse).transpose()?;
    let app = App::open_at(db).await?;
    let words = crate::lang::words(&app).await;
    let (from, to) = (args.from.as_deref(), args.to.as_deref());
    let view = if args.json {
        app.report(from, to, today).await
    } else {
        app.report_in(words, from, to, today).await
    };
    app.close().await;
    let view = view?;
    if args.json {
        return json(&view);
    }
    let path = |p: &Path| Arg::from(crate::output::safe(&p.display().to_string()).into_owned());
    if let Some(pdf) = &args.pdf {
        let html = runwell_web::report_html(view)?;
        print_pdf(&html, pdf)?;
        say!("{}", words.with("report-cli-wrote-pdf", &[("path", path(pdf))]));
        return Ok(());
    }
    if let Some(out) = &args.out {
        let html = runwell_web::report_html(view)?;
        std::fs::write(out, html).map_err(|e| {
            anyhow::anyhow!("cannot write {}: {e}; choose another --out FILE", out.display())
        })?;
        say!("{}", words.with("report-cli-wrote-html", &[("path", path(out))]));
        return Ok(());
    }
    say_raw!("{}", render(&view));
    Ok(())
}

/// The browsers `--pdf` looks for, in order.
const CHROMIUM: &[&str] =
    &["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| CHROMIUM.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Prints `html` to `pdf` with headless Chromium (STACK.md's flags: no network, a fresh
/// profile), or says how to get it.
fn print_pdf(html: &str, pdf: &Path) -> anyhow::Result<()> {
    let Some(chromium) = find_chromium() else {
        anyhow::bail!(
            "--pdf needs Chromium, which is not installed here (looked for {}). Install it \
             (Debian or Ubuntu: `sudo apt-get install chromium`), or write the page with \
             `--out report.html`, open it in your browser and use Print → Save as PDF.",
            CHROMIUM.join(", ")
        );
    };
    let dir = tempfile::tempdir()?;
    let page = dir.path().join("report.html");
    std::fs::write(&page, html)?;
    let target = std::path::absolute(pdf)?;
    let status = std::process::Command::new(&chromium)
        // The page is runwell's own file with no script, and nothing else is loaded; the
        // sandbox cannot start as root, where CI runs.
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .arg("--no-pdf-header-footer")
        .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
        .arg(format!("--print-to-pdf={}", target.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| anyhow::anyhow!("cannot start {}: {e}", chromium.display()))?;
    if !status.success() || !target.is_file() {
        anyhow::bail!(
            "Chromium ({}) could not print the report ({status}); write it with --out \
             report.html and print it from your browser instead",
            chromium.display()
        );
    }
    Ok(())
}

/// The report as text for an 80-column terminal.
fn render(r: &ReportView) -> String {
    let w = &r.words;
    let say = Words::new(r.lang);
    let mut out = heading(&w.title);
    out.push_str(&wrap(&format!("{} {} {}.", w.lead, w.generated, r.generated_on), ""));
    let _ = writeln!(out, "\n{}", subheading(&w.who));
    let mut facts: Vec<String> =
        r.facts.iter().map(|f| format!("{}: {}", f.label, f.value)).collect();
    facts.push(format!("{}: {}", w.triage_now, r.triage));
    out.push_str(&bullets(&facts));
    let _ = writeln!(out, "\n{}", subheading(&w.pain));
    let pains: Vec<String> = r
        .run_pain
        .iter()
        .map(|p| {
            let score = |s: Option<u8>| s.map_or("–".to_owned(), |s| s.to_string());
            // The report's own distances are kilometres, whatever unit the runner reads.
            say.with(
                "report-cli-run-pain",
                &[
                    ("day", say.day(p.day).into()),
                    ("distance", say.distance(DistanceUnit::Km, p.distance_km * 1000.0).into()),
                    ("during", score(p.during).into()),
                    ("after", score(p.after).into()),
                ],
            )
        })
        .collect();
    out.push_str(&bullets(&pains));
    out.push_str(&wrap(&r.nrs, ""));
    let _ = writeln!(out, "\n{}", subheading(&w.load));
    for line in &r.load {
        out.push_str(&wrap(line, ""));
    }
    let flags: Vec<String> = r
        .flags
        .iter()
        .map(|f| format!("{} {} ({}): {}", say.day(f.day), f.rule, say.light(f.light), f.message))
        .collect();
    if flags.is_empty() {
        out.push_str(&wrap(&w.flags_none, ""));
    } else {
        out.push_str(&bullets(&flags));
    }
    let _ = writeln!(out, "\n{}", subheading(&w.programme));
    let weeks: Vec<String> = r
        .programme
        .iter()
        .map(|p| {
            format!(
                "{} {}: {} {}, {} {}, {} {} ({})",
                w.week_of,
                say.day(p.week_start),
                w.strength,
                p.strength,
                w.warmups,
                p.warmups,
                w.cooldowns,
                p.cooldowns,
                p.status
            )
        })
        .collect();
    out.push_str(&if weeks.is_empty() { wrap(&w.programme_none, "") } else { bullets(&weeks) });
    let levels: Vec<String> = r
        .levels
        .iter()
        .map(|l| format!("{}: {} / {} ({} {})", l.name, l.level, l.top_level, w.changed, l.changed))
        .collect();
    out.push_str(&if levels.is_empty() { wrap(&w.levels_none, "") } else { bullets(&levels) });
    let _ = writeln!(out, "\n{}", subheading(&w.check));
    let answers: Vec<String> = r
        .answers
        .iter()
        .map(|a| format!("{} {} {}", say.day(a.day), a.question, a.answer))
        .collect();
    out.push_str(&if answers.is_empty() { wrap(&w.answers_none, "") } else { bullets(&answers) });
    let _ = writeln!(out, "\n{}", subheading(&w.kit));
    for line in &r.kit {
        out.push_str(&wrap(line, ""));
    }
    if !r.notes.is_empty() {
        let _ = writeln!(out, "\n{}", subheading(&w.notes));
        out.push_str(&wrap(&r.notes, ""));
    }
    out.push('\n');
    out.push_str(&wrap(&w.disclaimer, ""));
    out
}

//! `runwell exercises`, `runwell exercise ID`, `runwell routine KIND`.

use std::fmt::Write as _;

use runwell_app::App;
use runwell_app::Database;
use runwell_domain::programme::{MovementKind, RoutineKind};

use crate::output::{bullets, heading, json, numbered, say_raw, subheading, wrap, wrap_hanging};

fn kind_name(kind: MovementKind) -> &'static str {
    match kind {
        MovementKind::Strength => "strength",
        MovementKind::Balance => "balance",
        MovementKind::Mobility => "mobility",
        MovementKind::Stretch => "stretch",
    }
}

pub(crate) fn exercises(as_json: bool) -> anyhow::Result<()> {
    let exercises = runwell_app::exercises()?;
    if as_json {
        return json(&exercises);
    }
    let mut out = heading("The hip programme: six exercises, eight movements");
    for e in &exercises {
        let _ = write!(out, "\n{}. {}\n", e.number, e.name);
        out.push_str(&wrap(&e.summary, "   "));
        for m in &e.movements {
            let side = if m.per_side { ", each side" } else { "" };
            let _ = writeln!(
                out,
                "   - {} ({}{side}): `runwell exercise {}`",
                m.name,
                kind_name(m.kind),
                m.id
            );
        }
    }
    out.push_str("\nThe strength session: 2–3 times a week on days apart (PROG-1). `runwell routine strength`\n");
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn exercise(db: &Database, id: &str, as_json: bool) -> anyhow::Result<()> {
    // Check the id before opening the database, so a typo creates no file.
    runwell_app::movement(id)?;
    let app = App::open_at(db).await?;
    let view = app.movement(id).await?;
    app.close().await;
    if as_json {
        return json(&view);
    }
    let m = &view.movement;
    let side = if m.per_side { ", done on each side" } else { "" };
    let mut out = heading(&m.name);
    let _ = writeln!(
        out,
        "Exercise {} ({}), {}{side}\n",
        view.exercise_number,
        view.exercise_name,
        kind_name(m.kind)
    );
    out.push_str(&wrap(&m.summary, ""));
    out.push('\n');
    out.push_str(&subheading("Steps"));
    out.push_str(&numbered(&m.steps));
    out.push('\n');
    out.push_str(&subheading("Why it helps"));
    out.push_str(&bullets(&m.benefits));
    out.push_str(&wrap(&format!("Works: {}.", m.target_muscles.join(", ")), "  "));
    out.push('\n');
    out.push_str(&subheading("Cues"));
    out.push_str(&bullets(&m.cues));
    out.push('\n');
    out.push_str(&subheading("Common mistakes"));
    out.push_str(&bullets(&m.mistakes));
    out.push('\n');
    out.push_str(&subheading("When to stop"));
    out.push_str(&wrap(&m.safety_stop, "  "));
    out.push('\n');
    out.push_str(&subheading("Dosage ladder"));
    for level in &m.levels {
        let marker = if level.level == view.current_level.level { "→" } else { " " };
        let first = format!("{marker} {}. ", level.level);
        let text = format!("{} — {}", level.dose.describe(m.per_side), level.variant);
        out.push_str(&wrap_hanging(&text, &first, "     "));
    }
    out.push('\n');
    let since = view.level_since.as_deref().map(|d| format!(" since {d}")).unwrap_or_default();
    out.push_str(&wrap(
        &format!(
            "You are at level {} of {}{since}. {}",
            view.current_level.level,
            m.top_level(),
            view.level_reason
        ),
        "",
    ));
    if !m.evidence.is_empty() {
        let _ = writeln!(out, "Evidence: {} (see `runwell sources`).", m.evidence.join(", "));
    }
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn routine(
    db: &Database,
    routine: &str,
    level: Option<u8>,
    as_json: bool,
) -> anyhow::Result<()> {
    let kind: RoutineKind = routine.parse()?;
    let app = App::open_at(db).await?;
    let dose = app.routine(kind, level).await?;
    app.close().await;
    if as_json {
        return json(&dose);
    }
    let mut out = heading(&format!("{} — {}", dose.name, dose.when));
    out.push_str(&wrap(&dose.summary, ""));
    out.push('\n');
    for (i, item) in dose.items.iter().enumerate() {
        let _ =
            writeln!(out, "{}. {} (level {} of {})", i + 1, item.name, item.level, item.top_level);
        out.push_str(&wrap(&format!("{} — {}", item.dose_text, item.variant), "   "));
        let mut rests = format!("Rest {} s between sets", item.rest_between_sets_s);
        if item.rest_after_s > 0 {
            let _ = write!(rests, ", {} s before the next movement", item.rest_after_s);
        }
        out.push_str(&wrap(&format!("{rests}."), "   "));
        let _ = writeln!(out, "   How to: `runwell exercise {}`", item.movement);
    }
    let minutes = dose.about_minutes();
    let _ = writeln!(out, "\nAbout {minutes} minutes in all.");
    say_raw!("{out}");
    Ok(())
}

//! `runwell exercises`, `runwell exercise ID`, `runwell routine KIND`.

use std::fmt::Write as _;

use runwell_app::App;
use runwell_app::Database;
use runwell_app::words::{Arg, Words};
use runwell_domain::programme::{MovementKind, RoutineKind};

use crate::output::{bullets, heading, json, numbered, say_raw, subheading, wrap, wrap_hanging};

fn kind_name(w: &Words, kind: MovementKind) -> String {
    w.get(match kind {
        MovementKind::Strength => "cli-kind-strength",
        MovementKind::Balance => "cli-kind-balance",
        MovementKind::Mobility => "cli-kind-mobility",
        MovementKind::Stretch => "cli-kind-stretch",
    })
}

pub(crate) async fn exercises(db: &Database, as_json: bool) -> anyhow::Result<()> {
    if as_json {
        return json(&runwell_app::exercises()?);
    }
    let w = crate::lang::words_at(db).await;
    // The names and summaries in the runner's language; the ids and order are the same.
    let programme = runwell_app::programme_in(w.lang())?;
    let mut out = heading(&w.get("cli-programme-heading"));
    for e in &programme.exercises {
        let _ = write!(out, "\n{}. {}\n", e.number, e.name);
        out.push_str(&wrap(&e.summary, "   "));
        for m in e.movements.iter().filter_map(|id| programme.movement(id)) {
            let side = if m.per_side { w.get("cli-programme-each-side") } else { String::new() };
            let _ = writeln!(
                out,
                "   - {} ({}{side}): `runwell exercise {}`",
                m.name,
                kind_name(&w, m.kind),
                m.id
            );
        }
    }
    let _ = writeln!(out, "\n{}", w.get("cli-programme-footer"));
    say_raw!("{out}");
    Ok(())
}

pub(crate) async fn exercise(db: &Database, id: &str, as_json: bool) -> anyhow::Result<()> {
    // Check the id before opening the database, so a typo creates no file.
    runwell_app::movement(id)?;
    let app = App::open_at(db).await?;
    let w = crate::lang::words(&app).await;
    // The JSON stays English; the text is in the runner's language.
    let view =
        if as_json { app.movement(id).await? } else { app.movement_in(id, w.lang()).await? };
    app.close().await;
    if as_json {
        return json(&view);
    }
    let m = &view.movement;
    let side = if m.per_side { w.get("cli-exercise-each-side") } else { String::new() };
    let mut out = heading(&m.name);
    let args = [
        ("number", view.exercise_number.to_string().into()),
        ("name", view.exercise_name.clone().into()),
        ("kind", kind_name(&w, m.kind).into()),
        ("side", side.into()),
    ];
    let _ = writeln!(out, "{}\n", w.with("cli-exercise-line", &args));
    out.push_str(&wrap(&m.summary, ""));
    out.push('\n');
    out.push_str(&subheading(&w.get("cli-exercise-steps")));
    out.push_str(&numbered(&m.steps));
    out.push('\n');
    out.push_str(&subheading(&w.get("cli-exercise-why")));
    out.push_str(&bullets(&m.benefits));
    let muscles = m.target_muscles.join(", ");
    out.push_str(&wrap(&w.with("cli-exercise-works", &[("muscles", muscles.into())]), "  "));
    out.push('\n');
    out.push_str(&subheading(&w.get("cli-exercise-cues")));
    out.push_str(&bullets(&m.cues));
    out.push('\n');
    out.push_str(&subheading(&w.get("cli-exercise-mistakes")));
    out.push_str(&bullets(&m.mistakes));
    out.push('\n');
    out.push_str(&subheading(&w.get("cli-exercise-stop")));
    out.push_str(&wrap(&m.safety_stop, "  "));
    out.push('\n');
    out.push_str(&subheading(&w.get("cli-exercise-ladder")));
    for level in &m.levels {
        let marker = if level.level == view.current_level.level { "→" } else { " " };
        let first = format!("{marker} {}. ", level.level);
        let text = format!("{} — {}", w.dose(level.dose, m.per_side), level.variant);
        out.push_str(&wrap_hanging(&text, &first, "     "));
    }
    out.push('\n');
    let since = view
        .level_since
        .as_deref()
        .map(|d| w.with("cli-exercise-since", &[("day", d.into())]))
        .unwrap_or_default();
    let args = [
        ("level", view.current_level.level.to_string().into()),
        ("top", m.top_level().to_string().into()),
        ("since", since.into()),
    ];
    // The reason is the app's, and stays English.
    let level = format!("{} {}", w.with("cli-exercise-level", &args), view.level_reason);
    out.push_str(&wrap(&level, ""));
    if !m.evidence.is_empty() {
        let ids = m.evidence.join(", ");
        let _ = writeln!(out, "{}", w.with("cli-exercise-evidence", &[("ids", ids.into())]));
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
    let w = crate::lang::words(&app).await;
    let dose = if as_json {
        app.routine(kind, level).await?
    } else {
        app.routine_in(kind, level, w.lang()).await?
    };
    app.close().await;
    if as_json {
        return json(&dose);
    }
    let mut out = heading(&format!("{} — {}", dose.name, dose.when));
    out.push_str(&wrap(&dose.summary, ""));
    out.push('\n');
    for (i, item) in dose.items.iter().enumerate() {
        let level = w.with(
            "cli-routine-level",
            &[("level", item.level.to_string().into()), ("top", item.top_level.to_string().into())],
        );
        let _ = writeln!(out, "{}. {} ({level})", i + 1, item.name);
        let dose_text = w.dose(item.dose, item.per_side);
        out.push_str(&wrap(&format!("{dose_text} — {}", item.variant), "   "));
        let between = Arg::from(i64::from(item.rest_between_sets_s));
        let mut rests = w.with("cli-routine-rest", &[("seconds", between)]);
        if item.rest_after_s > 0 {
            let after = Arg::from(i64::from(item.rest_after_s));
            rests.push_str(&w.with("cli-routine-rest-after", &[("seconds", after)]));
        }
        out.push_str(&wrap(&format!("{rests}."), "   "));
        let how = format!("`runwell exercise {}`", item.movement);
        let _ = writeln!(out, "   {}", w.with("cli-routine-how", &[("command", how.into())]));
    }
    let minutes = Arg::from(i64::from(dose.about_minutes()));
    let _ = writeln!(out, "\n{}", w.with("cli-routine-minutes", &[("minutes", minutes)]));
    say_raw!("{out}");
    Ok(())
}

//! One frame of the live session as lines of text, sized to the terminal.
//!
//! Pure, so that it is tested at 80×24 without a terminal: the live loop only writes these lines
//! in place. Every line fits the width (counted in characters; only single-width characters are
//! used) and the frame never has more lines than the height. When rows run short the movement's
//! steps give way first.

use runwell_app::words::{Arg, Words};
use runwell_domain::session::{Phase, Side, State, View};

/// The narrowest and shortest terminal drawn for; smaller ones get a cut frame.
const MIN_WIDTH: usize = 30;
const MIN_HEIGHT: usize = 12;

pub(super) fn frame(
    view: &View<'_>,
    log: &[String],
    width: usize,
    height: usize,
    w: &Words,
) -> Vec<String> {
    let width = width.max(MIN_WIDTH);
    let height = height.max(MIN_HEIGHT);

    let mut top = vec![header(view, width, w), "─".repeat(width)];
    if let Some(item) = view.item {
        let args = [
            ("name", Arg::from(item.name.clone())),
            ("level", item.level.to_string().into()),
            ("top", item.top_level.to_string().into()),
        ];
        top.push(w.with("cli-live-level", &args));
        top.extend(wrap(&item.variant, width, "", "").into_iter().take(2));
        top.push(item.dose_text.clone());
    }
    top.push(String::new());
    top.push(phase_line(view, w));
    top.push(counter_line(view, w));
    top.push(bar(view, width));
    top.push(String::new());

    let mut bottom: Vec<String> = log.iter().rev().take(2).rev().cloned().collect();
    bottom.push("─".repeat(width));
    bottom.push(keys(view.state, w));

    let room = height.saturating_sub(top.len() + bottom.len());
    let mut middle = Vec::new();
    if let Some(item) = view.item.filter(|i| !i.steps.is_empty()) {
        for (i, step) in item.steps.iter().enumerate() {
            middle.extend(wrap(step, width, &format!("{:>2}. ", i + 1), "    "));
        }
        if middle.len() > room {
            middle.truncate(room);
            if let Some(last) = middle.last_mut() {
                *last = fit(&format!("{last} …"), width);
            }
        }
    }

    let mut lines: Vec<String> = top.into_iter().chain(middle).chain(bottom).collect();
    lines.truncate(height);
    lines.iter().map(|l| fit(l, width)).collect()
}

fn header(view: &View<'_>, width: usize, w: &Words) -> String {
    let left = format!("runwell · {}", view.routine);
    let right = w.with(
        "cli-live-clock",
        &[("done", clock(view.elapsed_s).into()), ("left", clock(view.left_s).into())],
    );
    let gap = width.saturating_sub(count(&left) + count(&right)).max(1);
    format!("{left}{}{right}", " ".repeat(gap))
}

fn phase_line(view: &View<'_>, w: &Words) -> String {
    let set = |view: &View<'_>| {
        view.set.map_or(String::new(), |s| {
            let side = match s.side {
                Side::Left => format!(" · {}", w.get("session-leg-left")),
                Side::Right => format!(" · {}", w.get("session-leg-right")),
                Side::Both => String::new(),
            };
            let args = [
                ("set", s.set_no.to_string().into()),
                ("sets", view.sets.to_string().into()),
                ("side", side.into()),
            ];
            w.with("cli-live-set", &args)
        })
    };
    // Capitals stand in for the colour a terminal may not show, in every language.
    let big = |id: &str| w.get(id).to_uppercase();
    let text = match view.phase {
        Phase::Ready => big("cli-live-ready"),
        Phase::Prepare => format!("{} · {}", big("cli-live-get-ready"), set(view)),
        Phase::Work => format!("{} · {}", big("cli-live-go"), set(view)),
        Phase::Rest => {
            format!("{} · {} {}", big("cli-live-rest"), w.get("cli-live-next"), set(view))
        }
        Phase::Done if view.state == State::Quit => big("cli-live-stopped"),
        Phase::Done => big("cli-live-finished"),
    };
    if view.state == State::Paused {
        format!("{text}   ‖ {}", big("cli-live-paused"))
    } else {
        text
    }
}

fn counter_line(view: &View<'_>, w: &Words) -> String {
    let seconds = Arg::from(view.remaining_s.to_string());
    match (view.phase, view.rep) {
        (Phase::Work, Some((rep, reps))) => {
            let args = [
                ("rep", rep.to_string().into()),
                ("reps", reps.to_string().into()),
                ("seconds", seconds),
            ];
            format!("  {}", w.with("cli-live-rep", &args))
        }
        (Phase::Work, None) => format!("  {}", w.with("cli-live-hold", &[("seconds", seconds)])),
        (Phase::Prepare | Phase::Rest, _) => format!("  {} s", view.remaining_s),
        _ => String::new(),
    }
}

/// The tempo of the rep under way, or the time left in a hold, get-ready or rest.
fn bar(view: &View<'_>, width: usize) -> String {
    let cells = (width - 4).min(40);
    let filled = match (view.phase, view.rep) {
        (Phase::Work, Some(_)) => cells * usize::from(view.rep_percent) / 100,
        (Phase::Ready | Phase::Done, _) => return String::new(),
        _ if view.step_s == 0 => 0,
        _ => cells * view.remaining_s as usize / view.step_s as usize,
    };
    format!("  {}{}", "█".repeat(filled), "·".repeat(cells - filled.min(cells)))
}

fn keys(state: State, w: &Words) -> String {
    w.get(match state {
        State::Paused => "cli-live-keys-paused",
        _ => "cli-live-keys",
    })
}

fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

fn count(text: &str) -> usize {
    text.chars().count()
}

/// Cuts `text` to `width` characters, ending in "…" when cut.
fn fit(text: &str, width: usize) -> String {
    if count(text) <= width {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(width - 1).collect();
        cut.push('…');
        cut
    }
}

/// Wraps `text` at spaces to `width`, the first line after `first`, the rest after `rest`.
pub(super) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && count(&line) + 1 + count(word) > width {
            lines.push(line);
            line = rest.to_owned();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    // A single word longer than the width is cut rather than overflowing.
    lines.into_iter().map(|l| fit(&l, width)).collect()
}

#[cfg(test)]
mod tests {
    use runwell_domain::programme::RoutineKind;
    use runwell_domain::session::{Engine, Key, Script, Timing};

    use super::*;

    fn engine(kind: RoutineKind) -> Engine {
        let programme = runwell_app::programme().unwrap();
        let dose = programme.routine_dose(kind, |_| 4).unwrap();
        Engine::new(Script::new(&dose, programme, &Timing::default()))
    }

    #[test]
    fn every_frame_of_every_routine_fits_80_by_24() {
        for kind in RoutineKind::ALL {
            let mut engine = engine(kind);
            let log = vec!["x".repeat(200), "Now the left leg.".to_owned()];
            let mut now = 0;
            let mut frames = 0;
            while !matches!(engine.state(), State::Finished) {
                engine.tick(now);
                for (width, height) in [(80, 24), (MIN_WIDTH, MIN_HEIGHT), (5, 3)] {
                    let lines = frame(&engine.view(), &log, width, height, &Words::default());
                    let (width, height) = (width.max(MIN_WIDTH), height.max(MIN_HEIGHT));
                    assert!(lines.len() <= height, "{kind}: {} lines", lines.len());
                    for line in &lines {
                        assert!(count(line) <= width, "{kind} at {now} ms: {line:?}");
                        assert!(!line.contains('\x1b'), "{line:?}");
                    }
                }
                frames += 1;
                now += 500;
            }
            assert!(frames > 10, "{kind}");
        }
    }

    #[test]
    fn a_danish_frame_says_it_in_danish() {
        let mut engine = engine(RoutineKind::Strength);
        engine.tick(0);
        engine.key(Key::Skip, 0);
        engine.tick(15_000);
        let da = Words::new(runwell_app::words::Lang::Da);
        let lines = frame(&engine.view(), &[], 80, 24, &da).join("\n");
        for word in ["niveau 4 af 4", "START · sæt 1 af", "Gentagelse", "mellemrum: pause"] {
            assert!(lines.contains(word), "{word:?} in:\n{lines}");
        }
        assert!(!lines.contains("Rep ") && !lines.contains("space: pause"), "{lines}");
    }

    #[test]
    fn a_set_under_way_reads_like_this() {
        let mut engine = engine(RoutineKind::Strength);
        engine.tick(0);
        engine.key(Key::Skip, 0);
        engine.tick(15_000);
        let log = vec!["Now the left leg.".to_owned(), "Go: 12 reps, 6 s each.".to_owned()];
        insta::assert_snapshot!(frame(&engine.view(), &log, 80, 24, &Words::default()).join("\n"));
        engine.key(Key::Pause, 15_000);
        let paused = frame(&engine.view(), &log, 80, 24, &Words::default());
        assert!(paused.iter().any(|l| l.ends_with("‖ PAUSED")), "{paused:#?}");
        assert!(paused.last().unwrap().starts_with("space: carry on"));
    }

    #[test]
    fn wrapping_keeps_to_the_width() {
        let check = |text: &str, width: usize, expected: &[&str]| {
            assert_eq!(wrap(text, width, "1. ", "   "), expected, "{text:?} at {width}");
        };
        check("one two three", 80, &["1. one two three"]);
        check("one two three", 10, &["1. one two", "   three"]);
        check("averyveryverylongword", 10, &["1. averyv…"]);
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
    }
}

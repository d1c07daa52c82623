//! The timeline against the engine it is taken from, and the scripted cases that
//! `e2e/session-player.test.js` replays through the JavaScript player.

use std::path::PathBuf;

use runwell_domain::programme::RoutineKind;
use runwell_domain::session::{Engine, Key, Phase, Script, State, StepKind, Timing, View, Work};
use serde_json::{Value, json};

use super::*;

fn script(kind: RoutineKind, level: u8) -> Script {
    let programme = runwell_app::programme().unwrap();
    let dose = programme.routine_dose(kind, |m| level.min(m.top_level())).unwrap();
    Script::new(&dose, programme, &Timing::default())
}

#[test]
fn every_step_of_every_routine_lasts_whole_seconds() {
    // The timeline looks for timed cues at whole seconds; this is what makes that exact.
    let programme = runwell_app::programme().unwrap();
    let top = programme.movements.iter().map(|m| m.top_level()).max().unwrap();
    for kind in RoutineKind::ALL {
        for level in 1..=top {
            for step in &script(kind, level).steps {
                assert_eq!(step.duration_ms % 1000, 0, "{kind} level {level}: {step:?}");
                assert!(step.duration_ms > 0, "{kind} level {level}: {step:?}");
                if let StepKind::Work { work: Work::Reps { rep_ms, .. }, .. } = step.kind {
                    assert_eq!(rep_ms % 1000, 0, "{kind} level {level}: {step:?}");
                }
            }
        }
    }
}

/// The timeline played straight through, as the cues come: what the engine says when ticked
/// every second.
fn straight_through(t: &Timeline) -> Vec<(u64, Cue)> {
    let mut out = vec![(0, t.started.clone())];
    let mut start = 0;
    for step in &t.steps {
        out.extend(step.enter.iter().map(|c| (start, c.clone())));
        out.extend(step.marks.iter().map(|m| (start + m.at_ms, m.cue.clone())));
        start += step.duration_ms;
        out.extend(step.done.iter().map(|c| (start, c.clone())));
    }
    let mut finished = t.finished.clone();
    let clock = super::super::charts::clock((start / 1000) as f64);
    finished.lines = finished.lines.iter().map(|l| l.replace("{clock}", &clock)).collect();
    out.push((start, finished));
    out
}

#[test]
fn the_timeline_says_what_the_engine_says() {
    for kind in RoutineKind::ALL {
        let script = script(kind, 1);
        let timeline = Timeline::new(&script, &Words::default());
        assert_eq!(timeline.steps.len(), script.steps.len());
        let mut engine = Engine::new(script.clone());
        let mut said = Vec::new();
        let mut now = 0;
        while engine.state() != State::Finished {
            said.extend(engine.tick(now).iter().map(|e| (now, Cue::of(e, &Words::default()))));
            now += 1000;
        }
        assert_eq!(straight_through(&timeline), said, "{kind}");
        assert!(timeline.finished.lines[0].contains("{clock}"));
        assert!(timeline.quit.lines[0].contains("{clock}"));
        let skipped = timeline.steps.iter().find_map(|s| s.skipped.as_ref()).unwrap();
        assert!(skipped.lines[0].contains("skipped at {done} of"), "{skipped:?}");
        assert_eq!(skipped.speech, None);
    }
}

#[test]
fn the_timeline_is_safe_inside_a_script_element_and_names_itself() {
    let timeline = Timeline::new(&script(RoutineKind::Warmup, 1), &Words::default());
    let json = timeline.to_script_json();
    assert!(!json.contains('<'));
    let back: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back["routine"], "warmup");
    assert_eq!(timeline.id.len(), 16);
    // Another level is another timeline.
    assert_ne!(Timeline::new(&script(RoutineKind::Warmup, 2), &Words::default()).id, timeline.id);
}

fn view_json(v: &View<'_>) -> Value {
    json!({
        "state": v.state,
        "phase": v.phase,
        "step_no": v.step_no,
        "steps": v.steps,
        "movement": v.item.map(|i| i.movement.clone()),
        "side": v.set.map(|s| s.side),
        "set_no": v.set.map(|s| s.set_no),
        "sets": v.sets,
        "remaining_s": v.remaining_s,
        "step_s": v.step_s,
        "rep": v.rep.map(|(r, n)| vec![r, n]),
        "rep_percent": v.rep_percent,
        "elapsed_s": v.elapsed_s,
        "left_s": v.left_s,
    })
}

fn key_of(name: &str) -> Key {
    match name {
        "pause" => Key::Pause,
        "resume" => Key::Resume,
        "toggle" => Key::TogglePause,
        "skip" => Key::Skip,
        "quit" => Key::Quit,
        other => panic!("{other}"),
    }
}

/// Plays a case on the engine: at every `every_ms` up to `until_ms` a tick, or the keys pressed
/// at that moment (each ticks first). Records every non-empty batch of cues, the view every
/// `view_every_ms` and at every key, and the record at the end.
fn play(
    name: &str,
    routine: &str,
    script: &Script,
    every: u64,
    until: u64,
    keys: &[(u64, &str)],
) -> Value {
    let view_every = 5000;
    let mut engine = Engine::new(script.clone());
    let mut expect = Vec::new();
    let mut views = Vec::new();
    let mut now = 0;
    while now <= until {
        let pressed: Vec<&str> =
            keys.iter().filter(|(at, _)| *at == now).map(|(_, k)| *k).collect();
        let mut batches = Vec::new();
        if pressed.is_empty() {
            batches.push(("tick".to_owned(), engine.tick(now)));
        } else {
            for key in &pressed {
                batches.push(((*key).to_owned(), engine.key(key_of(key), now)));
            }
        }
        for (op, events) in batches {
            if !events.is_empty() {
                let cues: Vec<Cue> = events.iter().map(|e| Cue::of(e, &Words::default())).collect();
                expect.push(json!({ "at_ms": now, "op": op, "cues": cues }));
            }
        }
        if !pressed.is_empty() || now % view_every == 0 {
            views.push(json!({ "at_ms": now, "view": view_json(&engine.view()) }));
        }
        now += every;
    }
    json!({
        "name": name,
        "timeline": routine,
        "every_ms": every,
        "until_ms": until,
        "view_every_ms": view_every,
        "keys": keys.iter().map(|(at, k)| json!({ "at_ms": at, "key": k })).collect::<Vec<_>>(),
        "expect": expect,
        "views": views,
        "record": engine.record(),
    })
}

fn cases() -> Value {
    let warmup = script(RoutineKind::Warmup, 1);
    let strength = script(RoutineKind::Strength, 2);
    let cooldown = script(RoutineKind::Cooldown, 1);
    let warmup_ms = warmup.total_ms();
    let cooldown_ms = cooldown.total_ms();
    // Where the strength session's first reps are: the first work step's start.
    let first_work: u64 = strength
        .steps
        .iter()
        .take_while(|s| !matches!(s.kind, StepKind::Work { .. }))
        .map(|s| s.duration_ms)
        .sum();
    let cases = vec![
        play("the warm-up played through", "warmup", &warmup, 250, warmup_ms + 1000, &[]),
        play(
            "the strength session paused, resumed, skipped part-way and quit in a hold",
            "strength",
            &strength,
            500,
            first_work + 60_000,
            &[
                (first_work + 4_500, "pause"),
                (first_work + 9_000, "skip"),
                (first_work + 12_000, "toggle"),
                (first_work + 14_000, "skip"),
                (first_work + 20_000, "skip"),
                (first_work + 20_000, "skip"),
                (first_work + 26_500, "toggle"),
                (first_work + 27_000, "toggle"),
                (first_work + 41_000, "quit"),
            ],
        ),
        play(
            "the cool-down with everything skipped at once",
            "cooldown",
            &cooldown,
            1000,
            2000,
            &[
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (1000, "skip"),
                (2000, "quit"),
                (2000, "pause"),
            ],
        ),
        play(
            "a laptop waking up: one tick far ahead",
            "cooldown",
            &cooldown,
            cooldown_ms / 2 + 333,
            cooldown_ms + 2000,
            &[],
        ),
        play(
            "keys before the start and after the end do nothing",
            "cooldown",
            &cooldown,
            cooldown_ms,
            cooldown_ms * 2,
            &[(0, "pause"), (cooldown_ms * 2, "quit")],
        ),
    ];
    json!({
        "note": "Written by crates/web/src/session/tests.rs from the Rust engine (RUNWELL_BLESS=1 \
                 cargo test -p runwell-web session); replayed by e2e/session-player.test.js.",
        "timelines": {
            "warmup": Timeline::new(&warmup, &Words::default()),
            "strength": Timeline::new(&strength, &Words::default()),
            "cooldown": Timeline::new(&cooldown, &Words::default()),
        },
        "cases": cases,
    })
}

#[test]
fn the_scripted_cases_for_the_javascript_player_are_up_to_date() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/session-cases.json");
    let fresh = serde_json::to_string_pretty(&cases()).unwrap() + "\n";
    if std::env::var_os("RUNWELL_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        stored == fresh,
        "{} is out of date with the engine: run RUNWELL_BLESS=1 cargo test -p runwell-web session, \
         then the e2e tests",
        path.display()
    );
}

#[test]
fn the_cases_cover_what_the_player_must_get_right() {
    let cases = cases();
    let all: Vec<&Value> = cases["cases"].as_array().unwrap().iter().collect();
    let events = |case: &Value| -> Vec<String> {
        case["expect"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|b| {
                b["cues"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["event"].as_str().unwrap().to_owned())
            })
            .collect()
    };
    let through = events(all[0]);
    for e in [
        "started",
        "introduce",
        "side_switch",
        "get_ready",
        "go",
        "rep",
        "seconds_left",
        "set_done",
        "rest",
        "finished",
    ] {
        assert!(through.iter().any(|x| x == e), "{e} in {through:?}");
    }
    let keys = events(all[1]);
    for e in ["paused", "resumed", "quit"] {
        assert!(keys.iter().any(|x| x == e), "{e}");
    }
    let record = &all[1]["record"];
    assert_eq!(record["finished"], false);
    let done: Vec<u64> =
        record["sets"].as_array().unwrap().iter().map(|s| s["done"].as_u64().unwrap()).collect();
    assert!(done.iter().any(|d| *d > 0) && done.contains(&0), "{done:?}");
    assert_eq!(all[2]["record"]["finished"], true);
    assert_eq!(all[3]["record"]["finished"], true);
    let _ = Phase::Done;
}

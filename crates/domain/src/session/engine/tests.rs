//! The engine driven by a fake clock and scripted keys: no sleeping, a whole session in
//! microseconds.

use super::*;
use crate::session::script::tests::script;

/// One short line per event, to compare sequences as tables.
fn short(event: &Event) -> String {
    match event {
        Event::Started { total_s, .. } => format!("start {total_s}s"),
        Event::Introduce { name, .. } => format!("intro {name}"),
        Event::SideSwitch { side } => format!("side {}", side.id()),
        Event::GetReady { set_no, side, seconds, .. } => {
            format!("ready {set_no} {} {seconds}s", side.id())
        }
        Event::Go { work } => format!("go {}", work.target()),
        Event::Rep { rep, .. } => format!("rep {rep}"),
        Event::SecondsLeft { seconds } => format!("{seconds}…"),
        Event::SetDone { set_no, side, done, skipped, work, .. } => format!(
            "done {set_no} {} {done}/{}{}",
            side.id(),
            work.target(),
            if *skipped { " skipped" } else { "" }
        ),
        Event::Rest { seconds, .. } => format!("rest {seconds}s"),
        Event::Paused => "pause".into(),
        Event::Resumed => "resume".into(),
        Event::Finished { duration_s } => format!("finish {duration_s}s"),
        Event::Quit { duration_s } => format!("quit {duration_s}s"),
    }
}

/// Ticks from `from` to `to` (inclusive) every `every` ms, collecting the events.
fn run(engine: &mut Engine, from: u64, to: u64, every: u64) -> Vec<String> {
    let mut events = Vec::new();
    let mut now = from;
    loop {
        events.extend(engine.tick(now).iter().map(short));
        if now >= to {
            break;
        }
        now = (now + every).min(to);
    }
    events
}

fn shorts(events: Vec<Event>) -> Vec<String> {
    events.iter().map(short).collect()
}

const TOTAL_MS: u64 = 111_000;

#[test]
fn a_whole_routine_plays_by_ticking() {
    let mut engine = Engine::new(script());
    assert_eq!(engine.state(), State::Ready);
    let events = run(&mut engine, 0, TOTAL_MS + 5000, 100);
    assert_eq!(engine.state(), State::Finished);
    assert_eq!(
        events,
        [
            "start 111s",
            // The bridge's first set: a 6 s introduction that counts down its last seconds.
            "intro BRIDGE",
            "side left",
            "ready 1 left 6s",
            "3…",
            "2…",
            "1…",
            "go 3",
            "rep 1",
            "rep 2",
            "rep 3",
            "done 1 left 3/3",
            "rest 10s",
            "side right",
            "ready 1 right 3s",
            "2…",
            "1…",
            "go 3",
            "rep 1",
            "rep 2",
            "rep 3",
            "done 1 right 3/3",
            "rest 10s",
            "side left",
            "ready 2 left 3s",
            "2…",
            "1…",
            "go 3",
            "rep 1",
            "rep 2",
            "rep 3",
            "done 2 left 3/3",
            "rest 10s",
            "side right",
            "ready 2 right 3s",
            "2…",
            "1…",
            "go 3",
            "rep 1",
            "rep 2",
            "rep 3",
            "done 2 right 3/3",
            // 20 s rest: a mark at 10 s left.
            "rest 20s",
            "10…",
            // The hold is for both legs: no side announcement.
            "intro HOLD",
            "ready 1 both 6s",
            "3…",
            "2…",
            "1…",
            "go 4",
            "3…",
            "2…",
            "1…",
            "done 1 both 4/4",
            "rest 5s",
            "ready 2 both 3s",
            "2…",
            "1…",
            "go 4",
            "3…",
            "2…",
            "1…",
            "done 2 both 4/4",
            "finish 111s",
        ]
    );
    let record = engine.record();
    assert!(record.finished);
    assert_eq!(record.duration_s, 111);
    assert!(record.sets.iter().all(|s| s.done == s.target), "{:?}", record.sets);
    let sets: Vec<_> = record
        .sets
        .iter()
        .map(|s| format!("{} {} {}", s.movement, s.side.id(), s.set_no))
        .collect();
    assert_eq!(
        sets,
        [
            "bridge left 1",
            "bridge right 1",
            "bridge left 2",
            "bridge right 2",
            "hold both 1",
            "hold both 2"
        ]
    );
    // Once finished, nothing moves any more.
    assert!(engine.tick(TOTAL_MS * 2).is_empty());
    assert!(engine.key(Key::Skip, TOTAL_MS * 2).is_empty());
}

#[test]
fn big_or_small_ticks_give_the_same_session() {
    let with = |every| {
        let mut engine = Engine::new(script());
        (run(&mut engine, 0, TOTAL_MS, every), engine.record())
    };
    let fine = with(100);
    assert_eq!(with(1000), fine);
    assert_eq!(with(7), fine);
    // One tick for the whole session (a laptop waking up) still plays every step in order.
    assert_eq!(with(TOTAL_MS), fine);
}

#[test]
fn a_pause_stops_the_clock() {
    let mut engine = Engine::new(script());
    run(&mut engine, 0, 7_500, 100);
    let before = engine.view();
    assert_eq!((before.phase, before.remaining_s, before.rep), (Phase::Work, 5, Some((1, 3))));
    let before = (before.remaining_s, before.rep_percent, before.left_s, before.elapsed_s);

    assert_eq!(shorts(engine.key(Key::TogglePause, 7_500)), ["pause"]);
    assert_eq!(engine.state(), State::Paused);
    // Thirty seconds of ticks while paused: no events, no progress.
    assert!(run(&mut engine, 7_600, 37_500, 100).is_empty());
    let paused = engine.view();
    assert_eq!((paused.remaining_s, paused.rep_percent, paused.left_s, paused.elapsed_s), before);
    // Pausing again does nothing; space resumes.
    assert!(engine.key(Key::Pause, 37_500).is_empty());
    assert_eq!(shorts(engine.key(Key::TogglePause, 37_500)), ["resume"]);
    // The session ends 30 s later than it would have, and its duration leaves the pause out.
    let events = run(&mut engine, 37_600, TOTAL_MS + 30_000, 100);
    assert_eq!(events.last().map(String::as_str), Some("finish 111s"));
    assert_eq!(engine.record().duration_s, 111);
}

#[test]
fn skipping_ends_the_current_step() {
    let mut engine = Engine::new(script());
    // Skipping the introduction starts the set at once.
    engine.tick(0);
    assert_eq!(shorts(engine.key(Key::Skip, 1_000)), ["go 3", "rep 1"]);
    // 2.5 s into the set (2 s a rep): one whole rep done, the skip keeps it.
    assert_eq!(run(&mut engine, 1_100, 3_500, 100), ["rep 2"]);
    assert_eq!(shorts(engine.key(Key::Skip, 3_500)), ["done 1 left 1/3 skipped", "rest 10s"]);
    // Skipping a rest goes to the next get-ready.
    assert_eq!(shorts(engine.key(Key::Skip, 4_000)), ["side right", "ready 1 right 3s"]);
    // Skipped straight away, a set counts 0.
    engine.key(Key::Skip, 4_100);
    assert_eq!(shorts(engine.key(Key::Skip, 4_100)), ["done 1 right 0/3 skipped", "rest 10s"]);
    // A skip while paused moves on and stays paused.
    engine.key(Key::Pause, 4_200);
    assert_eq!(shorts(engine.key(Key::Skip, 4_300)), ["side left", "ready 2 left 3s"]);
    assert_eq!(engine.state(), State::Paused);
    assert_eq!(engine.view().remaining_s, 3);

    let done: Vec<_> = engine.record().sets.iter().map(|s| s.done).collect();
    assert_eq!(done, [1, 0, 0, 0, 0, 0]);
    // Skipping everything finishes the session.
    engine.key(Key::Resume, 4_300);
    let mut now = 4_300;
    while engine.state() == State::Running {
        now += 10;
        engine.key(Key::Skip, now);
    }
    assert_eq!(engine.state(), State::Finished);
    assert!(engine.record().finished);
}

#[test]
fn quitting_keeps_what_was_done() {
    let mut engine = Engine::new(script());
    // The introduction (6 s), set 1 left (6 s), a rest (10 s), get-ready (3 s), then 3.2 s into
    // set 1 right: one rep done.
    run(&mut engine, 0, 28_200, 100);
    assert_eq!(shorts(engine.key(Key::Quit, 28_200)), ["quit 28s"]);
    assert_eq!(engine.state(), State::Quit);
    assert!(engine.tick(60_000).is_empty());
    let record = engine.record();
    assert!(!record.finished);
    assert_eq!(record.duration_s, 28);
    let done: Vec<_> = record.sets.iter().map(|s| (s.done, s.target)).collect();
    assert_eq!(done, [(3, 3), (1, 3), (0, 3), (0, 3), (0, 4), (0, 4)]);
    assert!(record.anything_done());
    let movements = record.movements();
    assert_eq!((movements[0].sets, movements[0].sets_at_target), (4, 1));
}

#[test]
fn quitting_before_any_work_keeps_nothing_worth_saving() {
    let mut engine = Engine::new(script());
    engine.tick(0);
    engine.key(Key::Quit, 2_000);
    assert!(!engine.record().anything_done());
    // Quitting a hold keeps the whole seconds held.
    let mut engine = Engine::new(script());
    let hold_starts = TOTAL_MS - 4_000 - 3_000 - 5_000 - 4_000;
    run(&mut engine, 0, hold_starts + 2_900, 100);
    engine.key(Key::Quit, hold_starts + 2_900);
    let holds: Vec<_> = engine.record().sets[4..].iter().map(|s| s.done).collect();
    assert_eq!(holds, [2, 0]);
}

#[test]
fn side_switches_are_announced_in_order() {
    let mut engine = Engine::new(script());
    let sides: Vec<String> =
        run(&mut engine, 0, TOTAL_MS, 250).into_iter().filter(|e| e.starts_with("side")).collect();
    assert_eq!(sides, ["side left", "side right", "side left", "side right"]);
}

#[test]
fn the_view_follows_the_clock() {
    // Each row: time, phase, step no, seconds left in the step, rep, left in the session.
    let check = |now: u64, phase: Phase, step_no: usize, remaining_s: u32, rep, left_s: u32| {
        let mut engine = Engine::new(script());
        run(&mut engine, 0, now, 100);
        let v = engine.view();
        assert_eq!(
            (v.phase, v.step_no, v.remaining_s, v.rep, v.left_s),
            (phase, step_no, remaining_s, rep, left_s),
            "at {now} ms"
        );
    };
    check(0, Phase::Prepare, 1, 6, None, 111);
    check(5_900, Phase::Prepare, 1, 1, None, 106);
    check(6_000, Phase::Work, 2, 6, Some((1, 3)), 105);
    check(9_999, Phase::Work, 2, 3, Some((2, 3)), 102);
    check(11_000, Phase::Work, 2, 1, Some((3, 3)), 100);
    check(12_000, Phase::Rest, 3, 10, None, 99);
    check(TOTAL_MS - 1, Phase::Work, 17, 1, None, 1);
    check(TOTAL_MS, Phase::Done, 0, 0, None, 0);

    let mut engine = Engine::new(script());
    let ready = engine.view();
    assert_eq!((ready.phase, ready.left_s, ready.steps), (Phase::Ready, 111, 17));
    // During a rest the view shows the set that comes next.
    run(&mut engine, 0, 12_500, 100);
    let rest = engine.view();
    assert_eq!(rest.set.map(|s| (s.side, s.set_no)), Some((Side::Right, 1)));
    assert_eq!(rest.item.map(|i| i.movement.as_str()), Some("bridge"));
    assert_eq!((rest.sets, rest.remaining_s, rest.step_s), (2, 10, 10));
    // The tempo bar fills through each rep: after the rest and a 3 s get-ready, 1 s into the
    // 2 s first rep.
    run(&mut engine, 12_600, 26_000, 100);
    let v = engine.view();
    assert_eq!((v.rep, v.rep_percent), (Some((1, 3)), 50));
}

#[test]
fn odd_clocks_and_empty_scripts_do_not_break_it() {
    let mut engine = Engine::new(script());
    engine.tick(10_000);
    // A clock that steps back moves nothing and does not panic.
    assert!(engine.tick(5_000).is_empty());
    assert_eq!(engine.view().remaining_s, 6);
    // Keys before the first tick start the session.
    let mut engine = Engine::new(script());
    assert_eq!(shorts(engine.key(Key::Quit, 0))[0], "start 111s");
    // A routine with nothing in it finishes at once.
    let mut empty = script();
    empty.steps.clear();
    let mut engine = Engine::new(empty);
    assert_eq!(shorts(engine.tick(0)), ["start 0s", "finish 0s"]);
    assert!(!engine.record().anything_done());
}

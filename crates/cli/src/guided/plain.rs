//! The session as plain lines, for output that is not a terminal: one line per cue, each with
//! the time into the session, and no escape codes.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use runwell_domain::session::{Engine, State};

use super::render::wrap;
use super::speech::Speaker;

/// How often the engine is ticked, in session time.
const TICK_MS: u64 = 100;
/// The width plain lines are wrapped to.
const WIDTH: usize = 78;

/// A clock the plain loop can read and wait on: the real one, or a fake one in tests.
pub(super) trait Clock {
    fn now_ms(&mut self) -> u64;
    fn wait_ms(&mut self, ms: u64);
}

/// The real clock, running `speed` times faster than real time.
#[derive(Debug)]
pub(super) struct RealClock {
    start: Instant,
    speed: u32,
}

impl RealClock {
    pub(super) fn new(speed: u32) -> Self {
        Self { start: Instant::now(), speed: speed.max(1) }
    }
}

impl Clock for RealClock {
    fn now_ms(&mut self) -> u64 {
        let real = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        real.saturating_mul(u64::from(self.speed))
    }

    fn wait_ms(&mut self, ms: u64) {
        std::thread::sleep(
            Duration::from_millis(ms / u64::from(self.speed)).max(Duration::from_millis(1)),
        );
    }
}

/// Plays the session to its end, writing its lines to `out`.
pub(super) fn play(
    engine: &mut Engine,
    clock: &mut impl Clock,
    out: &mut impl Write,
    speaker: &mut Speaker,
) -> io::Result<()> {
    let words = speaker.words();
    loop {
        let now = clock.now_ms();
        let events = engine.tick(now);
        for event in &events {
            write_event(out, &super::shown_lines(event, engine, &words), engine.view().elapsed_s)?;
        }
        out.flush()?;
        if let Some(text) = super::utterance(&events, &words)
            && let Some(note) = speaker.say(&text)
        {
            writeln!(out, "{note}")?;
        }
        if matches!(engine.state(), State::Finished | State::Quit) {
            return Ok(());
        }
        clock.wait_ms(TICK_MS);
    }
}

/// An event's lines, the first after the session time, the rest indented under it.
fn write_event(out: &mut impl Write, lines: &[String], elapsed_s: u32) -> io::Result<()> {
    let stamp = format!("[{}:{:02}] ", elapsed_s / 60, elapsed_s % 60);
    let indent = " ".repeat(stamp.len());
    for (i, line) in lines.iter().enumerate() {
        let first = if i == 0 { stamp.as_str() } else { indent.as_str() };
        // Continuation lines line up after a step's "1. ".
        for wrapped in wrap(line, WIDTH, first, &format!("{indent}   ")) {
            writeln!(out, "{wrapped}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use runwell_domain::programme::RoutineKind;
    use runwell_domain::session::{Script, Timing};

    use super::*;

    /// Time moves only when the loop waits.
    struct FakeClock(u64);

    impl Clock for FakeClock {
        fn now_ms(&mut self) -> u64 {
            self.0
        }
        fn wait_ms(&mut self, ms: u64) {
            self.0 += ms;
        }
    }

    fn transcript(kind: RoutineKind) -> (String, Engine) {
        let programme = runwell_app::programme().unwrap();
        let dose = programme.routine_dose(kind, |_| 1).unwrap();
        let mut engine = Engine::new(Script::new(&dose, programme, &Timing::default()));
        let mut out = Vec::new();
        play(&mut engine, &mut FakeClock(0), &mut out, &mut Speaker::default()).unwrap();
        (String::from_utf8(out).unwrap(), engine)
    }

    #[test]
    fn a_cool_down_reads_as_plain_lines() {
        let (text, engine) = transcript(RoutineKind::Cooldown);
        assert_eq!(engine.state(), State::Finished);
        assert!(engine.record().sets.iter().all(|s| s.done == s.target));
        assert!(!text.contains('\x1b'));
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
        insta::assert_snapshot!(text);
    }

    #[test]
    fn sides_are_announced_in_the_strength_session() {
        let (text, engine) = transcript(RoutineKind::Strength);
        assert!(engine.record().finished);
        let sides: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split("] ").nth(1))
            .filter(|l| l.starts_with("Now the"))
            .collect();
        // Four per-side movements at level 1, two sets each: left, right, left, right for each.
        assert_eq!(sides.len(), 16);
        assert!(sides.chunks(2).all(|pair| pair == ["Now the left leg.", "Now the right leg."]));
    }
}

//! `runwell session warmup|cooldown|strength`: a routine read out step by step in the terminal.
//!
//! The session itself — what comes when, what is said, what counts as done — is
//! `runwell_domain::session`'s [`Engine`]; this module only gives it a clock and keys and shows
//! what it says. Two ways to show it:
//!
//! - **Live** (stdin and stdout are both terminals): raw mode and the alternate screen, one frame
//!   redrawn in place several times a second, sized to the terminal (80×24 fits). Space pauses
//!   and resumes, `n` skips the current step, `q` (or Esc, or Ctrl-C) quits and keeps what was
//!   done. The terminal is restored on the way out, on an error and on a panic.
//! - **Plain** (anything else, e.g. output piped to a file): one line per cue with the time in
//!   the session, no escape codes, still timed by the real clock. Keys are not read, so that
//!   answers piped to stdin reach the questions at the end; interrupt with Ctrl-C (nothing is
//!   saved then).
//!
//! At the end it asks for pain during the session (0–10, PAIN-1) and effort (RPE 0–10, LOAD-1),
//! asking again until the answer is valid; at the end of input the answer is left empty. With
//! `--voice` every cue is also spoken through `espeak-ng` when it is installed.

mod ask;
mod live;
mod plain;
mod render;
mod speech;

use std::io::{self, IsTerminal as _, Write as _};

use runwell_domain::programme::{Programme, RoutineDose};
use runwell_domain::session::{Engine, Event, Script, SessionRecord, Timing};
use runwell_domain::{PainScore, Rpe};

use runwell_app::words::Words;
use speech::Speaker;

/// How the session is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GuidedOptions {
    /// Speak each cue through espeak-ng.
    pub voice: bool,
    /// The language the cues are spoken in (espeak-ng's voice).
    pub lang: runwell_app::words::Lang,
    /// Play the clock this many times faster than real time (1 = real time): for demos and
    /// trying the command out.
    pub speed: u32,
    pub timing: Timing,
}

impl Default for GuidedOptions {
    fn default() -> Self {
        Self {
            voice: false,
            lang: runwell_app::words::Lang::En,
            speed: 1,
            timing: Timing::default(),
        }
    }
}

/// An event's lines as the terminal shows them. The engine's quit cue says that what was done
/// so far is kept; when nothing was done there is nothing to keep, and the terminal says only
/// that the session stopped, so that "nothing is saved" after it does not contradict it.
pub(super) fn shown_lines(
    event: &runwell_domain::session::Event,
    engine: &Engine,
    words: &Words,
) -> Vec<String> {
    match event {
        runwell_domain::session::Event::Quit { duration_s } if !engine.record().anything_done() => {
            let time = runwell_domain::DurationS::new(f64::from(*duration_s)).unwrap_or_default();
            vec![words.with("cli-guided-stopped-early", &[("time", time.to_string().into())])]
        }
        _ => words.event_lines(event),
    }
}

/// Runs the routine and returns what was done with pain and effort filled in, or `None` when
/// the runner quit before doing anything.
pub(crate) fn run(
    dose: &RoutineDose,
    programme: &Programme,
    options: GuidedOptions,
) -> anyhow::Result<Option<SessionRecord>> {
    let mut engine = Engine::new(Script::new(dose, programme, &options.timing));
    let (mut speaker, note) = Speaker::new(options.voice, options.lang);
    let speed = options.speed.max(1);
    if io::stdin().is_terminal() && io::stdout().is_terminal() {
        live::play(&mut engine, &mut speaker, note, speed)?;
    } else {
        if let Some(note) = &note {
            eprintln!("runwell: {note}");
        }
        let mut clock = plain::RealClock::new(speed);
        plain::play(&mut engine, &mut clock, &mut io::stdout().lock(), &mut speaker)?;
    }

    let mut record = engine.record();
    let mut out = io::stdout().lock();
    let words = Words::new(options.lang);
    if !record.anything_done() {
        writeln!(out, "{}", words.get("cli-guided-nothing-saved"))?;
        return Ok(None);
    }
    write!(out, "{}", summary(&record, programme, &words))?;
    let echo = !io::stdin().is_terminal();
    let mut input = io::stdin().lock();
    // The prompts end in a space, after which the answer is typed.
    let pain = format!("{} ", words.get("cli-guided-ask-pain"));
    record.pain = ask::ask::<PainScore>(&mut input, &mut out, &pain, echo)?;
    let effort = format!("{} ", words.get("cli-guided-ask-effort"));
    record.rpe = ask::ask::<Rpe>(&mut input, &mut out, &effort, echo)?;
    Ok(Some(record))
}

/// "Done: 10 of 12 sets at target in 14:32." and a line per movement.
fn summary(record: &SessionRecord, programme: &Programme, words: &Words) -> String {
    let movements = record.movements();
    let sets: u32 = movements.iter().map(|m| m.sets).sum();
    let at_target: u32 = movements.iter().map(|m| m.sets_at_target).sum();
    let time = format!("{}:{:02}", record.duration_s / 60, record.duration_s % 60);
    let n = |v: u32| v.to_string().into();
    let mut text = words
        .with("player-summary", &[("at", n(at_target)), ("sets", n(sets)), ("time", time.into())]);
    text.push('\n');
    for movement in &movements {
        let name = programme.movement(&movement.movement).map_or(&movement.movement, |m| &m.name);
        let line = words.with(
            "player-movement-line",
            &[
                ("name", name.clone().into()),
                ("level", movement.level.to_string().into()),
                ("at", n(movement.sets_at_target)),
                ("sets", n(movement.sets)),
            ],
        );
        text.push_str(&format!("  {line}\n"));
    }
    text
}

/// The speech of a batch of events as one utterance: the last few cues, so that "Go" and "1"
/// arriving together are both said, while a long jump of the clock does not queue a speech.
fn utterance(events: &[Event], words: &Words) -> Option<String> {
    let spoken: Vec<String> = events.iter().filter_map(|e| words.event_speech(e)).collect();
    let keep = spoken.len().saturating_sub(3);
    (!spoken.is_empty()).then(|| spoken[keep..].join(" "))
}

#[cfg(test)]
mod tests {
    use runwell_domain::programme::RoutineKind;
    use runwell_domain::session::{SetRecord, Side};

    use super::*;

    #[test]
    fn quitting_before_anything_was_done_does_not_claim_it_was_kept() {
        use runwell_domain::session::{Event, Key, Timing};
        let programme = runwell_app::programme().unwrap();
        let dose = programme.routine_dose(RoutineKind::Strength, |_| 1).unwrap();
        let mut engine = Engine::new(Script::new(&dose, programme, &Timing::default()));
        engine.tick(0);
        let events = engine.key(Key::Quit, 5_000);
        let quit = events.iter().find(|e| matches!(e, Event::Quit { .. })).unwrap();
        let lines = shown_lines(quit, &engine, &Words::default());
        assert_eq!(lines, ["Stopped after 0:05, before any set was done."]);
        assert!(!lines.concat().contains("kept"), "{lines:?}");
        // Another cue is shown as the engine words it.
        assert_eq!(shown_lines(&Event::Paused, &engine, &Words::default()), ["Paused."]);
    }

    #[test]
    fn the_summary_counts_sets_at_target() {
        let set = |movement: &str, done| SetRecord {
            movement: movement.into(),
            level: 2,
            side: Side::Left,
            set_no: 1,
            target: 10,
            done,
        };
        let record = SessionRecord {
            routine: RoutineKind::Strength,
            sets: vec![set("clamshell", 10), set("clamshell", 4), set("not-in-content", 10)],
            duration_s: 872,
            finished: false,
            pain: None,
            rpe: None,
            key: None,
        };
        let programme = runwell_app::programme().unwrap();
        assert_eq!(
            summary(&record, programme, &Words::default()),
            "Done: 2 of 3 sets at target in 14:32.\n  Clamshell, level 2: 1 of 2 sets at target\n  \
             not-in-content, level 2: 1 of 1 sets at target\n"
        );
    }

    #[test]
    fn a_batch_of_cues_is_said_as_one() {
        let go = Event::Go { work: runwell_domain::session::Work::Hold { seconds: 30 } };
        assert_eq!(utterance(&[], &Words::default()), None);
        assert_eq!(
            utterance(&[Event::SecondsLeft { seconds: 2 }], &Words::default()).as_deref(),
            Some("2")
        );
        assert_eq!(
            utterance(&[go.clone(), Event::Rep { rep: 1, reps: 10 }], &Words::default()).as_deref(),
            Some("Hold, 30 seconds. 1")
        );
        let many: Vec<Event> = (1..=9).map(|rep| Event::Rep { rep, reps: 9 }).collect();
        assert_eq!(utterance(&many, &Words::default()).as_deref(), Some("7 8 9"));
    }
}

//! The live session in a terminal: raw mode, the alternate screen, a frame redrawn in place and
//! keys read between ticks.
//!
//! The terminal is put back however the session ends: [`TerminalGuard`]'s `Drop` restores it on
//! a normal end or an error, and a panic hook restores it before the panic message is printed
//! (otherwise the message would land on the alternate screen and vanish with it).

use std::io::{self, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, queue, style, terminal};
use runwell_domain::session::{Engine, Event, Key, State};

use super::render;
use super::speech::Speaker;

/// How long to wait for a key before ticking again: the display's refresh.
const POLL: Duration = Duration::from_millis(100);
/// Lines of recent cues kept for the frame.
const LOG_LINES: usize = 2;

/// True while this module has the terminal in raw mode, for the panic hook.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

pub(super) fn play(
    engine: &mut Engine,
    speaker: &mut Speaker,
    note: Option<String>,
    speed: u32,
) -> anyhow::Result<()> {
    let guard = TerminalGuard::enter()?;
    let last_lines = run_loop(engine, speaker, note.as_deref(), speed);
    drop(guard);
    // The last cues ("Well done…", "Stopped…") stay on the normal screen.
    for line in last_lines? {
        println!("{line}");
    }
    if let Some(note) = note {
        eprintln!("runwell: {note}");
    }
    Ok(())
}

/// Ticks, draws and reads keys until the session ends; returns the last events' lines. A note
/// (speech unavailable) stays on screen above the latest cue for the whole session.
fn run_loop(
    engine: &mut Engine,
    speaker: &mut Speaker,
    note: Option<&str>,
    speed: u32,
) -> anyhow::Result<Vec<String>> {
    let mut log = Vec::new();
    let log = &mut log;
    let mut out = io::stdout().lock();
    let start = Instant::now();
    let now = || {
        let real = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
        real.saturating_mul(u64::from(speed))
    };
    let ended = |engine: &Engine| matches!(engine.state(), State::Finished | State::Quit);
    let mut shown: Vec<String> = Vec::new();
    let words = speaker.words();
    loop {
        let events = engine.tick(now());
        handle(&events, log, speaker);
        if ended(engine) {
            return Ok(events.iter().flat_map(|e| super::shown_lines(e, engine, &words)).collect());
        }
        let (width, height) = terminal::size().unwrap_or((80, 24));
        let shown_log: Vec<String> = match note {
            Some(note) => [note.to_owned()].into_iter().chain(log.last().cloned()).collect(),
            None => log.clone(),
        };
        let lines = render::frame(&engine.view(), &shown_log, width.into(), height.into(), &words);
        if lines != shown {
            draw(&mut out, &lines)?;
            shown = lines;
        }
        if !event::poll(POLL)? {
            continue;
        }
        match event::read()? {
            TermEvent::Key(key) => {
                if let Some(key) = key_of(&key) {
                    let events = engine.key(key, now());
                    handle(&events, log, speaker);
                    if ended(engine) {
                        return Ok(events
                            .iter()
                            .flat_map(|e| super::shown_lines(e, engine, &words))
                            .collect());
                    }
                }
            }
            // Draw the whole frame again at the new size.
            TermEvent::Resize(..) => shown.clear(),
            _ => {}
        }
    }
}

/// Keeps the last cues for the frame and says the batch.
fn handle(events: &[Event], log: &mut Vec<String>, speaker: &mut Speaker) {
    let words = speaker.words();
    for event in events {
        if let Some(first) = words.event_lines(event).into_iter().next() {
            log.push(first);
        }
    }
    if let Some(text) = super::utterance(events, &words)
        && let Some(note) = speaker.say(&text)
    {
        log.push(note);
    }
    let excess = log.len().saturating_sub(LOG_LINES);
    log.drain(..excess);
}

/// Writes the frame over the previous one, clearing what is left of each line and below.
fn draw(out: &mut impl Write, lines: &[String]) -> io::Result<()> {
    for (row, line) in lines.iter().enumerate() {
        let row = u16::try_from(row).unwrap_or(u16::MAX);
        queue!(
            out,
            cursor::MoveTo(0, row),
            style::Print(line),
            terminal::Clear(terminal::ClearType::UntilNewLine)
        )?;
    }
    queue!(out, terminal::Clear(terminal::ClearType::FromCursorDown))?;
    out.flush()
}

/// Space pauses and resumes, `n` skips, `q`, Esc and Ctrl-C quit (raw mode turns Ctrl-C into a
/// key rather than a signal, so it must be handled here).
fn key_of(key: &KeyEvent) -> Option<Key> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    match key.code {
        KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Some(Key::Quit),
        KeyCode::Char(' ' | 'p') => Some(Key::TogglePause),
        KeyCode::Char('n') | KeyCode::Right => Some(Key::Skip),
        KeyCode::Char('q') | KeyCode::Esc => Some(Key::Quit),
        _ => None,
    }
}

/// Raw mode and the alternate screen for as long as it lives.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> io::Result<Self> {
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                if ACTIVE.load(Ordering::SeqCst) {
                    restore();
                }
                previous(info);
            }));
        });
        terminal::enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        if let Err(error) = execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide) {
            restore();
            return Err(error);
        }
        Ok(Self)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back; safe to call twice.
fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        // Nothing more can be done if the terminal refuses: the runner's shell will reset it.
        let _ = execute!(io::stdout(), cursor::Show, terminal::LeaveAlternateScreen);
        let _ = terminal::disable_raw_mode();
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::KeyEventState;

    use super::*;

    #[test]
    fn keys_map_to_engine_commands() {
        let check = |code: KeyCode, modifiers: KeyModifiers, kind: KeyEventKind, expected| {
            let key = KeyEvent { code, modifiers, kind, state: KeyEventState::NONE };
            assert_eq!(key_of(&key), expected, "{code:?} {modifiers:?} {kind:?}");
        };
        let (none, press) = (KeyModifiers::NONE, KeyEventKind::Press);
        check(KeyCode::Char(' '), none, press, Some(Key::TogglePause));
        check(KeyCode::Char('n'), none, press, Some(Key::Skip));
        check(KeyCode::Char('q'), none, press, Some(Key::Quit));
        check(KeyCode::Esc, none, press, Some(Key::Quit));
        check(KeyCode::Char('c'), KeyModifiers::CONTROL, press, Some(Key::Quit));
        check(KeyCode::Char('c'), none, press, None);
        check(KeyCode::Char(' '), none, KeyEventKind::Release, None);
    }

    #[test]
    fn frames_are_drawn_in_place() {
        let mut out = Vec::new();
        draw(&mut out, &["one".to_owned(), "two".to_owned()]).unwrap();
        let text = String::from_utf8(out).unwrap();
        // Cursor to row 1 col 1, the line, clear to its end; then clear below.
        assert!(text.starts_with("\x1b[1;1Hone\x1b[K\x1b[2;1Htwo\x1b[K"), "{text:?}");
        assert!(text.ends_with("\x1b[J"), "{text:?}");
    }

    #[test]
    fn the_log_keeps_the_last_cues() {
        let mut log = vec!["older".to_owned()];
        handle(
            &[Event::Paused, Event::Resumed, Event::Rep { rep: 2, reps: 3 }],
            &mut log,
            &mut Speaker::default(),
        );
        assert_eq!(log, ["Paused.", "Carrying on."]);
    }
}

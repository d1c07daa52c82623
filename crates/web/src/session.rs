//! The guided session for the browser: the domain's [`Script`] laid out as a timeline of cues
//! that `static/session-player.js` plays with the page's clock.
//!
//! The browser runs the same session as the terminal by playing what the domain's [`Engine`]
//! says, not a rewrite of it: every cue on the timeline (what is shown and what is spoken on
//! entering a step, at each timed mark inside it, and when a set ends) is taken from an `Engine`
//! driven through the whole script here, so the wording and the timing come from one place. The
//! only cues with a number known only at play time (a set skipped part-way, the session's
//! length at the end) are the engine's own sentences with a `{done}` or `{clock}` hole. What the
//! player does with time — when a step ends, what a skip or a quit counts as done — mirrors
//! `Engine::tick` and `Engine::key` line by line, and `tests` checks the two against each other
//! on the same scripted cases (the Rust side writes them to `e2e/fixtures/`, the JavaScript
//! side replays them).

use runwell_app::words::Words;
use runwell_domain::session::{Engine, Event, Key, Script, SetRecord, Side, StepKind, Work};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// What the engine says at one moment: its lines to show and its words to speak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Cue {
    /// The event's name (`get_ready`, `rep`, …), as `Event` serialises it.
    pub(crate) event: String,
    pub(crate) lines: Vec<String>,
    pub(crate) speech: Option<String>,
}

impl Cue {
    /// The event's cue in `words`' language.
    pub(crate) fn of(event: &Event, words: &Words) -> Cue {
        let name = serde_json::to_value(event)
            .ok()
            .and_then(|v| v.get("event").and_then(|e| e.as_str()).map(str::to_owned))
            .unwrap_or_default();
        Cue { event: name, lines: words.event_lines(event), speech: words.event_speech(event) }
    }

    /// The cue with `sentinel` in its lines replaced by `{hole}`.
    fn with_hole(event: &Event, words: &Words, sentinel: &str, hole: &str) -> Cue {
        let mut cue = Cue::of(event, words);
        for line in &mut cue.lines {
            *line = line.replace(sentinel, hole);
        }
        cue
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Mark {
    /// Milliseconds into the step.
    pub(crate) at_ms: u64,
    pub(crate) cue: Cue,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct TimelineWork {
    /// `reps` or `hold`.
    kind: &'static str,
    rep_ms: u64,
    target: u32,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct TimelineStep {
    /// `prepare`, `work` or `rest`.
    kind: &'static str,
    duration_ms: u64,
    /// The item of the set, or of the next set during a rest.
    item: usize,
    side: Side,
    set_no: u32,
    sets: u32,
    work: Option<TimelineWork>,
    /// The set this work step fills in the record.
    record: Option<usize>,
    enter: Vec<Cue>,
    marks: Vec<Mark>,
    /// The set's end when played through.
    done: Option<Cue>,
    /// The set's end when skipped, with `{done}` for what was done.
    skipped: Option<Cue>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct TimelineItem {
    pub(crate) movement: String,
    pub(crate) name: String,
    pub(crate) level: u8,
    pub(crate) top_level: u8,
    pub(crate) variant: String,
    pub(crate) dose_text: String,
    pub(crate) per_side: bool,
    pub(crate) sets: u32,
}

/// A script as the browser plays it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Timeline {
    /// A hash of the rest: a session saved in the browser resumes only on the same timeline.
    pub(crate) id: String,
    pub(crate) routine: &'static str,
    pub(crate) name: String,
    pub(crate) total_ms: u64,
    pub(crate) items: Vec<TimelineItem>,
    pub(crate) steps: Vec<TimelineStep>,
    /// Every set in playing order, `done` 0: the record the player fills in.
    pub(crate) sets: Vec<SetRecord>,
    pub(crate) started: Cue,
    pub(crate) paused: Cue,
    pub(crate) resumed: Cue,
    /// With `{clock}` for the session's length.
    pub(crate) finished: Cue,
    pub(crate) quit: Cue,
}

/// Numbers no real session reaches, replaced by holes in the cues that carry them.
const DONE_SENTINEL: u32 = 987_654;
const CLOCK_SENTINEL_S: u32 = 99 * 3600 + 59 * 60 + 59;
const CLOCK_SENTINEL: &str = "99:59:59";

impl Timeline {
    /// Plays `script` through an [`Engine`] to collect every cue. Timed marks are looked for at
    /// every whole second of a step: the content's durations and tempos are whole seconds (a
    /// test checks every routine at every level), so that finds every one at its exact time.
    pub(crate) fn new(script: &Script, words: &Words) -> Timeline {
        let mut engine = Engine::new(script.clone());
        let sets = engine.record().sets;
        let mut first = engine.tick(0);
        let started = Cue::of(&first.remove(0), words);
        let mut enter_next: Vec<Event> = first;
        let mut steps = Vec::with_capacity(script.steps.len());
        let mut record_index = 0;
        for step in &script.steps {
            let enter = std::mem::take(&mut enter_next);
            let mut probe = engine.clone();
            let mut marks = Vec::new();
            let mut at = 1000;
            while at < step.duration_ms {
                marks.extend(
                    probe.tick(at).iter().map(|e| Mark { at_ms: at, cue: Cue::of(e, words) }),
                );
                at += 1000;
            }
            let mut end = probe.tick(step.duration_ms);
            let done = match end.first() {
                Some(Event::SetDone { .. }) => Some(Cue::of(&end.remove(0), words)),
                _ => None,
            };
            // What the skip brings is the next step's entry (the engine is now at its start).
            let mut skip = engine.key(Key::Skip, 0);
            if matches!(skip.first(), Some(Event::SetDone { .. })) {
                skip.remove(0);
            }
            enter_next =
                skip.into_iter().filter(|e| !matches!(e, Event::Finished { .. })).collect();
            let (kind, set, work) = match step.kind {
                StepKind::Prepare { set, .. } => ("prepare", set, None),
                StepKind::Work { set, work } => ("work", set, Some(work)),
                StepKind::Rest { next } => ("rest", next, None),
            };
            let item = &script.items[set.item];
            let record = work.map(|_| {
                record_index += 1;
                record_index - 1
            });
            steps.push(TimelineStep {
                kind,
                duration_ms: step.duration_ms,
                item: set.item,
                side: set.side,
                set_no: set.set_no,
                sets: item.dose.sets(),
                work: work.map(|w| match w {
                    Work::Reps { reps, rep_ms } => {
                        TimelineWork { kind: "reps", rep_ms, target: reps }
                    }
                    Work::Hold { seconds } => {
                        TimelineWork { kind: "hold", rep_ms: 0, target: seconds }
                    }
                }),
                record,
                enter: enter.iter().map(|e| Cue::of(e, words)).collect(),
                marks,
                done,
                skipped: work.map(|work| {
                    let event = Event::SetDone {
                        name: item.name.clone(),
                        set_no: set.set_no,
                        sets: item.dose.sets(),
                        side: set.side,
                        work,
                        done: DONE_SENTINEL,
                        skipped: true,
                    };
                    Cue::with_hole(&event, words, &DONE_SENTINEL.to_string(), "{done}")
                }),
            });
        }
        let mut timeline = Timeline {
            id: String::new(),
            routine: script.routine.id(),
            name: script.name.clone(),
            total_ms: script.total_ms(),
            items: script
                .items
                .iter()
                .map(|i| TimelineItem {
                    movement: i.movement.clone(),
                    name: i.name.clone(),
                    level: i.level,
                    top_level: i.top_level,
                    variant: i.variant.clone(),
                    dose_text: i.dose_text.clone(),
                    per_side: i.per_side,
                    sets: i.dose.sets(),
                })
                .collect(),
            steps,
            sets,
            started,
            paused: Cue::of(&Event::Paused, words),
            resumed: Cue::of(&Event::Resumed, words),
            finished: Cue::with_hole(
                &Event::Finished { duration_s: CLOCK_SENTINEL_S },
                words,
                CLOCK_SENTINEL,
                "{clock}",
            ),
            quit: Cue::with_hole(
                &Event::Quit { duration_s: CLOCK_SENTINEL_S },
                words,
                CLOCK_SENTINEL,
                "{clock}",
            ),
        };
        let body = serde_json::to_string(&timeline).unwrap_or_default();
        timeline.id =
            Sha256::digest(body.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
        timeline
    }

    /// The timeline as JSON to place inside `<script type="application/json">`: every `<` is
    /// escaped, so that no text in it can close the element.
    pub(crate) fn to_script_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "null".to_owned()).replace('<', "\\u003c")
    }
}

#[cfg(test)]
mod tests;

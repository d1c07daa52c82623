//! The state machine that plays a [`Script`] along a clock the caller owns.
//!
//! Time only moves through `tick(now_ms)` and `key(key, now_ms)`: `now_ms` is any monotonic
//! millisecond count (milliseconds since the front end started, a fake clock in tests). Keys take
//! the time too, so that a pause or a skip lands exactly when it was pressed rather than at the
//! last tick. A tick that jumps far ahead (a laptop waking up) plays every step in between, in
//! order, with all its events.

use serde::Serialize;

use super::event::Event;
use super::script::{Script, ScriptItem, SetRef, StepKind, Work};
use super::{SessionRecord, SetRecord, Side};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Made, not yet ticked.
    Ready,
    Running,
    Paused,
    /// Played to the end.
    Finished,
    /// Stopped by the runner; what was done is kept.
    Quit,
}

/// The runner's commands. A terminal maps space to [`Key::TogglePause`], `n` to
/// [`Key::Skip`] and `q` to [`Key::Quit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Pause,
    Resume,
    TogglePause,
    /// Ends the current step now: a get-ready starts the set, a set counts what was done so far,
    /// a rest ends early.
    Skip,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Ready,
    Prepare,
    Work,
    Rest,
    Done,
}

/// What a live display shows at this moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View<'a> {
    pub state: State,
    pub routine: &'a str,
    pub phase: Phase,
    /// The current step, from 1, of `steps`.
    pub step_no: usize,
    pub steps: usize,
    /// The movement of the current set, or of the next one during a rest.
    pub item: Option<&'a ScriptItem>,
    /// The current set, or the next one during a rest.
    pub set: Option<SetRef>,
    /// Sets of the item's dose (per side).
    pub sets: u32,
    /// Seconds left in this step, rounded up (a countdown shows 5, 4, 3, 2, 1).
    pub remaining_s: u32,
    /// The step's whole length, rounded up: with `remaining_s`, a progress bar.
    pub step_s: u32,
    /// During reps: the rep under way and the reps in the set.
    pub rep: Option<(u32, u32)>,
    /// How far into the current rep, 0–100: a tempo bar.
    pub rep_percent: u8,
    /// Time spent so far, pauses left out.
    pub elapsed_s: u32,
    /// The script's time still to go, rounded up.
    pub left_s: u32,
}

#[derive(Debug, Clone)]
pub struct Engine {
    script: Script,
    state: State,
    step: usize,
    /// Time spent in the current step.
    step_ms: u64,
    /// Time spent running, pauses left out.
    active_ms: u64,
    last_ms: u64,
    sets: Vec<SetRecord>,
    /// For each step, its set in `sets` when it is a work step.
    set_of_step: Vec<Option<usize>>,
}

impl Engine {
    pub fn new(script: Script) -> Self {
        let mut sets = Vec::new();
        let set_of_step = script
            .steps
            .iter()
            .map(|step| match step.kind {
                StepKind::Work { set, work } => {
                    let item = &script.items[set.item];
                    sets.push(SetRecord {
                        movement: item.movement.clone(),
                        level: item.level,
                        side: set.side,
                        set_no: set.set_no,
                        target: work.target(),
                        done: 0,
                    });
                    Some(sets.len() - 1)
                }
                _ => None,
            })
            .collect();
        Self {
            script,
            state: State::Ready,
            step: 0,
            step_ms: 0,
            active_ms: 0,
            last_ms: 0,
            sets,
            set_of_step,
        }
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn script(&self) -> &Script {
        &self.script
    }

    /// Moves the session to `now_ms`. The first tick starts it.
    pub fn tick(&mut self, now_ms: u64) -> Vec<Event> {
        let mut events = Vec::new();
        match self.state {
            State::Finished | State::Quit => {}
            State::Ready => {
                self.state = State::Running;
                self.last_ms = now_ms;
                let total_s = u32::try_from(self.script.total_ms().div_ceil(1000)).unwrap_or(0);
                events.push(Event::Started { routine: self.script.name.clone(), total_s });
                if self.script.steps.is_empty() {
                    self.finish(&mut events);
                } else {
                    self.enter(&mut events);
                    self.advance(0, &mut events);
                }
            }
            State::Paused => self.last_ms = now_ms,
            State::Running => {
                // A clock that steps back (it should not) moves nothing.
                let delta = now_ms.saturating_sub(self.last_ms);
                self.last_ms = self.last_ms.max(now_ms);
                self.advance(delta, &mut events);
            }
        }
        events
    }

    /// Applies a key pressed at `now_ms` (ticking up to then first).
    pub fn key(&mut self, key: Key, now_ms: u64) -> Vec<Event> {
        let mut events = self.tick(now_ms);
        let key = match (key, self.state) {
            (Key::TogglePause, State::Paused) => Key::Resume,
            (Key::TogglePause, _) => Key::Pause,
            (key, _) => key,
        };
        match (key, self.state) {
            (Key::Pause, State::Running) => {
                self.state = State::Paused;
                events.push(Event::Paused);
            }
            (Key::Resume, State::Paused) => {
                self.state = State::Running;
                self.last_ms = now_ms;
                events.push(Event::Resumed);
            }
            (Key::Skip, State::Running | State::Paused) => {
                self.end_step(true, &mut events);
                self.advance(0, &mut events);
            }
            (Key::Quit, State::Running | State::Paused) => {
                if let StepKind::Work { work, .. } = self.script.steps[self.step].kind {
                    self.set_done(work.done_after(self.step_ms));
                }
                self.state = State::Quit;
                events.push(Event::Quit { duration_s: self.duration_s() });
            }
            _ => {}
        }
        events
    }

    /// What the session did so far (pain and effort are left for the front end to add).
    pub fn record(&self) -> SessionRecord {
        SessionRecord {
            routine: self.script.routine,
            sets: self.sets.clone(),
            duration_s: self.duration_s(),
            finished: self.state == State::Finished,
            pain: None,
            rpe: None,
            key: None,
        }
    }

    pub fn view(&self) -> View<'_> {
        let steps = self.script.steps.len();
        let step = self
            .script
            .steps
            .get(self.step)
            .filter(|_| !matches!(self.state, State::Ready | State::Finished | State::Quit));
        let (phase, set) = match step.map(|s| &s.kind) {
            None if self.state == State::Ready => (Phase::Ready, None),
            None => (Phase::Done, None),
            Some(StepKind::Prepare { set, .. }) => (Phase::Prepare, Some(*set)),
            Some(StepKind::Work { set, .. }) => (Phase::Work, Some(*set)),
            Some(StepKind::Rest { next }) => (Phase::Rest, Some(*next)),
        };
        let item = set.map(|s| &self.script.items[s.item]);
        let step_left_ms = step.map_or(0, |s| s.duration_ms.saturating_sub(self.step_ms));
        let (rep, rep_percent) = match step.map(|s| &s.kind) {
            Some(StepKind::Work { work: Work::Reps { reps, rep_ms }, .. }) => {
                let rep_ms = (*rep_ms).max(1);
                let rep = (self.step_ms / rep_ms + 1).min(u64::from(*reps)) as u32;
                let percent = (self.step_ms % rep_ms * 100 / rep_ms) as u8;
                (Some((rep, *reps)), percent)
            }
            _ => (None, 0),
        };
        let later_ms: u64 = match step {
            Some(_) => self.script.steps[self.step + 1..].iter().map(|s| s.duration_ms).sum(),
            None if self.state == State::Ready => self.script.total_ms(),
            None => 0,
        };
        View {
            state: self.state,
            routine: &self.script.name,
            phase,
            step_no: if step.is_some() { self.step + 1 } else { 0 },
            steps,
            item,
            set,
            sets: item.map_or(0, |i| i.dose.sets()),
            remaining_s: seconds_up(step_left_ms),
            step_s: step.map_or(0, |s| seconds_up(s.duration_ms)),
            rep,
            rep_percent,
            elapsed_s: self.duration_s(),
            left_s: seconds_up(step_left_ms + later_ms),
        }
    }

    fn duration_s(&self) -> u32 {
        u32::try_from((self.active_ms + 500) / 1000).unwrap_or(u32::MAX)
    }

    /// Spends `delta` ms, ending every step whose time is up (zero-length steps included).
    fn advance(&mut self, mut delta: u64, events: &mut Vec<Event>) {
        while self.state == State::Running {
            let duration = self.script.steps[self.step].duration_ms;
            if self.step_ms >= duration {
                self.end_step(false, events);
                continue;
            }
            if delta == 0 {
                break;
            }
            let take = delta.min(duration - self.step_ms);
            self.marks(self.step_ms, self.step_ms + take, events);
            self.step_ms += take;
            self.active_ms += take;
            delta -= take;
        }
    }

    /// The timed cues inside the current step that fall in `(from, to]`, before its end.
    fn marks(&self, from: u64, to: u64, events: &mut Vec<Event>) {
        let step = &self.script.steps[self.step];
        let duration = step.duration_ms;
        let mut at = |t: u64, event: Event| {
            if from < t && t <= to && t < duration {
                events.push(event);
            }
        };
        let countdown = |seconds: &[u32], at: &mut dyn FnMut(u64, Event)| {
            for &n in seconds {
                let t = duration.saturating_sub(u64::from(n) * 1000);
                if t > 0 {
                    at(t, Event::SecondsLeft { seconds: n });
                }
            }
        };
        match step.kind {
            StepKind::Prepare { .. } => countdown(&[3, 2, 1], &mut at),
            StepKind::Work { work: Work::Reps { reps, rep_ms }, .. } => {
                for rep in 2..=reps {
                    at(u64::from(rep - 1) * rep_ms, Event::Rep { rep, reps });
                }
            }
            StepKind::Work { work: Work::Hold { seconds }, .. } => {
                if seconds >= 20 {
                    countdown(&[10], &mut at);
                }
                countdown(&[3, 2, 1], &mut at);
            }
            StepKind::Rest { .. } => {
                // The get-ready that follows counts down the last seconds.
                if duration >= 20_000 {
                    countdown(&[10], &mut at);
                }
            }
        }
    }

    /// Ends the current step (on time or skipped) and enters the next, or finishes.
    fn end_step(&mut self, skipped: bool, events: &mut Vec<Event>) {
        if let StepKind::Work { set, work } = self.script.steps[self.step].kind {
            let done = if skipped { work.done_after(self.step_ms) } else { work.target() };
            self.set_done(done);
            let item = &self.script.items[set.item];
            events.push(Event::SetDone {
                name: item.name.clone(),
                set_no: set.set_no,
                sets: item.dose.sets(),
                side: set.side,
                work,
                done,
                skipped,
            });
        }
        self.step += 1;
        self.step_ms = 0;
        if self.step == self.script.steps.len() {
            self.step -= 1;
            self.finish(events);
        } else {
            self.enter(events);
        }
    }

    fn finish(&mut self, events: &mut Vec<Event>) {
        self.state = State::Finished;
        events.push(Event::Finished { duration_s: self.duration_s() });
    }

    fn set_done(&mut self, done: u32) {
        if let Some(index) = self.set_of_step[self.step] {
            self.sets[index].done = done;
        }
    }

    /// The cues at the start of the current step.
    fn enter(&self, events: &mut Vec<Event>) {
        let items = &self.script.items;
        match self.script.steps[self.step].kind {
            StepKind::Prepare { set, introduce, switch_side } => {
                let item = &items[set.item];
                if introduce {
                    events.push(Event::Introduce {
                        name: item.name.clone(),
                        level: item.level,
                        top_level: item.top_level,
                        variant: item.variant.clone(),
                        dose_text: item.dose_text.clone(),
                        steps: item.steps.clone(),
                        spoken: item.spoken_introduction(self.script.timing.introduce_steps),
                    });
                }
                if switch_side {
                    events.push(Event::SideSwitch { side: set.side });
                }
                events.push(Event::GetReady {
                    name: item.name.clone(),
                    set_no: set.set_no,
                    sets: item.dose.sets(),
                    side: set.side,
                    seconds: seconds_up(self.script.steps[self.step].duration_ms),
                });
            }
            StepKind::Work { work, .. } => {
                events.push(Event::Go { work });
                if let Work::Reps { reps, .. } = work
                    && reps > 0
                {
                    events.push(Event::Rep { rep: 1, reps });
                }
            }
            StepKind::Rest { next } => {
                let item = &items[next.item];
                events.push(Event::Rest {
                    seconds: seconds_up(self.script.steps[self.step].duration_ms),
                    next_name: item.name.clone(),
                    next_set_no: next.set_no,
                    next_sets: item.dose.sets(),
                    next_side: next.side,
                    new_movement: next.set_no == 1 && next.side != Side::Right,
                });
            }
        }
    }
}

fn seconds_up(ms: u64) -> u32 {
    u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests;

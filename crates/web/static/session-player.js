// The guided session's clock work, with no page in it: plays a timeline that the server laid out
// with runwell's session engine (crates/web/src/session.rs). Each method mirrors the Rust
// `Engine` (crates/domain/src/session/engine.rs) line for line: `tick`, `key`, `view` and
// `record` answer exactly as it does, which e2e/session-player.test.js checks against cases the
// Rust engine wrote. The cues themselves (lines and speech) come from the timeline, never from
// here; only the numbers known at play time fill the `{done}` and `{clock}` holes.

/** `M:SS`, or `H:MM:SS` from an hour: the engine's `clock`. */
export function clock(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  const two = (n) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

function fill(cue, hole, value) {
  return { ...cue, lines: cue.lines.map((l) => l.replaceAll(hole, String(value))) };
}

/** Whole reps at the tempo, or whole seconds held, never more than the target. */
export function doneAfter(work, elapsedMs) {
  const done = work.kind === "reps"
    ? Math.floor(elapsedMs / Math.max(work.rep_ms, 1))
    : Math.floor(elapsedMs / 1000);
  return Math.min(done, work.target);
}

const secondsUp = (ms) => Math.ceil(ms / 1000);

export class Player {
  /** @param timeline the server's timeline; @param saved what `save()` returned, to resume. */
  constructor(timeline, saved = null) {
    this.timeline = timeline;
    this.state = "ready";
    this.step = 0;
    this.stepMs = 0;
    this.activeMs = 0;
    this.lastMs = 0;
    this.done = timeline.sets.map(() => 0);
    if (saved) {
      this.state = saved.state;
      this.step = saved.step;
      this.stepMs = saved.stepMs;
      this.activeMs = saved.activeMs;
      this.done = [...saved.done];
    }
  }

  /** What to keep to resume after a reload (the clock is the page's, so it is not kept). */
  save() {
    return {
      state: this.state,
      step: this.step,
      stepMs: this.stepMs,
      activeMs: this.activeMs,
      done: [...this.done],
    };
  }

  /** Moves the session to `nowMs`; the first tick starts it. Returns the cues to show and say. */
  tick(nowMs) {
    const cues = [];
    switch (this.state) {
      case "finished":
      case "quit":
        break;
      case "ready":
        this.state = "running";
        this.lastMs = nowMs;
        cues.push(this.timeline.started);
        if (this.timeline.steps.length === 0) {
          this.finish(cues);
        } else {
          this.enter(cues);
          this.advance(0, cues);
        }
        break;
      case "paused":
        this.lastMs = nowMs;
        break;
      case "running": {
        const delta = Math.max(0, nowMs - this.lastMs);
        this.lastMs = Math.max(this.lastMs, nowMs);
        this.advance(delta, cues);
        break;
      }
    }
    return cues;
  }

  /** `pause`, `resume`, `toggle`, `skip` or `quit`, pressed at `nowMs` (ticking up to it first). */
  key(key, nowMs) {
    const cues = this.tick(nowMs);
    if (key === "toggle") key = this.state === "paused" ? "resume" : "pause";
    const live = this.state === "running" || this.state === "paused";
    if (key === "pause" && this.state === "running") {
      this.state = "paused";
      cues.push(this.timeline.paused);
    } else if (key === "resume" && this.state === "paused") {
      this.state = "running";
      this.lastMs = nowMs;
      cues.push(this.timeline.resumed);
    } else if (key === "skip" && live) {
      this.endStep(true, cues);
      this.advance(0, cues);
    } else if (key === "quit" && live) {
      const step = this.timeline.steps[this.step];
      if (step.work) this.done[step.record] = doneAfter(step.work, this.stepMs);
      this.state = "quit";
      cues.push(fill(this.timeline.quit, "{clock}", clock(this.durationS())));
    }
    return cues;
  }

  /** The session so far, as the server stores it (pain and effort are asked afterwards). */
  record() {
    return {
      routine: this.timeline.routine,
      sets: this.timeline.sets.map((s, i) => ({ ...s, done: this.done[i] })),
      duration_s: this.durationS(),
      finished: this.state === "finished",
      pain: null,
      rpe: null,
    };
  }

  /** Whether any rep was done or second held: a session quit before that is not kept. */
  anythingDone() {
    return this.done.some((d) => d > 0);
  }

  /** What a display shows now: the engine's `View`. */
  view() {
    const steps = this.timeline.steps;
    const live = !["ready", "finished", "quit"].includes(this.state);
    const step = live ? steps[this.step] : undefined;
    const phase = step ? step.kind : this.state === "ready" ? "ready" : "done";
    const item = step ? this.timeline.items[step.item] : undefined;
    const leftMs = step ? Math.max(0, step.duration_ms - this.stepMs) : 0;
    let rep = null;
    let repPercent = 0;
    if (step?.work?.kind === "reps") {
      const repMs = Math.max(step.work.rep_ms, 1);
      rep = [Math.min(Math.floor(this.stepMs / repMs) + 1, step.work.target), step.work.target];
      repPercent = Math.floor(((this.stepMs % repMs) * 100) / repMs);
    }
    let laterMs = 0;
    if (step) {
      for (const s of steps.slice(this.step + 1)) laterMs += s.duration_ms;
    } else if (this.state === "ready") {
      laterMs = this.timeline.total_ms;
    }
    return {
      state: this.state,
      phase,
      step_no: step ? this.step + 1 : 0,
      steps: steps.length,
      movement: item ? item.movement : null,
      item: step ? step.item : null,
      side: step ? step.side : null,
      set_no: step ? step.set_no : null,
      sets: item ? item.sets : 0,
      remaining_s: secondsUp(leftMs),
      step_s: step ? secondsUp(step.duration_ms) : 0,
      rep,
      rep_percent: repPercent,
      elapsed_s: this.durationS(),
      left_s: secondsUp(leftMs + laterMs),
    };
  }

  durationS() {
    return Math.floor((this.activeMs + 500) / 1000);
  }

  advance(delta, cues) {
    while (this.state === "running") {
      const duration = this.timeline.steps[this.step].duration_ms;
      if (this.stepMs >= duration) {
        this.endStep(false, cues);
        continue;
      }
      if (delta === 0) break;
      const take = Math.min(delta, duration - this.stepMs);
      this.marks(this.stepMs, this.stepMs + take, cues);
      this.stepMs += take;
      this.activeMs += take;
      delta -= take;
    }
  }

  marks(from, to, cues) {
    const step = this.timeline.steps[this.step];
    for (const mark of step.marks) {
      if (from < mark.at_ms && mark.at_ms <= to && mark.at_ms < step.duration_ms) cues.push(mark.cue);
    }
  }

  endStep(skipped, cues) {
    const step = this.timeline.steps[this.step];
    if (step.work) {
      const done = skipped ? doneAfter(step.work, this.stepMs) : step.work.target;
      this.done[step.record] = done;
      cues.push(skipped ? fill(step.skipped, "{done}", done) : step.done);
    }
    this.step += 1;
    this.stepMs = 0;
    if (this.step === this.timeline.steps.length) {
      this.step -= 1;
      this.finish(cues);
    } else {
      this.enter(cues);
    }
  }

  finish(cues) {
    this.state = "finished";
    cues.push(fill(this.timeline.finished, "{clock}", clock(this.durationS())));
  }

  enter(cues) {
    cues.push(...this.timeline.steps[this.step].enter);
  }
}

/**
 * The speech of one batch of cues as one utterance: all of them when there are a few, the last
 * few after a jump of the clock, so that a throttled tab does not queue a backlog. Four keeps a
 * set's "Done." before the next movement's introduction, its side and its get-ready.
 */
export const MAX_SPOKEN = 4;
export function utterance(cues) {
  const spoken = cues.map((c) => c.speech).filter((s) => s);
  return spoken.length ? spoken.slice(-MAX_SPOKEN).join(" ") : null;
}

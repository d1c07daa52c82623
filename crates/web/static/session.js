// The guided session page: plays the routine's timeline (laid out on the server by runwell's
// session engine) with the page's clock, shows and speaks each cue, keeps the screen awake, and
// survives a reload. The rules of the session live in ./session-player.js; this file is only the
// page around it.

import { Player, utterance } from "./session-player.js";

const root = document.getElementById("session");
const data = document.getElementById("session-timeline");

if (root && data) start(JSON.parse(data.textContent));

function start(timeline) {
  const $ = (id) => document.getElementById(id);
  // The words this file writes, in the page's language, with {name} holes (see player_words).
  const said = JSON.parse($("session-words")?.textContent ?? "{}");
  const say = (key, holes = {}) =>
    (said[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in holes ? String(holes[name]) : whole));
  const el = {
    startSection: $("session-start"),
    startButton: $("session-start-button"),
    resumeNote: $("session-resume-note"),
    live: $("session-live"),
    phase: $("session-phase"),
    name: $("session-name"),
    set: $("session-set"),
    count: $("session-count"),
    reps: $("session-reps"),
    rep: $("session-rep"),
    tempo: $("session-tempo"),
    lines: $("session-lines"),
    left: $("session-left"),
    progress: $("session-progress"),
    pause: $("session-pause"),
    skip: $("session-skip"),
    quit: $("session-quit"),
    mute: $("session-mute"),
    voiceNote: $("session-voice-note"),
    end: $("session-end"),
    endHeading: $("session-end-heading"),
    summary: $("session-summary"),
    movements: $("session-movements"),
    form: $("session-form"),
    record: $("session-record"),
    nothing: $("session-nothing"),
    slot: $("session-figure-slot"),
    howSlot: $("session-how-slot"),
  };
  const items = [...document.querySelectorAll(".session-item")];
  const storageKey = `runwell-session-${timeline.routine}`;
  // The session's own clock: milliseconds since the page loaded, never going back.
  const now = () => Math.round(performance.now());

  let player = new Player(timeline);
  // The record's key: made once per session and kept with it, so that the same record sent
  // twice (the phone's offline queue after a lost reply) is stored once.
  let key = null;
  const recordWithKey = () => ({ ...player.record(), key: (key ??= newKey()) });
  let timer = null;
  let muted = localStorage.getItem("runwell-voice") === "off";
  let audio = null;
  let wakeLock = null;

  // --- Keeping the session across a reload -------------------------------------------------
  function save() {
    const ended = player.state === "finished" || player.state === "quit";
    // An ended session keeps its record too: it is what the form posts, and it stays good even
    // if the levels (and so the timeline) change before the runner answers.
    const record = ended ? recordWithKey() : null;
    localStorage.setItem(storageKey, JSON.stringify({ id: timeline.id, saved: player.save(), record, key }));
  }
  function forget() {
    localStorage.removeItem(storageKey);
  }
  /** A session ended on another timeline: its record, to answer the questions for. */
  let endedElsewhere = null;
  function restore() {
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? "null");
      if (stored?.record && stored.id !== timeline.id) {
        endedElsewhere = stored.record;
        return true;
      }
      if (!stored || stored.id !== timeline.id || stored.saved.state === "ready") return false;
      key = stored.key ?? null;
      const saved = stored.saved;
      // A session under way comes back paused: the runner presses Resume when in position (and
      // the browser allows speech again only after a tap or a key).
      if (saved.state === "running") saved.state = "paused";
      player = new Player(timeline, saved);
      return true;
    } catch {
      forget();
      return false;
    }
  }

  // --- Voice in the page's language, with a beep when the device has none ----------------------
  // The page's <html lang> says the language; a voice for its region (da-DK, sv-SE, en-GB) is
  // preferred, any voice of the language will do, and a voice of another language never speaks
  // (an English voice reading Danish words would be worse than a beep).
  const synth = "speechSynthesis" in window ? window.speechSynthesis : null;
  const language = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  const speechTag = { en: "en-GB", da: "da-DK", sv: "sv-SE" }[language] ?? "en-GB";
  const tagOf = (voice) => (voice.lang || "").toLowerCase().replace("_", "-");
  function voiceFor() {
    if (!synth) return null;
    const voices = synth.getVoices();
    return voices.find((v) => tagOf(v) === speechTag.toLowerCase())
      ?? voices.find((v) => tagOf(v).split("-")[0] === language)
      ?? null;
  }
  const hasVoice = () => voiceFor() !== null;
  function voiceState() {
    if (muted) return "muted";
    return hasVoice() ? "speech" : "beep";
  }
  function showVoice() {
    const state = voiceState();
    root.dataset.voice = state;
    el.mute.hidden = false;
    el.mute.setAttribute("aria-pressed", String(muted));
    // Which note: no voice at all, or voices but none for this language.
    const some = Boolean(synth) && synth.getVoices().length > 0;
    el.voiceNote.textContent = state === "beep"
      ? (some ? el.voiceNote.dataset.noLanguageVoice : el.voiceNote.dataset.noVoice)
      : "";
  }
  synth?.addEventListener?.("voiceschanged", showVoice);
  function unlockAudio() {
    const Context = window.AudioContext ?? window.webkitAudioContext;
    if (!audio && Context) audio = new Context();
    audio?.resume?.();
  }
  function beep(high) {
    if (!audio) return;
    const t = audio.currentTime;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = high ? 1320 : 880;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.3, t + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.15);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.16);
  }
  function speak(cues) {
    const text = utterance(cues);
    if (!text || muted) return;
    if (hasVoice()) {
      const spoken = new SpeechSynthesisUtterance(text);
      const voice = voiceFor();
      // Only the browser's own voice objects may be set (the property refuses anything else).
      if (typeof SpeechSynthesisVoice === "function" && voice instanceof SpeechSynthesisVoice) {
        spoken.voice = voice;
      }
      spoken.lang = voice.lang || speechTag;
      synth.speak(spoken);
    } else {
      beep(cues.some((c) => c.event === "go" || c.event === "finished"));
    }
  }

  // --- Keeping the screen on ----------------------------------------------------------------
  async function keepAwake(on) {
    try {
      if (on && !wakeLock && navigator.wakeLock && document.visibilityState === "visible") {
        wakeLock = await navigator.wakeLock.request("screen");
        wakeLock.addEventListener("release", () => (wakeLock = null));
      } else if (!on && wakeLock) {
        await wakeLock.release();
        wakeLock = null;
      }
    } catch {
      wakeLock = null;
    }
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && player.state === "running") keepAwake(true);
  });

  // --- Showing the session ------------------------------------------------------------------
  const leg = { left: say("leg_left"), right: say("leg_right"), both: "" };
  const minutes = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  function mode(name) {
    root.dataset.mode = name;
    el.startSection.hidden = name !== "start";
    el.live.hidden = name !== "live";
    el.end.hidden = name !== "end";
  }
  function render() {
    const v = player.view();
    const step = v.item === null ? null : timeline.steps[v.step_no - 1];
    const item = v.item === null ? null : timeline.items[v.item];
    const paused = v.state === "paused";
    root.dataset.state = v.state;
    root.dataset.phase = v.phase;
    const work = step?.work;
    const phaseWords = {
      prepare: say("get_ready"),
      work: work?.kind === "hold" ? say("hold") : say("go"),
      rest: say("rest"),
    }[v.phase] ?? "";
    el.phase.textContent = paused ? say("paused_phase", { phase: phaseWords }) : phaseWords;
    if (item) {
      el.name.textContent = v.phase === "rest" ? say("next", { name: item.name }) : item.name;
      const side = leg[v.side] ? ` · ${leg[v.side]}` : "";
      el.set.textContent = say("set_line", { set: v.set_no, sets: v.sets, side, level: item.level, variant: item.variant });
    }
    el.count.textContent = String(v.remaining_s);
    el.reps.hidden = !v.rep;
    if (v.rep) {
      el.rep.textContent = say("rep", { rep: v.rep[0], reps: v.rep[1] });
      el.tempo.value = v.rep_percent;
    }
    el.left.textContent = say("left", { step: v.step_no, steps: v.steps, done: minutes(v.elapsed_s), left: minutes(v.left_s) });
    el.progress.max = Math.max(1, Math.ceil(timeline.total_ms / 1000));
    el.progress.value = Math.max(0, el.progress.max - v.left_s);
    el.pause.textContent = paused ? say("resume") : say("pause");
    showFigure(v.item);
  }
  // The current movement's picture and steps move into the live view (each picture is on the
  // page once, so its ids stay unique) and back into their places in the list afterwards.
  let figure = null;
  function showFigure(index) {
    if (figure?.index === index) return;
    if (figure) {
      figure.home.querySelector(".session-figure-home")?.replaceWith(figure.node);
      figure.how?.append(...el.howSlot.childNodes);
    }
    const home = items.find((li) => Number(li.dataset.item) === index);
    const node = home?.querySelector(".session-figure");
    const steps = home?.querySelector(".session-steps");
    if (node) {
      const mark = document.createElement("span");
      mark.className = "session-figure-home";
      mark.hidden = true;
      node.replaceWith(mark);
    }
    figure = node ? { index, node, home, how: steps?.parentElement } : null;
    el.slot.replaceChildren(...(node ? [node] : []));
    el.howSlot.replaceChildren(...(steps ? [steps] : []));
  }
  function show(cues) {
    // An introduction's steps are under "How to do it"; the live view keeps to the name, the
    // level and the dose, so that the countdown stays on the first screen. They are still
    // spoken.
    const lines = cues.flatMap((c) => (c.event === "introduce" ? c.lines.slice(0, 2) : c.lines));
    if (lines.length) el.lines.textContent = lines.join(" ");
    speak(cues);
  }

  // --- Driving it ---------------------------------------------------------------------------
  function step(cues) {
    show(cues);
    if (player.state === "finished" || player.state === "quit") {
      end();
      return;
    }
    render();
    save();
  }
  function run() {
    if (timer === null) timer = setInterval(() => step(player.tick(now())), 200);
    keepAwake(true);
  }
  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    keepAwake(false);
  }
  function press(key) {
    if (!["running", "paused"].includes(player.state)) return;
    unlockAudio();
    el.resumeNote.hidden = true;
    const cues = player.key(key, now());
    if (player.state === "paused") stop();
    else if (player.state === "running") run();
    step(cues);
  }
  function begin() {
    unlockAudio();
    mode("live");
    step(player.tick(now()));
    run();
    el.pause.focus();
  }
  function end() {
    stop();
    render();
    mode("end");
    const record = endedElsewhere ?? recordWithKey();
    if (!endedElsewhere) save();
    if (!record.sets.some((s) => s.done > 0)) {
      forget();
      el.form.hidden = true;
      el.summary.textContent = "";
      el.nothing.hidden = false;
      el.endHeading.textContent = say("stopped");
    } else {
      el.record.value = JSON.stringify(record);
      const sets = record.sets.length;
      const atTarget = record.sets.filter((s) => s.done >= s.target).length;
      el.endHeading.textContent = record.finished ? say("well_done") : say("stopped_kept");
      el.summary.textContent = say("summary", { at: atTarget, sets, time: minutes(record.duration_s) });
      el.movements.replaceChildren(
        ...timeline.items.map((item) => {
          const own = record.sets.filter((s) => s.movement === item.movement);
          const li = document.createElement("li");
          const level = own[0]?.level ?? item.level;
          li.textContent = say("movement_line", { name: item.name, level, at: own.filter((s) => s.done >= s.target).length, sets: own.length });
          return li;
        }),
      );
    }
    el.endHeading.focus();
  }

  el.startButton.addEventListener("click", begin);
  el.pause.addEventListener("click", () => press("toggle"));
  el.skip.addEventListener("click", () => press("skip"));
  el.quit.addEventListener("click", () => press("quit"));
  el.mute.addEventListener("click", () => {
    muted = !muted;
    localStorage.setItem("runwell-voice", muted ? "off" : "on");
    if (muted) synth?.cancel();
    unlockAudio();
    showVoice();
  });
  el.form.addEventListener("submit", () => forget());
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest?.("input, select, textarea")) return;
    if (root.dataset.mode !== "live") return;
    if (event.key === " " && !event.target.closest?.("button, a, summary")) {
      event.preventDefault();
      press("toggle");
    } else if (event.key === "n" || event.key === "N") {
      press("skip");
    } else if (event.key === "q" || event.key === "Q") {
      press("quit");
    }
  });

  showVoice();
  if (restore()) {
    if (endedElsewhere || player.state === "finished" || player.state === "quit") {
      end();
    } else {
      mode("live");
      render();
      el.lines.textContent = "";
      el.resumeNote.hidden = false;
      el.pause.focus();
    }
  } else {
    mode("start");
  }
}

/** A random record key, as a UUID is written. `crypto.randomUUID` needs a secure context, which
 * a phone on the home network over plain HTTP is not; `getRandomValues` works everywhere. */
function newKey() {
  const hex = [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

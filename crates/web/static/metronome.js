// The cadence page's metronome: a click on every step at the chosen rate, scheduled on the
// WebAudio clock a little ahead of time (a timer alone drifts), with a dot that flashes on each
// step for anyone who cannot hear it. The page works without this file; it only adds the sound.

const root = document.getElementById("metronome");
if (root) setUp(root);

function setUp(root) {
  const $ = (id) => document.getElementById(id);
  const controls = $("metronome-controls");
  const rateInput = $("metronome-rate");
  const toggle = $("metronome-toggle");
  const beat = $("metronome-beat");
  const status = $("metronome-status");
  const min = Number(rateInput.min);
  const max = Number(rateInput.max);
  controls.hidden = false;

  const LOOKAHEAD_S = 0.12;
  let audio = null;
  let timer = null;
  let next = 0;
  let count = 0;

  const rate = () => Math.min(max, Math.max(min, Math.round(Number(rateInput.value) || min)));
  // The words come with the page (cadence.html), in its language.
  const playing = () => root.dataset.playingWords.replace("{rate}", String(rate()));

  function click(at, accent) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = accent ? 1500 : 1000;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.5, at + 0.002);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.04);
    osc.connect(gain).connect(audio.destination);
    osc.start(at);
    osc.stop(at + 0.05);
  }

  function schedule() {
    while (next < audio.currentTime + LOOKAHEAD_S) {
      const accent = count % 2 === 0;
      click(next, accent);
      const delay = Math.max(0, (next - audio.currentTime) * 1000);
      setTimeout(() => {
        beat.dataset.foot = accent ? "left" : "right";
      }, delay);
      count += 1;
      root.dataset.beats = String(count);
      next += 60 / rate();
    }
  }

  function start() {
    const Context = window.AudioContext ?? window.webkitAudioContext;
    if (!Context) {
      status.textContent = root.dataset.noSound;
      return;
    }
    audio ??= new Context();
    audio.resume();
    next = audio.currentTime + 0.05;
    count = 0;
    timer = setInterval(schedule, 25);
    schedule();
    root.dataset.playing = "true";
    toggle.setAttribute("aria-pressed", "true");
    toggle.textContent = root.dataset.stop;
    status.textContent = playing();
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    root.dataset.playing = "false";
    delete beat.dataset.foot;
    toggle.setAttribute("aria-pressed", "false");
    toggle.textContent = root.dataset.start;
    status.textContent = root.dataset.stopped;
  }

  function setRate(value) {
    rateInput.value = String(Math.min(max, Math.max(min, value)));
    if (timer !== null) status.textContent = playing();
  }

  toggle.addEventListener("click", () => (timer === null ? start() : stop()));
  $("metronome-slower").addEventListener("click", () => setRate(rate() - 1));
  $("metronome-faster").addEventListener("click", () => setRate(rate() + 1));
  rateInput.addEventListener("change", () => setRate(rate()));
}

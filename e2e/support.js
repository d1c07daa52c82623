// Starting the real runwell binary on a free loopback port with a fresh database, and launching
// Debian's chromium through playwright-core with the flags STACK.md lists.

import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "..");
export const results = path.join(here, "test-results");
/** The binary under test: `runwell serve` from cargo's debug build unless RUNWELL_BIN says. */
export const binary = process.env.RUNWELL_BIN ?? path.join(repo, "target", "debug", "runwell");
/** Real device files, beside the repository. */
export const testdata = path.resolve(repo, "..", "shared", "testdata");
/** Every page answers as of this day, so the flows never depend on the clock. */
export const DAY = "2026-03-14";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `runwell serve` and waits until it answers: on a fresh database file, or with
 * `{ databaseUrl }` as a server with accounts (`serve --server`) on that PostgreSQL database.
 * With `{ lan: "127.0.0.2" }` it also listens there for phones (`serve --lan`), a second
 * loopback address standing in for the home network; `lanBase` is its address.
 */
export async function startServer({ databaseUrl, lan } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "runwell-e2e-"));
  const port = await freePort();
  const where = databaseUrl
    ? ["--database-url", databaseUrl, "serve", "--server"]
    : ["serve", "--db", path.join(dir, "runwell.db")];
  const extra = lan ? ["--lan", lan] : [];
  const child = spawn(binary, [...where, "--port", String(port), ...extra], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`runwell serve exited: ${output}`);
    try {
      await fetch(`${base}/${databaseUrl ? "signin" : "setup"}`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`runwell serve did not answer: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    base,
    port,
    lanBase: lan ? `http://${lan}:${port}` : undefined,
    /** The database file, for a test to count what was stored. */
    db: path.join(dir, "runwell.db"),
    output: () => output,
    async stop() {
      child.kill("SIGINT");
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Chromium's offline emulation (`context.setOffline`) does not reach a service worker's own
// fetches (microsoft/playwright#2311): from Chromium 148 the worker sent a kept post "offline".
// Playwright sees the worker's requests only with this set before the browser starts; then
// `setOffline` below refuses them too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

/** The worker's requests, refused as a phone with no network would refuse them. */
function workerOffline(route) {
  return route.request().serviceWorker() ? route.abort("internetdisconnected") : route.fallback();
}

/** Takes the whole context off the network and back: its pages and its service worker. */
export async function setOffline(context, offline) {
  if (offline) {
    await context.route("**", workerOffline);
    await context.setOffline(true);
  } else {
    await context.setOffline(false);
    await context.unroute("**", workerOffline);
  }
}

export async function launch() {
  mkdirSync(results, { recursive: true });
  // playwright-core gives every launch a fresh, temporary --user-data-dir and adds --headless.
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const axeSource = readFileSync(path.join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Runs axe-core on the page and returns the serious and critical violations. The script is
 * evaluated through the DevTools protocol, so the page's CSP (no inline script) stays in force.
 */
export async function seriousViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ["violations"] }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(results, `${name}.png`), fullPage: true });
}

/** Sets up the profile the flows share (London; runs Mon, Wed, Sat; strength Tue, Fri). */
export async function setUpProfile(page, base) {
  await page.goto(`${base}/setup`);
  await page.selectOption("#time_zone", "Europe/London");
  for (const day of ["mon", "wed", "sat"]) await page.locator(`label[for="run-${day}"]`).click();
  for (const day of ["tue", "fri"]) await page.locator(`label[for="strength-${day}"]`).click();
  await page.getByRole("button", { name: "Save profile" }).click();
  await page.waitForURL(`${base}/`);
}

/**
 * Replaces the browser's speech with a recorder (kept in sessionStorage, so it survives a
 * reload) and a voice, and the Wake Lock API with a counter: `window.__spoken`, `__wakeLocks`.
 * With `voices: false` the browser has no voice, and oscillators are counted in `__beeps`.
 */
export async function stubSpeech(context, { voices = true } = {}) {
  await context.addInitScript((withVoice) => {
    const saved = JSON.parse(sessionStorage.getItem("__spoken") ?? "[]");
    window.__spoken = saved;
    window.__wakeLocks = 0;
    window.__beeps = 0;
    const voice = { name: "Test voice", lang: "en-GB", default: true, localService: true, voiceURI: "test" };
    if (window.speechSynthesis) {
      window.speechSynthesis.speak = (utterance) => {
        window.__spoken.push(utterance.text);
        sessionStorage.setItem("__spoken", JSON.stringify(window.__spoken));
      };
      window.speechSynthesis.cancel = () => {};
      window.speechSynthesis.getVoices = () => (withVoice ? [voice] : []);
    }
    Object.defineProperty(navigator, "wakeLock", {
      configurable: true,
      value: {
        request: async () => {
          window.__wakeLocks += 1;
          return { release: async () => {}, addEventListener: () => {} };
        },
      },
    });
    const Real = window.AudioContext;
    if (Real) {
      window.AudioContext = class extends Real {
        createOscillator() {
          window.__beeps += 1;
          return super.createOscillator();
        }
      };
    }
  }, voices);
}

/** Screenshots one element (a chart, the session's view). */
export async function shoot(locator, name) {
  mkdirSync(results, { recursive: true });
  await locator.screenshot({ path: path.join(results, `${name}.png`) });
}

/** A 360 px wide page that records script errors and CSP violations in `problems`. */
export async function phonePage(browser, problems) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  return page;
}

/** Posts runs and pain entries through the app's own forms, from its own page. */
export async function postDiary(page, { runs = [], pains = [] }) {
  await page.evaluate(async ({ runs, pains }) => {
    const post = (url, fields) =>
      fetch(url, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" });
    for (const run of runs) await post("/log/run", run);
    for (const pain of pains) await post("/log/pain", pain);
  }, { runs, pains });
}

/** Logs pain as a runner does on the page at `url`: taps the score and the moment, saves, and
 * waits for htmx to swap in the confirmation. */
export async function tapPain(page, url, score, when) {
  await page.goto(url);
  await page.locator(`label[for="score-${score}"]`).click();
  if (when) await page.locator(`label[for="when-${when}"]`).click();
  await page.getByRole("button", { name: "Save pain entry" }).click();
  await page.locator("#pain [role=status]").waitFor();
}

// The guided session in a real browser, with Playwright's clock fast-forwarding its timers and the
// speech recorded: a whole strength session (reloaded in the middle and resumed), its questions,
// the session in the adherence calendar, the level moving after a second session and two green
// mornings; stopping early keeps what was done; a browser with no voice beeps; without
// JavaScript the page leads to the routine and a form. Screenshots go to test-results/.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launch, screenshot, seriousViolations, setUpProfile, shoot, startServer, stubSpeech } from "./support.js";

/** A Tuesday and a Friday: the profile's strength days. */
const FIRST = "2026-03-10";
const SECOND = "2026-03-13";

describe("the guided session in chromium", { timeout: 600_000 }, () => {
  let server;
  let browser;
  const problems = [];

  before(async () => {
    server = await startServer();
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await setUpProfile(page, server.base);
    await context.close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const at = (p, day = FIRST) => `${server.base}${p}${p.includes("?") ? "&" : "?"}today=${day}`;

  async function sessionPage({ voices = true, clock = true } = {}) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await stubSpeech(context, { voices });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    if (clock) await page.clock.install({ time: new Date(`${FIRST}T08:00:00Z`) });
    return { context, page };
  }

  const timelineOf = (page) =>
    page.evaluate(() => JSON.parse(document.getElementById("session-timeline").textContent));
  const spokenOn = (page) => page.evaluate(() => window.__spoken);
  /** Plays `ms` of session time in steps of at most 20 s, so every timer fires on the way. */
  async function play(page, ms) {
    for (let left = ms; left > 0; left -= 20_000) await page.clock.runFor(Math.min(left, 20_000));
  }

  test("a whole strength session: every step announced in order, a reload resumed, the answers stored", async () => {
    const { context, page } = await sessionPage();
    await page.goto(at("/session/strength"));
    const root = page.locator("#session");
    assert.equal(await root.getAttribute("data-mode"), "start");
    await screenshot(page, "session-start");
    assert.deepEqual(await seriousViolations(page), []);

    const timeline = await timelineOf(page);
    assert.ok(timeline.steps.length > 20, "a strength session has many steps");
    await page.getByRole("button", { name: "Start the session" }).click();
    assert.equal(await root.getAttribute("data-mode"), "live");
    assert.equal(await root.getAttribute("data-voice"), "speech");
    assert.ok((await page.evaluate(() => window.__wakeLocks)) >= 1, "the screen is kept awake");
    // The first movement's picture is shown, inline (it follows the page's colours).
    assert.equal(await page.locator("#session-figure-slot svg[role=img]").count(), 1);

    // Into the first set's reps: the tempo cue counts them.
    const firstWork = timeline.steps.findIndex((s) => s.kind === "work");
    const toWork = timeline.steps.slice(0, firstWork).reduce((t, s) => t + s.duration_ms, 0);
    await play(page, toWork + 2_500);
    assert.equal(await root.getAttribute("data-phase"), "work");
    assert.match(await page.locator("#session-rep").innerText(), /^Rep \d+ of \d+$/);
    await shoot(page.locator("#session-live"), "session-live");
    assert.deepEqual(await seriousViolations(page), []);

    // Half way, the page is reloaded: it comes back paused at the same step.
    await play(page, timeline.total_ms / 2 - toWork);
    const before = await page.locator("#session-left").innerText();
    const step = before.match(/^Step (\d+) of/)[1];
    await page.reload();
    assert.equal(await root.getAttribute("data-mode"), "live");
    assert.equal(await root.getAttribute("data-state"), "paused");
    assert.equal(await page.locator("#session-resume-note").isVisible(), true);
    assert.match(await page.locator("#session-left").innerText(), new RegExp(`^Step ${step} of`));
    await screenshot(page, "session-resumed");
    // Space on the focused Resume button carries on.
    await page.keyboard.press(" ");
    assert.equal(await root.getAttribute("data-state"), "running");
    await play(page, timeline.total_ms / 2 + 30_000);

    assert.equal(await root.getAttribute("data-mode"), "end");
    assert.equal(await page.locator("#session-end-heading").innerText(), "Well done");
    const sets = timeline.sets.length;
    assert.match(await page.locator("#session-summary").innerText(), new RegExp(`^Done: ${sets} of ${sets} sets at target`));

    // Every step's cue was spoken, in the order of the routine.
    const spoken = (await spokenOn(page)).join(" | ");
    let from = 0;
    const expected = [timeline.started.speech];
    for (const s of timeline.steps) expected.push(...s.enter.map((c) => c.speech).filter(Boolean));
    expected.push("Carrying on.", "Well done. Session finished.");
    const resumedAt = spoken.indexOf("Carrying on.");
    for (const words of expected.filter((w) => w !== "Carrying on.")) {
      const found = spoken.indexOf(words, from);
      assert.ok(found >= 0, `"${words}" was said after position ${from}`);
      from = found + words.length;
    }
    assert.ok(resumedAt > 0, "the resume was said");

    await screenshot(page, "session-end");
    assert.deepEqual(await seriousViolations(page), []);
    await page.locator('label[for="pain-1"]').click();
    await page.locator('label[for="rpe-4"]').click();
    await page.getByRole("button", { name: "Save the session" }).click();
    await page.waitForURL(/\/programme\?/);
    assert.match(await page.locator("#saved").innerText(), new RegExp(`Hip strength session saved: ${sets} of ${sets} sets at target`));
    // The session is in the adherence calendar, on its day.
    const tuesday = page.locator(".calendar-day", { hasText: "✓" }).first();
    assert.match(await tuesday.locator("title").textContent(), /Tuesday 10 March: planned hip strength; done hip strength/);
    await shoot(page.locator("#calendar"), "chart-calendar-after-session");
    // Stored: leaving the page and coming back starts afresh.
    await page.goto(at("/session/strength"));
    assert.equal(await root.getAttribute("data-mode"), "start");
    await context.close();
  });

  test("the level moves after a second green session at target and its morning", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const morning = async (day) => {
      await page.goto(at("/log", day));
      await page.locator('label[for="score-0"]').click();
      await page.locator('label[for="when-morning"]').click();
      await page.getByRole("button", { name: "Save pain entry" }).click();
      await page.locator("#pain [role=status]").waitFor();
    };
    await morning("2026-03-11");
    await page.goto(at("/programme", "2026-03-12"));
    assert.match(await page.locator("#movement-clamshell .level-now").innerText(), /Your level: 1 of/);

    // The second session, logged by hand (every set at target by default).
    await page.goto(at("/session/strength/log", SECOND));
    await page.locator('label[for="pain-0"]').click();
    await page.locator('label[for="rpe-4"]').click();
    await page.getByRole("button", { name: "Save the session" }).click();
    await page.waitForURL(/saved=strength/);
    await morning("2026-03-14");
    await page.goto(at("/programme", "2026-03-14"));
    assert.match(await page.locator("#movement-clamshell .level-now").innerText(), /Your level: 2 of/);
    const chart = page.locator("#level-clamshell");
    assert.match(await chart.locator(".chart-summary").innerText(), /Level 2 of \d after 2 sessions\. Up from 1 to 2 on 13 March\./);
    assert.equal(await chart.locator("circle").count(), 2);
    await shoot(chart, "chart-level");
    const calendar = page.locator("#calendar");
    assert.match(await calendar.locator(".chart-summary").innerText(), /This week \(from 9 March\): 2 of 2 strength sessions, met\./);
    await context.close();
  });

  test("stopping early keeps what was done; n skips and q stops", async () => {
    const { context, page } = await sessionPage();
    await page.goto(at("/session/warmup", "2026-03-16"));
    const timeline = await timelineOf(page);
    await page.getByRole("button", { name: "Start the session" }).click();
    const firstWork = timeline.steps.findIndex((s) => s.kind === "work");
    const toWork = timeline.steps.slice(0, firstWork).reduce((t, s) => t + s.duration_ms, 0);
    await play(page, toWork + timeline.steps[firstWork].work.rep_ms * 2 + 200);
    await page.keyboard.press("n");
    assert.equal(await page.locator("#session").getAttribute("data-phase"), "rest");
    assert.match(await page.locator("#session-lines").innerText(), /skipped at 2 of/);
    await page.keyboard.press("q");
    assert.equal(await page.locator("#session").getAttribute("data-mode"), "end");
    assert.equal(await page.locator("#session-end-heading").innerText(), "Stopped: what you did is kept");
    const record = JSON.parse(await page.locator("#session-record").inputValue());
    assert.equal(record.finished, false);
    assert.equal(record.sets[0].done, 2);
    assert.ok(record.sets.slice(1).every((s) => s.done === 0));
    assert.ok((await spokenOn(page)).includes("Stopped."));
    // Unanswered, and the levels change meanwhile (another timeline): the record still waits for
    // its answers after a reload.
    await page.evaluate(() => {
      const key = "runwell-session-warmup";
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)), id: "older" }));
    });
    await page.reload();
    assert.equal(await page.locator("#session").getAttribute("data-mode"), "end");
    assert.deepEqual(JSON.parse(await page.locator("#session-record").inputValue()), record);
    await context.close();
  });

  test("with no voice the cues are beeps, and the voice can be muted", async () => {
    const { context, page } = await sessionPage({ voices: false });
    await page.goto(at("/session/cooldown", "2026-03-16"));
    const root = page.locator("#session");
    assert.equal(await root.getAttribute("data-voice"), "beep");
    assert.match(await page.locator("#session-voice-note").innerText(), /no voice/);
    await page.getByRole("button", { name: "Start the session" }).click();
    await play(page, 10_000);
    assert.ok((await page.evaluate(() => window.__beeps)) > 0);
    await page.locator("#session-mute").click();
    assert.equal(await root.getAttribute("data-voice"), "muted");
    assert.equal(await page.locator("#session-mute").getAttribute("aria-pressed"), "true");
    const beeps = await page.evaluate(() => window.__beeps);
    await play(page, 10_000);
    assert.equal(await page.evaluate(() => window.__beeps), beeps, "muted means silent");
    // The big buttons work by tap too: pause, then resume.
    await page.getByRole("button", { name: "Pause" }).click();
    assert.equal(await root.getAttribute("data-state"), "paused");
    await page.getByRole("button", { name: "Resume" }).click();
    assert.equal(await root.getAttribute("data-state"), "running");
    await context.close();
  });

  test("without JavaScript the page leads to the printable routine and the log form", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(at("/session/strength", "2026-03-17"));
    const banner = page.locator("noscript .banner, .banner").first();
    assert.match(await banner.innerText(), /needs JavaScript/);
    await page.getByRole("link", { name: "Log it by hand", exact: true }).click();
    await page.waitForURL(/\/session\/strength\/log/);
    assert.match(await page.locator("h1").innerText(), /^Log: Hip strength/);
    await screenshot(page, "session-log");
    await context.close();
  });

  test("the session page prints as the routine", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(at("/session/strength", "2026-03-17"));
    assert.equal(await page.locator("#session-start").isVisible(), false);
    assert.equal(await page.locator(".site-header nav").isVisible(), false);
    assert.ok((await page.locator(".session-plan svg[role=img]").count()) >= 4, "each movement's picture");
    await screenshot(page, "session-print");
    await context.close();
  });

  test("no script error and no CSP violation", () => {
    assert.deepEqual(problems, []);
  });
});

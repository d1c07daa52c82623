// Today with gaps in the diary, in a real browser (EVIDENCE.md, DATA rules): the runner of
// issue 11 (a red day, then a run with no pain logged) is not green the next day, and the link to
// what is missing opens the pain form prefilled; a first visit cannot judge and asks for the
// recent longest run; a painful night puts its question first; a date after today is refused.
// axe-core checks Today in each state; screenshots go to test-results/.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import {
  launch,
  phonePage,
  postDiary,
  screenshot,
  seriousViolations,
  setUpProfile,
  startServer,
  tapPain,
} from "./support.js";

/** The morning after her unlogged run. */
const NEXT_DAY = "2026-03-10";

/** Four weeks of green running up to her red day (Saturday 7 March), then 5 km on the 9th. */
function diary() {
  const runs = [];
  const pains = [];
  const start = new Date("2026-02-07T00:00:00Z");
  for (let i = 0; i < 30; i++) {
    const day = new Date(start.getTime() + i * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay(); // 0 Sunday … 6 Saturday
    if (weekday === 1 || weekday === 3 || weekday === 6) {
      const km = weekday === 6 ? 15 : 12;
      runs.push({ date, time: "07:30", distance_km: String(km), duration: `${km * 6}:00`, rpe: "4" });
      const red = date === "2026-03-07";
      pains.push({ date, when: "after", score: red ? "6" : "1", ...(red ? { character: "sharp" } : {}) });
    }
    if (date !== "2026-03-08") pains.push({ date, when: "morning", score: "1" });
  }
  pains.push({ date: "2026-03-08", when: "morning", score: "4" });
  runs.push({ date: "2026-03-09", time: "18:00", distance_km: "5", duration: "30:00", rpe: "3" });
  return { runs, pains };
}

describe("Today with gaps in the diary, in chromium", { timeout: 600_000 }, () => {
  let server;
  let fresh;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    [server, fresh] = await Promise.all([startServer(), startServer()]);
    browser = await launch();
    page = await phonePage(browser, problems);
    await setUpProfile(page, fresh.base);
    await setUpProfile(page, server.base);
    await postDiary(page, diary());
  });

  after(async () => {
    await browser?.close();
    await Promise.all([server?.stop(), fresh?.stop()]);
  });

  const at = (s, p, day = NEXT_DAY) => `${s.base}${p}${p.includes("?") ? "&" : "?"}today=${day}`;

  test("a red day, then a run with no pain logged: the next day is not green", async () => {
    await page.goto(at(server, "/"));
    const light = page.locator(".light");
    assert.match(await light.getAttribute("class"), /light-red/);
    assert.doesNotMatch(await page.locator(".verdict").innerText(), /may progress/);
    // The cap is the last load that stayed green (15 km), never 10 % above the run that hurt.
    assert.match(await page.locator(".cap").innerText(), /15\.0 km \(DATA-4\)/);
    // No rule that passed wears a green badge on a red day.
    assert.equal(await page.locator(".pill-green").count(), 0);
    assert.ok((await page.locator(".pill-ok").count()) > 0);
    assert.match(await page.locator(".reasons").first().innerText(), /DATA-3/);
    const missing = page.locator(".missing");
    assert.match(await missing.innerText(), /run on Mon 9 Mar/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, "today-gap-red");

    // The link opens the pain form for that run, its day and "after".
    await missing.getByRole("link", { name: "Log the pain after this run" }).click();
    await page.waitForURL(/\/log\?/);
    assert.equal(await page.inputValue("#pain-date"), "2026-03-09");
    assert.equal(await page.isChecked("#when-after"), true);
    // The run is named by its day and distance; its number travels in a hidden field.
    assert.match(await page.locator(".for-run").innerText(), /For your run of Mon 9 Mar · 5\.00 km/);
    assert.match(await page.locator('input[type=hidden][name="run"]').inputValue(), /^\d+$/);
    await tapPain(page, page.url(), 1);
    assert.match(await page.locator("#pain [role=status]").innerText(), /Saved: pain 1\/10 \(After a run\) on 2026-03-09/);
    await screenshot(page, "log-prefilled");

    // With this morning logged too, the run clears the red day.
    await tapPain(page, at(server, "/log"), 1, "morning");
    await page.goto(at(server, "/"));
    assert.doesNotMatch(await page.locator("main").innerText(), /red lasts until/);
    assert.equal(await page.locator(".missing").count(), 0);
  });

  test("a painful night puts its question first, answered in place", async () => {
    await tapPain(page, at(server, "/log"), 4, "night");
    await page.goto(at(server, "/"));
    const first = page.locator(".ask-first");
    assert.match(await first.innerText(), /Does the hip hurt at night or when you are resting\?/);
    const order = await page.evaluate(() => {
      const ask = document.querySelector(".ask-first");
      const light = document.querySelector(".light");
      return Boolean(ask.compareDocumentPosition(light) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(order, "the question comes before the light");
    assert.doesNotMatch(await page.locator(".light").getAttribute("class"), /light-green/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, "today-night-question");
    await first.getByRole("button", { name: "No" }).click();
    await page.waitForURL(/\/check\?.*saved=1/);
    await page.goto(at(server, "/"));
    assert.equal(await page.locator(".ask-first").count(), 0);
  });

  test("a date after today is refused beside the date", async () => {
    await page.goto(at(server, "/log"));
    await page.locator('label[for="score-3"]').click();
    await page.fill("#pain-date", "2099-01-01");
    await page.getByRole("button", { name: "Save pain entry" }).click();
    await page.locator("#pain-date-error").waitFor();
    assert.match(await page.locator("#pain-date-error").innerText(), /2099-01-01 is after today/);
    assert.equal(await page.getAttribute("#pain-date", "aria-invalid"), "true");
  });

  test("a first visit cannot judge, and asks for the recent longest run until it is given", async () => {
    await page.goto(at(fresh, "/"));
    assert.match(await page.locator(".verdict").innerText(), /cannot judge yet/);
    assert.doesNotMatch(await page.locator("main").innerText(), /may progress|Longest run suggested/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, "today-first-visit");
    await page.locator(".missing").getByRole("link", { name: "Tell runwell" }).click();
    await page.waitForURL(/\/setup/);
    await page.fill("#recent_longest_km", "12");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    assert.match(await page.locator(".cap").innerText(), /12\.0 km \(DATA-4\)/);
    assert.doesNotMatch(await page.locator("main").innerText(), /longest single run in the last month\?/);
  });

  test("no script errors or CSP violations on the way", () => {
    assert.deepEqual(problems, []);
  });
});

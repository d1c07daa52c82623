// The charts in a real browser, with no data and with seven weeks of it: the weekly chart (on
// Today and Trends), the load chart, the adherence calendar, a run's pace, heart rate and cadence,
// and each movement's level; axe-core clean in light and dark, 360 px wide, printable; and the
// cadence page's metronome. A screenshot of every chart goes to test-results/.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import {
  DAY,
  launch,
  postDiary,
  screenshot,
  seriousViolations,
  setUpProfile,
  shoot,
  startServer,
  testdata,
} from "./support.js";

const CHART_PAGES = ["/", "/trends", "/programme", "/cadence", "/session/strength", "/session/strength/log"];

/** Seven weeks of running every other day, the hip settling, and a new shoe half way. */
function diary() {
  const runs = [];
  const pains = [];
  const start = new Date("2026-01-24T00:00:00Z");
  for (let i = 0; i < 25; i++) {
    const day = new Date(start.getTime() + i * 2 * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const next = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
    const km = 5 + (i % 4);
    runs.push({
      date,
      time: "07:30",
      distance_km: String(km),
      duration: `${km * 6}:00`,
      rpe: String(4 + (i % 3)),
      surface: i % 3 === 0 ? "trail" : "road",
      shoe: i < 14 ? "Pegasus 40" : "Novablast 4",
    });
    pains.push({ date: next, when: "morning", score: String(Math.max(0, 4 - Math.floor(i / 6))) });
  }
  return { runs, pains };
}

describe("the charts in chromium", { timeout: 600_000 }, () => {
  let full;
  let empty;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    [full, empty] = await Promise.all([startServer(), startServer()]);
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    await setUpProfile(page, empty.base);
    await setUpProfile(page, full.base);
    // The diary goes in through the app's own forms, posted from its own page.
    await postDiary(page, diary());
  });

  after(async () => {
    await browser?.close();
    await Promise.all([full?.stop(), empty?.stop()]);
  });

  const at = (server, p) => `${server.base}${p}${p.includes("?") ? "&" : "?"}today=${DAY}`;

  test("with no data every chart says so in words", async () => {
    await page.goto(at(empty, "/trends"));
    const weekly = page.locator("#weekly");
    assert.match(await weekly.locator(".chart-summary").innerText(), /No runs in the last 16 weeks\./);
    assert.equal(await weekly.locator(".chart-bar").count(), 0);
    assert.match(await weekly.locator("svg").innerHTML(), /No runs or morning pain logged/);
    await shoot(weekly, "chart-weekly-empty");
    const load = page.locator("#load");
    assert.match(await load.innerText(), /once there are 28 days of data .* there are none so far/s);
    assert.equal(await load.locator("svg").count(), 0);
    await shoot(load, "chart-load-empty");

    await page.goto(at(empty, "/"));
    assert.equal(await page.locator("#weekly-today svg").count(), 1);

    await page.goto(at(empty, "/programme"));
    const calendar = page.locator("#calendar");
    assert.match(await calendar.locator(".chart-summary").innerText(), /The calendar starts with the week of your first session\./);
    await shoot(calendar, "chart-calendar-empty");
    const level = page.locator("#level-clamshell");
    assert.match(await level.innerText(), /No sessions of Clamshell yet: it is at level 1 of/);
    await shoot(level, "chart-level-empty");
  });

  test("with seven weeks of data: weekly bars, the pain line, lights, the new shoe and the load", async () => {
    await page.goto(at(full, "/trends"));
    const weekly = page.locator("#weekly");
    assert.ok((await weekly.locator(".chart-bar").count()) >= 7);
    assert.equal(await weekly.locator(".chart-line-pain path").count(), 1, "one unbroken pain line");
    assert.equal(await weekly.locator(".light-cell").count(), 16);
    const shoes = weekly.locator(".chart-shoe title");
    assert.equal(await shoes.count(), 2, "the first shoe, then the new one");
    assert.match(await shoes.last().textContent(), /New shoe from the week of 16 February: Novablast 4/);
    const summary = await weekly.locator(".chart-summary").innerText();
    assert.match(summary, /km in 25 runs over the last 16 weeks/);
    assert.match(summary, /Mean next-morning pain went from 4\.0 .* to [01]\.\d of 10/);
    await shoot(weekly, "chart-weekly");
    // The numbers are there for anyone who prefers them.
    await weekly.locator("summary").click();
    assert.ok((await weekly.locator("tbody tr").count()) === 16);

    const load = page.locator("#load");
    assert.equal(await load.locator("svg").count(), 1);
    assert.equal(await load.locator(".chart-line-acute path").count(), 1);
    assert.equal(await load.locator(".chart-line-chronic path").count(), 1);
    assert.match(await load.locator(".chart-summary").innerText(), /acute load .* chronic load/);
    await shoot(load, "chart-load");

    await page.goto(at(full, "/"));
    const today = page.locator("#weekly-today");
    assert.ok((await today.locator(".chart-bar").count()) >= 7);
    await shoot(today, "chart-weekly-today");
  });

  test("a run with samples shows pace, heart rate and cadence along it; one without shows none", async () => {
    await page.goto(at(full, "/runs/1"));
    assert.equal(await page.locator(".run-charts").count(), 0, "a run logged by hand has no samples");

    const file = path.join(testdata, "fit", "pyfitparse_garmin-fenix-5-run.fit");
    assert.ok(existsSync(file), `${file} is there`);
    await page.goto(at(full, "/import"));
    await page.setInputFiles("#files", file);
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForLoadState();
    // The report links each stored run; the link carries the day after the id.
    const link = page.locator("#result a[href*='/runs/']").first();
    assert.equal(await link.count(), 1, "the import stored a run from this file");
    await page.goto(`${full.base}${await link.getAttribute("href")}`);
    const charts = page.locator(".run-charts");
    assert.equal(await charts.count(), 1, "its samples were stored and are drawn");
    const pace = page.locator("#run-pace");
    assert.equal(await pace.locator("svg").count(), 1);
    assert.match(await pace.locator(".chart-summary").innerText(), /^Pace over \d+\.\d\d km: between \d+:\d\d per km and \d+:\d\d per km/);
    await shoot(charts, "chart-run");
    assert.deepEqual(await seriousViolations(page), []);
  });

  test("the cadence page offers a metronome at the target, 170 without a baseline", async () => {
    await page.goto(at(empty, "/cadence"));
    assert.equal(await page.locator("#metronome-rate").inputValue(), "170");
    await page.getByRole("button", { name: "One step per minute faster" }).click();
    assert.equal(await page.locator("#metronome-rate").inputValue(), "171");
    const toggle = page.locator("#metronome-toggle");
    await toggle.click();
    assert.equal(await page.locator("#metronome").getAttribute("data-playing"), "true");
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    await page.waitForFunction(() => Number(document.getElementById("metronome").dataset.beats) > 2);
    await screenshot(page, "cadence");
    await toggle.click();
    assert.equal(await page.locator("#metronome").getAttribute("data-playing"), "false");
    // Linked from the runs page.
    await page.goto(at(empty, "/runs"));
    await page.getByRole("link", { name: /Cadence/ }).click();
    await page.waitForURL(/\/cadence/);
  });

  test("axe-core finds no serious or critical violation on the chart pages, light or dark", async () => {
    const found = [];
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const server of [empty, full]) {
        for (const p of CHART_PAGES) {
          await page.goto(at(server, p));
          for (const v of await seriousViolations(page)) found.push(`${scheme} ${p}: ${v}`);
        }
      }
      await page.goto(at(full, "/trends"));
      await screenshot(page, `trends${scheme === "dark" ? "-dark" : ""}`);
      await page.goto(at(full, "/programme"));
      await shoot(page.locator("#calendar"), `chart-calendar${scheme === "dark" ? "-dark" : ""}`);
    }
    await page.emulateMedia({ colorScheme: "light" });
    assert.deepEqual(found, []);
  });

  test("nothing is wider than a 360 px screen", async () => {
    for (const p of [...CHART_PAGES, "/runs/1"]) {
      await page.goto(at(full, p));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `${p} is ${wide} px wide`);
    }
  });

  test("printing gives the page without menu or controls, and the charts whole", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 1100 } });
    const print = await context.newPage();
    await print.emulateMedia({ media: "print", colorScheme: "dark" });
    for (const p of ["/trends", "/programme", "/", "/cadence"]) {
      await print.goto(at(full, p));
      assert.equal(await print.locator(".site-header nav").isVisible(), false, p);
      assert.equal(await print.locator("main button:visible").count(), 0, `${p} shows no button`);
      const background = await print.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, "rgb(255, 255, 255)", `${p} prints light`);
    }
    await print.goto(at(full, "/trends"));
    assert.equal(await print.locator("#weekly svg").isVisible(), true);
    await screenshot(print, "trends-print");
    await print.pdf({ path: path.join(path.dirname(new URL(import.meta.url).pathname), "test-results", "trends.pdf") });
    await context.close();
  });

  test("no script error and no CSP violation", () => {
    const expected = /Failed to load resource: the server responded with a status of (501|303)/;
    assert.deepEqual(problems.filter((p) => !expected.test(p)), []);
  });
});

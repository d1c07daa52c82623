// The runner's flows in a real browser, in order on one server: set up, log a run and a painful
// morning, import a FIT file, check every page with axe-core, answer a red flag, and see a
// cross-site POST refused. A screenshot of every page goes to test-results/.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { DAY, launch, screenshot, seriousViolations, startServer, testdata } from "./support.js";

const PAGES = ["/", "/log", "/import", "/runs", "/runs/1", "/programme", "/check", "/learn", "/setup"];

describe("runwell serve in chromium", () => {
  let server;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    server = await startServer();
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    page = await context.newPage();
    // A CSP violation (inline script or style) or a script error shows up here.
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const at = (p, query = `today=${DAY}`) => `${server.base}${p}${p.includes("?") ? "&" : "?"}${query}`;

  test("a first visit sets up the profile and lands on Today", async () => {
    await page.goto(`${server.base}/`);
    assert.match(new URL(page.url()).pathname, /^\/setup$/);
    await screenshot(page, "setup");
    await page.selectOption("#time_zone", "Europe/London");
    // The day checkboxes are big buttons: the runner taps the labels.
    for (const day of ["mon", "wed", "sat"]) await page.locator(`label[for="run-${day}"]`).click();
    for (const day of ["tue", "fri"]) await page.locator(`label[for="strength-${day}"]`).click();
    assert.equal(await page.isChecked("#run-wed"), true);
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForURL(`${server.base}/`);
    assert.equal(await page.locator("h1").first().innerText().then((t) => t.startsWith("Today")), true);
  });

  test("a run, then a painful morning, turns Today red and names the PAIN rule", async () => {
    await page.goto(at("/log"));
    await page.fill("#date", "2026-03-13");
    await page.fill("#time", "07:30");
    await page.fill("#distance_km", "8.4");
    await page.fill("#duration", "48:10");
    await page.selectOption("#rpe", "5");
    await page.getByRole("button", { name: "Save run" }).click();
    await page.waitForURL(/\/runs\/1\?/);
    assert.match(await page.locator("main").innerText(), /8\.40 km/);

    await page.goto(at("/log"));
    // The scale is a row of big buttons: the runner taps the label.
    await page.locator('label[for="score-8"]').click();
    await page.locator('label[for="when-morning"]').click();
    await page.locator('label[for="region-outer"]').click();
    await page.getByRole("button", { name: "Save pain entry" }).click();
    // htmx swaps in the confirmation in place.
    await page.locator("#pain [role=status]").waitFor();
    assert.match(await page.locator("#pain [role=status]").innerText(), /Saved: pain 8\/10/);
    await screenshot(page, "log");

    await page.goto(at("/"));
    const light = page.locator(".light");
    assert.match(await light.getAttribute("class"), /light-red/);
    assert.match(await light.innerText(), /Red/);
    assert.match(await page.locator(".reasons").innerText(), /PAIN-2/);
    await screenshot(page, "today");
  });

  test("the pain form works without JavaScript too", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const plain = await context.newPage();
    await plain.goto(at("/log"));
    await plain.locator('label[for="score-3"]').click();
    await plain.locator('label[for="when-daily"]').click();
    await plain.getByRole("button", { name: "Save pain entry" }).click();
    await plain.waitForURL(/logged=pain/);
    assert.match(await plain.locator("main").innerText(), /Pain entry saved/);
    await context.close();
  });

  test("a FIT file uploaded on the Import page is listed with the runs", async () => {
    const file = path.join(testdata, "fit", "pyfitparse_activity-small-fenix2-run.fit");
    assert.ok(existsSync(file), `${file} is there`);
    await page.goto(at("/import"));
    await page.setInputFiles("#files", file);
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForLoadState();
    assert.match(await page.locator("#result").innerText(), /1 imported/);
    await screenshot(page, "import");
    await page.goto(at("/runs"));
    assert.equal(await page.locator("table.runs tbody tr").count(), 2);
  });

  test("axe-core finds no serious or critical violation on any page, light or dark", async () => {
    const found = [];
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const p of PAGES) {
        await page.goto(at(p));
        for (const v of await seriousViolations(page)) found.push(`${scheme} ${p}: ${v}`);
        const name = p === "/" ? "today" : p.slice(1).replaceAll("/", "-");
        if (scheme === "dark" || !["/", "/log", "/import", "/setup"].includes(p)) {
          await screenshot(page, scheme === "dark" ? `${name}-dark` : name);
        }
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    assert.deepEqual(found, []);
  });

  test("every page is usable by keyboard: the skip link leads to the content", async () => {
    await page.goto(at("/"));
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  });

  test("nothing fits wider than a 360 px screen", async () => {
    for (const p of PAGES) {
      await page.goto(at(p));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `${p} is ${wide} px wide`);
    }
  });

  test("a red-flag answer suspends running", async () => {
    await page.goto(at("/check"));
    await page.locator('label[for="cannot_bear_weight-yes"]').click();
    await page.getByRole("button", { name: "Save answers" }).click();
    await page.waitForURL(/saved=1/);
    const result = await page.locator("#result").innerText();
    assert.match(result, /Emergency/);
    assert.match(result, /All running advice is paused/);
    await screenshot(page, "check-result");
    await page.goto(at("/"));
    assert.match(await page.locator(".verdict").innerText(), /Running is paused/);
    assert.match(await page.locator(".banner").innerText(), /TRIAGE-1/);
    await screenshot(page, "today-suspended");
  });

  test("a POST from another site is refused and stores nothing", async () => {
    // A page on another origin (another port on this machine) with a form aimed at runwell.
    const evil = createServer((req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(`<!doctype html><title>elsewhere</title>
        <form method="post" action="${server.base}/log/pain?today=${DAY}">
        <input name="date" value="${DAY}"><input name="when" value="morning"><input name="score" value="10">
        <button>Send</button></form>`);
    });
    await new Promise((r) => evil.listen(0, "127.0.0.1", r));
    try {
      const other = await browser.newPage();
      await other.goto(`http://127.0.0.1:${evil.address().port}/`);
      const [response] = await Promise.all([
        other.waitForNavigation(),
        other.getByRole("button", { name: "Send" }).click(),
      ]);
      assert.equal(response.status(), 403);
      assert.match(await other.locator("body").innerText(), /came from another site/);
      await other.close();
    } finally {
      evil.close();
    }
    await page.goto(at("/"));
    assert.doesNotMatch(await page.locator(".numbers").innerText(), /10\/10/);
  });

  test("no page broke its CSP or threw a script error", () => {
    // The browser logs a non-2xx page as an error; the refusals the flows expect are not problems.
    const expected = /Failed to load resource: the server responded with a status of (501|403)/;
    assert.deepEqual(problems.filter((p) => !expected.test(p)), []);
  });
});

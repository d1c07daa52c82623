// The runner's records in a real browser: a run changed and deleted after a confirmation, a
// typo refused with its field focused on a phone, the pain form prefilled from a run, the diary
// read back and an entry changed, the shoes page, and the import report naming a file that is
// not an activity. axe-core checks the new pages.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import {
  DAY,
  launch,
  screenshot,
  seriousViolations,
  setUpProfile,
  startServer,
  testdata,
} from "./support.js";

describe("the runner's records in chromium", () => {
  let server;
  let browser;
  let page;
  const problems = [];
  const scratch = mkdtempSync(path.join(tmpdir(), "runwell-e2e-files-"));

  before(async () => {
    server = await startServer();
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    await setUpProfile(page, server.base);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const at = (p) => `${server.base}${p}${p.includes("?") ? "&" : "?"}today=${DAY}`;

  /** Whether the element with focus is the one with `id` and lies inside the viewport. */
  const focusedInView = (id) =>
    page.evaluate((id) => {
      const el = document.activeElement;
      if (!el || el.id !== id) return `focus is on ${el?.id || el?.tagName}`;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight ? true : `at ${r.top}..${r.bottom}`;
    }, id);

  test("a refused run form focuses its first error on a 390×844 phone", async () => {
    await page.goto(at("/log"));
    await page.fill("#date", "2026-03-12");
    await page.fill("#distance_km", "8.4");
    await page.fill("#duration", "45");
    await page.getByRole("button", { name: "Save run" }).click();
    await page.waitForLoadState("load");
    assert.equal(await focusedInView("duration"), true);
    assert.match(await page.locator("#duration-error").innerText(), /e\.g\. 45:00/);
    await screenshot(page, "records-focused-error");
    await page.fill("#duration", "48:10");
    await page.getByRole("button", { name: "Save run" }).click();
    await page.waitForURL(/\/runs\/1\?/);
  });

  test("a run is changed in full, a typo is kept only once confirmed", async () => {
    await page.goto(at("/runs/1"));
    await page.fill("#distance_km", "840");
    await page.fill("#title", "Canal loop");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForLoadState("load");
    assert.match(await page.locator("#distance_km-error").innerText(), /840\.0 km is more than one run covers/);
    assert.equal(await focusedInView("distance_km"), true);
    await page.locator('label[for="force"]').click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/\/runs\/1\?.*saved=1/);
    assert.match(await page.locator("h1").innerText(), /Canal loop/);
    assert.match(await page.locator("main").innerText(), /840\.00 km/);
    // Back to what it was, with the note cleared by emptying it.
    await page.fill("#distance_km", "8.4");
    await page.fill("#run-note", "");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/saved=1/);
    assert.match(await page.locator("main").innerText(), /8\.40 km/);
  });

  test("log pain for this run names the run, its day and 'after'", async () => {
    await page.goto(at("/runs/1"));
    await page.getByRole("link", { name: "Log pain for this run" }).click();
    assert.match(await page.locator(".for-run").innerText(), /For your run of Thu 12 Mar · 8\.40 km/);
    assert.equal(await page.inputValue("#pain-date"), "2026-03-12");
    assert.equal(await page.isChecked("#when-after"), true);
    assert.equal(await page.locator("#pain-run").count(), 0, "no run number to type");
    await page.locator('label[for="score-4"]').click();
    await page.getByRole("button", { name: "Save pain entry" }).click();
    await page.locator("#pain [role=status]").waitFor();
    await page.goto(at("/runs/1"));
    assert.match(await page.locator("main").innerText(), /4\/10 after a run/);
  });

  test("the diary reads back the entry, colours its day and changes it", async () => {
    await page.goto(at("/diary"));
    const cell = page.locator(".diary-calendar td.pain-amber").first();
    assert.match(await cell.innerText(), /12\s*4/, "the day and its worst pain, not colour alone");
    assert.match(await page.locator(".diary-day").first().innerText(), /Thu 12 Mar/);
    await screenshot(page, "records-diary");
    await page.getByRole("link", { name: "Change or delete" }).first().click();
    await page.locator('label[for="score-2"]').click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/\/diary\?.*saved=1/);
    assert.match(await page.locator(".diary-day").first().innerText(), /2\/10/);
  });

  test("the shoes page adds, renames and deletes a pair after asking", async () => {
    await page.goto(at("/shoes"));
    await page.fill("#name", "Speedgoat");
    await page.fill("#start_km", "120");
    await page.getByRole("button", { name: "Add pair" }).click();
    await page.waitForURL(/\/shoes\?.*saved=1/);
    const pair = page.locator(".shoe", { hasText: "Speedgoat" });
    assert.match(await pair.innerText(), /120 km of about 800/);
    await pair.locator('input[name="name"]').fill("Speedgoat 6");
    await pair.getByRole("button", { name: "Rename" }).click();
    await page.waitForURL(/saved=1/);
    await screenshot(page, "records-shoes");
    await page.locator(".shoe", { hasText: "Speedgoat 6" }).getByRole("link", { name: "Delete…" }).click();
    assert.match(await page.locator("h1").innerText(), /Delete the shoe Speedgoat 6/);
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    assert.match(await page.locator("main [role=status]").innerText(), /Deleted the shoe Speedgoat 6/);
    await page.goto(at("/shoes"));
    assert.equal(await page.locator(".shoe", { hasText: "Speedgoat" }).count(), 0);
  });

  test("the import report shows each file as its run and names a photo as skipped", async () => {
    const photo = path.join(scratch, "IMG_0001.jpg");
    writeFileSync(photo, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]));
    const fit = path.join(testdata, "fit", "pyfitparse_activity-small-fenix2-run.fit");
    await page.goto(at("/import"));
    await page.setInputFiles("#files", [fit, photo]);
    await page.getByRole("button", { name: "Import" }).click();
    const result = page.locator("#result");
    await result.waitFor();
    const text = await result.innerText();
    assert.match(text, /IMG_0001\.jpg[\s\S]*not an activity file — skipped/);
    assert.match(text, /\w{3} \d{1,2} \w{3} \d{4} · \d+\.\d km · \d+:\d\d/, text);
    await screenshot(page, "records-import");
  });

  test("a run is deleted only after the confirmation", async () => {
    await page.goto(at("/runs/1"));
    await page.getByRole("link", { name: "Delete run…" }).click();
    assert.match(await page.locator("h1").innerText(), /Delete run #1 \(Thu 12 Mar, 8\.40 km\)\?/);
    await page.getByRole("link", { name: "No, keep it" }).click();
    assert.match(new URL(page.url()).pathname, /^\/runs\/1$/);
    await page.getByRole("link", { name: "Delete run…" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    assert.match(await page.locator("main [role=status]").innerText(), /Deleted run #1/);
    const gone = await page.goto(at("/runs/1"));
    assert.equal(gone.status(), 404);
  });

  test("a check answer is corrected from the diary", async () => {
    await page.goto(at("/check"));
    await page.locator('label[for="limping-yes"]').click();
    await page.getByRole("button", { name: "Save answers" }).click();
    await page.waitForLoadState("load");
    await page.goto(at("/diary"));
    await page.getByRole("link", { name: "Change", exact: true }).first().click();
    assert.match(await page.locator("main").innerText(), /Are you limping\?/);
    assert.equal(await page.isChecked("#answer-yes"), true);
    await page.locator('label[for="answer-no"]').click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/\/diary\?.*saved=1/);
    assert.match(await page.locator("main").innerText(), /Are you limping\? No/);
    await screenshot(page, "records-answer-changed");
  });

  test("a runner who chooses miles reads miles on the run page, Today and Trends", async () => {
    await page.goto(at("/setup"));
    await page.selectOption("#distance_unit", "mi");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForLoadState("load");
    await page.goto(at("/runs/2"));
    assert.match(await page.locator("main").innerText(), /\d+\.\d\d mi/);
    for (const p of ["/", "/trends"]) {
      await page.goto(at(p));
      const text = await page.locator("main").innerText();
      assert.match(text, /\bmi\b/, p);
      assert.doesNotMatch(text, /\d km\b|\(km\)/, p);
    }
    await screenshot(page, "records-miles-trends");
    await page.goto(at("/setup"));
    await page.selectOption("#distance_unit", "km");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForLoadState("load");
  });

  test("the new pages have no serious accessibility problem and no script error", async () => {
    for (const p of ["/diary", "/shoes", "/runs/2", "/delete/run/2", "/log?run=2", "/diary/answer/1"]) {
      await page.goto(at(p));
      assert.deepEqual(await seriousViolations(page), [], p);
    }
    // Refused forms (422) and the deleted run (404) are answers the tests asked for.
    const unexpected = problems.filter((p) => !/status of (422|404)/.test(p));
    assert.deepEqual(unexpected, []);
  });
});

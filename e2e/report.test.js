// The physio report in a real browser: eight weeks of a real-looking diary printed to PDF on A4
// is one page (two once the runner adds notes), the page works with JavaScript off and passes
// axe-core, and `runwell report --pdf` prints the same through headless Chromium; the settings
// page passes axe and refuses an erase without its word.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { DAY, binary, launch, postDiary, screenshot, seriousViolations, setUpProfile, startServer } from "./support.js";

/** Eight weeks of runs three times a week with pain during, after and the next morning. */
function diary() {
  const runs = [];
  const pains = [];
  const start = new Date("2026-01-19T00:00:00Z");
  for (let i = 0; i < 24; i++) {
    const day = new Date(start.getTime() + (Math.floor(i / 3) * 7 + [0, 2, 5][i % 3]) * 86_400_000);
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
      shoe: i < 12 ? "Pegasus 40" : "Novablast 4",
    });
    pains.push({ date, when: "during", score: String(1 + (i % 3)), side: "left", region: "outer" });
    pains.push({ date, when: "after", score: String(2 + (i % 3)), side: "left", region: "outer" });
    pains.push({ date: next, when: "morning", score: String(Math.max(0, 5 - Math.floor(i / 5))) });
  }
  return { runs, pains };
}

/** The pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pageCount(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe("the physio report in chromium", { timeout: 300_000 }, () => {
  let server;
  let browser;
  let page;
  const problems = [];
  const scratch = mkdtempSync(path.join(tmpdir(), "runwell-e2e-report-"));

  before(async () => {
    server = await startServer();
    browser = await launch();
    page = await (await browser.newContext()).newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    await setUpProfile(page, server.base);
    await postDiary(page, diary());
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const report = `/report?today=${DAY}`;

  test("the default eight weeks print on one A4 page", async () => {
    await page.goto(`${server.base}${report}`);
    assert.match(await page.locator("h1").innerText(), /summary for my physiotherapist/);
    assert.equal(await page.locator("#report-pain svg").count(), 1);
    assert.equal(await page.locator("nav").count(), 0, "no menu to print");
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "report-print");
    // Back to no emulation: page.pdf prints with print CSS unless told "screen".
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: "A4" });
    assert.equal(pageCount(pdf), 1, "one page for the default period");
    assert.deepEqual(await seriousViolations(page), []);
  });

  test("notes for the physio go on a second page", async () => {
    await page.goto(`${server.base}${report}`);
    await page.fill("#notes-text", "Worse on stairs since week 3. Does the side plank suit me?");
    await page.getByRole("button", { name: "Save notes" }).click();
    await page.waitForURL(/#notes$/);
    assert.match(await page.locator(".report-notes-text").innerText(), /Worse on stairs/);
    const pdf = await page.pdf({ format: "A4" });
    assert.equal(pageCount(pdf), 2, "the notes take the second page");
  });

  test("the report needs no JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.base}${report}`);
    assert.match(await plain.locator("#load-h + figure").innerText(), /Distance and morning pain/);
    assert.match(await plain.content(), /Longest run: 8\.0 km/);
    await context.close();
  });

  test("runwell report --pdf prints it through headless chromium", () => {
    const out = path.join(scratch, "report.pdf");
    const run = spawnSync(binary, ["--db", server.db, "report", "--today", DAY, "--pdf", out], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(pageCount(readFileSync(out)), 2, "one page, and the notes");
  });

  test("the settings page offers the report, export, restore and erase, and passes axe", async () => {
    await page.goto(`${server.base}/settings?today=${DAY}`);
    for (const name of ["Open the report", "Download the export"]) {
      assert.equal(await page.getByRole("link", { name }).count(), 1, name);
    }
    for (const name of ["Restore", "Erase everything", "Save the thresholds"]) {
      assert.equal(await page.getByRole("button", { name }).count(), 1, name);
    }
    await page.fill("#confirm", "please");
    await page.getByRole("button", { name: "Erase everything" }).click();
    assert.match(await page.locator("#confirm-error").innerText(), /type the word erase/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, "settings");
  });

  test("no script error or CSP violation on the way", () => {
    // The refused erase answers 422, as a refused form does; the browser logs that status.
    const refused = (p) => p.includes("/settings/erase") && p.includes("422");
    assert.deepEqual(problems.filter((p) => !refused(p)), []);
  });
});

// Server mode in a real browser, a runner and her physio in two browser contexts of their own
// (issue 18): the physio signs in and makes an invitation, the runner signs up through it and
// shares her record after reading what is shared, the physio reads her Today read-only and
// leaves a note, the runner reads it on Today, stops sharing, and the physio sees nothing of hers
// any more. Needs PostgreSQL: RUNWELL_TEST_DATABASE_URL (scripts/with-postgres sets it); on CI
// its absence fails the test, elsewhere it skips with a message.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";

import { binary, launch, screenshot, seriousViolations, setUpProfile, startServer } from "./support.js";

const url = process.env.RUNWELL_TEST_DATABASE_URL;
if (!url && process.env.CI === "true") {
  throw new Error("CI=true but RUNWELL_TEST_DATABASE_URL is not set: run the suite through scripts/with-postgres");
}
if (!url) console.log("skipping the clinic's browser test: set RUNWELL_TEST_DATABASE_URL (scripts/with-postgres) to run it");

const tag = `${process.pid}-${Date.now()}`;
const physio = { email: `pia.${tag}@clinic.example`, name: `Pia ${tag}`, password: "the physio's password" };
const runner = { email: `ann.${tag}@run.example`, name: `Ann ${tag}`, password: "the runner's password" };

describe("a runner and her physio in chromium", { skip: !url }, () => {
  let server;
  let browser;
  let physioPage;
  let runnerPage;
  const problems = [];

  before(async () => {
    const made = spawnSync(
      binary,
      ["--database-url", url, "accounts", "add", physio.email, "--name", physio.name, "--role", "clinician"],
      { input: `${physio.password}\n`, encoding: "utf8" },
    );
    assert.equal(made.status, 0, made.stderr);
    server = await startServer({ databaseUrl: url });
    browser = await launch();
    for (const which of ["physio", "runner"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // A refused sign-in (401) and a record no longer shared (404) are asked for on purpose.
      const expected = /status of (401|404) /;
      page.on("console", (m) => m.type() === "error" && !expected.test(m.text()) && problems.push(`${which} ${page.url()}: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`${which} ${page.url()}: ${e.message}`));
      if (which === "physio") physioPage = page;
      else runnerPage = page;
    }
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("a page asked for before signing in leads to the sign-in page", async () => {
    await runnerPage.goto(`${server.base}/runs`);
    assert.match(runnerPage.url(), /\/signin\?next=\/runs$/);
    await runnerPage.getByLabel("E-mail address").fill(physio.email);
    await runnerPage.getByLabel("Password").fill("not the password");
    await runnerPage.getByRole("button", { name: "Sign in" }).click();
    await runnerPage.getByText("do not match an account").waitFor();
  });

  test("the physio invites, the runner signs up and shares after reading what is shared", async () => {
    await physioPage.goto(`${server.base}/signin`);
    await physioPage.getByLabel("E-mail address").fill(physio.email);
    await physioPage.getByLabel("Password").fill(physio.password);
    await physioPage.getByRole("button", { name: "Sign in" }).click();
    await physioPage.waitForURL(`${server.base}/clinic`);
    await physioPage.getByText("Nobody shares with you yet").waitFor();
    await physioPage.getByRole("button", { name: "New invitation link" }).click();
    const link = await physioPage.locator("#invite-link").textContent();
    assert.match(link, /\/join\/[0-9a-f]{48}$/);

    await runnerPage.goto(link);
    await runnerPage.getByLabel("Your name, as others will see it").fill(runner.name);
    await runnerPage.getByLabel("E-mail address (you sign in with it)").fill(runner.email);
    await runnerPage.getByLabel("Password", { exact: true }).fill(runner.password);
    await runnerPage.getByLabel("The same password again").fill(runner.password);
    await runnerPage.getByRole("button", { name: "Make my account" }).click();
    await runnerPage.waitForURL(/\/sharing\?code=/);
    const preview = runnerPage.locator("#share-preview");
    await preview.getByText(physio.name).first().waitFor();
    assert.match(await preview.textContent(), /Your diary: pain entries/);
    assert.deepEqual(await seriousViolations(runnerPage), []);
    await runnerPage.getByRole("button", { name: `Share my record with ${physio.name}` }).click();
    await runnerPage.getByText("Your record is now shared.").waitFor();
    await setUpProfile(runnerPage, server.base);
    await runnerPage.goto(`${server.base}/log`);
    await runnerPage.locator('label[for="score-6"]').click();
    await runnerPage.locator('label[for="when-morning"]').click();
    await runnerPage.getByRole("button", { name: "Save pain entry" }).click();
    await runnerPage.locator("#pain [role=status]").waitFor();
  });

  test("the physio reads the runner's record read-only and leaves a note she reads on Today", async () => {
    await physioPage.goto(`${server.base}/clinic`);
    const row = physioPage.locator("#clinic tbody tr", { hasText: runner.name });
    await row.waitFor();
    // Her light, her pain of today in the line, and an entry today.
    assert.match(await row.textContent(), /Today/);
    assert.match(await row.locator("svg.spark title").textContent(), /worst 6\/10/);
    assert.deepEqual(await seriousViolations(physioPage), []);
    await screenshot(physioPage, "clinic");
    await row.getByRole("link", { name: runner.name }).click();
    await physioPage.getByText(`You are reading ${runner.name}'s record`).waitFor();
    assert.equal(await physioPage.getByRole("link", { name: "Log pain" }).count(), 0);
    await physioPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Diary" }).click();
    assert.match(physioPage.url(), /\/clinic\/runners\/\d+\/diary/);
    await physioPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
    await physioPage.locator("#note-body").fill("Keep the long run at 8 km this week.");
    await physioPage.getByRole("button", { name: "Save the note" }).click();
    await physioPage.getByText("Your note is saved").waitFor();

    await runnerPage.goto(`${server.base}/`);
    const notes = runnerPage.locator(".clinician-notes");
    await notes.getByText("Keep the long run at 8 km this week.").waitFor();
    assert.match(await notes.textContent(), new RegExp(physio.name));
    await runnerPage.goto(`${server.base}/account`);
    await runnerPage.locator("#audit").getByText("A clinician looked at the record").first().waitFor();
  });

  test("once the runner stops sharing, nothing of hers is visible to the physio", async () => {
    const record = physioPage.url().split("?")[0];
    await runnerPage.goto(`${server.base}/sharing`);
    await runnerPage.getByRole("button", { name: `Stop sharing with ${physio.name}` }).click();
    await runnerPage.getByText("Sharing stopped").waitFor();
    const gone = await physioPage.goto(record);
    assert.equal(gone.status(), 404);
    await physioPage.goto(`${server.base}/clinic`);
    assert.equal(await physioPage.getByText(runner.name).count(), 0);
    assert.deepEqual(problems, []);
  });
});

// Languages in a real browser: the runner switches to Danish on the settings page and every
// page follows (<html lang>, the menu, Today), then to Swedish; the guided session speaks with
// a Danish voice when the device has one, and beeps and says so on screen when it has none.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { DAY, launch, screenshot, seriousViolations, setUpProfile, startServer } from "./support.js";

/** Replaces speech with a recorder of what was said and in which language, and the voices. */
async function stubVoices(context, voices) {
  await context.addInitScript((list) => {
    window.__spoken = [];
    if (window.speechSynthesis) {
      window.speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang });
      window.speechSynthesis.cancel = () => {};
      window.speechSynthesis.getVoices = () =>
        list.map((lang) => ({ name: `Voice ${lang}`, lang, default: false, localService: true, voiceURI: lang }));
    }
    Object.defineProperty(navigator, "wakeLock", {
      configurable: true,
      value: { request: async () => ({ release: async () => {}, addEventListener: () => {} }) },
    });
  }, voices);
}

describe("choosing the language in chromium", () => {
  let server;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    server = await startServer();
    browser = await launch();
    const context = await browser.newContext({ locale: "en-GB" });
    page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    await setUpProfile(page, server.base);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const at = (p) => `${server.base}${p}${p.includes("?") ? "&" : "?"}today=${DAY}`;
  const htmlLang = () => page.evaluate(() => document.documentElement.lang);

  test("switching to Danish on the settings page turns every page Danish, then Swedish", async () => {
    await page.goto(at("/settings"));
    assert.equal(await htmlLang(), "en-GB");
    await page.selectOption("#language", "da");
    await page.getByRole("button", { name: "Save the language" }).click();
    await page.waitForURL(/\/settings\?.*saved=language/);
    assert.equal(await htmlLang(), "da");
    assert.equal(await page.locator("h1").innerText(), "Indstillinger");
    assert.match(await page.locator(".notice").innerText(), /Sproget er gemt/);
    assert.equal(await page.locator("#language").inputValue(), "da");
    // The rest of the page follows: its headings, its buttons, its numbers written the Danish
    // way (a no-break space before the unit), and no English heading left.
    const headings = await page.locator("main h2").allInnerTexts();
    for (const heading of ["Din profil", "Grænser for løbesko", "Tag dine data med dig", "Slet alt"]) {
      assert.ok(headings.includes(heading), `${heading} in ${headings}`);
    }
    for (const english of ["Your profile", "Shoe thresholds", "Erase everything"]) {
      assert.ok(!headings.includes(english), `${english} left in ${headings}`);
    }
    assert.match(await page.locator("#shoes-h ~ .hint").textContent(), /480\u00a0km \(runwells standardværdi\)/);
    await page.getByRole("button", { name: "Slet alt" }).waitFor();
    await page.getByLabel("Skriv ordet for at bekræfte: erase").waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, "settings-da");

    await page.getByRole("link", { name: "I dag" }).click();
    assert.equal(await htmlLang(), "da");
    assert.match(await page.locator("h1").innerText(), /^I dag/);
    assert.match(await page.locator(".verdict").innerText(), /registrér din første løbetur/);
    assert.match(await page.locator("footer").innerText(), /Intet bliver sendt nogen steder hen/);

    await page.goto(at("/settings"));
    await page.selectOption("#language", "sv");
    await page.getByRole("button", { name: "Gem sproget" }).click();
    await page.waitForURL(/saved=language/);
    assert.equal(await htmlLang(), "sv");
    assert.equal(await page.locator("h1").innerText(), "Inställningar");
    assert.ok((await page.locator("main h2").allInnerTexts()).includes("Radera allt"));
    await page.getByRole("link", { name: "Idag" }).click();
    assert.match(await page.locator("h1").innerText(), /^Idag/);

    // Back to the browser's own language.
    await page.goto(at("/settings"));
    await page.selectOption("#language", "");
    await page.getByRole("button", { name: "Spara språket" }).click();
    await page.waitForURL(/saved=language/);
    assert.equal(await htmlLang(), "en-GB");
  });

  test("the guided session speaks Danish with a Danish voice, and beeps without one", async () => {
    await page.goto(at("/settings"));
    await page.selectOption("#language", "da");
    await page.getByRole("button", { name: "Save the language" }).click();
    await page.waitForURL(/saved=language/);

    const withDanish = await browser.newContext();
    await stubVoices(withDanish, ["en-GB", "da-DK"]);
    const danish = await withDanish.newPage();
    await danish.goto(at("/session/warmup"));
    assert.equal(await danish.locator("#session-start-button").innerText(), "Start træningen");
    await danish.locator("#session-start-button").click();
    assert.match(await danish.locator("#session-phase").innerText(), /Gør dig klar/i, "shown in capitals by the style");
    assert.match(await danish.locator("#session-left").innerText(), /^Trin 1 af \d+/);
    await danish.waitForFunction(() => window.__spoken.length > 0);
    assert.equal(await danish.locator("#session").getAttribute("data-voice"), "speech");
    const spoken = await danish.evaluate(() => window.__spoken);
    assert.ok(spoken.every((s) => s.lang === "da-DK"), JSON.stringify(spoken));
    assert.match(spoken[0].text, /Så starter vi/, "the cues are Danish words");
    await withDanish.close();

    const englishOnly = await browser.newContext();
    await stubVoices(englishOnly, ["en-GB", "en-US"]);
    const beeping = await englishOnly.newPage();
    await beeping.goto(at("/session/warmup"));
    await beeping.locator("#session-start-button").click();
    assert.equal(await beeping.locator("#session").getAttribute("data-voice"), "beep");
    assert.match(await beeping.locator("#session-voice-note").innerText(), /ikke installeret en dansk stemme/);
    assert.deepEqual(await beeping.evaluate(() => window.__spoken), [], "an English voice never reads Danish");
    await englishOnly.close();
  });

  test("no errors in the console", () => {
    assert.deepEqual(problems, []);
  });
});

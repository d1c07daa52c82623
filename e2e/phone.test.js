// runwell on a phone (issue 19, items 2-5): a 390×844 touch screen in chromium. Installable (the
// manifest's fields, icons that are the SVG, a registered service worker); today's strength
// session started online, finished with the network cut, kept on the phone and stored exactly
// once when the network is back; pain logged offline the same way; the session's first screen
// holding the picture, the name and the countdown; the runs without sideways scrolling, the
// menu folded, chart labels of 12 px or more; axe-core on the session, Today and the runs.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, describe, test } from "node:test";

import { iconPage, SIZES } from "./render-icons.js";
import { DAY, launch, postDiary, screenshot, seriousViolations, setOffline, setUpProfile, startServer, stubSpeech } from "./support.js";

/** A Tuesday: a strength day in the shared profile. */
const STRENGTH_DAY = "2026-03-10";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe("runwell on a phone", { timeout: 600_000 }, () => {
  let server;
  let browser;
  const problems = [];

  before(async () => {
    server = await startServer();
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(`${server.base}/`);
    await setUpProfile(page, server.base);
    const runs = [];
    for (let d = 1; d <= 9; d++) {
      runs.push({ date: `2026-03-0${d}`, time: "07:30", distance_km: `${5 + d / 10}`, duration: "31:05", rpe: "4", surface: "road" });
    }
    await postDiary(page, { runs });
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const at = (p, day = DAY) => `${server.base}${p}${p.includes("?") ? "&" : "?"}today=${day}`;
  /** Rows of a table in the database, counted by python3's sqlite3 (read only). */
  const count = (table) =>
    Number(
      execFileSync("python3", [
        "-c",
        "import sqlite3,sys; c=sqlite3.connect('file:'+sys.argv[1]+'?mode=ro',uri=True); print(c.execute('SELECT COUNT(*) FROM '+sys.argv[2]).fetchone()[0])",
        server.db,
        table,
      ]).toString(),
    );

  async function phone({ speech = false } = {}) {
    const context = await browser.newContext(PHONE);
    if (speech) await stubSpeech(context);
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    return { context, page };
  }

  /** Waits until the service worker is active and controls the page, with every page kept. */
  async function controlled(page) {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      }
    });
  }

  const bannerText = (page) => page.locator("#offline-banner").innerText();
  /** A phone on the log page, controlled by the worker, then cut off; and the pain rows before. */
  async function offlineOnLog() {
    const { context, page } = await phone();
    await page.goto(at("/log"));
    await controlled(page);
    const before = count("pain_entries");
    await setOffline(context, true);
    return { context, page, before };
  }
  /** Waits until nothing is listed as waiting: everything kept has been sent or discarded. */
  async function emptied(page) {
    try {
      await page.waitForFunction(() => document.getElementById("offline-outbox").children.length === 0, null, { polling: 100, timeout: 15_000 });
    } catch (e) {
      throw new Error(`${e.message}: ${await bannerText(page)}`);
    }
  }

  test("installable: the manifest's fields, icons that are the SVG, a registered service worker", async () => {
    const { context, page } = await phone();
    await page.goto(at("/"));
    await controlled(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    assert.equal(href, "/manifest.webmanifest");
    const manifest = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { type: r.headers.get("content-type"), body: await r.json() };
    }, href);
    assert.equal(manifest.type, "application/manifest+json");
    const m = manifest.body;
    assert.equal(m.name, "runwell");
    assert.equal(m.start_url, "/");
    assert.equal(m.display, "standalone");
    assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
    const svg = m.icons.find((i) => i.type === "image/svg+xml");
    assert.ok(svg, "an SVG icon");
    for (const size of SIZES) {
      const png = m.icons.find((i) => i.type === "image/png" && i.sizes === `${size}x${size}`);
      assert.ok(png, `a ${size} px PNG`);
      // The PNG is the SVG drawn at that size: compared pixel by pixel in the page.
      const difference = await page.evaluate(
        async ({ png, svg, size }) => {
          const pixels = async (src) => {
            const img = new Image(size, size);
            img.src = src;
            await img.decode();
            const canvas = new OffscreenCanvas(size, size);
            const g = canvas.getContext("2d");
            g.drawImage(img, 0, 0, size, size);
            return g.getImageData(0, 0, size, size).data;
          };
          const [a, b] = [await pixels(png), await pixels(svg)];
          let sum = 0;
          for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
          return sum / a.length;
        },
        { png: png.src, svg: svg.src, size },
      );
      assert.ok(difference < 2, `icon-${size}.png matches icon.svg (mean difference ${difference.toFixed(2)}); run node e2e/render-icons.js`);
    }
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return { scope: registration.scope, state: registration.active?.state, url: registration.active?.scriptURL };
    });
    assert.deepEqual(worker, { scope: `${server.base}/`, state: "activated", url: `${server.base}/sw.js` });
    const headers = await page.evaluate(async () => {
      const r = await fetch("/sw.js");
      return [r.headers.get("content-type"), r.headers.get("cache-control"), r.headers.get("content-security-policy")];
    });
    assert.match(headers[0], /^text\/javascript/);
    assert.equal(headers[1], "no-cache");
    assert.match(headers[2], /script-src 'self'/);
    // The icons' own page, to look at: test-results/icon-*.png.
    const icon = await context.newPage();
    await icon.setContent(iconPage(192));
    await screenshot(icon, "phone-icon");
    await context.close();
  });

  test("today's strength session: started online, the network cut, finished, sent once when back", async () => {
    const { context, page } = await phone({ speech: true });
    await page.goto(at("/session/strength", STRENGTH_DAY));
    await controlled(page);
    await page.clock.install({ time: new Date(`${STRENGTH_DAY}T08:00:00Z`) });
    await page.reload();
    const before = count("exercise_sessions");
    const timeline = await page.evaluate(() => JSON.parse(document.getElementById("session-timeline").textContent));

    await page.getByRole("button", { name: "Start the session" }).click();
    await page.clock.runFor(10_000);
    // In the park: the network goes.
    await setOffline(context, true);
    await page.locator("#offline-banner").waitFor();
    assert.match(await bannerText(page), /This phone is offline/);
    for (let left = timeline.total_ms + 5_000; left > 0; left -= 20_000) await page.clock.runFor(Math.min(left, 20_000));
    assert.equal(await page.locator("#session").getAttribute("data-mode"), "end");
    await page.locator('label[for="pain-2"]').tap();
    await page.locator('label[for="rpe-5"]').tap();
    await page.getByRole("button", { name: "Save the session" }).tap();
    await page.waitForURL(/\/offline\?kept=1$/);
    await page.locator("#offline-outbox li").first().waitFor();
    assert.match(await page.locator("#offline-kept").innerText(), /kept on this phone/);
    assert.match(await bannerText(page), /Hip strength session, kept .*: waiting to be sent/);
    assert.equal(count("exercise_sessions"), before, "nothing reached runwell while offline");
    await screenshot(page, "phone-session-kept");

    // What the phone keeps, to send a second time later (as after a reply lost on the way).
    const kept = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open("runwell-offline");
          open.onsuccess = () => {
            const get = open.result.transaction("outbox").objectStore("outbox").getAll();
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    assert.equal(kept.length, 1);
    assert.match(kept[0].body, /key%22%3A%22[0-9a-f-]{36}/, "the record carries its key");

    // Back online: it is sent by itself, once.
    await setOffline(context, false);
    await emptied(page);
    assert.match(await bannerText(page), /Everything kept on this phone has been sent/);
    assert.equal(count("exercise_sessions"), before + 1);
    const again = await page.evaluate(
      async (item) => (await fetch(item.url, { method: "POST", body: item.body, headers: { "Content-Type": item.type } })).status,
      kept[0],
    );
    assert.equal(again, 200, "the same record again is answered as saved");
    assert.equal(count("exercise_sessions"), before + 1, "and stored once");
    // The desktop sees it.
    const desktop = await browser.newPage();
    await desktop.goto(at("/programme", STRENGTH_DAY));
    assert.match(await desktop.locator("#calendar .chart-summary").innerText(), /This week \(from 9 March\): 1 of 2 strength sessions/);
    await desktop.close();
    await context.close();
  });

  test("without a worker (as on a plain-HTTP address) the page keeps a session finished offline and sends it once", async () => {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
    await stubSpeech(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    await page.clock.install({ time: new Date(`${STRENGTH_DAY}T18:00:00Z`) });
    await page.goto(at("/session/cooldown", STRENGTH_DAY));
    assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null, "no worker");
    const before = count("exercise_sessions");
    const timeline = await page.evaluate(() => JSON.parse(document.getElementById("session-timeline").textContent));
    await page.getByRole("button", { name: "Start the session" }).tap();
    await page.clock.runFor(5_000);
    await setOffline(context, true);
    for (let left = timeline.total_ms + 5_000; left > 0; left -= 20_000) await page.clock.runFor(Math.min(left, 20_000));
    await page.locator('label[for="pain-0"]').tap();
    await page.locator('label[for="rpe-2"]').tap();
    await page.getByRole("button", { name: "Save the session" }).tap();
    assert.match(await page.locator("#session-end [role=status]").innerText(), /kept on this phone/);
    await page.locator("#offline-outbox li").first().waitFor();
    assert.match(await bannerText(page), /keep this one open[\s\S]*Cool-down session, kept .*: waiting to be sent/);
    assert.equal(count("exercise_sessions"), before);
    await setOffline(context, false);
    await page.clock.runFor(10_000);
    await emptied(page);
    assert.equal(count("exercise_sessions"), before + 1);
    await context.close();
  });

  test("pain logged offline is kept, shown as waiting on every page, and sent when back", async () => {
    const { context, page, before } = await offlineOnLog();
    await page.locator('label[for="score-3"]').tap();
    await page.locator('label[for="when-morning"]').tap();
    await page.getByRole("button", { name: "Save pain entry" }).tap();
    assert.match(await page.locator("#pain [role=status]").innerText(), /kept on this\s+phone/);
    await page.locator("#offline-outbox li").first().waitFor();
    assert.match(await bannerText(page), /Pain entry, 3 of 10, next morning, kept .*: waiting to be sent/);
    // Offline, the programme opens from the phone, and still shows what waits.
    await page.goto(`${server.base}/programme`);
    assert.match(await page.locator("h1").innerText(), /programme/i);
    assert.ok((await page.locator(".movement-figure svg, .card svg").count()) > 0, "the movements' pictures");
    await page.locator("#offline-outbox li").first().waitFor();
    // Today is not shown from an old copy: the offline page says why.
    await page.goto(`${server.base}/`);
    assert.match(await page.locator("h1").innerText(), /cannot be reached/);
    assert.equal(count("pain_entries"), before);
    await setOffline(context, false);
    await emptied(page);
    assert.equal(count("pain_entries"), before + 1);
    await context.close();
  });

  test("a kept entry runwell refuses stays on the phone with runwell's reason until discarded", async () => {
    const { context, page, before } = await offlineOnLog();
    // An entry kept on the phone that runwell will not take (a score beyond 10).
    await page.evaluate(
      (url) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open("runwell-offline");
          open.onsuccess = () => {
            const tx = open.result.transaction("outbox", "readwrite");
            tx.objectStore("outbox").add({
              url,
              body: "score=11&when=morning",
              type: "application/x-www-form-urlencoded",
              label: "Pain entry, 11 of 10",
              kept_at: new Date().toISOString(),
              refused: null,
            });
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
          };
        }),
      `/log/pain?today=${DAY}`,
    );
    await setOffline(context, false);
    const refused = page.locator("#offline-outbox li", { hasText: "refused" });
    await refused.waitFor();
    assert.match(await refused.innerText(), /Pain entry, 11 of 10.*refused \(422: .*0.*10/);
    assert.match(await bannerText(page), /runwell refused something kept on this phone/);
    assert.equal(count("pain_entries"), before, "nothing was stored");
    assert.deepEqual(await seriousViolations(page), []);
    await refused.getByRole("button", { name: "Discard it" }).tap();
    await emptied(page);
    await context.close();
  });

  test("the session's first screen: picture, name, set and countdown in large type, thumb buttons, no key hints", async () => {
    const { context, page } = await phone({ speech: true });
    await page.clock.install({ time: new Date(`${STRENGTH_DAY}T08:00:00Z`) });
    await page.goto(at("/session/strength", STRENGTH_DAY));
    assert.deepEqual(await seriousViolations(page), []);
    assert.equal(await page.locator(".keys-hint").isVisible(), false, "no key hints on a touch screen");
    await page.getByRole("button", { name: "Start the session" }).tap();
    await page.clock.runFor(2_000);
    const inView = async (selector) => {
      const box = await page.locator(selector).boundingBox();
      assert.ok(box, `${selector} is shown`);
      assert.ok(box.y >= 0 && box.y + box.height <= 844 && box.x >= 0 && box.x + box.width <= 390, `${selector} within the first screen: ${JSON.stringify(box)}`);
      return box;
    };
    await inView("#session-figure-slot svg");
    await inView("#session-name");
    await inView("#session-set");
    await inView("#session-count");
    const pause = await inView("#session-pause");
    assert.ok(pause.height >= 56 && pause.y > 600, `a big button at the bottom: ${JSON.stringify(pause)}`);
    const size = (s) => page.locator(s).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok((await size("#session-count")) >= 80);
    assert.ok((await size("#session-name")) >= 28);
    assert.equal(await page.locator("#session-live .key").first().isVisible(), false);
    // The steps are folded under "How to do it", and unfold.
    const how = page.locator("#session-how");
    assert.equal(await how.getAttribute("open"), null);
    assert.ok((await how.locator("li").count()) >= 2);
    assert.doesNotMatch(await page.locator("#session-lines").innerText(), /^\s*1\. /m);
    await how.locator("summary").tap();
    assert.equal(await how.locator("li").first().isVisible(), true);
    await screenshot(page, "phone-session-live");
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  test("the runs: date, distance, time and pace on a 390 px screen, nothing sideways", async () => {
    const { context, page } = await phone();
    await page.goto(at("/runs"));
    const rows = page.locator("table.runs tbody tr");
    assert.ok((await rows.count()) >= 9);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(widths[0] <= widths[1], `no horizontal overflow: ${widths}`);
    const first = rows.first();
    for (const cell of ["th", 'td[data-label="Distance"]', 'td[data-label="Time"]', 'td[data-label="Pace"]']) {
      const box = await first.locator(cell).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${cell} is in view: ${JSON.stringify(box)}`);
      assert.ok((await first.locator(cell).innerText()).trim().length > 0);
    }
    await screenshot(page, "phone-runs");
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  test("the menu folds behind one button on a phone, and fits one row on a wide screen", async () => {
    const { context, page } = await phone();
    await page.goto(at("/"));
    const toggle = page.getByRole("button", { name: "Menu" });
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator(".site-header nav").isVisible(), false);
    const header = await page.locator(".site-header").boundingBox();
    assert.ok(header.height < 80, `the header is one line: ${header.height}`);
    await toggle.tap();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.equal(await page.getByRole("link", { name: "Runs" }).isVisible(), true);
    assert.deepEqual(await seriousViolations(page), [], "Today on a phone");
    await context.close();

    const wide = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await wide.goto(at("/"));
    assert.equal(await wide.getByRole("button", { name: "Menu" }).isVisible(), false);
    const tops = await wide.locator(".site-header nav a").evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `one row: ${tops}`);
    await wide.close();
  });

  test("chart labels are 12 px or more on a 390 px screen", async () => {
    const { context, page } = await phone();
    for (const path of ["/trends", "/programme"]) {
      await page.goto(at(path));
      // Labels on screen: a chart folded away (in a closed <details>) has no size to judge.
      const sizes = await page.locator("svg.chart-svg text").evaluateAll((texts) =>
        texts
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => {
            // The drawing's scale on screen, rotated or not.
            const { a, b } = t.getScreenCTM();
            return [parseFloat(getComputedStyle(t).fontSize) * Math.hypot(a, b), t.outerHTML];
          }),
      );
      assert.ok(sizes.length > 0, `${path} has chart labels`);
      const small = sizes.filter(([px]) => px < 11.95);
      assert.deepEqual(small, [], `${path}: labels under 12 px`);
    }
    await context.close();
  });

  test("no page broke its CSP or threw a script error", () => {
    // Offline, a fetch that fails is reported by the browser itself; nothing else may be.
    const expected = /net::ERR_INTERNET_DISCONNECTED|Failed to load resource/;
    assert.deepEqual(problems.filter((p) => !expected.test(p)), []);
  });
});

// Pairing a phone with `runwell serve --lan` (issue 19, item 1): the computer's browser and a
// phone (a second browser context, 390×844 with touch) on 127.0.0.2, a second loopback address
// standing in for the home network. An unpaired phone is asked to pair; the phone opens the
// pairing address the computer shows, the runner types the phone's code on the computer, the
// phone is in; removed on the computer, it is asked to pair again.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launch, screenshot, seriousViolations, setUpProfile, startServer } from "./support.js";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe("pairing a phone", { timeout: 300_000 }, () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ lan: "127.0.0.2" });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the terminal, the computer and the phone pair with a code, and removal ends it", async () => {
    assert.ok(server.lanBase, "the LAN stand-in");
    assert.match(server.output(), new RegExp(`${server.lanBase}/pair/[0-9a-f]{32}`), "the terminal shows the address");

    const desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await desk.goto(`${server.base}/`);
    await setUpProfile(desk, server.base);

    // An unpaired phone gets the "pair first" page, and nothing of the record.
    const stranger = await (await browser.newContext(PHONE)).newPage();
    const refused = await stranger.goto(`${server.lanBase}/`);
    assert.equal(refused.status(), 403);
    await stranger.getByRole("heading", { name: "Pair this phone first" }).waitFor();
    assert.equal(await stranger.locator("nav a").count(), 0, "no menu into the record");

    // The computer shows the address and its QR code.
    await desk.goto(`${server.base}/settings#devices`);
    const qr = desk.getByRole("img", { name: "QR code of the pairing address" });
    await qr.waitFor();
    const box = await qr.boundingBox();
    assert.ok(box.width >= 200 && box.height >= 200, `a code big enough to scan: ${box.width}×${box.height}`);
    const address = (await desk.locator(".pairing-address code").textContent()).trim();
    assert.match(address, new RegExp(`^${server.lanBase}/pair/[0-9a-f]{32}$`));
    await screenshot(desk, "pairing-computer");

    // The phone opens it and shows a code.
    const phoneContext = await browser.newContext(PHONE);
    const phone = await phoneContext.newPage();
    await phone.goto(address);
    await phone.waitForURL(`${server.lanBase}/pair/wait`);
    const code = (await phone.getByLabel("Pairing code").textContent()).replace(/\D/g, "");
    assert.equal(code.length, 6);
    assert.deepEqual(await seriousViolations(phone), []);
    await screenshot(phone, "pairing-phone-code");

    // The address worked once: another device opening it is refused.
    const late = await stranger.goto(address);
    assert.equal(late.status(), 403);

    // The runner types the phone's code on the computer.
    await desk.reload();
    await desk.getByText(/Waiting: .* min left/).waitFor();
    await desk.getByLabel("The six digits the phone shows").fill(code);
    await desk.getByRole("button", { name: "Pair this phone" }).click();
    await desk.waitForURL(/\/settings\?saved=1#devices$/);
    await desk.locator(".device-list li").first().waitFor();

    // The phone's waiting page moves on by itself to Today.
    await phone.waitForURL(`${server.lanBase}/`, { timeout: 15_000 });
    await phone.getByRole("heading", { level: 1 }).first().waitFor();
    const cookies = await phoneContext.cookies(server.lanBase);
    const session = cookies.find((c) => c.name === "runwell_device");
    assert.ok(session?.httpOnly, "an HttpOnly session cookie");
    assert.ok(session.expires * 1000 > Date.now() + 300 * 86_400_000, "a long-lived one");
    await phone.goto(`${server.lanBase}/settings`);
    await phone.getByText("This phone is paired").waitFor();
    assert.equal(await phone.getByRole("button", { name: "Remove" }).count(), 0);

    // Removed on the computer, the phone is asked to pair again.
    await desk.goto(`${server.base}/settings#devices`);
    await desk.getByRole("button", { name: "Remove" }).click();
    await desk.getByText("No phone or tablet is paired.").waitFor();
    const after = await phone.goto(`${server.lanBase}/`);
    assert.equal(after.status(), 403);
    await phone.getByRole("heading", { name: "Pair this phone first" }).waitFor();
  });
});

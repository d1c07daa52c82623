// The browser's session player against the Rust engine: every case in fixtures/session-cases.json
// was played by runwell's own `Engine` (crates/web/src/session/tests.rs writes the file); the
// JavaScript player must say the same cues at the same moments, show the same view, and keep the
// same record. No browser needed: the player is a plain module.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { Player, clock, doneAfter, utterance } from "../crates/web/static/session-player.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(path.join(here, "fixtures", "session-cases.json"), "utf8"));

/** Plays a case as the Rust side did: a tick every `every_ms`, or the keys pressed then. */
function play(c) {
  const player = new Player(fixture.timelines[c.timeline]);
  const expect = [];
  const views = [];
  for (let now = 0; now <= c.until_ms; now += c.every_ms) {
    const pressed = c.keys.filter((k) => k.at_ms === now).map((k) => k.key);
    const batches = pressed.length
      ? pressed.map((key) => [key, player.key(key, now)])
      : [["tick", player.tick(now)]];
    for (const [op, cues] of batches) {
      if (cues.length) expect.push({ at_ms: now, op, cues });
    }
    if (pressed.length || now % c.view_every_ms === 0) {
      const v = player.view();
      delete v.item;
      views.push({ at_ms: now, view: v });
    }
  }
  return { expect, views, record: player.record() };
}

describe("the session player plays as the engine does", () => {
  for (const c of fixture.cases) {
    test(c.name, () => {
      const got = play(c);
      assert.deepEqual(got.expect, c.expect);
      assert.deepEqual(got.views, c.views);
      assert.deepEqual(got.record, c.record);
    });
  }

  test("a saved session resumes where it was", () => {
    const timeline = fixture.timelines.strength;
    const straight = new Player(timeline);
    const interrupted = new Player(timeline);
    for (let t = 0; t <= 60_000; t += 500) {
      straight.tick(t);
      interrupted.tick(t);
    }
    // The page reloads: a new clock starts at 0 and the player starts paused where it was.
    const resumed = new Player(timeline, { ...interrupted.save(), state: "paused" });
    resumed.tick(0);
    assert.deepEqual(resumed.key("resume", 0).map((c) => c.event), ["resumed"]);
    for (let t = 500; t <= 30_000; t += 500) resumed.tick(t);
    for (let t = 60_500; t <= 90_000; t += 500) straight.tick(t);
    assert.deepEqual(resumed.view(), { ...straight.view(), state: "running" });
    assert.deepEqual(resumed.record(), straight.record());
  });

  test("the small helpers agree with the engine's", () => {
    assert.deepEqual([0, 59, 60, 3599, 3725].map(clock), ["0:00", "0:59", "1:00", "59:59", "1:02:05"]);
    const reps = { kind: "reps", rep_ms: 4000, target: 10 };
    assert.deepEqual([0, 3999, 4000, 39_999, 40_000, 99_000].map((ms) => doneAfter(reps, ms)), [0, 0, 1, 9, 10, 10]);
    const hold = { kind: "hold", rep_ms: 0, target: 30 };
    assert.deepEqual([999, 12_500, 31_000].map((ms) => doneAfter(hold, ms)), [0, 12, 30]);
    assert.equal(utterance([]), null);
    assert.equal(utterance([{ speech: "2" }, { speech: null }]), "2");
    const many = ["a", "b", "c", "d", "e"].map((speech) => ({ speech }));
    assert.equal(utterance(many), "b c d e");
  });
});

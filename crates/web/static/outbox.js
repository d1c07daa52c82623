// The outbox: posts kept on the phone (IndexedDB) while runwell cannot be reached, and sending
// them when it can. The service worker uses it (importScripts) for every kept post; the page
// uses it (offline.js imports it) only where there is no worker, as on a plain-HTTP address
// where browsers refuse one. Either way it is the same store, the same limits and the same
// sending.
//
// A script, not a module with exports, so that both can load it: it puts `runwellOutbox` on
// the global object.

(() => {
  const DB = "runwell-offline";
  const STORE = "outbox";
  // The most posts kept, and the largest: a session's record is a few kilobytes.
  const MOST_KEPT = 50;
  const LARGEST_KEPT_BYTES = 64 * 1024;

  function openDb() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(DB, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: "id", autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }

  async function use(mode, what) {
    const db = await openDb();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = what(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }

  const ROUTINES = { warmup: "Warm-up", strength: "Hip strength", cooldown: "Cool-down" };
  const MOMENTS = {
    morning: "next morning",
    during: "during a run",
    after: "after a run",
    daily: "in daily life",
    night: "at night",
  };

  /** What the banner calls a kept post, from what it carries. */
  function label(path, form) {
    const routine = path.match(/^\/session\/(\w+)$/)?.[1];
    if (routine) return `${ROUTINES[routine] ?? "A"} session`;
    const score = form.get("score");
    const when = MOMENTS[form.get("when")];
    return `Pain entry${score ? `, ${score} of 10` : ""}${when ? `, ${when}` : ""}`;
  }

  /** runwell's reason from its answer: the messages beside a refused form's fields, or else
   * the words of the page's <main> (or of the whole answer), without markup, cut short. The
   * banner shows them as text, never as HTML. */
  function reason(text) {
    const plain = (html) => html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
    const errors = [...text.matchAll(/<p class="error[^"]*"[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => plain(m[1]));
    const main = text.match(/<main[^>]*>([\s\S]*?)<\/main>/i)?.[1] ?? text;
    return (errors.length ? errors.join(" ") : plain(main)).slice(0, 300);
  }

  /** Keeps a post of `body` to `url`; false when the outbox is full or the post too large. */
  async function keep(url, body, type) {
    const kept = await use("readonly", (s) => s.count());
    if (kept >= MOST_KEPT || body.length > LARGEST_KEPT_BYTES) return false;
    const path = new URL(url, location.href).pathname;
    await use("readwrite", (s) =>
      s.add({
        url,
        body,
        type,
        label: label(path, new URLSearchParams(body)),
        kept_at: new Date().toISOString(),
        refused: null,
      }),
    );
    return true;
  }

  /** One pass over the outbox, oldest first, calling `changed` after each post: whether
   * anything was sent, and whether runwell could not be reached (the pass stops there). A post
   * runwell refuses (it answers, but not with success) is kept, marked with why, for the
   * runner to see: it is never dropped without her knowing. Sends are same-origin, with the
   * browser's cookies, as the form's own post would be. */
  async function sendKept(changed) {
    let sent = false;
    for (const item of await use("readonly", (s) => s.getAll())) {
      if (item.refused) continue;
      let response;
      try {
        response = await fetch(item.url, {
          method: "POST",
          body: item.body,
          headers: { "Content-Type": item.type },
          credentials: "same-origin",
        });
      } catch {
        return { sent, blocked: true };
      }
      if (response.ok) {
        sent = true;
        await use("readwrite", (s) => s.delete(item.id));
      } else {
        const why = reason(await response.text());
        await use("readwrite", (s) => s.put({ ...item, refused: `${response.status}: ${why}` }));
      }
      await changed?.();
    }
    return { sent, blocked: false };
  }

  globalThis.runwellOutbox = {
    keep,
    sendKept,
    all: () => use("readonly", (s) => s.getAll()),
    discard: (id) => use("readwrite", (s) => s.delete(id)),
  };
})();

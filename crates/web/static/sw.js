// runwell's service worker: keeps what the runner needs away from her computer (the programme
// with every movement and its picture, the three guided sessions with their timelines, the
// metronome, the learn pages and the pain form), and keeps what she saves while runwell cannot
// be reached (a session, a pain entry) until it can be sent.
//
// Served by runwell at /sw.js with its version and the hashed static files filled in
// (crates/web/src/pwa.rs). A classic script (importScripts, no modules): it must run where
// modules in workers do not.

const VERSION = "__RUNWELL_VERSION__";
const ASSETS = ["__RUNWELL_ASSETS__"];
// The outbox, shared with the page (which keeps posts itself where there is no worker).
importScripts("__RUNWELL_OUTBOX__");
const outbox = self.runwellOutbox;
const CACHE = `runwell-${VERSION}`;
// The pages that work offline. Today is not among them: its light is worked out from the
// latest records, and an old copy of it could say "run" when it no longer should. Offline, it
// is the offline page instead, which says why and links to what does work.
const PAGES = [
  "/programme",
  "/session/warmup",
  "/session/strength",
  "/session/cooldown",
  "/cadence",
  "/learn",
  "/log",
  "/offline",
];
// Forms whose posts are kept when runwell cannot be reached: the guided session's record and
// a pain entry. Both are what the runner did; neither can be typed again from memory later.
const KEPT = [/^\/session\/(warmup|strength|cooldown)$/, /^\/log\/pain$/];


self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(ASSETS.map((url) => keep(cache, url)));
      await refreshPages(cache, true);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("runwell-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Fetches `url` and keeps the answer if it is the page itself (not a redirect to the set-up,
 * not an error). A failure keeps what was kept before. */
async function keep(cache, url) {
  try {
    const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
    if (response.ok && !response.redirected) await cache.put(url, response);
  } catch {
    // Offline or refused: the copy from before stays.
  }
}

// Pages are fetched again at most this often when a page asks the worker to send what it
// keeps (every page does, on load), so that browsing costs one request a page, not nine.
const REFRESH_MS = 5 * 60 * 1000;
let refreshedAt = 0;
async function refreshPages(cache, force = false) {
  if (!force && Date.now() - refreshedAt < REFRESH_MS) return;
  refreshedAt = Date.now();
  await Promise.all(PAGES.map((url) => keep(cache, url)));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && KEPT.some((re) => re.test(url.pathname))) {
    event.respondWith(postOrKeep(request));
  } else if (request.method !== "GET") {
    return;
  } else if (url.pathname.startsWith("/static/")) {
    event.respondWith(cacheFirst(request));
  } else if (PAGES.includes(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  } else if (request.mode === "navigate") {
    event.respondWith(networkOr(request, "/offline"));
  }
});

// A static file's path changes with its content, so a kept copy is always right.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// The page as runwell serves it now when it can be reached (and kept for later), else the
// copy kept last time. Copies are kept by path: `?today=` and the like only pick a day, and a
// copy of the page is better than none.
async function networkFirst(request, path) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && request.mode === "navigate") {
      await cache.put(path, response.clone());
    }
    return response;
  } catch {
    return (await cache.match(path)) ?? (await cache.match("/offline")) ?? unreachable();
  }
}

async function networkOr(request, fallback) {
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(CACHE);
    return (await cache.match(fallback)) ?? unreachable();
  }
}

function unreachable() {
  return new Response("runwell cannot be reached from this phone just now.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

// --- Keeping posts while runwell cannot be reached (the outbox is outbox.js) -----------------

async function postOrKeep(request) {
  const body = await request.clone().text();
  try {
    return await fetch(request);
  } catch {
    const url = new URL(request.url);
    const type = request.headers.get("Content-Type") ?? "application/x-www-form-urlencoded";
    if (!(await outbox.keep(url.pathname + url.search, body, type))) return unreachable();
    await tell();
    const htmx = request.headers.get("HX-Request") === "true";
    if (htmx) return keptFragment();
    return Response.redirect(new URL("/offline?kept=1", self.location.origin).href, 303);
  }
}

// What htmx swaps in for the pain form when the entry was kept: the same section, saying so.
function keptFragment() {
  const html =
    '<section id="pain" class="card" aria-labelledby="pain-heading">' +
    '<h2 id="pain-heading">Log pain</h2>' +
    '<p class="notice" role="status">runwell cannot be reached, so this entry is kept on this ' +
    "phone. It will be sent by itself when runwell can be reached again.</p>" +
    '<p><a href="/log">Log another entry</a></p></section>';
  return new Response(html, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

let flushing = null;
/** Sends every kept post, oldest first, and stops at the first that cannot get through; it tries
 * again a few times, since the phone often says it is online a moment before it can reach
 * anything. A post runwell refuses (it answers, but not with success) is kept, marked with why,
 * for the runner to see: it is never dropped without her knowing. */
function flush() {
  flushing ??= (async () => {
    let sent = false;
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 1000 * 2 ** (attempt - 1)));
        const outcome = await outbox.sendKept(tell);
        sent ||= outcome.sent;
        if (!outcome.blocked) break;
      }
      // A session sent may have moved a level: the kept session pages are out of date.
      await refreshPages(await caches.open(CACHE), sent);
    } finally {
      flushing = null;
      await tell();
    }
  })();
  return flushing;
}

async function tell() {
  const items = await outbox.all();
  for (const client of await self.clients.matchAll({ type: "window" })) {
    client.postMessage({ type: "outbox", items });
  }
}

self.addEventListener("message", (event) => {
  const type = event.data?.type;
  if (type === "flush") event.waitUntil(flush());
  else if (type === "discard" && Number.isInteger(event.data.id)) {
    event.waitUntil(outbox.discard(event.data.id).then(tell));
  } else if (type === "status") event.waitUntil(tell());
});

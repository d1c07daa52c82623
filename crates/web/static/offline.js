// The page's side of using runwell away from the computer: registers the service worker
// (/sw.js, which keeps pages and posts), shows plainly when this phone is offline and what is
// waiting to be sent, and asks the worker to send it when the connection is back.
//
// The worker does the keeping and the sending, so that a post is kept whichever way it was
// made (a plain form or htmx) and is sent even from a page that is not the one it came from.
// Where a browser will not run a worker (a plain-HTTP address on the home network is not a
// secure context), the page keeps and sends them itself through the same outbox: pages cannot
// then be opened offline, but a session started online and finished with the network gone is
// kept all the same. Sends are same-origin requests with the browser's cookies, like the form's
// own would be, so the server's CSRF check and (later) a paired phone's session cookie apply to
// them unchanged.

import "./outbox.js";

const outbox = globalThis.runwellOutbox;
/** The posts worth keeping: a guided session's record and a pain entry (as in sw.js). */
const KEPT = /^\/session\/(warmup|strength|cooldown)$|^\/log\/pain$/;
const FORM_TYPE = "application/x-www-form-urlencoded";

const banner = document.getElementById("offline-banner");
const state = document.getElementById("offline-state");
const list = document.getElementById("offline-outbox");
const worker = "serviceWorker" in navigator ? navigator.serviceWorker : null;

/** The banner's words in the page's language (base.html), each with `{name}` holes. */
const words = JSON.parse(document.getElementById("offline-words")?.textContent ?? "{}");
const say = (key, holes = {}) =>
  Object.entries(holes).reduce((text, [name, value]) => text.replace(`{${name}}`, value), words[key] ?? "");

/** What the banner calls a kept post, in the page's language, from what it carries; the label
 * the outbox stored (in English, as the worker has no page to ask) where it is not one of these. */
function describe(item) {
  const path = new URL(item.url, location.href).pathname;
  const routine = path.match(/^\/session\/(\w+)$/)?.[1];
  if (routine && words[`routine_${routine}`]) {
    return say("session", { routine: words[`routine_${routine}`] });
  }
  if (path === "/log/pain" && words.pain) {
    const form = new URLSearchParams(item.body);
    const score = form.get("score");
    const when = words[`moment_${form.get("when")}`];
    return `${words.pain}${score ? say("pain_score", { score }) : ""}${when ? `, ${when}` : ""}`;
  }
  return item.label;
}

let waiting = [];
let sentSome = false;

function time(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? ""
    : at.toLocaleString(document.documentElement.lang || [], { weekday: "short", hour: "2-digit", minute: "2-digit" });
}

function render() {
  if (!banner) return;
  const offline = navigator.onLine === false;
  const refused = waiting.filter((item) => item.refused);
  const pending = waiting.length - refused.length;
  let text = "";
  if (offline) {
    text = say("offline");
  } else if (pending > 0) {
    text = say("unreachable");
  } else if (refused.length > 0) {
    text = say("refused_some");
  } else if (sentSome) {
    text = say("all_sent");
  }
  if (here && offline) text += ` ${say("keep_open")}`;
  if (pending > 0) text += ` ${say("waiting_count", { count: pending })}`;
  text = text.trim();
  state.textContent = text;
  list.replaceChildren(
    ...waiting.map((item) => {
      const li = document.createElement("li");
      const kept = time(item.kept_at);
      const kept_at = kept ? say("kept_at", { time: kept }) : "";
      const status = item.refused ? say("refused", { reason: item.refused }) : say("waiting");
      li.textContent = `${describe(item)}${kept_at}: ${status}`;
      if (item.refused) {
        const discard = document.createElement("button");
        discard.type = "button";
        discard.className = "secondary";
        discard.textContent = say("discard");
        discard.addEventListener("click", () => send({ type: "discard", id: item.id }));
        li.append(" ", discard);
      }
      return li;
    }),
  );
  banner.hidden = text === "" && waiting.length === 0;
  banner.dataset.offline = String(offline);
}

async function send(message) {
  if (here) return sendHere(message);
  if (!worker) return;
  const registration = await worker.ready;
  (worker.controller ?? registration.active)?.postMessage(message);
}

function flush() {
  if (navigator.onLine !== false) send({ type: "flush" });
}

function show(items) {
  const before = waiting.filter((item) => !item.refused).length;
  waiting = Array.isArray(items) ? items : [];
  if (waiting.filter((item) => !item.refused).length < before) sentSome = true;
  render();
}

// --- Without a worker: the page keeps and sends posts itself ------------------------------
let here = false;
let sending = null;

async function sendHere(message) {
  if (message.type === "discard") await outbox.discard(message.id);
  if (message.type === "flush") {
    // As the worker does: a few tries, since "online" often comes before the network does.
    sending ??= (async () => {
      for (let attempt = 0; attempt < 4; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 1000 * 2 ** (attempt - 1)));
        if (!(await outbox.sendKept(async () => show(await outbox.all()))).blocked) break;
      }
    })().finally(() => (sending = null));
    await sending;
  }
  show(await outbox.all());
}

function keptNotice(text) {
  const p = document.createElement("p");
  p.className = "notice";
  p.setAttribute("role", "status");
  p.textContent = text;
  return p;
}

const KEPT_WORDS = "runwell cannot be reached, so this is kept on this phone. It will be sent by itself when runwell can be reached again; keep this page open or come back to runwell then.";
const FULL_WORDS = "runwell cannot be reached, and this phone already keeps as much as it can. Nothing new was kept: note it down and enter it when you are back.";

/** A plain form (the session's): posted here, so that a failure can be kept. */
async function submitHere(event) {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
  if (form.hasAttribute("hx-post")) return; // htmx posts it; a failure is kept on htmx:sendError
  const url = new URL(form.action, location.href);
  if (url.origin !== location.origin || !KEPT.test(url.pathname)) return;
  event.preventDefault();
  const body = new URLSearchParams(new FormData(form)).toString();
  let response;
  try {
    response = await fetch(url, { method: "POST", body, headers: { "Content-Type": FORM_TYPE }, credentials: "same-origin" });
  } catch {
    const kept = await outbox.keep(url.pathname + url.search, body, FORM_TYPE);
    form.replaceWith(keptNotice(kept ? KEPT_WORDS : FULL_WORDS));
    show(await outbox.all());
    return;
  }
  // runwell answered: show its answer as the form's own post would have.
  if (response.redirected) {
    location.assign(response.url);
  } else {
    const page = await response.text();
    document.open();
    document.write(page);
    document.close();
  }
}

/** The pain form goes by htmx: a post that could not be sent is kept from the form itself. */
async function keepHtmxPost(event) {
  const form = event.detail?.elt;
  const target = form?.getAttribute?.("hx-post");
  if (!(form instanceof HTMLFormElement) || !target) return;
  const url = new URL(target, location.href);
  if (url.origin !== location.origin || !KEPT.test(url.pathname)) return;
  const body = new URLSearchParams(new FormData(form)).toString();
  const kept = await outbox.keep(url.pathname + url.search, body, FORM_TYPE);
  form.replaceWith(keptNotice(kept ? KEPT_WORDS : FULL_WORDS));
  show(await outbox.all());
}

function keepHere() {
  here = true;
  document.addEventListener("submit", submitHere);
  document.body.addEventListener("htmx:sendError", keepHtmxPost);
  send({ type: "flush" });
}

if (worker) {
  worker.addEventListener("message", (event) => {
    if (event.data?.type === "outbox") show(event.data.items);
  });
  worker.register("/sw.js", { scope: "/" }).then(
    (registration) => {
      // A browser that blocks workers may answer with no registration at all.
      if (!registration) return keepHere();
      send({ type: "status" });
      flush();
    },
    // No worker: a browser that refuses it.
    keepHere,
  );
} else {
  // No worker at all: not a secure context (plain HTTP away from this computer), or an old
  // browser.
  keepHere();
}

window.addEventListener("online", () => {
  render();
  flush();
});
window.addEventListener("offline", render);
// The offline page after a post was kept says so.
const kept = document.getElementById("offline-kept");
if (kept && new URLSearchParams(location.search).has("kept")) kept.hidden = false;
render();

// The page's side of using runwell away from the computer: registers the service worker
// (/sw.js, which keeps pages and posts), shows plainly when this phone is offline and what is
// waiting to be sent, and asks the worker to send it when the connection is back.
//
// The worker does the keeping and the sending, so that a post is kept whichever way it was
// made (a plain form or htmx) and is sent even from a page that is not the one it came from.
// Sends are same-origin requests with the browser's cookies, like the form's own would be, so
// the server's CSRF check and (later) a paired phone's session cookie apply to them unchanged.

const banner = document.getElementById("offline-banner");
const state = document.getElementById("offline-state");
const list = document.getElementById("offline-outbox");
const worker = "serviceWorker" in navigator ? navigator.serviceWorker : null;

let waiting = [];
let sentSome = false;

function time(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? ""
    : at.toLocaleString([], { weekday: "short", hour: "2-digit", minute: "2-digit" });
}

function render() {
  if (!banner) return;
  const offline = navigator.onLine === false;
  const refused = waiting.filter((item) => item.refused);
  const pending = waiting.length - refused.length;
  let words = "";
  if (offline) {
    words = "This phone is offline. The programme, the sessions, the metronome and the pain form still work; what you save is kept here and sent when you are back online.";
  } else if (pending > 0) {
    words = "runwell cannot be reached just now. What you saved is kept on this phone and will be sent when it can be.";
  } else if (refused.length > 0) {
    words = "runwell refused something kept on this phone. It is listed below, with runwell's reason.";
  } else if (sentSome) {
    words = "Everything kept on this phone has been sent to runwell.";
  }
  if (!worker && offline) words += " (This browser cannot keep pages or entries, so nothing can be saved until you are back.)";
  if (pending > 0) words += ` Waiting to be sent: ${pending}.`;
  state.textContent = words;
  list.replaceChildren(
    ...waiting.map((item) => {
      const li = document.createElement("li");
      const kept = time(item.kept_at);
      li.textContent = `${item.label}${kept ? `, kept ${kept}` : ""}: ${item.refused ? `refused (${item.refused})` : "waiting to be sent"}`;
      if (item.refused) {
        const discard = document.createElement("button");
        discard.type = "button";
        discard.className = "secondary";
        discard.textContent = "Discard it";
        discard.addEventListener("click", () => send({ type: "discard", id: item.id }));
        li.append(" ", discard);
      }
      return li;
    }),
  );
  banner.hidden = words === "" && waiting.length === 0;
  banner.dataset.offline = String(offline);
}

async function send(message) {
  if (!worker) return;
  const registration = await worker.ready;
  (worker.controller ?? registration.active)?.postMessage(message);
}

function flush() {
  if (navigator.onLine !== false) send({ type: "flush" });
}

if (worker) {
  worker.addEventListener("message", (event) => {
    if (event.data?.type !== "outbox") return;
    const before = waiting.filter((item) => !item.refused).length;
    waiting = Array.isArray(event.data.items) ? event.data.items : [];
    if (waiting.filter((item) => !item.refused).length < before) sentSome = true;
    render();
  });
  worker.register("/sw.js", { scope: "/" }).then(
    () => {
      send({ type: "status" });
      flush();
    },
    () => {
      // No worker (a browser that refuses it, or a page not in a secure context): the site
      // works as before, online only.
    },
  );
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

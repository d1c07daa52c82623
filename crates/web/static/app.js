// runwell's only script of its own, loaded as a module. Everything works without it; it adds
// small conveniences where a browser can do better than a plain form.

// Setup: offer the device's own IANA time zone.
for (const button of document.querySelectorAll("[data-detect-zone]")) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const target = document.getElementById(button.dataset.detectZone);
  if (!zone || !target) continue;
  button.hidden = false;
  // The words come with the page, in its language, with a hole for the zone.
  button.textContent = (button.dataset.label ?? "{zone}").replace("{zone}", zone);
  button.addEventListener("click", () => {
    const select = document.getElementById("time_zone");
    const listed = select && [...select.options].some((o) => o.value === zone);
    if (listed) {
      select.value = zone;
      target.value = "";
    } else {
      target.value = zone;
    }
    target.focus();
  });
}

// After htmx swaps in a fragment (the pain form's confirmation), move focus to its status line
// so that keyboard and screen-reader users hear that the entry was saved.
document.body.addEventListener("htmx:afterSwap", (event) => {
  const status = event.detail.target.querySelector?.('[role="status"]') ??
    document.querySelector('#pain [role="status"]');
  if (status) {
    status.setAttribute("tabindex", "-1");
    status.focus();
  }
});

// The menu folds behind a button on a narrow screen (phone.css), and only once this script
// runs: without it, every entry stays in view.
const header = document.querySelector(".site-header");
const toggle = document.getElementById("menu-toggle");
if (header && toggle) {
  const narrow = window.matchMedia("(max-width: 39.99rem)");
  const set = (open) => {
    header.dataset.menu = open ? "open" : "closed";
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.hidden = false;
  set(false);
  toggle.addEventListener("click", () => set(header.dataset.menu !== "open"));
  narrow.addEventListener("change", () => set(false));
}

// A refused form comes back with its reasons beside the fields: bring the first one into view
// and put the cursor in its field, so that on a phone the runner sees what to fix without
// scrolling for it. A reason for the form as a whole is focused itself.
const firstError = document.querySelector("main form .has-error, main form p.error");
if (firstError) {
  const field = firstError.matches(".has-error")
    ? firstError.querySelector("input:not([type=hidden]), select, textarea")
    : null;
  const target = field ?? firstError;
  if (!field) target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

// Pairing (serve --lan): the phone's waiting page asks again every few seconds, and moves on to
// Today once the code was typed on the computer. Without the script its "Continue" link does.
const pairingWait = document.querySelector("[data-pairing-wait]");
if (pairingWait) {
  const ask = async () => {
    try {
      const answer = await fetch(pairingWait.dataset.pairingWait, { credentials: "same-origin" });
      if (answer.redirected || (answer.ok && !answer.url.endsWith(pairingWait.dataset.pairingWait))) {
        window.location.assign("/");
        return;
      }
      if (answer.status === 403) {
        window.location.reload();
        return;
      }
    } catch {
      // Off the network for a moment: ask again.
    }
    setTimeout(ask, 2000);
  };
  setTimeout(ask, 2000);
}

// Renders runwell's icon (crates/web/static/icons/icon.svg, drawn by hand) to the PNGs the web
// app manifest lists, with Debian's chromium: `node render-icons.js`. The PNGs are committed so
// that building runwell needs no browser; install.test.js checks they still match the SVG.

import { readFileSync } from "node:fs";
import path from "node:path";

import { launch, repo } from "./support.js";

export const icons = path.join(repo, "crates", "web", "static", "icons");
export const SIZES = [192, 512];

/** The page that draws the SVG at `size` pixels square, nothing else. */
export function iconPage(size) {
  const svg = readFileSync(path.join(icons, "icon.svg")).toString("base64");
  return `<!doctype html><html><body style="margin:0"><img alt="" width="${size}" height="${size}" style="display:block" src="data:image/svg+xml;base64,${svg}"></body></html>`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(iconPage(size));
    await page.screenshot({ path: path.join(icons, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
  await browser.close();
}

// Checks the built site (dist/) as a static host would serve it, the gates of `npm test`:
//   html     — the W3C Nu checker finds no error on any page            (site/html-validity.mjs)
//   links    — every internal link, #anchor and asset resolves; nothing loads from elsewhere (site/links.mjs)
//   paint    — no stylesheet link, no script by URL, at most one script a page (site/first-paint.mjs)
//   headers  — _headers sends every page exactly one Content-Security-Policy, with frame-ancestors *
//              for an embed and 'none' for every other page                (site/headers.mjs)
//   weight   — per page, gzip HTML + CSS + JS within docs/budgets.md; each map SVG (inline svg.map,
//              and the chart.svg download of a map) within its budget    (site/weight.mjs)
//   browser  — every page, phone and desktop, light and dark: axe finds no WCAG A/AA violation, every
//              request goes to the site's own origin, no console error, no sideways scrolling
//                                                                          (site/in-browser.mjs)
// Each failure names the page and the element or request.
// Usage: node scripts/check-site.mjs [dist] [--site URL] [--report]
import { checkFirstPaint } from "./site/first-paint.mjs";
import { checkHeaders } from "./site/headers.mjs";
import { checkHtml } from "./site/html-validity.mjs";
import { checkInBrowser, VIEWS } from "./site/in-browser.mjs";
import { checkLinks } from "./site/links.mjs";
import { listPages } from "./site/pages.mjs";
import { serve } from "./site/serve.mjs";
import { mapSvgOverBudget, overBudget, weigh, weighMapSvgs } from "./site/weight.mjs";

const args = process.argv.slice(2);
const dist = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--site") ?? "dist";
const siteArg = args.indexOf("--site");
const site = new URL(siteArg >= 0 ? args[siteArg + 1] : (process.env.SITE_URL ?? "https://pinghu-wanzhou.pages.dev"));

const pages = listPages(dist);
const weights = pages.map((page) => weigh(dist, page));
const maps = weighMapSvgs(dist, pages);
const failures = [
  ...checkLinks(dist, pages, site),
  ...checkFirstPaint(pages),
  ...checkHeaders(dist, pages),
  ...weights.flatMap(overBudget),
  ...maps.flatMap(mapSvgOverBudget),
  ...checkHtml(dist),
];

const server = await serve(dist);
try {
  failures.push(
    ...(await checkInBrowser(
      server.origin,
      pages.map((p) => p.path),
    )),
  );
} finally {
  await server.stop();
}

if (args.includes("--report")) {
  for (const w of weights)
    console.log(`${w.path}\t${w.type}\thtml ${w.html}\tcss ${w.css}\tjs ${w.js}\ttotal ${w.total}`);
  for (const m of maps) console.log(`${m.where}\tmap SVG ${m.gzip}`);
}
if (failures.length > 0) {
  console.error(`check-site: ${failures.length} problem${failures.length === 1 ? "" : "s"} in ${dist}:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
console.log(
  `check-site: ${pages.length} pages: valid HTML (Nu checker); every link, anchor and asset resolves; ` +
    `CSS and the one script inline (first paint in one round trip); ` +
    `one CSP each, framing only embeds; ` +
    `no axe violation, off-site request, console error or sideways scroll in ${VIEWS.length} views (${VIEWS.map((v) => v.name).join("; ")}); ` +
    `heaviest ${heaviest.path} ${heaviest.total} B gzip, most JS ${Math.max(...weights.map((w) => w.js))} B gzip` +
    (maps.length ? `, heaviest map SVG ${Math.max(...maps.map((m) => m.gzip))} B gzip` : ""),
);

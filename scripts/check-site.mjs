// Checks the built site (dist/) as a static host would serve it:
//   html    — the W3C Nu checker (vnu-jar, needs Java) finds no error on any page;
//   links   — every internal href/src resolves to a file, and every #fragment to an id on that page;
//   weight  — per page, gzip bytes of HTML + CSS + JS against the budgets in ../shared/DESIGN.md;
//   origins — no script, stylesheet, image, frame or icon is loaded from another origin.
// Each failure names the page and the element. Usage: node scripts/check-site.mjs [dist] [--site URL]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) ?? "dist";
const siteArg = args.indexOf("--site");
const site = new URL(siteArg >= 0 ? args[siteArg + 1] : (process.env.SITE_URL ?? "https://pinghu-wanzhou.pages.dev"));

/** Budgets in gzip bytes (DESIGN.md): JS on any page and on an embed; a chapter and an embed in all. */
export const BUDGETS = { js: 15 * 1024, embedJs: 8 * 1024, chapter: 150 * 1024, embed: 40 * 1024 };

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(dist);
const pages = files.filter((f) => f.endsWith(".html"));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const idsCache = new Map();
const idsOf = (file) => {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsCache.get(file);
};
/** The file a site path is served from, or null. */
function fileFor(pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith("/") ? [join(dist, decoded, "index.html")] : [join(dist, decoded), join(dist, decoded, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const failures = [];
const report = [];
for (const page of pages) {
  const html = readFileSync(page, "utf8");
  const path = "/" + relative(dist, page).replace(/index\.html$/, "").replace(/\\/g, "/");
  const base = new URL(path, site);

  // Links and assets.
  for (const m of html.matchAll(/<(a|link|script|img|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
    const [, tag, attr, raw] = m;
    const value = raw.replace(/&amp;/g, "&");
    if (/^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
    const url = new URL(value, base);
    const own = url.origin === site.origin;
    const loads = tag !== "a" && !(tag === "link" && /rel="(canonical|alternate)"/.test(m[0]));
    if (!own && !url.protocol.startsWith("http")) continue;
    if (!own) {
      if (loads) failures.push(`${path}: <${tag} ${attr}="${value}"> loads from another origin`);
      continue;
    }
    const target = fileFor(url.pathname);
    if (!target) {
      failures.push(`${path}: <${tag} ${attr}="${value}"> → no such file in ${dist}`);
      continue;
    }
    if (url.hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
      failures.push(`${path}: <${tag} ${attr}="${value}"> → no id "${decodeURIComponent(url.hash.slice(1))}" on ${url.pathname}`);
    }
  }

  // Weight: the HTML, its stylesheets and its scripts (inline and external), gzip.
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(fileFor(new URL(m[1], base).pathname) ?? "/dev/null", "utf8"));
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const externalJs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => readFileSync(fileFor(new URL(m[1], base).pathname) ?? "/dev/null", "utf8"));
  const js = (inlineJs ? gz(inlineJs) : 0) + externalJs.reduce((n, s) => n + gz(s), 0);
  const total = gz(html) + css.reduce((n, s) => n + gz(s), 0) + js;
  const isEmbed = path.startsWith("/embed/");
  const isChapter = path.startsWith("/chapters/");
  report.push({ path, html: gz(html), total, js });
  if (js > (isEmbed ? BUDGETS.embedJs : BUDGETS.js)) failures.push(`${path}: ${js} B of JavaScript (gzip) is over the ${isEmbed ? "embed " : ""}budget`);
  if (isChapter && total > BUDGETS.chapter) failures.push(`${path}: ${total} B (gzip, before images) is over the chapter budget of ${BUDGETS.chapter} B`);
  if (isEmbed && total > BUDGETS.embed) failures.push(`${path}: ${total} B (gzip) is over the embed budget of ${BUDGETS.embed} B`);
}

// HTML validity. The checker's CSS module predates container queries and paint-order (both in every
// browser we support): those messages, and only those, are set aside.
const CSS_CHECKER_GAPS = [/Unrecognized at-rule “@container”/, /“container-type”: Property “container-type” doesn't exist/, /“paint-order”: Property “paint-order” doesn't exist/];
const vnu = createRequire(import.meta.url)("vnu-jar");
const checked = spawnSync("java", ["-jar", String(vnu), "--errors-only", "--skip-non-html", "--format", "json", dist], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (checked.error || checked.stderr === "") {
  failures.push(`html: the Nu checker did not run (${checked.error?.message ?? "no output"}); it needs Java (apt-get install default-jre-headless)`);
} else {
  for (const m of JSON.parse(checked.stderr).messages ?? []) {
    if (m.type !== "error" || CSS_CHECKER_GAPS.some((gap) => gap.test(m.message))) continue;
    const page = "/" + relative(dist, new URL(m.url).pathname).replace(/index\.html$/, "");
    failures.push(`${page}: line ${m.lastLine}: ${m.message} (${(m.extract ?? "").trim().slice(0, 80)})`);
  }
}

if (args.includes("--report")) for (const r of report) console.log(`${r.path}\thtml ${r.html}\ttotal ${r.total}\tjs ${r.js}`);
if (failures.length > 0) {
  console.error(`check-site: ${failures.length} problem${failures.length === 1 ? "" : "s"} in ${dist}:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
const heaviest = report.reduce((a, b) => (b.total > a.total ? b : a));
console.log(`check-site: ${pages.length} pages valid HTML (Nu checker), every link, anchor and asset resolves, nothing loads from another origin; heaviest ${heaviest.path} ${heaviest.total} B gzip, most JS ${Math.max(...report.map((r) => r.js))} B gzip`);

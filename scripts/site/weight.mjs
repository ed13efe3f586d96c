// Page weight as a reader's phone downloads it: gzip bytes of the HTML, its stylesheets and its
// scripts (inline and external), before images, against the budgets of docs/budgets.md (budgets.mjs).
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGETS } from "./budgets.mjs";
import { fileFor, listFiles } from "./pages.mjs";

/** Budgets in gzip bytes, from docs/budgets.md: JS on any page and on an embed; the cover, a chapter and an
 *  embed page; each map SVG. */
export { BUDGETS };

const gz = (text) => (text ? gzipSync(text, { level: 9 }).length : 0);

/** What kind of page a path is, for its budgets, its headers and reports: the English edition's (/en/…) as the Chinese. */
export function pageType(pathInAnyEdition) {
  const path = pathInAnyEdition.replace(/^\/en(?=\/)/, "");
  if (path === "/") return "cover";
  if (path.startsWith("/embed/")) return "embed";
  if (path.startsWith("/chapters/")) return "chapter";
  if (/^\/charts\/[^/]+\/$/.test(path)) return "chart";
  return "other";
}

/** { path, type, html, css, js, total } in gzip bytes for one page. Only the path of an asset's URL
 *  matters (the file it is served from), so any origin serves as the base. */
export function weigh(dist, { file, path }) {
  const html = readFileSync(file, "utf8");
  const base = new URL(path, "http://site.invalid");
  const read = (href) => readFileSync(fileFor(dist, new URL(href, base).pathname) ?? "/dev/null", "utf8");
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
    (n, m) => n + gz(read(m[1])),
    0,
  );
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const js = gz(inlineJs) + [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].reduce((n, m) => n + gz(read(m[1])), 0);
  return { path, type: pageType(path), html: gz(html), css, js, total: gz(html) + css + js };
}

/** The budgets a weighed page misses, each as a sentence naming the page. */
export function overBudget({ path, type, js, total }) {
  const failures = [];
  const jsBudget = type === "embed" ? BUDGETS.embedJs : BUDGETS.js;
  if (js > jsBudget)
    failures.push(
      `${path}: ${js} B of JavaScript (gzip) is over the ${type === "embed" ? "embed " : ""}budget of ${jsBudget} B`,
    );
  if (type === "cover" && total > BUDGETS.cover)
    failures.push(`${path}: ${total} B (gzip, before images) is over the cover budget of ${BUDGETS.cover} B`);
  if (type === "chapter" && total > BUDGETS.chapter)
    failures.push(`${path}: ${total} B (gzip, before images) is over the chapter budget of ${BUDGETS.chapter} B`);
  if (type === "embed" && total > BUDGETS.embed)
    failures.push(`${path}: ${total} B (gzip) is over the embed budget of ${BUDGETS.embed} B`);
  return failures;
}

/** Each inline map SVG of an HTML page (an <svg> whose class list has "map"), as its whole text. */
export function inlineMapSvgs(html) {
  const svgs = [];
  for (const open of html.matchAll(/<svg\b[^>]*\sclass="([^"]*)"[^>]*>/g)) {
    if (!open[1].split(/\s+/).includes("map")) continue;
    // To its own </svg>, past any <svg> inside it.
    const tags = /<svg\b|<\/svg>/g;
    tags.lastIndex = open.index;
    let depth = 0;
    for (let tag; (tag = tags.exec(html));) {
      depth += tag[0] === "</svg>" ? -1 : 1;
      if (depth === 0) {
        svgs.push(html.slice(open.index, tags.lastIndex));
        break;
      }
    }
  }
  return svgs;
}

/** Every map SVG of the site as { where, gzip }: each inline svg.map of a page, and each of the
 *  standalone SVGs (chart.svg, chart-<view>.svg, picture-<variant>.svg) of a chart whose page draws a map. */
export function weighMapSvgs(dist, pages) {
  const inline = pages.flatMap(({ file, path }) =>
    inlineMapSvgs(readFileSync(file, "utf8")).map((svg, i, all) => ({
      where: `${path}: svg.map${all.length > 1 ? ` #${i + 1}` : ""}`,
      gzip: gz(svg),
    })),
  );
  const downloads = listFiles(dist)
    .filter((f) =>
      /^charts\/[^/]+\/(chart|chart-[\w-]+|picture-[\w-]+)\.svg$/.test(relative(dist, f).replace(/\\/g, "/")),
    )
    .filter((f) => {
      const page = join(f, "..", "index.html");
      return existsSync(page) && inlineMapSvgs(readFileSync(page, "utf8")).length > 0;
    })
    .map((f) => ({ where: "/" + relative(dist, f).replace(/\\/g, "/"), gzip: gz(readFileSync(f, "utf8")) }));
  return [...inline, ...downloads];
}

/** The map SVG budget a weighed map SVG misses, as a sentence naming it. */
export function mapSvgOverBudget({ where, gzip }) {
  return gzip > BUDGETS.mapSvg ? [`${where}: ${gzip} B (gzip) is over the map SVG budget of ${BUDGETS.mapSvg} B`] : [];
}

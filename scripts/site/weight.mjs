// Page weight as a reader's phone downloads it: gzip bytes of the HTML, its stylesheets and its
// scripts (inline and external), before images, against the budgets of docs/budgets.md (budgets.mjs).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { BUDGETS } from "./budgets.mjs";
import { fileFor } from "./pages.mjs";

/** Budgets in gzip bytes, from docs/budgets.md: JS on any page and on an embed; a chapter and an embed page. */
export { BUDGETS };

const gz = (text) => (text ? gzipSync(text, { level: 9 }).length : 0);

/** What kind of page a path is, for its budgets and for reports. */
export function pageType(path) {
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
  if (type === "chapter" && total > BUDGETS.chapter)
    failures.push(`${path}: ${total} B (gzip, before images) is over the chapter budget of ${BUDGETS.chapter} B`);
  if (type === "embed" && total > BUDGETS.embed)
    failures.push(`${path}: ${total} B (gzip) is over the embed budget of ${BUDGETS.embed} B`);
  return failures;
}

// The enforced budgets, read from the table under “## Enforced” in docs/budgets.md: the one owner of
// the numbers that `npm run check:site` and `npm run bench` check (through weight.mjs and lighthouse.mjs).
// A row missing, malformed or unknown stops the scripts with an error naming it.
import { readFileSync } from "node:fs";

export const BUDGETS_DOC = new URL("../../docs/budgets.md", import.meta.url);

/** Each enforced row's key, what its limit must look like, and where it goes. */
const ROWS = {
  "weight.js": { compare: "≤", unit: "KB" },
  "weight.embedJs": { compare: "≤", unit: "KB" },
  "weight.cover": { compare: "≤", unit: "KB" },
  "weight.chapter": { compare: "≤", unit: "KB" },
  "weight.embed": { compare: "≤", unit: "KB" },
  "weight.mapSvg": { compare: "≤", unit: "KB" },
  "lighthouse.performance": { compare: "≥", unit: "" },
  "lighthouse.accessibility": { compare: "≥", unit: "" },
  "lighthouse.best-practices": { compare: "≥", unit: "" },
  "lighthouse.seo": { compare: "≥", unit: "" },
  "paint.lcp": { compare: "≤", unit: "s" },
};

/**
 * The budgets a budgets document states: { weight: { js, embedJs, cover, chapter, embed, mapSvg } in bytes,
 * lighthouse: { performance, accessibility, "best-practices", seo } as scores }. Reads only the
 * “## Enforced” section; its table rows start with a `key` cell and have the limit in the third.
 */
export function parseBudgets(markdown, name = "docs/budgets.md") {
  const section = markdown.split(/^## /m).find((s) => s.startsWith("Enforced\n"));
  if (!section) throw new Error(`${name}: no “## Enforced” section`);
  const found = new Map();
  for (const line of section.split("\n").filter((l) => l.startsWith("|"))) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    const key = cells[0]?.match(/^`([^`]+)`$/)?.[1];
    if (!key) continue; // the header and the divider
    const spec = ROWS[key];
    if (!spec) throw new Error(`${name}: “${key}” is in the Enforced table, but no script enforces it`);
    if (found.has(key)) throw new Error(`${name}: “${key}” is in the Enforced table twice`);
    const limit = cells[2]?.match(/^([≤≥])\s*(\d+(?:\.\d+)?)\s*(KB|s)?$/);
    if (!limit || limit[1] !== spec.compare || (limit[3] ?? "") !== spec.unit)
      throw new Error(
        `${name}: “${key}” has limit “${cells[2] ?? ""}”; expected “${spec.compare} N${spec.unit && ` ${spec.unit}`}”`,
      );
    // Kilobytes become bytes and seconds milliseconds, the units the scripts measure in.
    const scale = { KB: 1024, s: 1000 }[spec.unit] ?? 1;
    found.set(key, Math.round(Number(limit[2]) * scale));
  }
  const missing = Object.keys(ROWS).filter((key) => !found.has(key));
  if (missing.length)
    throw new Error(`${name}: the Enforced table has no row for ${missing.map((k) => `“${k}”`).join(", ")}`);
  const group = (prefix) =>
    Object.fromEntries(
      [...found].filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, v]) => [k.slice(prefix.length + 1), v]),
    );
  return { weight: group("weight"), lighthouse: group("lighthouse"), paint: group("paint") };
}

const budgets = parseBudgets(readFileSync(BUDGETS_DOC, "utf8"));

/** Weight budgets in gzip bytes: JS on any page and on an embed; the cover, a chapter and an embed page in
 *  all; each map SVG (inline or downloaded). */
export const BUDGETS = budgets.weight;

/** Lighthouse budgets: at least these scores on every page type benched. */
export const LIGHTHOUSE_BUDGETS = budgets.lighthouse;

/** Paint budgets in milliseconds: the Largest Contentful Paint (Lighthouse, median run) of the lightest chart page. */
export const PAINT_BUDGETS = budgets.paint;

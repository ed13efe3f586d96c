// Lighthouse (mobile, its default: emulated mid-range phone, simulated slow 4G, 4× CPU slowdown)
// against Debian's Chromium, headless.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { LIGHTHOUSE_BUDGETS } from "./budgets.mjs";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Budgets, from docs/budgets.md: at least these scores on every page type. */
export { LIGHTHOUSE_BUDGETS };

/**
 * The budgets one audit (a page's median run) misses, each naming the page: a score, with the audits
 * that cost points; the Largest Contentful Paint, where the page has an LCP budget (`lcpBudget`, ms).
 * @param {string} path
 * @param {{ scores: Record<string, number>, lost: string[], metrics?: Record<string, { value: number }> }} audit
 * @param {number} [lcpBudget]
 */
export function shortfalls(path, { scores, lost, metrics }, lcpBudget) {
  const scoreShort = Object.entries(LIGHTHOUSE_BUDGETS)
    .filter(([category, min]) => scores[category] < min)
    .map(
      ([category, min]) =>
        `${path}: Lighthouse ${category} ${scores[category]} < ${min} (${lost.filter((l) => l.startsWith(`${category}:`)).join("; ") || "no audit named"})`,
    );
  const lcp = metrics?.["largest-contentful-paint"]?.value;
  const paintShort =
    lcpBudget !== undefined && lcp !== undefined && lcp > lcpBudget
      ? [`${path}: Largest Contentful Paint ${(lcp / 1000).toFixed(2)} s > ${lcpBudget / 1000} s`]
      : [];
  return [...scoreShort, ...paintShort];
}
export const METRICS = [
  { id: "first-contentful-paint", label: "FCP" },
  { id: "largest-contentful-paint", label: "LCP" },
  { id: "total-blocking-time", label: "TBT" },
  { id: "cumulative-layout-shift", label: "CLS" },
  { id: "speed-index", label: "SI" },
  { id: "total-byte-weight", label: "transfer" },
];

/** Starts one Chromium for all runs; resolves to { audit(url), stop() }. */
export async function startLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  return {
    /** One run: category scores (0–100), metric values and display strings, failing audits, browser. */
    async audit(url) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      });
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      const metrics = Object.fromEntries(
        METRICS.map(({ id }) => [id, { value: lhr.audits[id].numericValue, display: lhr.audits[id].displayValue }]),
      );
      // What cost points: every weighted audit below a full score, named, for the report.
      const lost = CATEGORIES.flatMap((category) =>
        lhr.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map(
            (ref) =>
              `${category}: ${lhr.audits[ref.id].title}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ""}`,
          ),
      );
      return {
        scores,
        metrics,
        lost,
        browser: lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "",
        lighthouse: lhr.lighthouseVersion,
      };
    },
    stop: () => chrome.kill(),
  };
}

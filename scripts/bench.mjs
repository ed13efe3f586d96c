// npm run bench: measures the site against the budgets in docs/budgets.md and writes the figures
// to docs/performance.md (with the date, the versions and the machine):
//   build      — `astro build`, warm (the second of two builds; caches filled by the first)
//   weight     — gzip HTML + CSS + JS of every page, before images (scripts/site/weight.mjs)
//   lighthouse — mobile scores and metrics, the median of N runs, for the heaviest page of each type in
//                each edition (Chinese, English /en/): the cover, a chapter, a chart page and an embed
// Exits non-zero when a budget is missed.
// Usage: node scripts/bench.mjs [--runs N] [--out FILE] [--skip-build (measure the dist/ there is)]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "./site/chromium.mjs";
import { PAINT_BUDGETS } from "./site/budgets.mjs";
import { CATEGORIES, LIGHTHOUSE_BUDGETS, METRICS, shortfalls, startLighthouse } from "./site/lighthouse.mjs";
import { listPages } from "./site/pages.mjs";
import { serve } from "./site/serve.mjs";
import { BUDGETS, overBudget, weigh } from "./site/weight.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option("--runs", "3"));
const OUT = option("--out", "docs/performance.md");
const DIST = "dist";
const BENCHED_TYPES = ["cover", "chapter", "chart", "embed"];

const version = (pkg) => createRequire(import.meta.url)(`${pkg}/package.json`).version;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const failures = [];

// Build, twice: the first fills Astro's and Vite's caches, the second is what an author waits for.
const astro = fileURLToPath(new URL("../node_modules/.bin/astro", import.meta.url));
const buildSeconds = [];
for (let i = 0; i < (args.includes("--skip-build") ? 0 : 2); i++) {
  const start = process.hrtime.bigint();
  const built = spawnSync(astro, ["build", "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) throw new Error("bench: astro build failed");
  buildSeconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
if (buildSeconds.length) console.log(`bench: build ${buildSeconds.map((s) => s.toFixed(1)).join(" s, ")} s`);

const weights = listPages(DIST).map((page) => weigh(DIST, page));
failures.push(...weights.flatMap(overBudget));
const edition = (w) => (w.path.startsWith("/en/") ? "en" : "zh");
const benched = ["zh", "en"].flatMap((lang) =>
  BENCHED_TYPES.map((type) =>
    weights.filter((w) => w.type === type && edition(w) === lang).reduce((a, b) => (b.total > a.total ? b : a)),
  ),
);
// And the lightest chart page: its HTML, CSS and script fit the first round trip, so its first paint
// shows whether anything blocks it. Every benched page's LCP has a budget (paint.lcp).
const lightest = weights.filter((w) => w.type === "chart").reduce((a, b) => (b.total < a.total ? b : a));
benched.push(lightest);

const server = await serve(DIST);
const lighthouse = await startLighthouse();
const audits = [];
try {
  for (const page of benched) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse.audit(server.origin + page.path));
    // The median run by performance score (ties: by LCP), as Lighthouse's own docs advise for variance.
    const sorted = [...runs].sort(
      (a, b) =>
        a.scores.performance - b.scores.performance ||
        b.metrics["largest-contentful-paint"].value - a.metrics["largest-contentful-paint"].value,
    );
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const range = [sorted[0].scores.performance, sorted.at(-1).scores.performance];
    // The paint budget holds the median of the runs' LCPs (not the LCP of the median run by score).
    const lcps = runs.map((r) => r.metrics["largest-contentful-paint"].value).sort((a, b) => a - b);
    const lcp = { median: lcps[Math.floor((lcps.length - 1) / 2)], range: [lcps[0], lcps.at(-1)] };
    audits.push({ page, median, range, lcp });
    console.log(
      `bench: ${page.path} ${CATEGORIES.map((c) => `${c} ${median.scores[c]}`).join(", ")} (performance ${range.join("–")} over ${RUNS} runs)`,
    );
    const paint = { ...median.metrics, "largest-contentful-paint": { value: lcp.median } };
    failures.push(...shortfalls(page.path, { ...median, metrics: paint }, PAINT_BUDGETS.lcp));
  }
} finally {
  await lighthouse.stop();
  await server.stop();
}

// The user agent reports a reduced version (e.g. 156.0.0.0); the binary tells the full one.
const chromium =
  spawnSync(chromiumPath(), ["--version"], { encoding: "utf8" }).stdout.trim() || (audits[0]?.median.browser ?? "?");
const debian = (() => {
  try {
    return ` (Debian ${readFileSync("/etc/debian_version", "utf8").trim()})`;
  } catch {
    return "";
  }
})();
const now = new Date();
const row = (cells) => `| ${cells.join(" | ")} |`;
const ok = (pass) => (pass ? "✓" : "✗ over");
const doc = `# Performance

Measured by \`npm run bench\` (\`scripts/bench.mjs\`) on ${now.toISOString().slice(0, 16).replace("T", " ")} UTC.
It rewrites this file; it exits non-zero when a budget below is missed. The budgets are those of
\`docs/budgets.md\`. Run it after any change that could move these figures, and commit the result.

## Machine and versions

- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}${debian}
- Node ${process.versions.node}, Astro ${version("astro")}, Lighthouse ${audits[0]?.median.lighthouse ?? version("lighthouse")}, ${chromium} (headless, \`--headless=new\` with the flags of \`scripts/site/chromium.mjs\`)
- Lighthouse runs its mobile defaults: an emulated mid-range phone, simulated slow 4G, 4× CPU slowdown.
  Each page was audited ${RUNS} times; the table gives the median run (by performance score), with the
  range of performance scores over the runs. The site is served by Astro's preview server on
  127.0.0.1 (gzip, no CDN, no \`_headers\`); Lighthouse's throttling is simulated, so the figures
  stand for a phone on a slow network, not for this machine.

## Build

${buildSeconds.length ? `\`astro build\`, warm (the second of two builds in a row): **${buildSeconds[1].toFixed(1)} s** (the first: ${buildSeconds[0].toFixed(1)} s).` : "Not measured (`--skip-build`: the figures below are of the `dist/` that was there)."}

## Lighthouse (mobile)

Budgets: performance ≥ ${LIGHTHOUSE_BUDGETS.performance}; accessibility, best practices and SEO ${LIGHTHOUSE_BUDGETS.accessibility}; LCP ≤ ${PAINT_BUDGETS.lcp / 1000} s on every page (the median of the runs' LCPs, with their range; the
rows are each type's heaviest page in each edition, Chinese then English, and the lightest chart page last).

${row(["page type", "page", "performance", "accessibility", "best practices", "SEO", ...METRICS.map((m) => m.label)])}
${row(["---", "---", "---:", "---:", "---:", "---:", ...METRICS.map(() => "---:")])}
${audits
  .map(({ page, median, range, lcp }) =>
    row([
      page.type,
      `\`${page.path}\``,
      `${median.scores.performance}${range[0] === range[1] ? "" : ` (${range.join("–")})`}`,
      ...CATEGORIES.slice(1).map((c) => String(median.scores[c])),
      ...METRICS.map((m) =>
        m.id === "total-byte-weight"
          ? `${kb(median.metrics[m.id].value)} KB`
          : m.id === "largest-contentful-paint"
            ? `${seconds(lcp.median)}${RUNS > 1 ? ` (${lcp.range.map(seconds).join("–")})` : ""}`
            : median.metrics[m.id].display.replace(/\u00a0/g, " "),
      ),
    ]),
  )
  .join("\n")}
${audits.some((a) => a.median.lost.length) ? `\nAudits short of a full score in the median runs (a category can round to 100 with some):\n\n${audits.flatMap((a) => a.median.lost.map((l) => `- \`${a.page.path}\`: ${l}`)).join("\n")}\n` : ""}
## Weight (gzip, before images)

Budgets: JavaScript ≤ ${kb(BUDGETS.js)} KB on any page and ≤ ${kb(BUDGETS.embedJs)} KB on an embed; the cover ≤ ${kb(BUDGETS.cover)} KB;
a chapter page ≤ ${kb(BUDGETS.chapter)} KB; an embed page ≤ ${kb(BUDGETS.embed)} KB. All figures in KB (1024 bytes), gzip level 9, HTML + its stylesheets + its scripts.

${row(["page", "type", "HTML", "CSS", "JS", "total", "budget"])}
${row(["---", "---", "---:", "---:", "---:", "---:", "---"])}
${weights
  .map((w) => {
    const budget =
      w.type === "cover"
        ? `${ok(w.total <= BUDGETS.cover && w.js <= BUDGETS.js)} ≤ ${kb(BUDGETS.cover)}, JS ≤ ${kb(BUDGETS.js)}`
        : w.type === "chapter"
          ? `${ok(w.total <= BUDGETS.chapter)} ≤ ${kb(BUDGETS.chapter)}`
          : w.type === "embed"
            ? `${ok(w.total <= BUDGETS.embed && w.js <= BUDGETS.embedJs)} ≤ ${kb(BUDGETS.embed)}, JS ≤ ${kb(BUDGETS.embedJs)}`
            : `${ok(w.js <= BUDGETS.js)} JS ≤ ${kb(BUDGETS.js)}`;
    return row([`\`${w.path}\``, w.type, kb(w.html), kb(w.css), kb(w.js), kb(w.total), budget]);
  })
  .join("\n")}
${failures.length ? `\n## Budgets missed\n\n${failures.map((f) => `- ${f}`).join("\n")}\n` : "\nEvery budget is met.\n"}`;

mkdirSync(dirname(OUT), { recursive: true });
// The file's “## History” section (before and after figures of past changes, written by hand) is kept.
const previous = (() => {
  try {
    return readFileSync(OUT, "utf8");
  } catch {
    return "";
  }
})();
const history = previous.indexOf("\n## History\n");
writeFileSync(OUT, history >= 0 ? `${doc.trimEnd()}\n${previous.slice(history)}` : doc);
console.log(`bench: wrote ${OUT}`);
if (failures.length > 0) {
  console.error(
    `bench: ${failures.length} budget${failures.length === 1 ? "" : "s"} missed:\n${failures.map((f) => `  - ${f}`).join("\n")}`,
  );
  process.exit(1);
}

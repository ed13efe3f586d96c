// One real build of input whose every free-text field carries markup, quotes, a formula starter and
// long text (tests/support/hostile-input.ts), and a look at every file it writes: no page, SVG or
// oEmbed snippet lets the markup through and the pages show it as text, every PNG is drawn at its
// size, every CSV cell a spreadsheet would run is neutralized (and only those), and the JSON
// downloads keep the exact text. About a minute on a loaded two-core machine (docs/data.md).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse, csvParseRows } from "d3-dsv";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { WIDTHS } from "../../src/charts/layout";
import { BOM, flatten } from "../../src/lib/data/csv";
import { SHARE_IMAGE } from "../../src/lib/share/share-image-size";
import { DATASET_NAMES } from "../../src/schemas/index";
import { build, copyRepo, filesUnder, removeCopies } from "../support/build";
import { BREAKOUT, injected } from "../support/hostile";
import { hostileInput } from "../support/hostile-input";
import { readInputFiles } from "../support/repo";
import { siteFiles } from "../support/site-files";

/** What the build must write, by kind: each list is checked whole before any loop over it. */
const EXPECTED = siteFiles();

/** What a spreadsheet would run: a starter first (after any white space), and not a plain number. */
const runs = (cell: string) =>
  /^[\t\r]|^\s*[=+\-@]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell.trimStart());
/** The start of the hostile markup, in every hostile text (it has no digits, which some fields lose). */
const MARK = BREAKOUT.slice(0, 40);
/** The same as an HTML or SVG writer must escape it ("&lt;x-pwn&gt;粗…"). */
const ESCAPED = MARK.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** The text of a page or drawing, as a browser reads it. */
const textOf = (markup: string) =>
  parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.body.textContent;

describe("a build of hostile input", () => {
  afterAll(removeCopies);

  const input = hostileInput(readInputFiles());
  let dist = "";
  let files: string[] = [];
  const read = (path: string) => readFileSync(join(dist, path), "utf8");

  beforeAll(async () => {
    const dir = copyRepo();
    for (const file of input.files) writeFileSync(join(dir, file.path), file.text);
    const { ok, output } = await build(dir);
    expect(ok, output).toBe(true);
    dist = join(dir, "dist");
    files = filesUnder(dist);
  });

  test("the hostile text is in every free-text field of every file", () => {
    expect(input.fields.length).toBeGreaterThan(40);
    const paths = [...new Set(input.files.map((f) => f.path))];
    expect(paths).toEqual(readInputFiles().map((f) => f.path));
    for (const path of paths)
      expect(
        input.fields.some((f) => f.startsWith(path + " ")),
        path,
      ).toBe(true);
  });

  test("no page and no SVG lets the markup through, and every chart page shows it as text", () => {
    const marked = files.filter((f) => /\.(html|svg)$/.test(f));
    expect([...marked].sort()).toEqual(EXPECTED.marked);
    for (const path of marked) expect(injected(read(path)), path).toEqual([]);
    for (const id of CHART_IDS) expect(read(`charts/${id}/index.html`), id).toContain(ESCAPED);
    // An English field may carry the hostile text without its Chinese (where English must hold none), and
    // English wraps at its spaces: the markup's first tag is shown as text on every English chart page.
    for (const id of CHART_IDS) expect(read(`en/charts/${id}/index.html`), `en ${id}`).toContain("&lt;x-pwn&gt;");
    // Entities in the input are text too: "&lt;" is written "&amp;lt;", never turned into "<".
    expect(read("data/index.html")).toContain("&amp;lt;x-pwn&amp;gt;&amp;amp;");
    // In an SVG long text is wrapped, one line an element, and a line broken at a space loses it: the
    // text of the whole drawing has the mark, white space aside.
    const squeezed = (text: string) => text.replace(/\s+/g, "");
    const drawn = CHART_IDS.filter((id) => squeezed(textOf(read(`charts/${id}/chart.svg`))).includes(squeezed(MARK)));
    expect(drawn.length, `charts that draw the hostile text: ${drawn.join(", ")}`).toBeGreaterThanOrEqual(7);
  });

  test("every PNG (share cards, chart downloads) is drawn, at its size", () => {
    const pngs = files.filter((f) => f.endsWith(".png"));
    expect([...pngs].sort()).toEqual(EXPECTED.pngs);
    for (const path of pngs) {
      const bytes = readFileSync(join(dist, path));
      expect(bytes.subarray(0, 8).toString("hex"), path).toBe("89504e470d0a1a0a");
      expect(bytes.length, path).toBeGreaterThan(2000);
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      if (path.includes("/card")) expect([width, height], path).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
      // A few screens tall at most: long names wrap or are cut (a 600-character partner's name once
      // squeezed partners-network's items to a character a line, 215,618 px tall).
      else expect([width, height <= 8000], path).toEqual([WIDTHS.wide * 2, true]);
    }
  });

  test("oEmbed documents parse, and their snippet is the site's iframe and loader, nothing else", () => {
    // The input reaches them only through the embed's height: titles are the site's own.
    for (const id of CHART_IDS) {
      const doc = JSON.parse(read(`oembed/${id}.json`)) as { html: string };
      expect(injected(doc.html), id).toEqual([]);
      const { document } = parseHTML(`<!doctype html><html><body>${doc.html}</body></html>`);
      expect(
        [...document.body.querySelectorAll("*")].map((e) => e.localName),
        id,
      ).toEqual(["iframe", "script"]);
    }
  });

  test("no CSV cell would run as a formula", () => {
    const csvs = files.filter((f) => f.endsWith(".csv"));
    expect([...csvs].sort()).toEqual(EXPECTED.csvs);
    for (const path of csvs) {
      const text = read(path);
      expect(text.startsWith(BOM), path).toBe(true);
      for (const cell of csvParseRows(text.slice(BOM.length)).flat())
        expect(runs(cell), `${path}: ${cell}`).toBe(false);
    }
  });

  test("each dataset's CSV is its JSON, cell by cell, with an apostrophe before exactly the cells that would run", () => {
    let neutralized = 0;
    const datasets = input.files.filter((f) => f.path.startsWith("data/") && f.path !== "data/corrections.json");
    expect(datasets.map((f) => f.path)).toEqual(DATASET_NAMES.map((n) => `data/${n}.json`));
    for (const file of datasets) {
      const records = JSON.parse(read(file.path)) as unknown[];
      const rows = csvParse(read(file.path.replace(/\.json$/, ".csv")).slice(BOM.length));
      expect(rows, file.path).toHaveLength(records.length);
      records.forEach((record, i) => {
        for (const [column, value] of Object.entries(flatten(record))) {
          const text = String(value ?? "");
          expect(rows[i]![column], `${file.path} ${i} ${column}`).toBe(runs(text) ? "'" + text : text);
          if (runs(text)) neutralized++;
        }
      });
    }
    expect(neutralized).toBeGreaterThanOrEqual(30);
  });

  test("the JSON downloads keep the exact text of the input", () => {
    const datasets = input.files.filter((f) => f.path.startsWith("data/") && f.path !== "data/corrections.json");
    expect(datasets.map((f) => f.path)).toEqual(DATASET_NAMES.map((n) => `data/${n}.json`));
    for (const file of datasets) {
      const records = JSON.parse(file.text) as { id: string }[];
      const published = JSON.parse(read(file.path)) as { id: string }[];
      expect(published.map((r) => r.id)).toEqual(records.map((r) => r.id));
      published.forEach((record, i) => expect(record).toMatchObject(records[i]!));
    }
    const charts = files.filter((f) => /^(en\/)?charts\/[^/]+\/data\.json$/.test(f));
    expect([...charts].sort()).toEqual(EXPECTED.chartJson);
    const exact = charts.filter((path) => JSON.stringify(JSON.parse(read(path))).includes(MARK));
    expect(exact.length, "chart data with the hostile text, exact").toBeGreaterThanOrEqual(6);
  });
});

// Chart files hold no figures: numbers come from records, layout sizes from the constants files.
// A numeric literal other than 0, 1 or 2, or a string with a run of two or more digits, fails.
// Every .ts file under src/charts/ is checked, in subfolders too (the map's parts in map/).
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { ROOT } from "../support/repo";

const DIR = join(ROOT, "src", "charts");
/** Top-level files that are not charts: the registry, constants, palette, SVG helpers, types. */
const SUPPORT = new Set(["index.ts", "layout.ts", "palette.ts", "svg.ts", "types.ts"]);
/** The files meant to hold numbers: layout sizes, the map's geometry, and the SVG helpers'
 *  namespace and rounding. Paths relative to src/charts/, with "/" separators. */
const NUMBERS = new Set(["layout.ts", "map/constants.ts", "svg.ts"]);

/** Every .ts file under src/charts/, relative to it, with "/" separators. */
const ALL = (readdirSync(DIR, { recursive: true }) as string[])
  .map((f) => f.split(sep).join("/"))
  .filter((f) => f.endsWith(".ts"))
  .sort();
const CHECKED = ALL.filter((f) => !NUMBERS.has(f));

function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNumericLiteral(node) && !["0", "1", "2"].includes(node.text)) found.push(node.getText());
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) &&
      /\d{2,}/.test(node.text)
    ) {
      found.push(node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test("every chart in the registry has its own file", () => {
  const files = ALL.filter((f) => !f.includes("/") && !SUPPORT.has(f));
  expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...CHART_IDS].sort());
});

test("the check walks subfolders: every chart and every part of the map is checked", () => {
  for (const id of CHART_IDS) expect(CHECKED).toContain(`${id}.ts`);
  expect(CHECKED).toEqual(expect.arrayContaining(["map/links.ts", "map/projection.ts", "map/labels.ts"]));
  for (const exempt of NUMBERS) expect(ALL).toContain(exempt);
});

test.each(CHECKED)("%s holds no figures", (file) => {
  expect(literals(join(DIR, file))).toEqual([]);
});

test("the check finds a figure typed into a chart", () => {
  const probe = join(ROOT, "tests", "fixtures", "chart-with-figure.ts.txt");
  expect(literals(probe)).toEqual(["40.27", '"增长12.8%"']);
});

// Chart files hold no figures: numbers come from records, layout sizes from src/charts/layout.ts.
// A numeric literal other than 0, 1 or 2, or a string with a run of two or more digits, fails.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { CHART_IDS } from "../../src/charts/index";
import { ROOT } from "../support/repo";

const DIR = join(ROOT, "src", "charts");
const SUPPORT = new Set(["index.ts", "layout.ts", "palette.ts", "svg.ts", "types.ts"]);

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
  const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !SUPPORT.has(f));
  expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...CHART_IDS].sort());
});

test.each(CHART_IDS)("%s.ts holds no figures", (id) => {
  expect(literals(join(DIR, `${id}.ts`))).toEqual([]);
});

test("the check finds a figure typed into a chart", () => {
  const probe = join(ROOT, "tests", "fixtures", "chart-with-figure.ts.txt");
  expect(literals(probe)).toEqual(["40.27", '"增长12.8%"']);
});

import { expect, test } from "vitest";
import { describeJsonError, lineAndColumn } from "../../src/lib/input/malformed-json";
import { readInputFiles } from "../support/repo";

/** What describeJsonError says of a text JSON.parse refuses. */
function describe(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonError(text, error as Error);
  }
  throw new Error("the text parsed");
}

test("a dataset cut in half: the line and column V8 gives, without its offset", () => {
  const text = readInputFiles().find((f) => f.path === "data/transport.json")!.text;
  const cut = text.slice(0, Math.floor(text.length / 2));
  let v8 = "";
  try {
    JSON.parse(cut);
  } catch (error) {
    v8 = (error as Error).message;
  }
  const [, line, column] = /\(line (\d+) column (\d+)\)/.exec(v8) ?? /$/.exec("")!;
  const said = describe(cut);
  if (line) expect(said).toContain(`at line ${line}, column ${column}: `);
  else expect(said).toMatch(/^malformed JSON at line \d+, column \d+: unexpected end of JSON input$/);
  expect(said).not.toContain("position");
});

test.each([
  ["[NaN]", "malformed JSON at line 1, column 2: unexpected token 'N'"],
  ['[\n  {"name": "Nine"},\n  NaN\n]', "malformed JSON at line 3, column 3: unexpected token 'N'"],
  ["[1e999, Infinity]", "malformed JSON at line 1, column 9: unexpected token 'I'"],
  ["[1,", "malformed JSON at line 1, column 4: unexpected end of JSON input"],
  ["[1]x", "malformed JSON at line 1, column 4: unexpected non-whitespace character after JSON"],
  ['[\n  {"a": 1\n  "b": 2}]', "malformed JSON at line 3, column 3: expected ',' or '}' after property value"],
])("%j reads as %j", (text, message) => expect(describe(text)).toBe(message));

test("lines and columns count from 1, columns in UTF-16 units", () => {
  expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
  expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  expect(lineAndColumn("万州\n𠀀x", 5)).toEqual({ line: 2, column: 3 });
});

test("a token at the very start is placed there; a message of no known shape is kept, without a place", () => {
  expect(describe("x")).toBe("malformed JSON at line 1, column 1: unexpected token 'x'");
  expect(describe("NaN")).toBe('malformed JSON: "NaN" is not valid JSON');
  expect(describeJsonError("[", new Error("Something else went wrong"))).toBe(
    "malformed JSON: something else went wrong",
  );
});

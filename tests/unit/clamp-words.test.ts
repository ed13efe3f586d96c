// English lines (wrapText) as share cards and embeds break them: at spaces and after dashes; a card's title cut
// with an ellipsis that fits (clampWords).
import { expect, test } from "vitest";
import { textWidth, wrapText } from "../../src/lib/text/measure";
import { clampWords } from "../../src/lib/text/clamp-words";

const wrapWords = (text: string, ems: number) => wrapText(text, ems, "en");

const fits = (lines: string[], ems: number) => lines.every((l) => textWidth(l, 1) <= ems);

test("breaks at spaces, never inside a word or before its comma", () => {
  const lines = wrapWords("Wanzhou's growth, year on year, caught up with Chongqing's", 12);
  expect(lines).toEqual(["Wanzhou's growth,", "year on year, caught up", "with Chongqing's"]);
  expect(fits(lines, 12)).toBe(true);
});

test("a name joined by dashes may break after a dash; text without spaces breaks as Chinese does", () => {
  expect(wrapWords("The Wanzhou–Dazhou–Kaizhou zone", 10)).toEqual(["The Wanzhou–", "Dazhou–Kaizhou", "zone"]);
  expect(wrapWords("一二三四五六七八九十", 4)).toEqual(["一二三四", "五六七八", "九十"]);
});

test("clamped text keeps its lines, and ends the last in an ellipsis that fits where words were left out", () => {
  expect(clampWords("short and sweet", 20, 2)).toEqual(["short and sweet"]);
  const lines = clampWords("one two three four five six seven eight nine ten eleven twelve", 8, 2);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/[a-z]…$/);
  expect(fits(lines, 8)).toBe(true);
});

// The English edition's number and date forms: each unit converted once, in the right power of ten.
import { expect, test } from "vitest";
import {
  formatAxisUnit,
  formatCount,
  formatDate,
  formatFigure,
  formatMeasure,
  formatPeriod,
  formatRank,
  formatSection,
  formatStated,
  formatValue,
} from "../../src/lib/text/format-en";
import { FORMATS } from "../../src/lib/text/formats";
import * as zh from "../../src/lib/text/format";

test("亿元 become billions of yuan, 万 thousands or millions, to the article's precision", () => {
  expect(formatValue(40.27, "亿元")).toBe("4.027 billion yuan");
  expect(formatValue(12.1, "亿元")).toBe("1.21 billion yuan");
  expect(formatValue(220, "亿元")).toBe("22 billion yuan");
  expect(formatValue(200, "万人")).toBe("2 million people");
  expect(formatValue(162.03, "万人")).toBe("1.6203 million people");
  expect(formatValue(20, "万人次")).toBe("200,000 passenger trips");
  expect(formatValue(99, "万人次")).toBe("990,000 passenger trips");
  expect(formatValue(100, "万人次")).toBe("1 million passenger trips");
});

test("other units: per cent, km², years without grouping, places, and bare counts", () => {
  expect(formatValue(12.8, "%")).toBe("12.8%");
  expect(formatValue(3457, "平方公里")).toBe("3,457 km²");
  expect(formatValue(2018, "年")).toBe("2018");
  expect(formatValue(1, "位")).toBe("1 place");
  expect(formatValue(14, "位")).toBe("14 places");
  for (const unit of ["个", "项", "条", "家", "方"] as const) expect(formatValue(1234, unit)).toBe("1,234");
});

test("a lower bound reads “more than”; measures read as ranks, rank changes and starting years", () => {
  expect(formatFigure({ value: 20, unit: "万人次", bound: "more-than" })).toBe("more than 200,000 passenger trips");
  expect(formatFigure({ value: 20, unit: "万人次", bound: "exact" })).toBe("200,000 passenger trips");
  expect(formatMeasure({ value: 7, unit: "位", bound: "exact" }, "rank")).toBe("7th");
  expect(formatMeasure({ value: 14, unit: "位", bound: "exact" }, "rank-change")).toBe("up 14 places");
  expect(formatMeasure({ value: -3, unit: "位", bound: "exact" }, "rank-change")).toBe("down 3 places");
  expect(formatMeasure({ value: 0, unit: "位", bound: "exact" }, "rank-change")).toBe("up 0 places");
  expect(formatMeasure({ value: 2018, unit: "年", bound: "exact" }, "since")).toBe("since 2018");
  expect(formatMeasure({ value: 12.8, unit: "%", bound: "exact" }, "growth")).toBe("12.8%");
});

test("a number the article writes as a word stays a word: 首位 first, 六方 six; digits stay digits", () => {
  expect(formatStated({ value: 1, unit: "位", bound: "exact", text: "首位" }, "rank")).toBe("first");
  expect(formatStated({ value: 6, unit: "方", bound: "exact", text: "六方" })).toBe("six");
  expect(formatStated({ value: 3, unit: "位", bound: "exact", text: "第3位" }, "rank")).toBe("3rd");
  expect(() => formatStated({ value: 11, unit: "个", bound: "exact", text: "十一个" })).toThrow(
    "no English word for 11 (0–10 only)",
  );
});

test("ordinals, counts, periods, sections and British dates", () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(formatRank)).toEqual([
    "1st",
    "2nd",
    "3rd",
    "4th",
    "11th",
    "12th",
    "13th",
    "21st",
    "22nd",
    "23rd",
    "101st",
    "111th",
  ]);
  expect(formatCount(29)).toBe("29 records");
  expect(formatCount(1200, "fields")).toBe("1,200 fields");
  expect(formatPeriod("2021-H1")).toBe("first half of 2021");
  expect(formatPeriod("2021-H2")).toBe("second half of 2021");
  expect(formatPeriod("2021")).toBe("2021");
  expect(formatSection(3)).toBe("Part 3");
  expect(formatDate("2021-10-17")).toBe("17 October 2021");
  expect(formatDate("2026-01-01")).toBe("1 January 2026");
  expect(() => formatDate("2021-10")).toThrow('not an ISO date: "2021-10" (expected YYYY-MM-DD)');
});

test("FORMATS pairs each language with its forms", () => {
  expect(FORMATS.zh.formatRank(3)).toBe(zh.formatRank(3));
  expect(FORMATS.en.formatRank(3)).toBe("3rd");
});

test("an axis in 亿元 reads in billions of yuan in English, in 亿元 as it is in Chinese", () => {
  expect(formatAxisUnit("亿元")).toEqual({ factor: 0.1, words: "billion yuan" });
  expect(formatValue(40 * formatAxisUnit("亿元").factor * 10, "亿元")).toBe(formatValue(40, "亿元"));
  expect(formatAxisUnit("万人次")).toEqual({ factor: 0.01, words: "million passenger trips" });
  expect(formatAxisUnit("%")).toEqual({ factor: 1, words: "%" });
  expect(zh.formatAxisUnit("亿元")).toEqual({ factor: 1, words: "亿元" });
});

test("every number word the article could write, and every month, has its English", () => {
  const cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  const ordinals = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
  ];
  for (const [value, word] of cardinals.entries())
    expect(formatStated({ value, unit: "个", bound: "exact", text: "几个" })).toBe(word);
  for (const [value, word] of ordinals.entries())
    expect(formatStated({ value, unit: "位", bound: "exact", text: "首位" }, "rank")).toBe(word);
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  for (const [i, month] of months.entries())
    expect(formatDate(`2021-${String(i + 1).padStart(2, "0")}-05`)).toBe(`5 ${month} 2021`);
  expect([10, 20, 100, 110].map(formatRank)).toEqual(["10th", "20th", "100th", "110th"]);
});

test("a date must be the whole text: nothing before or after it", () => {
  for (const iso of ["x2021-10-17", "2021-10-17x", " 2021-10-17"])
    expect(() => formatDate(iso)).toThrow(`not an ISO date: "${iso}" (expected YYYY-MM-DD)`);
});

test("an axis in a unit reads as the figures do: its factor and the words after its ticks", () => {
  expect(formatAxisUnit("亿元")).toEqual({ factor: 0.1, words: "billion yuan" });
  expect(formatAxisUnit("万人")).toEqual({ factor: 0.01, words: "million people" });
  expect(formatAxisUnit("万人次")).toEqual({ factor: 0.01, words: "million passenger trips" });
  expect(formatAxisUnit("%")).toEqual({ factor: 1, words: "%" });
  expect(formatAxisUnit("个")).toEqual({ factor: 1, words: "" });
});

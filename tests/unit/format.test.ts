import { expect, test } from "vitest";
import {
  chineseNumeral,
  formatCount,
  formatFigure,
  formatMeasure,
  formatRank,
  formatDate,
  formatPeriod,
  formatSection,
  formatValue,
} from "../../src/lib/text/format";

test("numbers carry their units the Chinese way", () => {
  expect(formatValue(40.27, "亿元")).toBe("40.27亿元");
  expect(formatValue(12.8, "%")).toBe("12.8%");
  expect(formatValue(200, "万人")).toBe("200万人");
  expect(formatValue(200, "平方公里")).toBe("200平方公里");
});

test("years are never grouped; long amounts are", () => {
  expect(formatValue(2018, "年")).toBe("2018年");
  expect(formatValue(12903.41, "亿元")).toBe("12,903.41亿元");
  expect(formatValue(4283.2, "亿元")).toBe("4283.2亿元");
});

test("a lower bound reads as 超", () => {
  expect(formatFigure({ value: 20, unit: "万人次", bound: "more-than" })).toBe("超20万人次");
  expect(formatFigure({ value: 5, unit: "条", bound: "exact" })).toBe("5条");
});

test("ranks and counts", () => {
  expect(formatRank(7)).toBe("第7位");
  expect(formatCount(29)).toBe("29条");
  expect(formatCount(12, "个字段")).toBe("12个字段");
});

test("a figure reads as its measure", () => {
  expect(formatMeasure({ value: 7, unit: "位", bound: "exact" }, "rank")).toBe("第7位");
  expect(formatMeasure({ value: 14, unit: "位", bound: "exact" }, "rank-change")).toBe("提升14位");
  expect(formatMeasure({ value: -3, unit: "位", bound: "exact" }, "rank-change")).toBe("下降3位");
  expect(formatMeasure({ value: 2018, unit: "年", bound: "exact" }, "since")).toBe("2018年以来");
  expect(formatMeasure({ value: 12.8, unit: "%", bound: "exact" }, "growth")).toBe("12.8%");
});

test("section kickers count in Chinese numerals, past three too", () => {
  expect(["一", "二", "三", "四", "十", "十一", "二十", "九十九"]).toEqual(
    [1, 2, 3, 4, 10, 11, 20, 99].map((n) => chineseNumeral(n)),
  );
  expect(formatSection(3)).toBe("第三部分");
  expect(() => chineseNumeral(0)).toThrow(/1–99/);
  expect(() => chineseNumeral(100)).toThrow(/1–99/);
  expect(() => chineseNumeral(1.5)).toThrow(/1–99/);
});

test("dates read the Chinese way, without leading zeros", () => {
  expect(formatDate("2026-11-29")).toBe("2026年11月29日");
  expect(formatDate("2021-06-05")).toBe("2021年6月5日");
  expect(() => formatDate("2021-6-5")).toThrow(/ISO date/);
});

test("at most two decimals, no trailing zeros, and no grouping below 10,000", () => {
  expect(formatValue(1.236, "亿元")).toBe("1.24亿元");
  expect(formatValue(12.5, "%")).toBe("12.5%");
  expect(formatValue(9999, "万人")).toBe("9999万人");
  expect(formatValue(10000, "万人")).toBe("10,000万人");
  expect(formatValue(20215, "年")).toBe("20215年");
  expect(formatRank(12345)).toBe("第12,345位");
  expect(formatCount(12345, "项")).toBe("12,345项");
});

test("a rank change of zero reads as 提升0位, and an exact figure has no 超", () => {
  expect(formatMeasure({ value: 0, unit: "位", bound: "exact" }, "rank-change")).toBe("提升0位");
  expect(formatMeasure({ value: 20, unit: "万人次", bound: "more-than" })).toBe("超20万人次");
  expect(formatFigure({ value: 20, unit: "万人次", bound: "exact" })).toBe("20万人次");
});

test("periods read as the year and its half", () => {
  expect(formatPeriod("2021-H1")).toBe("2021年上半年");
  expect(formatPeriod("2021-H2")).toBe("2021年下半年");
  expect(formatPeriod("2021")).toBe("2021年");
});

test("Chinese numerals at the edges of each ten", () => {
  expect([5, 6, 7, 8, 9, 12, 19, 30, 90, 91].map((n) => chineseNumeral(n))).toEqual([
    "五",
    "六",
    "七",
    "八",
    "九",
    "十二",
    "十九",
    "三十",
    "九十",
    "九十一",
  ]);
  expect(() => chineseNumeral(-3)).toThrow("no Chinese numeral for -3 (1–99 only)");
});

test("a date that is not YYYY-MM-DD is named in the error", () => {
  expect(() => formatDate("x2021-06-05")).toThrow('not an ISO date: "x2021-06-05" (expected YYYY-MM-DD)');
  expect(() => formatDate("2021-06-05x")).toThrow(RangeError);
});

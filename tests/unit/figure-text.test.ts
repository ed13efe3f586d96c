import { expect, test } from "vitest";
import { numberInText, textStatesValue } from "../../src/lib/figures/figure-text";

test("reads the number a figure's text states, as the article writes it", () => {
  expect(numberInText("40.27亿元")).toBe(40.27);
  expect(numberInText("第7位")).toBe(7);
  expect(numberInText("提升14位")).toBe(14);
  expect(numberInText("超20万人次")).toBe(20);
  expect(numberInText("首位")).toBe(1);
  expect(numberInText("六方")).toBe(6);
});

test("states no number when there is none or more than one", () => {
  expect(numberInText("全市平均水平")).toBeNull();
  expect(numberInText("第1位和第3位")).toBeNull();
  expect(numberInText("六个三")).toBeNull();
});

test("a figure whose text says another value is caught", () => {
  expect(textStatesValue({ text: "12.8%", value: 12.8 })).toBe(true);
  expect(textStatesValue({ text: "12.8%", value: 12.9 })).toBe(false);
});

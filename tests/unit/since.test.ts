import { describe, expect, test } from "vitest";
import { asOfWords, dateWords, latestDate, latestStage, milestonesOf, whenWords } from "../../src/lib/data/since";
import type { Milestone } from "../../src/schemas/milestones";

const source = {
  kind: "external",
  publisher: "p",
  url: "https://example.org/",
  reliability: "News",
  quote: "q",
} as const;
const m = (id: string, date: string, kind: Milestone["kind"], stage?: Milestone["stage"]): Milestone => ({
  id,
  subject: "line",
  date,
  precision: date.length === 10 ? "day" : "month",
  kind,
  what: id,
  ...(stage ? { stage } : {}),
  sources: [source],
});

describe("later milestones", () => {
  const all = [
    m("opened", "2022-06-20", "event", "opened"),
    m("plan", "2023-01-01", "plan"),
    m("started", "2021-12", "event", "construction"),
    m("context", "2022-08-01", "event"),
  ];

  test("an item's milestones come oldest first, month dates among days", () =>
    expect(milestonesOf("line", all).map((x) => x.id)).toEqual(["started", "opened", "context", "plan"]));

  test("the latest stage is the latest staged fact, never a plan or a stageless event", () => {
    expect(latestStage("line", all)?.milestone.id).toBe("opened");
    expect(latestStage("line", all)?.stage).toBe("opened");
    expect(latestStage("other", all)).toBeUndefined();
  });

  test("the as-of date is the newest fact's, not a plan's", () => expect(latestDate(["line"], all)).toBe("2022-08-01"));

  test("dates in words keep their precision", () => {
    expect(dateWords(m("a", "2022-06-20", "event"), "zh")).toBe("2022年6月20日");
    expect(dateWords(m("a", "2022-07", "event"), "zh")).toBe("2022年7月");
    expect(whenWords({ ...m("a", "2022-10-11", "status"), by: true }, "zh")).toBe("不晚于2022年10月11日");
    expect(asOfWords("2025-11-01", "zh")).toBe("截至2025年11月");
  });

  test("in English, dates as the English edition writes them", () => {
    expect(dateWords(m("a", "2022-06-20", "event"), "en")).toBe("20 June 2022");
    expect(dateWords({ date: "2022-07", precision: "month" }, "en")).toBe("July 2022");
    expect(dateWords({ date: "2024-12", precision: "month" }, "en")).toBe("December 2024");
    expect(whenWords({ ...m("a", "2022-10-11", "status"), by: true }, "en")).toBe("by 11 October 2022");
    expect(asOfWords("2025-11-01", "en")).toBe("as of November 2025");
  });
});

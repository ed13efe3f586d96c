// The since page's items in both languages: the same items under the same ids, every word of the English
// from the records' English (no Chinese), and milestones' notes and pages with their English.
import { describe, expect, test } from "vitest";
import { KIND_LABELS, reliabilityWords, sinceGroups } from "../../src/lib/data/since-items";
import { noteWords, pageField, whatWords } from "../../src/lib/data/since";
import { readDatasets } from "../support/repo";

const records = readDatasets();
const HAN = /\p{Script=Han}/u;

describe("sinceGroups", () => {
  const [zh, en] = [sinceGroups(records, "zh"), sinceGroups(records, "en")];

  test("gives the same groups and items, in the same order, in both languages", () => {
    expect(en.map((g) => g.items.map((i) => i.id))).toEqual(zh.map((g) => g.items.map((i) => i.id)));
    expect(zh.flatMap((g) => g.items)).toHaveLength(records.transport.length + records.projects.length);
  });

  test("says every English word from the records' English, with no Chinese", () => {
    for (const g of en) {
      expect(g.title).not.toMatch(HAN);
      for (const i of g.items)
        for (const words of [i.name, i.articleWords, i.articleStage ?? ""]) expect(words, i.id).not.toMatch(HAN);
    }
    const zhengwan = en.flatMap((g) => g.items).find((i) => i.id === "zhengwan-hsr")!;
    const record = records.transport.find((r) => r.id === "zhengwan-hsr")!;
    expect(zhengwan.name).toBe(record.nameEn);
    expect(zhengwan.articleWords).toBe("track laying completed");
    expect(zhengwan.articleStage).toBe("Under construction");
    expect(en[0]!.title).toBe("Transport: Air");
  });

  test("keeps the Chinese words the Chinese page had", () => {
    expect(zh[0]!.title).toBe("交通：航空");
    const first = zh.flatMap((g) => g.items).find((i) => i.id === "zhengwan-hsr")!;
    expect(first.articleWords).toBe("完成铺轨");
    expect(first.articleStage).toBe("在建");
  });
});

describe("milestones in English", () => {
  test("every milestone's what and note, and every page's publisher, repost and note have their English", () => {
    for (const m of records.milestones) {
      expect(whatWords(m, "en"), m.id).not.toMatch(HAN);
      if (m.note) expect(noteWords(m, "en"), m.id).not.toMatch(HAN);
      for (const s of m.sources) {
        // A publisher's English may give its Chinese name after it, in parentheses.
        expect(pageField(s, "publisher", "en")!.replace(/\([^)]*\)/g, ""), s.url).not.toMatch(HAN);
        expect(reliabilityWords(s, "en").replace(/\([^)]*\)/g, ""), s.url).not.toMatch(HAN);
        if (s.note) expect(noteWords(s, "en"), s.url).not.toMatch(HAN);
      }
    }
  });

  test("a plan is labelled a plan, an aggregator only a lead, in both languages", () => {
    expect(KIND_LABELS.en.plan).toBe("Plan (stated at the time, not a fact)");
    expect(KIND_LABELS.zh.plan).toBe("计划（当时提出，非事实）");
    const page = records.milestones[0]!.sources[0]!;
    const agg = { ...page, reliability: "Agg" as const, repostOf: undefined, repostOfEn: undefined };
    expect(reliabilityWords(agg, "en")).toBe("aggregator or encyclopedia, only a lead");
    expect(reliabilityWords(agg, "zh")).toBe("聚合或百科，仅作线索");
  });

  test("a note without its English stops the build, naming the note", () => {
    expect(() => noteWords({ note: "说明" }, "en")).toThrow(/说明.*noteEn/);
    expect(noteWords({ note: "说明" }, "zh")).toBe("说明");
  });
});

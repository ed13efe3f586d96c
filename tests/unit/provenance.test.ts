// The checks across files (src/lib/input/provenance.ts) on small hand-made records: each rule alone,
// with the exact field and message it names. The broken fixtures (check-input.test.ts) prove the
// same rules on the real input.
import { expect, test } from "vitest";
import {
  checkProvenance,
  figuresOf,
  quotedSentences,
  sourcesOf,
  type ChapterText,
} from "../../src/lib/input/provenance";
import { formatIssue } from "../../src/lib/input/data-issue";
import type { Records } from "../../src/schemas/index";

const S1 = "目标明确后，关键看行动。";
const S2 = "万州新田港二期开工，总投资13.3亿元。";
const S3 = "大区要有大担当、大作为。";
const chapters: ChapterText[] = [
  { slug: "planning", file: "content/chapters/01-planning.md", body: `${S1}${S2}\n\n${S3}\n` },
  { slug: "closing", file: "content/chapters/05-closing.md", body: "号角吹响，大幕拉开。\n" },
];
const article = (quote: string, chapter = "planning") => ({ kind: "article", chapter, quote });
const figure = (text: string, value: number, unit = "亿元") => ({ value, unit, text, bound: "exact" });

/** Records of only the datasets a test needs; every other dataset empty. */
function records(parts: Record<string, object[]>): Records {
  const empty = { economy: [], projects: [], transport: [], investments: [], places: [], milestones: [] };
  return { ...empty, places: [{ id: "wanzhou" }, { id: "kaizhou" }], ...parts } as unknown as Records;
}
const issues = (parts: Record<string, object[]>) => checkProvenance(records(parts), chapters).map(formatIssue);

test("a quote of whole sentences, one or several, in its chapter passes; so do the places it names", () => {
  expect(
    issues({
      projects: [
        { id: "a", source: article(S1), places: ["wanzhou", "kaizhou"] },
        { id: "b", sources: [article(`${S1}${S2}`), article(S3)], place: "wanzhou" },
        { id: "c", source: article(S2), figures: [figure("13.3亿元", 13.3)] },
      ],
    }),
  ).toEqual([]);
});

test("a quote that is a clause of one sentence is refused, naming the record's source.quote", () => {
  expect(issues({ projects: [{ id: "a", source: article("关键看行动。") }] })).toEqual([
    'data/projects.json › record "a" › field source.quote: quote is not verbatim, as whole sentences, in chapter "planning": “关键看行动。”',
  ]);
});

test("a quote whose sentences stand in another chapter, or in no chapter, is refused", () => {
  expect(issues({ transport: [{ id: "t", sources: [article(S1), article(S1, "closing")] }] })).toEqual([
    'data/transport.json › record "t" › field sources[1].quote: quote is not verbatim, as whole sentences, in chapter "closing": “目标明确后，关键看行动。”',
  ]);
  expect(issues({ projects: [{ id: "p", source: article(S1, "lead") }] })).toEqual([
    'data/projects.json › record "p" › field source.chapter: unknown chapter "lead" (known: planning, closing)',
  ]);
});

test("an outside source has no quote to check", () => {
  const outside = { kind: "external", publisher: "GeoNames", url: "https://www.geonames.org/1", note: "坐标" };
  expect(issues({ milestones: [{ id: "m", sources: [outside] }] })).toEqual([]);
});

test("a figure must state the record's value and be written in the quote, or the outside source's note", () => {
  expect(
    issues({
      investments: [
        { id: "i", source: article(S2), figures: [figure("13.3亿元", 13.3), figure("13.4亿元", 13.3)] },
        {
          id: "j",
          source: { kind: "external", publisher: "万州区政府", note: "投资13亿元" },
          figure: figure("13亿元", 13),
        },
        {
          id: "k",
          source: { kind: "external", publisher: "万州区政府", note: "投资十三亿元" },
          figure: figure("13亿元", 13),
        },
        { id: "l", figure: figure("1亿元", 2) },
      ],
    }),
  ).toEqual([
    'data/investments.json › record "i" › field figures[1].text: "13.4亿元" does not state the value 13.3',
    'data/investments.json › record "i" › field figures[1].text: "13.4亿元" is not written in the record\'s source',
    'data/investments.json › record "k" › field figure.text: "13亿元" is not written in the record\'s source',
    'data/investments.json › record "l" › field figure.text: "1亿元" does not state the value 2',
  ]);
});

test("every place id a record names must exist: place, within and each of places", () => {
  expect(
    issues({
      economy: [{ id: "e", place: "wanxian" }],
      places: [{ id: "wanzhou" }, { id: "kaizhou", within: "chongqing" }],
      projects: [{ id: "p", places: ["wanzhou", "dazhou", "kaizhou", "yunyang"] }],
    }),
  ).toEqual([
    'data/economy.json › record "e" › field place: unknown place id "wanxian"',
    'data/projects.json › record "p" › field places[1]: unknown place id "dazhou"',
    'data/projects.json › record "p" › field places[3]: unknown place id "yunyang"',
    'data/places.json › record "kaizhou" › field within: unknown place id "chongqing"',
  ]);
});

test("an investment's occasion and whole must be records, and a part never exceeds its whole", () => {
  expect(
    issues({
      investments: [
        { id: "whole", figures: [figure("13.3亿元", 13.3), figure("11个", 11, "个")] },
        { id: "equal", partOf: "whole", occasion: "whole", figures: [figure("13.3亿元", 13.3)] },
        { id: "other-unit", partOf: "whole", figures: [figure("20万平方米", 20, "万平方米")] },
        { id: "over", partOf: "whole", figures: [figure("3个", 3, "个"), figure("13.4亿元", 13.4)] },
        { id: "lost", partOf: "nowhere", occasion: "never", figures: [figure("99亿元", 99)] },
        { id: "no-figures", partOf: "whole" },
        { id: "bare-whole" },
        { id: "part-of-bare", partOf: "bare-whole", figures: [figure("1亿元", 1)] },
      ],
    }),
  ).toEqual([
    'data/investments.json › record "lost" › field occasion: unknown record id "never"',
    'data/investments.json › record "over" › field figures[1].value: part (13.4亿元) exceeds its whole "whole" (13.3亿元)',
    'data/investments.json › record "lost" › field partOf: unknown record id "nowhere"',
  ]);
});

test("sourcesOf and figuresOf name each with its field path", () => {
  const record = { id: "r", source: article(S1), sources: [article(S2)], figure: figure("1亿元", 1), figures: [] };
  expect(sourcesOf(record).map((s) => s.field)).toEqual(["source", "sources[0]"]);
  expect(figuresOf(record).map((f) => f.field)).toEqual(["figure"]);
  expect(sourcesOf({ id: "none" })).toEqual([]);
  expect(figuresOf({ id: "none", figures: [figure("1亿元", 1), figure("2亿元", 2)] }).map((f) => f.field)).toEqual([
    "figures[0]",
    "figures[1]",
  ]);
});

test("quotedSentences: the sentences a quote is made of, or none when it is not whole sentences of its chapter", () => {
  expect(quotedSentences(article(`${S1}${S2}`) as never, chapters).map((s) => s.text)).toEqual([S1, S2]);
  expect(quotedSentences(article(S3) as never, chapters).map((s) => s.text)).toEqual([S3]);
  expect(quotedSentences(article("关键看行动。") as never, chapters)).toEqual([]);
  expect(quotedSentences(article(S1, "closing") as never, chapters)).toEqual([]);
  expect(quotedSentences(article(S1, "lead") as never, chapters)).toEqual([]);
});

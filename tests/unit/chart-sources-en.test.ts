// The English source line: a quote shows the opening of the site's English of its sentence and links
// to that sentence under /en/; an outside source shows its publisher in English.
import { expect, test } from "vitest";
import { chartSourceLinks, englishWording, sourceLineItems, sourceWords } from "../../src/lib/chart-page/chart-sources";
import { publisherIn } from "../../src/lib/chart-page/publishers";
import type { ChapterText } from "../../src/lib/input/provenance";
import { sentenceTranslations } from "../../src/lib/text/sentence-translations";
import { sentenceId } from "../../src/lib/text/sentences";
import type { Source } from "../../src/schemas/source";
import { milestoneSource } from "../../src/lib/data/since";
import type { Milestone } from "../../src/schemas/milestones";

const FIRST = "万开快速路全线贯通，万云滨江快速路分段建设。";
const SECOND = "郑万高铁重庆段完成铺轨。";
const texts: ChapterText[] = [
  { slug: "coordination", file: "content/chapters/04-coordination.md", body: `${FIRST}${SECOND}\n` },
  { slug: "lead", file: "content/chapters/00-lead.md", body: `${SECOND}\n` },
];
const english = sentenceTranslations([
  `:s[The Wanzhou–Kaizhou expressway is open along its whole length, and the Wanyun riverside expressway is being built section by section.]{of="${sentenceId(FIRST)}"}\n\n` +
    `:s[Track laying on the Chongqing section \\[of the railway\\] is done.]{of="${sentenceId(SECOND)}"}`,
]);
const wording = englishWording(texts, english);
const quote = (q: string, chapter = "coordination"): Source => ({ kind: "article", chapter, quote: q });
const news = (publisher: string, publisherEn?: string): Source => ({
  kind: "external",
  publisher,
  ...(publisherEn && { publisherEn }),
  url: `https://example.org/${encodeURIComponent(publisher)}`,
  reliability: "News",
  note: "报道",
});

test("a quote shows the first seven words of its first sentence's English, without a dangling comma", () => {
  expect(sourceWords(quote(FIRST), wording)).toEqual({
    label: "Article: “The Wanzhou–Kaizhou expressway is open along its…”",
  });
  expect(sourceWords(quote(`${FIRST}${SECOND}`), wording).label).toMatch(/^Article: “The Wanzhou/);
  expect(sourceWords(quote(SECOND), wording)).toEqual({
    label: "Article: “Track laying on the Chongqing section [of…”",
  });
});

test("a quote links to its sentence in the English chapter (the lead's is the English cover)", () => {
  const links = chartSourceLinks([quote(FIRST), quote(SECOND, "lead")], texts, wording);
  expect(links.map((l) => l.href)).toEqual([
    `/en/chapters/coordination/#${sentenceId(FIRST)}`,
    `/en/#${sentenceId(SECOND)}`,
  ]);
});

test("an outside source: the record's English for its publisher (publisherEn), and its reliability in English", () => {
  expect(sourceWords(news("重庆日报", "Chongqing Daily"), wording)).toEqual({
    label: "Chongqing Daily",
    note: "news media",
  });
  expect(sourceWords(news("重庆日报", "Chongqing Daily"))).toEqual({ label: "重庆日报", note: "新闻媒体" });
  expect(() => sourceWords(news("某某晚报"), wording)).toThrow(/某某晚报.*lacks publisherEn/);
});

test("the English source line's pieces: “Source: ”, then each source with its note, separated by “; ”", () => {
  expect(sourceLineItems([quote(SECOND), news("重庆日报", "Chongqing Daily")], wording)).toEqual([
    "Source: ",
    "Article: “Track laying on the Chongqing section [of…”; ",
    "Chongqing Daily (news media)",
  ]);
});

test("a later fact's page names its publisher, and what it reposts, in English on English pages", () => {
  const page = {
    kind: "external" as const,
    publisher: "x.com",
    publisherEn: "x.com",
    url: "https://x.com/1",
    reliability: "Copy" as const,
    quote: "摘录",
    repostOf: "新华网",
    repostOfEn: "Xinhuanet",
  };
  const milestone = { what: "开通", whatEn: "opened" } as unknown as Milestone;
  const source = milestoneSource(page, milestone);
  expect(publisherIn(source, "zh")).toBe("x.com，转载自新华网");
  expect(publisherIn(source, "en")).toBe("x.com, repost of Xinhuanet");
  expect(source.noteEn).toBe("opened");
});

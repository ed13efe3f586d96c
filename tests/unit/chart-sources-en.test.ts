// The English source line: a quote shows the opening of the site's English of its sentence and links
// to that sentence under /en/; an outside source shows its publisher in English.
import { expect, test } from "vitest";
import { chartSourceLinks, englishWording, sourceLineItems, sourceWords } from "../../src/lib/chart-page/chart-sources";
import { PUBLISHERS_EN, publisherIn } from "../../src/lib/chart-page/publishers";
import type { ChapterText } from "../../src/lib/input/provenance";
import { sentenceTranslations } from "../../src/lib/text/sentence-translations";
import { sentenceId } from "../../src/lib/text/sentences";
import type { Source } from "../../src/schemas/source";
import { readInputFiles } from "../support/repo";

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
const news = (publisher: string): Source => ({
  kind: "external",
  publisher,
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

test("an outside source: its publisher in English with the Chinese name after it, and its reliability in English", () => {
  expect(sourceWords(news("重庆日报"), wording)).toEqual({ label: "Chongqing Daily (重庆日报)", note: "news media" });
  expect(sourceWords(news("GeoNames"), wording).label).toBe("GeoNames");
  expect(publisherIn("x.com，转载自新华网", "en")).toBe("x.com, reposting Xinhuanet (新华网)");
  expect(publisherIn("重庆日报", "zh")).toBe("重庆日报");
  expect(() => publisherIn("某某晚报", "en")).toThrow(/publishers\.ts.*某某晚报/);
});

test("the English source line's pieces: “Source: ”, then each source with its note, separated by “; ”", () => {
  expect(sourceLineItems([quote(SECOND), news("重庆日报")], wording)).toEqual([
    "Source: ",
    "Article: “Track laying on the Chongqing section [of…”; ",
    "Chongqing Daily (重庆日报) (news media)",
  ]);
});

test("every publisher the records name, and every repost's original, has its English", () => {
  const json = readInputFiles()
    .filter((f) => f.path.startsWith("data/") && f.path.endsWith(".json"))
    .map((f) => f.text)
    .join("\n");
  const named = [...json.matchAll(/"(?:publisher|repostOf)": *"([^"]*)"/g)].map((m) => m[1]!);
  expect(named.length).toBeGreaterThan(0);
  for (const publisher of named) expect(publisherIn(publisher, "en")).not.toMatch(/^[\u4e00-\u9fff]/u);
  // Each English name gives the Chinese only in parentheses after the English.
  for (const name of Object.values(PUBLISHERS_EN)) expect(name).toMatch(/^[^\u4e00-\u9fff]+(\(|$)/u);
});

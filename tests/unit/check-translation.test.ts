// The English chapters against their Chinese originals (src/lib/input/check-translation.ts), on a small
// made-up chapter: each rule on its own, with the issue it gives. The real files: check-input.test.ts.
import { expect, test } from "vitest";
import type { CheckedChapter } from "../../src/lib/input/check-chapter";
import { checkTranslations, strayChinese, translationSlug } from "../../src/lib/input/check-translation";
import { formatIssue } from "../../src/lib/input/data-issue";
import { sentencesOf } from "../../src/lib/text/sentences";

const BODY = '万州很美。江水很清！\n\n::chart{id="gdp-growth"}\n\n## 一年多来产业协作\n\n开州也美。\n';
const [a, b, c] = sentencesOf(BODY).map((s) => s.id);
const chinese: CheckedChapter = {
  slug: "planning",
  file: "content/chapters/01-planning.md",
  body: BODY,
  data: { title: "规划", slug: "planning", order: 1, titleSource: "editorial", summary: "摘要" },
};
const FRONT = "---\ntitle: Planning\nslug: planning\norder: 1\ntitleSource: editorial\nsummary: A summary.\n---\n";
const GOOD =
  `:s[Wanzhou is fair.]{of="${a}"} :s[The river is clear!]{of="${b}"}\n\n::chart{id="gdp-growth"}\n\n` +
  `## Over the past year {of="一年多来产业协作"}\n\n:s[Kaizhou (开州) is fair too.]{of="${c}"}\n`;
const PATH = "content/en/chapters/01-planning.md";
const check = (text: string, path = PATH) => checkTranslations([{ path, text }], [chinese]);
const issues = (text: string, path = PATH) => check(text, path).issues.map(formatIssue);

test("a faithful translation passes and is handed on with its frontmatter and body", () => {
  const { issues: found, translations } = check(FRONT + GOOD);
  expect(found).toEqual([]);
  expect(translations).toEqual([{ file: PATH, data: expect.objectContaining({ slug: "planning" }), body: GOOD }]);
});

test("a Chinese chapter without its translation is named, at the file it needs", () =>
  expect(checkTranslations([], [chinese]).issues.map(formatIssue)).toEqual([
    'content/en/chapters/01-planning.md › record "planning" › field (file): content/chapters/01-planning.md has no English translation',
  ]));

test("frontmatter: malformed YAML, a schema issue, an unknown slug, a file not named for its slug", () => {
  expect(issues("---\ntitle: [\n---\n")[0]).toMatch(/01-planning.*\(frontmatter\): malformed YAML/);
  expect(issues(FRONT.replace("summary: A summary.", "summary: 3 things") + GOOD)).toEqual([
    expect.stringContaining('record "01-planning" › field summary: an English summary carries no figures'),
  ]);
  expect(issues(FRONT.replace("slug: planning", "slug: closing") + GOOD)).toEqual([
    'content/en/chapters/01-planning.md › record "closing" › field slug: no Chinese chapter has the slug "closing"',
  ]);
  expect(issues(FRONT + GOOD, "content/en/chapters/01-plan.md")).toEqual([
    'content/en/chapters/01-plan.md › record "planning" › field slug: the file is named for "plan"; name it NN-planning.md',
    expect.stringContaining("content/chapters/01-planning.md has no English translation"),
  ]);
});

test("order, title source and the cover must be the Chinese chapter's", () => {
  expect(issues(FRONT.replace("order: 1", "order: 2") + GOOD)).toEqual([
    'content/en/chapters/01-planning.md › record "planning" › field order: is 2, the Chinese chapter\'s is 1',
  ]);
  expect(issues(FRONT.replace("titleSource: editorial", "titleSource: headline") + GOOD)).toEqual([
    'content/en/chapters/01-planning.md › record "planning" › field titleSource: is headline, the Chinese chapter\'s is editorial',
  ]);
  const cover = "cover:\n  banner: [B]\n  headline: H\n  dek: D\nkeyFigureLabels: [L]\n";
  expect(issues(FRONT.replace("---\ntitle", `---\n${cover}title`) + GOOD)).toEqual([
    expect.stringContaining("field cover: the translation has a cover where, and only where"),
    expect.stringContaining("field keyFigureLabels: gives 1 labels for the Chinese cover's 0 key figures"),
  ]);
});

test("sentences: each once, in order; none left out, none outside a directive", () => {
  expect(issues(FRONT + GOOD.replace(`:s[Wanzhou is fair.]{of="${a}"} `, ""))).toEqual([
    `content/en/chapters/01-planning.md › record "planning" › field :s: renders the sentences ${b}, ${c}; the Chinese chapter's are, in order, ${a}, ${b}, ${c}`,
  ]);
  expect(issues(FRONT + GOOD.replace("\n\n::chart", " Stray words.\n\n::chart"))).toEqual([
    'content/en/chapters/01-planning.md › record "planning" › field (body): text outside a sentence directive: “Stray words.”',
  ]);
});

test("headings and charts: the same, in the same places", () => {
  expect(issues(FRONT + GOOD.replace('{of="一年多来产业协作"}', '{of="别的"}'))).toEqual([
    'content/en/chapters/01-planning.md › record "planning" › field (headings): renders the headings 别的; the Chinese chapter\'s are 一年多来产业协作',
  ]);
  expect(issues(FRONT + GOOD.replace('::chart{id="gdp-growth"}', '::chart{id="zone-map"}'))).toEqual([
    'content/en/chapters/01-planning.md › record "planning" › field ::chart: places ::chart{id="zone-map"}; the Chinese chapter places ::chart{id="gdp-growth"}',
  ]);
});

test("no stray Chinese: in a sentence, a heading or the frontmatter, but a name in parentheses", () => {
  expect(issues(FRONT + GOOD.replace("Wanzhou is fair.", "万州 is fair."))).toEqual([
    `content/en/chapters/01-planning.md › record "planning" › field :s[0]: untranslated Chinese “万” in the sentence of ${a}: give Chinese only as a name in parentheses after its English`,
  ]);
  expect(issues(FRONT + GOOD.replace("## Over the past year", "## 一年多来"))).toEqual([
    expect.stringContaining("field (headings): untranslated Chinese “一” in the heading “一年多来”"),
  ]);
  expect(issues(FRONT.replace("title: Planning", "title: 规划") + GOOD)).toEqual([
    expect.stringContaining("field (frontmatter): untranslated Chinese “规”"),
  ]);
});

test("strayChinese: Chinese only as a whole parenthesised name", () => {
  expect(strayChinese("Dazhou (达州) and “Xi–Wan” (西万)")).toBeUndefined();
  expect(strayChinese("the “tale of two cities” (双城记·二)")).toBeUndefined();
  expect(strayChinese("Dazhou (达州 city)")).toBe("达");
  expect(strayChinese("达州")).toBe("达");
  expect(strayChinese("full-width，comma")).toBe("，");
  expect(strayChinese("plain English (with notes)")).toBeUndefined();
});

test("a translation's slug is its file's name less the order and the extension", () => {
  expect(translationSlug("content/en/chapters/03-coordination.md")).toBe("coordination");
  expect(translationSlug("content/en/chapters/00-lead.md")).toBe("lead");
  expect(translationSlug("content/en/chapters/hub-and-centres.md")).toBe("hub-and-centres");
  expect(translationSlug("x/10-a-1.md")).toBe("a-1");
});

test("the cover's words are held to the same rule, and a translation with an issue is not handed on", () => {
  const cover = "cover:\n  banner: [B]\n  headline: H\n  dek: 副题\nkeyFigureLabels: [L]\n";
  const lead: CheckedChapter = {
    ...chinese,
    data: {
      ...chinese.data,
      cover: {
        banner: ["横"],
        headline: "主",
        dek: "副",
        keyFigures: [{ dataset: "economy", record: "x", field: "figure", label: "说明" }],
      },
    },
  };
  const { issues: found, translations } = checkTranslations(
    [{ path: PATH, text: FRONT.replace("---\ntitle", `---\n${cover}title`) + GOOD }],
    [lead],
  );
  expect(found.map(formatIssue)).toEqual([expect.stringContaining("field (frontmatter): untranslated Chinese “副”")]);
  expect(translations).toEqual([]);
});

test("translations are handed on in the chapters' order, whatever the files' order", () => {
  const second: CheckedChapter = {
    ...chinese,
    slug: "closing",
    file: "content/chapters/04-closing.md",
    data: { ...chinese.data, slug: "closing", order: 4 },
  };
  const closing = FRONT.replace("slug: planning", "slug: closing").replace("order: 1", "order: 4") + GOOD;
  const { issues: found, translations } = checkTranslations(
    [
      { path: "content/en/chapters/04-closing.md", text: closing },
      { path: PATH, text: FRONT + GOOD },
    ],
    [chinese, second],
  );
  expect(found).toEqual([]);
  expect(translations.map((t) => t.data.slug)).toEqual(["planning", "closing"]);
});

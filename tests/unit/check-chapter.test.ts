// One chapter file's checks (src/lib/input/check-chapter.ts): frontmatter, text, chart directives.
import { expect, test } from "vitest";
import { checkChapter, splitFrontmatter } from "../../src/lib/input/check-chapter";
import { formatIssue } from "../../src/lib/input/data-issue";

const PATH = "content/chapters/01-planning.md";
const FRONT = "title: 高位谋划\nslug: planning\norder: 1\ntitleSource: section-heading\nsummary: 深化工作机制。";
const CHARTS = ["zone-map", "gdp-growth"];
const check = (text: string) => checkChapter({ path: PATH, text }, CHARTS);
const messages = (text: string) => check(text).issues.map(formatIssue);

test("frontmatter is the YAML between the opening and closing ---, with LF or CRLF", () => {
  expect(splitFrontmatter(`---\n${FRONT}\n---\n正文。\n`)).toEqual({
    frontmatter: {
      title: "高位谋划",
      slug: "planning",
      order: 1,
      titleSource: "section-heading",
      summary: "深化工作机制。",
    },
    body: "正文。\n",
  });
  expect(splitFrontmatter("---\r\ntitle: x\r\n---\r\n正文")).toEqual({ frontmatter: { title: "x" }, body: "正文" });
  expect(splitFrontmatter("---\ntitle: x\n---")).toEqual({ frontmatter: { title: "x" }, body: "" });
});

test("a file that does not open with --- has no frontmatter: all of it is body", () => {
  for (const text of ["正文。\n", "正文。\n---\ntitle: x\n---\n", " ---\ntitle: x\n---\n"])
    expect(splitFrontmatter(text)).toEqual({ frontmatter: undefined, body: text });
});

test("a good chapter passes with its slug, file, body and frontmatter", () => {
  expect(check(`---\n${FRONT}\n---\n正文。\n\n::chart{id="zone-map"}\n`)).toEqual({
    issues: [],
    chapter: {
      slug: "planning",
      file: PATH,
      body: '正文。\n\n::chart{id="zone-map"}\n',
      data: {
        title: "高位谋划",
        slug: "planning",
        order: 1,
        titleSource: "section-heading",
        summary: "深化工作机制。",
      },
    },
  });
});

test("broken YAML is named as the frontmatter of the file's name", () => {
  const { issues, chapter } = check("---\ntitle: [高位谋划\n---\n正文。\n");
  expect(chapter).toBeUndefined();
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ file: PATH, record: "01-planning", field: "(frontmatter)" });
  expect(issues[0]!.message).toMatch(/^malformed YAML: \S/);
});

test("a frontmatter problem names the chapter by its slug, or by its file's name where the slug is unusable", () => {
  const without = (field: string) => FRONT.replace(new RegExp(`^${field}: .*$`, "m"), "");
  expect(messages(`---\n${without("summary")}\n---\n正文。\n`)).toEqual([
    `${PATH} › record "planning" › field summary: Invalid input: expected string, received undefined`,
  ]);
  expect(messages(`---\n${FRONT.replace("slug: planning", "slug: 5")}\n---\n`)[0]).toMatch(
    `${PATH} › record "01-planning" › field slug: `,
  );
  expect(messages(`---\n${FRONT.replace("slug: planning", 'slug: " "')}\n---\n`)[0]).toMatch(
    `${PATH} › record "01-planning" › field slug: `,
  );
  expect(messages("正文。\n")[0]).toMatch(`${PATH} › record "01-planning" › field title: `);
});

test("a file that is not valid UTF-8 is named, as its body", () => {
  expect(messages(`---\n${FRONT}\n---\n正文\uFFFD。\n`)).toEqual([
    `${PATH} › record "planning" › field (body): the file is not valid UTF-8`,
  ]);
});

test("a ::chart directive with an unknown id is named with its line", () => {
  expect(messages(`---\n${FRONT}\n---\n正文。\n\n::chart{id="gdp-grwoth"}\n`)).toEqual([
    `${PATH} › record "planning" › field ::chart: unknown chart id "gdp-grwoth" (known: zone-map, gdp-growth) in ::chart{id="gdp-grwoth"}`,
  ]);
});

test("a chapter without a slug is named by its file name less only the final .md", () => {
  const { issues } = checkChapter({ path: "content/chapters/03-notes.md.draft.md", text: "no frontmatter" }, CHARTS);
  expect(issues.map((i) => i.record)).toEqual(expect.arrayContaining(["03-notes.md.draft"]));
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) expect(issue.record).toBe("03-notes.md.draft");
});

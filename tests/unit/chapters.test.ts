import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { paragraphsOf } from "../../src/lib/text/sentences";
import { chapterSchema } from "../../src/schemas/chapter";
import { readChapters, SEED } from "../support/repo";

// SEED is content/source/article.txt: the PDF text extraction of the article, kept byte for byte.
const seedLines = readFileSync(SEED, "utf8").split("\n");
const chapters = readChapters();
const strip = (s: string) => s.replace(/\s+/g, "");

/**
 * Whether `printed` is what the PDF extraction makes of bold `text`: every character twice, the two
 * copies interleaved (唱好“双城记” → 唱好唱好““双城记双城记””). Checked as a shuffle of text with itself.
 */
function isDoubledRendering(text: string, printed: string): boolean {
  const a = strip(text);
  const b = strip(printed);
  if (b.length !== 2 * a.length) return false;
  // can[i][j]: the first i+j characters of b interleave a[0..i) and a[0..j).
  const can = Array.from({ length: a.length + 1 }, () => new Array<boolean>(a.length + 1).fill(false));
  can[0]![0] = true;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= a.length; j++) {
      const c = b[i + j - 1];
      if (i > 0 && can[i - 1]![j] && a[i - 1] === c) can[i]![j] = true;
      if (j > 0 && can[i]![j - 1] && a[j - 1] === c) can[i]![j] = true;
    }
  }
  return can[a.length]![a.length]!;
}

describe("the chapters are the article", () => {
  test("the article's text is the extraction as received, never edited (content/source/README.md)", () => {
    expect(createHash("sha256").update(readFileSync(SEED)).digest("hex")).toBe(
      "b0d34fb5e089be7059bb01b4523abae79ad084fd6a2207ca1f909c33aea5b3ec",
    );
  });

  test("every sentence of the article, in order, nothing added (content/source/article.txt, white space aside)", () => {
    // The extraction's first lines are the doubled banner, headline and dek; the text follows them.
    const seedText = strip(seedLines.slice(5).join(""));
    const chapterText = strip(
      chapters
        .map(
          (c) =>
            (c.data.titleSource === "section-heading" ? c.data.title : "") +
            c.body.replace(/^#+ /gm, "").replace(/^::.*$/gm, ""),
        )
        .join(""),
    );
    expect(chapterText).toBe(seedText);
  });

  test("the cover matter is the article's, undoubled", () => {
    const cover = chapters[0]!.data.cover!;
    expect(isDoubledRendering(cover.banner[0]!, seedLines[0]!)).toBe(true);
    expect(isDoubledRendering(cover.banner[1]!, seedLines[1]!)).toBe(true);
    expect(isDoubledRendering(cover.headline, seedLines[3]!)).toBe(true);
    expect(isDoubledRendering(cover.dek, seedLines[4]!)).toBe(true);
    expect(isDoubledRendering("唱好“双城记”", "唱好唱好“双城记双城记””")).toBe(false);
  });

  test("the extraction's artifacts are gone", () => {
    expect(chapters).toHaveLength(5);
    for (const c of chapters) {
      for (const p of paragraphsOf(c.body)) {
        expect(p, `${c.file}: white space inside a paragraph`).not.toMatch(/\s/);
        expect(p, `${c.file}: straight quotes where the article prints curly ones`).not.toMatch(/"/);
        // A doubled run such as 双城记双城记 marks an undoubled headline.
        expect(p, `${c.file}: doubled run`).not.toMatch(/(\p{Script=Han}{3,})\1/u);
      }
    }
  });

  test("section titles are the article's own headings", () => {
    const seed = readFileSync(SEED, "utf8");
    const sections = chapters.filter((c) => c.data.titleSource === "section-heading");
    expect(sections.map((c) => c.slug)).toEqual(["planning", "hub-and-centres", "coordination"]);
    for (const c of sections) {
      expect(seed).toContain(c.data.title);
    }
  });
});

describe("chapter frontmatter", () => {
  const valid = chapters[2]!.data;

  test("a chapter without a title, or with a bad slug, is rejected naming the field", () => {
    const { title: _, ...untitled } = valid;
    const missing = chapterSchema.safeParse(untitled);
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(["title"]);
    const badSlug = chapterSchema.safeParse({ ...valid, slug: "Hub and centres" });
    expect(badSlug.error!.issues[0]!.path).toEqual(["slug"]);
  });

  test("an editorial summary carries no figures", () => {
    const result = chapterSchema.safeParse({ ...valid, summary: "增长12.8%。" });
    expect(result.error!.issues[0]!.message).toMatch(/no figures/);
  });

  test("only the lead carries cover matter", () => {
    expect(chapterSchema.safeParse({ ...valid, cover: chapters[0]!.data.cover }).success).toBe(false);
  });

  test("a key figure's editorial label carries no figures, and its field is figure or figures[n]", () => {
    const lead = chapters[0]!.data;
    const keyFigures = lead.cover!.keyFigures;
    const withLabel = (label: string, field = "figure") => ({
      ...lead,
      cover: { ...lead.cover!, keyFigures: [{ ...keyFigures[0]!, label, field }, ...keyFigures.slice(1)] },
    });
    expect(chapterSchema.safeParse(withLabel(keyFigures[0]!.label)).success).toBe(true);
    const digits = chapterSchema.safeParse(withLabel("增长12.8%"));
    expect(digits.error!.issues[0]!.path).toEqual(["cover", "keyFigures", 0, "label"]);
    expect(digits.error!.issues[0]!.message).toMatch(/no figures/);
    const field = chapterSchema.safeParse(withLabel(keyFigures[0]!.label, "figure.value"));
    expect(field.error!.issues[0]!.path).toEqual(["cover", "keyFigures", 0, "field"]);
  });
});

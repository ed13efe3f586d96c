import { z } from "zod";
import { recordId, text } from "./id";
import { DATASET_NAMES, type DatasetName } from "./index";

/** Words an editor (or the English translation) wrote, not the article's: no figures, which live in data/. */
export const editorial = (what: string, whose = "editorial") =>
  text.refine((s) => !/[0-9０-９]/.test(s), `an ${whose} ${what} carries no figures: numbers live in data/`);

/** Where a chapter's title comes from: the article's headline, a section heading of it, or the editor. */
export const TITLE_SOURCES = ["headline", "section-heading", "editorial"] as const;

/**
 * One of the cover's key figures: which record's figure to show, and an editorial label for it.
 * The number comes from the record; src/lib/input/check-key-figures.ts stops the build when the
 * record or its field does not exist.
 */
export const keyFigure = z
  .object({
    dataset: z.enum(DATASET_NAMES as [DatasetName, ...DatasetName[]]).describe("数字所在的数据集"),
    record: recordId.describe("数字所在记录的 id"),
    field: z
      .string()
      .regex(/^(figure|figures\[\d+\])$/, "must be figure or figures[n]")
      .describe("数字所在字段：figure 或 figures[n]"),
    label: editorial("key-figure label").describe("编辑所写的说明（非原文，不含数字）"),
  })
  .strict();

/** Frontmatter of a chapter in content/chapters/. The body is the article's own text. */
export const chapterSchema = z
  .object({
    title: text.describe("章节标题"),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case ASCII")
      .describe("URL 段：/chapters/<slug>/；导语为 lead，显示在首页"),
    order: z.number().int().min(0).describe("在文中的次序，0 为导语"),
    titleSource: z.enum(TITLE_SOURCES).describe("标题出自：主标题、原文小标题，或编辑所加"),
    summary: editorial("summary").describe("编辑所写的一句话摘要（非原文）"),
    cover: z
      .object({
        banner: z.array(text).min(1).describe("通栏标题（肩题），逐行"),
        headline: text.describe("主标题"),
        dek: text.describe("副题"),
        // The cover's key figures, in the order shown: each names a record's figure (no number here).
        keyFigures: z.array(keyFigure).min(1).describe("关键数字：引用记录中的数字，附编辑所写说明"),
      })
      .strict()
      .optional()
      .describe("封面信息，仅导语章有"),
  })
  .strict()
  .refine((c) => (c.order === 0) === (c.cover !== undefined), {
    message: "the lead (order 0) and only the lead carries cover",
    path: ["cover"],
  });

export type Chapter = z.infer<typeof chapterSchema>;
export type KeyFigure = z.infer<typeof keyFigure>;

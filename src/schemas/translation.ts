import { z } from "zod";
import { text } from "./id";
import { editorial, TITLE_SOURCES } from "./chapter";

/** Words of the site's English: editorial like a chapter's summary, so they carry no figures either. */
const english = (what: string) => editorial(what, "English");

/**
 * Frontmatter of a chapter's English translation in content/en/chapters/: the Chinese chapter's keys,
 * its title and summary translated; the lead's cover words translated, and the labels of its key
 * figures in the Chinese cover's order (the figures come from the records, as in Chinese).
 */
export const translationSchema = z
  .object({
    title: text.describe("章节标题的英文（本站译文）"),
    slug: z.string().describe("所译章节的 slug，与中文章节相同"),
    order: z.number().int().min(0).describe("与中文章节相同的次序"),
    titleSource: z.enum(TITLE_SOURCES).describe("与中文章节相同"),
    summary: english("summary").describe("编者摘要的英文"),
    cover: z
      .object({
        banner: z.array(text).min(1).describe("通栏标题的英文，逐行"),
        headline: text.describe("主标题的英文"),
        dek: text.describe("副题的英文"),
      })
      .strict()
      .optional()
      .describe("封面文字的英文，仅导语章有"),
    keyFigureLabels: z.array(english("key-figure label")).min(1).optional().describe("关键数字说明的英文，依中文次序"),
  })
  .strict();

export type Translation = z.infer<typeof translationSchema>;

import { z } from "zod";
import { text } from "./id";

/** Frontmatter of a chapter in content/chapters/. The body is the article's own text. */
export const chapterSchema = z
  .object({
    title: text.describe("章节标题"),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case ASCII")
      .describe("URL 段：/chapters/<slug>/；导语为 lead，显示在首页"),
    order: z.number().int().min(0).describe("在文中的次序，0 为导语"),
    titleSource: z
      .enum(["headline", "section-heading", "editorial"])
      .describe("标题出自：主标题、原文小标题，或编辑所加"),
    summary: text
      .refine((s) => !/[0-9０-９]/.test(s), "an editorial summary carries no figures: numbers live in data/")
      .describe("编辑所写的一句话摘要（非原文）"),
    cover: z
      .object({
        banner: z.array(text).min(1).describe("通栏标题（肩题），逐行"),
        headline: text.describe("主标题"),
        dek: text.describe("副题"),
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

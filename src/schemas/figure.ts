import { z } from "zod";
import { text } from "./id";

/** The units the article (and our outside sources) state numbers in. Closed on purpose. */
export const unit = z
  .enum(["%", "位", "亿元", "个", "项", "条", "家", "方", "万人", "万人次", "平方公里", "年"])
  .describe("单位");

/**
 * One number as the article states it. `text` is the figure exactly as written in the quote
 * (e.g. "40.27亿元", "第7位", "超20万人次"); the provenance check finds it in the quote.
 */
export const figure = z
  .object({
    value: z.number().describe("数值（以 unit 为单位）"),
    unit,
    text: text.describe("原文写法，须出现在出处句子中"),
    // The English edition writes the number itself (FORMATS.en); only the words for what it measures
    // are translated, so no figure is typed twice.
    measureEn: text
      .regex(/^\D*$/, "must hold no digits: the number comes from value")
      .optional()
      .describe("text 中说明所计何物的词的英文（本站译文），不含数字，如 协议总投资 → total agreed investment"),
    bound: z
      .enum(["exact", "more-than"])
      .default("exact")
      .describe("exact 为确数；more-than 表示原文作“超”“逾”等，真实值大于 value"),
  })
  .strict()
  .describe("原文中的一个数字");

export type Figure = z.infer<typeof figure>;
export type Unit = z.infer<typeof unit>;

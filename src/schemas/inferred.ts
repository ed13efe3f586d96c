import { z } from "zod";
import { text } from "./id";

/**
 * A reading of the article that the article does not state in so many words (“西万” as 西安–万州,
 * 今年 as 2021, the period of the ranks, 达州机场 as 河市机场), marked on the record that makes it.
 * The same readings are disclosed in prose on /about/.
 */
export const inferredReading = z
  .object({
    field: text.describe("这一读法所定的字段，如 period、places[0]、date"),
    what: text.describe("我们的读法，如 “西万”之“西”指西安"),
    whatEn: text.optional().describe("what 的英文（本站译文）"),
    reason: text.describe("依据：原文的哪些字句支持这一读法，原文未明说的是什么"),
    reasonEn: text.optional().describe("reason 的英文（本站译文）"),
  })
  .strict()
  .describe("原文未明说、由本站推断的一个读法");

export const inferred = z
  .array(inferredReading)
  .min(1)
  .optional()
  .describe("推断：原文未明说、由本站推断的读法，各附所定字段与理由");

export type InferredReading = z.infer<typeof inferredReading>;

import { z } from "zod";
import { isoDate, recordId, text } from "./id";

/** A page of the site a correction concerns, linked from the log. */
const place = z
  .object({
    label: text.describe("页面或图表的名称"),
    labelEn: text.optional().describe("label 的英文（本站译文）"),
    href: z
      .string()
      .regex(/^\/(?!\/)[^\s]*$/, "must be a path on this site, starting with a single /")
      .describe("站内地址，例如 /charts/growth-rankings/"),
  })
  .strict();

/**
 * One entry of the corrections log (更正) on /about/: a published error of the site, fixed. Entries
 * are never removed or rewritten; a later fix of the same thing is a new entry.
 */
export const correction = z
  .object({
    id: recordId,
    date: isoDate.describe("更正发布的日期 YYYY-MM-DD"),
    wrong: text.describe("原来的错误：页面上说了什么"),
    wrongEn: text.optional().describe("wrong 的英文（本站译文）"),
    right: text.describe("更正后的说法"),
    rightEn: text.optional().describe("right 的英文（本站译文）"),
    where: z.array(place).min(1).describe("涉及的页面"),
  })
  .strict();

export type Correction = z.infer<typeof correction>;

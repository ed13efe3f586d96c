import { z } from "zod";
import { recordId, text } from "./id";
import { figure } from "./figure";
import { source } from "./source";
import { inferred } from "./inferred";

/** One economic indicator of the article: a growth rate, a rank, a rank change or a target. */
export const indicator = z
  .object({
    id: recordId,
    place: recordId.describe("所指地区（places 中的 id）"),
    indicator: text.describe("指标名称，按原文"),
    indicatorEn: text.optional().describe("indicator 的英文（本站译文）"),
    measure: z
      .enum(["growth", "rank", "rank-change", "since", "target"])
      .describe("growth 增速；rank 名次；rank-change 名次变化；since 自某年以来；target 目标"),
    scope: z.enum(["全市", "渝东北"]).optional().describe("排名范围：重庆全市，或渝东北区县"),
    period: z
      .string()
      .regex(/^\d{4}(-H[12])?$/)
      .optional()
      .describe("时期，如 2021-H1（上半年）"),
    // What a chart labels the record by (gdp-growth: its place; growth-rankings: its indicator).
    shortName: text
      .optional()
      .describe("图表中的简称：增速对比图中为地区名（如 万州），名次图中为指标名（如 工业投资）"),
    shortNameEn: text.optional().describe("shortName 的英文（本站译文）"),
    figure,
    source,
    inferred,
  })
  .strict();

export type Indicator = z.infer<typeof indicator>;

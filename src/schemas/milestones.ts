import { z } from "zod";
import { recordId, text } from "./id";
import { RELIABILITY_LABELS, type Reliability } from "./source";
import { STAGES } from "../lib/data/stages";

/** The reliabilities a later fact's page can have: no open datasets here, and Agg only beside another. */
const PAGE_RELIABILITIES = ["Gov", "News", "Copy", "Agg"] as const satisfies Reliability[];

/** A web page that states a later fact, with the words a reader can find on it. */
export const milestoneSource = z
  .object({
    kind: z.literal("external").describe("来源为文外资料"),
    publisher: text.describe("网页所属的网站或媒体"),
    publisherEn: text.optional().describe("publisher 的英文（本站译文；网址照录）"),
    url: z.url().describe("网页地址"),
    reliability: z
      .enum(PAGE_RELIABILITIES)
      .describe(
        `可靠度：${PAGE_RELIABILITIES.map((r) => `${r} ${RELIABILITY_LABELS.zh[r]}`).join("，")}（聚合仅作线索，不单独成立）`,
      ),
    quote: text.describe("网页原文摘录，读者可在该页找到（繁体页面照录繁体）"),
    quoteEn: text.optional().describe("quote 的英文（本站译文）"),
    repostOf: text.optional().describe("转载时，被转载的原文出处，如 重庆日报"),
    repostOfEn: text.optional().describe("repostOf 的英文（本站译文）"),
    note: text.optional().describe("编辑说明，如年份取自哪一来源"),
    noteEn: text.optional().describe("note 的英文（本站译文）"),
  })
  .strict()
  .refine((s) => s.reliability === "Copy" || s.repostOf === undefined, {
    message: "only a repost (Copy) names the text it reposts",
    path: ["repostOf"],
  });

/** Day or month: a report that gives only the month is never shown with a day. */
const PRECISIONS = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/ } as const;

/**
 * What happened to an item of the article after the article: an event, a state a source confirms at
 * a date, or a plan with the date it was stated. Later facts live here, never in the article's records.
 */
export const milestone = z
  .object({
    id: recordId,
    subject: recordId.describe("所述项目：transport 或 projects 中的记录 id"),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, "must be YYYY-MM-DD or YYYY-MM")
      .describe("日期，ISO：YYYY-MM-DD 或只知月份时 YYYY-MM；计划为计划提出的日期"),
    precision: z.enum(["day", "month"]).describe("日期精度：day 日，month 月"),
    by: z.boolean().optional().describe("为 true 时日期是报道日期：事件或状态不晚于此日，来源未给出确切日期"),
    kind: z
      .enum(["event", "status", "plan"])
      .describe("event 事件（开工、开通等）；status 来源在该日确认的状态；plan 当时提出的计划，不是事实"),
    what: text.describe("发生了什么，中文，按来源所说"),
    whatEn: text.optional().describe("what 的英文（本站译文）"),
    stage: z.enum(STAGES).optional().describe("此后的阶段（本站阶段用语），仅交通项目的事件与状态；计划没有阶段"),
    note: text.optional().describe("编辑说明：来源未说明的事、与原文的出入"),
    noteEn: text.optional().describe("note 的英文（本站译文）"),
    sources: z.array(milestoneSource).min(1).describe("来源，一个或数个说法一致的网页"),
  })
  .strict()
  .refine((m) => PRECISIONS[m.precision].test(m.date), {
    message: "precision does not match the date's form (day: YYYY-MM-DD, month: YYYY-MM)",
    path: ["precision"],
  })
  .refine((m) => m.kind !== "plan" || m.stage === undefined, {
    message: "a plan is not a stage: a plan has no stage",
    path: ["stage"],
  });

export type Milestone = z.infer<typeof milestone>;
export type MilestoneSource = z.infer<typeof milestoneSource>;

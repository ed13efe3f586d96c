import { z } from "zod";
import { isoDate, recordId, text } from "./id";
import { figure } from "./figure";
import { source } from "./source";
import { inferred } from "./inferred";

/** What the projects' kinds are called, in the order the since page groups them. */
export const PROJECT_KIND_LABELS = {
  groundbreaking: "集中开工",
  platform: "合作平台",
  park: "园区",
  tourism: "文旅",
  urban: "城市建设",
  plan: "方案与任务",
  mechanism: "工作机制",
} as const;
type ProjectKind = keyof typeof PROJECT_KIND_LABELS;

/** A project, platform, park, plan or mechanism of the article (transport links live in transport). */
export const project = z
  .object({
    id: recordId,
    name: text.describe("名称，按原文"),
    nameEn: text.optional().describe("name 的英文（本站译文）"),
    kind: z
      .enum(Object.keys(PROJECT_KIND_LABELS) as [ProjectKind, ...ProjectKind[]])
      .describe("类别：集中开工、平台、园区、文旅、城市建设、方案与任务、工作机制（港口等交通项目见 transport）"),
    status: text.describe("原文用语，如 挂牌运营、送审待批、建设有序推进"),
    statusEn: text.optional().describe("status 的英文（本站译文），如 unveiled and began operating"),
    date: isoDate.optional().describe("日期；原文只写月日的，年份取文章所述年份 2021"),
    dateText: text.optional().describe("原文中的日期写法，如 10月17日"),
    dateTextEn: text.optional().describe("dateText 的英文（本站译文），如 17 October"),
    places: z.array(recordId).describe("所在或参与地点（places 中的 id）"),
    partners: z.array(text).optional().describe("合作方，按原文"),
    items: z.array(text).optional().describe("原文列举的组成部分或领域"),
    itemsEn: z.array(text).optional().describe("items 的英文（本站译文），与 items 一一对应"),
    figures: z.array(figure).optional().describe("原文给出的数字"),
    source,
    inferred,
  })
  .strict()
  .refine((p) => (p.date === undefined) === (p.dateText === undefined), {
    message: "date and dateText go together",
    path: ["dateText"],
  });

export type Project = z.infer<typeof project>;

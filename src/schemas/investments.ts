import { z } from "zod";
import { recordId, text } from "./id";
import { figure } from "./figure";
import { source } from "./source";
import { inferred } from "./inferred";

/** A signing, agreement or participation with its amount where the article gives one. */
export const investment = z
  .object({
    id: recordId,
    name: text.describe("签约或合作事项，按原文"),
    nameEn: text.optional().describe("name 的英文（本站译文）"),
    kind: z
      .enum(["signing", "framework-agreement", "intent-agreement", "participation", "event"])
      .describe("类别：集中签约、框架协议、意向性合作协议、参与建设、招商活动"),
    // What investment-amounts labels the record by; required of every record that chart shows.
    shortName: text.optional().describe("图表中的简称（投资额图用），如 “万开云”三地集中签约"),
    shortNameEn: text.optional().describe("shortName 的英文（本站译文）"),
    // What partners-network notes beside the record; required of every record that chart shows.
    action: text.optional().describe("合作网络图中注明的合作方式，如 签署框架协议"),
    actionEn: text.optional().describe("action 的英文（本站译文）"),
    places: z.array(recordId).describe("原文写明的签约地区或签约一方（places 中的 id）；原文未写的不列，可为空"),
    parties: z.array(text).optional().describe("原文点名的企业或机构"),
    partiesEn: z.array(text).optional().describe("parties 的英文（本站译文），与 parties 一一对应"),
    projects: z.array(text).optional().describe("原文点名的项目"),
    projectsEn: z.array(text).optional().describe("projects 的英文（本站译文），与 projects 一一对应"),
    partOf: recordId.optional().describe("所属的上级记录 id（如万州部分属于三地合计）"),
    occasion: recordId
      .optional()
      .describe("原文在同一句中所述的签约活动（investments 中的 id）；不表示计入其项目数或金额"),
    figures: z.array(figure).optional().describe("原文给出的数字：项目数、投资额等"),
    source,
    inferred,
  })
  .strict();

export type Investment = z.infer<typeof investment>;

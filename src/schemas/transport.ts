import { z } from "zod";
import { recordId, text } from "./id";
import { figure } from "./figure";
import { source } from "./source";
import { STAGES, STATUS_STAGE, STATUS_WORDS } from "../lib/data/stages";
import { inferred } from "./inferred";
import type { Localized } from "../lib/locale/lang";

/** Transport modes, as the article groups them. */
export const MODES = ["air", "rail", "road", "water", "freight", "transit"] as const;
/** The modes' names in each language. */
export const MODE_LABELS: Localized<Record<(typeof MODES)[number], string>> = {
  zh: {
    air: "航空",
    rail: "铁路",
    road: "公路",
    water: "港口与航运",
    freight: "物流通道与班列",
    transit: "公共交通",
  },
  en: {
    air: "Air",
    rail: "Rail",
    road: "Road",
    water: "Ports and shipping",
    freight: "Logistics corridors and freight trains",
    transit: "Public transport",
  },
};

/** One transport link, facility, service or one-off pilot the article names. */
export const transportLink = z
  .object({
    id: recordId,
    name: text.describe("名称，按原文"),
    nameEn: text.optional().describe("英文名"),
    mode: z
      .enum(MODES)
      .describe("方式：air 航空，rail 铁路，road 公路，water 港口与航运，freight 物流通道与班列，transit 公共交通"),
    kind: z
      .enum(["link", "facility", "service", "pilot"])
      .describe(
        "link 连接两地以上；facility 一处设施（机场、港口）；service 一项服务，原文未写齐两端；pilot 一次性试点运输（一件事，不是线路、设施或服务，不计入阶段）",
      ),
    places: z.array(recordId).min(1).describe("沿线或所在地点（places 中的 id），连接按原文次序"),
    status: z.enum(STATUS_WORDS).describe("原文用语，如 完成铺轨、即将开工、常态运行"),
    stage: z.enum(STAGES).describe("由 status 归并的阶段：preliminary、upcoming、construction、opened、operating"),
    figures: z.array(figure).optional().describe("原文给出的数字"),
    note: text.optional().describe("编辑说明"),
    source,
    inferred,
  })
  .strict()
  .refine((r) => STATUS_STAGE[r.status] === r.stage, {
    message: "stage does not match the stage its status word means (src/lib/stages.ts)",
    path: ["stage"],
  })
  .refine((r) => r.kind !== "link" || r.places.length >= 2, {
    message: "a link joins at least two places",
    path: ["places"],
  });

export type TransportLink = z.infer<typeof transportLink>;
export type Mode = (typeof MODES)[number];

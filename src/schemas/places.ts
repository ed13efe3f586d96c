import { z } from "zod";
import { recordId, text } from "./id";
import { externalSource, source } from "./source";
import { inferred } from "./inferred";

/** A point in WGS84 degrees. */
export const coordinates = z
  .object({
    lat: z.number().min(-90).max(90).describe("纬度（WGS84，度）"),
    lon: z.number().min(-180).max(180).describe("经度（WGS84，度）"),
    approximate: z.boolean().describe("是否为近似位置（地图上须标明）"),
    source: externalSource.describe("坐标出处"),
  })
  .strict();

/** A place the datasets refer to: a district, a city, an airport, a port, a town. */
export const place = z
  .object({
    id: recordId,
    name: text.describe("中文名"),
    nameEn: text.describe("英文名"),
    shortNameEn: text
      .optional()
      .describe("地图标签用的英文短名（本站译文），英文全名在地图上放不下时给出，如 Wuqiao Airport"),
    kind: z
      .enum(["district", "county", "prefecture", "city", "province", "new-area", "town", "airport", "port", "park"])
      .describe("类别：区、县、地级市、城市、省、新区、镇、机场、港口、园区"),
    coordinates: coordinates.nullable().describe("坐标；来源资料未给出的为 null（地图按 within 所属地处理）"),
    within: recordId.optional().describe("所属上级地点 id"),
    adcode: z
      .string()
      .regex(/^\d{6}$/)
      .optional()
      .describe("行政区划代码（边界数据 gb 字段去掉前缀 156）"),
    wandakai: z.enum(["member", "observer", "none"]).describe("与万达开川渝统筹发展示范区的关系：成员、观察员、无"),
    yudongbei: z.boolean().describe("是否属渝东北三峡库区城镇群"),
    note: text.optional().describe("说明"),
    sources: z.array(source).min(1).describe("身份、归属与坐标之外事实的出处"),
    inferred,
  })
  .strict();

export type Place = z.infer<typeof place>;

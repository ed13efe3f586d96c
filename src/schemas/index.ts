import type { z } from "zod";
import { indicator } from "./economy";
import { investment } from "./investments";
import { milestone } from "./milestones";
import { place } from "./places";
import { project } from "./projects";
import { transportLink } from "./transport";

/** What the /data/ page and the checks need to know about one dataset. */
export interface DatasetInfo<S extends z.ZodType = z.ZodType> {
  /** Collection name, file stem and URL segment: data/<name>.json, /data/<name>.json. */
  name: string;
  /** Chinese title. */
  title: string;
  /** What the dataset holds, in one or two Chinese sentences. */
  description: string;
  /** The site's English for the title and the description, for the English edition's /en/data/. */
  en: { title: string; description: string };
  /** Schema of one record. */
  schema: S;
}

export const DATASETS = {
  economy: {
    name: "economy",
    title: "经济指标",
    description:
      "万州2021年上半年的地区生产总值增速、各项指标在全市的排名与名次变化，“双两百”大城市目标；附重庆全市同期增速作对照。",
    en: {
      title: "Economic indicators",
      description:
        "Wanzhou's GDP growth in the first half of 2021, the ranks of its indicators in Chongqing and how they moved, the “double 200” big-city targets; with Chongqing's growth over the same period for comparison.",
    },
    schema: indicator,
  },
  projects: {
    name: "projects",
    title: "项目、平台与机制",
    description: "文中的集中开工项目、合作平台、园区、文旅项目、方案任务与协同工作机制（交通项目见 transport）。",
    en: {
      title: "Projects, platforms and mechanisms",
      description:
        "The article's projects started together, cooperation platforms, parks, culture and tourism projects, plans and tasks, and working mechanisms for coordination (transport projects are in transport).",
    },
    schema: project,
  },
  transport: {
    name: "transport",
    title: "交通",
    description:
      "文中的航空、铁路、公路、港口航运、物流通道与班列、公共交通项目：连接的地点、原文状态用语及归并的阶段。",
    en: {
      title: "Transport",
      description:
        "The article's air, rail, road, port and shipping, logistics corridor and freight train, and public transport projects: the places they link, the article's words for their status and the stage the site reads from them.",
    },
    schema: transportLink,
  },
  investments: {
    name: "investments",
    title: "招商与签约",
    description: "集中签约、框架协议、意向性合作协议与企业参与建设：签约项目数与投资额（原文给出时）、点名的企业。",
    en: {
      title: "Investment promotion and signings",
      description:
        "Signings, framework agreements, letters of intent and companies taking part in building: the number of projects signed and the amounts invested (where the article gives them), and the companies it names.",
    },
    schema: investment,
  },
  places: {
    name: "places",
    title: "地点",
    description: "各数据集引用的地点：中英文名、类别、WGS84 坐标及其出处、与万达开示范区和渝东北三峡库区城镇群的关系。",
    en: {
      title: "Places",
      description:
        "The places the datasets refer to: Chinese and English names, kind, WGS84 coordinates and their sources, and how each relates to the Wanzhou–Dazhou–Kaizhou zone and the Three Gorges Reservoir Area urban cluster in north-eastern Chongqing.",
    },
    schema: place,
  },
  milestones: {
    name: "milestones",
    title: "此后",
    description:
      "文章之后（2021年秋以后）各交通项目与项目的进展：事件、来源确认的状态与当时提出的计划，各附日期与来源网页的摘录。",
    en: {
      title: "Since then",
      description:
        "What happened to the transport projects and other projects after the article (after the autumn of 2021): events, stages the sources confirm and plans announced at the time, each with its date and an extract of its source page.",
    },
    schema: milestone,
  },
} as const satisfies Record<string, DatasetInfo>;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export type Records = { [K in DatasetName]: z.infer<(typeof DATASETS)[K]["schema"]>[] };

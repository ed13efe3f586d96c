import { z } from "zod";
import { text } from "./id";
import type { Lang, Localized } from "../lib/locale/lang";

/** Provenance in the article: the verbatim sentence(s) and the chapter that holds them. */
export const articleSource = z
  .object({
    kind: z.literal("article").describe("来源为本文"),
    chapter: z.string().describe("章节 slug，例如 hub-and-centres"),
    quote: text.describe("原文句子，逐字照录，须为该章中一个或数个完整的句子"),
  })
  .strict();

/**
 * How far a source outside the article can be trusted, with the words readers see for each level:
 * a government site, a news outlet, a repost of either, an aggregator or encyclopedia (a lead, not
 * a fact), an open dataset.
 */
export const RELIABILITY_LABELS = {
  zh: {
    Gov: "政府网站",
    News: "新闻媒体",
    Copy: "转载",
    Agg: "聚合或百科",
    Data: "公开数据集",
  },
  en: {
    Gov: "government website",
    News: "news media",
    Copy: "repost",
    Agg: "aggregator or encyclopedia",
    Data: "open dataset",
  },
} as const satisfies Localized<Record<string, string>>;

/** A reliability level's code. */
export type Reliability = keyof typeof RELIABILITY_LABELS.zh;

export const reliability = z.enum(Object.keys(RELIABILITY_LABELS.zh) as [Reliability, ...Reliability[]]).describe(
  `可靠度：${Object.entries(RELIABILITY_LABELS.zh)
    .map(([code, label]) => `${code} ${label}`)
    .join("，")}`,
);

/** A reliability level's words in a language. */
export function reliabilityLabel(level: Reliability, lang: Lang): string {
  return RELIABILITY_LABELS[lang][level];
}

/** Provenance outside the article: a public URL or an npm package, with what it says. */
export const externalSource = z
  .object({
    kind: z.literal("external").describe("来源为文外资料"),
    publisher: text.describe("发布者或数据集名称"),
    publisherEn: text.optional().describe("publisher 的英文（本站译文）"),
    url: z.url().optional().describe("来源网址"),
    package: z
      .string()
      .regex(/^@?[a-z0-9./-]+@\d+\.\d+\.\d+$/, "must be name@x.y.z")
      .optional()
      .describe("npm 包及其确切版本"),
    reliability,
    note: text.describe("该来源支持的事实"),
    noteEn: text.optional().describe("note 的英文（本站译文）"),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.package !== undefined, {
    message: "an external source needs a url or a package",
    path: ["url"],
  });

export const source = z.union([articleSource, externalSource]).describe("出处");

export type ArticleSource = z.infer<typeof articleSource>;
export type ExternalSource = z.infer<typeof externalSource>;
export type Source = z.infer<typeof source>;

import { z } from "zod";
import { text } from "./id";

/**
 * One term of the English edition's glossary (content/en/glossary.yaml, shown on /en/about/): a policy
 * phrase, place or name as the article writes it, with the site's English and what it means.
 */
export const glossaryTerm = z
  .object({
    zh: text.describe("原文写法"),
    pinyin: text.describe("拼音"),
    en: text.describe("本站英文译名"),
    explain: text.describe("英文说明：只说原文或本站来源支持的内容"),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTerm>;

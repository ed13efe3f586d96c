import { defineCollection } from "astro:content";
import { z } from "zod";
import { file, glob } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { glossaryTerm } from "./schemas/glossary";
import { chapterSchema } from "./schemas/chapter";
import { translationSchema } from "./schemas/translation";

// The article, one Markdown file a chapter; the frontmatter `slug` is the entry id and URL segment.
// Datasets are not collections: src/pipeline/site.ts reads data/*.json through src/pipeline/check-input.ts,
// which keeps the article's record order (Astro's store sorts entries by id) and gives the build
// and the tests one validation pipeline with one message format.
const chapters = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/chapters" }),
  schema: chapterSchema,
});

// The English edition's chapters (content/en/chapters/): the site's translation, sentence by sentence.
const translations = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/en/chapters" }),
  schema: translationSchema,
});

// The English edition's glossary: each term keyed by its Chinese, in the file's order.
const glossary = defineCollection({
  loader: file("./content/en/glossary.yaml", {
    parser: (text) => (parseYaml(text) as { zh: string }[]).map((term) => ({ id: term.zh, ...term })),
  }),
  // The loader keys each term by its Chinese (id), which stays in its data.
  schema: glossaryTerm.extend({ id: z.string() }),
});

export const collections = { chapters, translations, glossary };

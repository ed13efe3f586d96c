import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter";
import { DATASETS } from "./schemas/index";

// The article, one Markdown file a chapter; the frontmatter `slug` is the entry id and URL segment.
const chapters = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/chapters" }),
  schema: chapterSchema,
});

// One collection a dataset, each a JSON array in data/ validated by its schema in src/schemas/.
// Cross-file checks (quotes, place ids) run in src/lib/site.ts once every collection is loaded.
export const collections = {
  chapters,
  economy: defineCollection({ loader: file("data/economy.json"), schema: DATASETS.economy.schema }),
  projects: defineCollection({ loader: file("data/projects.json"), schema: DATASETS.projects.schema }),
  transport: defineCollection({ loader: file("data/transport.json"), schema: DATASETS.transport.schema }),
  investments: defineCollection({ loader: file("data/investments.json"), schema: DATASETS.investments.schema }),
  places: defineCollection({ loader: file("data/places.json"), schema: DATASETS.places.schema }),
};

// Reads the repository's real chapters and datasets straight from disk, the way the build sees
// them, so unit tests can run the same schemas and checks without an Astro build.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chapterSchema, type Chapter } from "../../src/schemas/chapter";
import { DATASETS, DATASET_NAMES, type Records } from "../../src/schemas/index";
import { splitFrontmatter } from "../../src/lib/input/check-chapter";
import type { InputFile } from "../../src/lib/input/input-files";
import { readInputFiles as readFiles } from "../../src/lib/input/input-files";
import type { ChapterText } from "../../src/lib/input/provenance";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SEED = join(ROOT, "content", "source", "article.txt");

export interface ChapterFile extends ChapterText {
  data: Chapter;
}

/** Every input file of the repository (chapters and datasets) with its text. */
export function readInputFiles(root = ROOT): InputFile[] {
  return readFiles(root);
}

/** The chapters in reading order, frontmatter validated (throws on a bad one). */
export function readChapters(dir = join(ROOT, "content", "chapters")): ChapterFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, f), "utf8"));
      const data = chapterSchema.parse(frontmatter);
      return { slug: data.slug, file: `content/chapters/${f}`, body, data };
    })
    .sort((a, b) => a.data.order - b.data.order);
}

/** Every dataset's raw JSON. */
export function readRawDatasets(dir = join(ROOT, "data")): Record<string, unknown> {
  return Object.fromEntries(
    DATASET_NAMES.map((name) => [name, JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"))]),
  );
}

/** Every dataset parsed by its schema (defaults applied), as the pages get them. */
export function readDatasets(): Records {
  const raw = readRawDatasets();
  return Object.fromEntries(
    DATASET_NAMES.map((name) => [name, (raw[name] as unknown[]).map((r) => DATASETS[name].schema.parse(r))]),
  ) as Records;
}

/** A deep copy, for tests that break one field of the real data. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

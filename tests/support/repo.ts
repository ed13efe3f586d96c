// The repository's real input, loaded the way the build loads it: the same files
// (readInputFiles) through the same checks (checkInput), so unit tests see exactly the chapters
// and records the pages get, without an Astro build. Input with any issue throws.
import { join } from "node:path";
import type { CheckedChapter } from "../../src/lib/input/check-chapter";
import { formatIssue } from "../../src/lib/input/data-issue";
import { readInputFiles as readFiles, type InputFile } from "../../src/lib/input/input-files";
import { parseJson } from "../../src/lib/input/validate";
import { checkInput } from "../../src/pipeline/check-input";
import type { Records } from "../../src/schemas/index";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SEED = join(ROOT, "content", "source", "article.txt");

/** Every input file of the repository (chapters and datasets) with its text, as the build reads them. */
export function readInputFiles(root = ROOT): InputFile[] {
  return readFiles(root);
}

/** The input as the build checks it: its files, the chapters in reading order and the typed records. */
export function readInput(root = ROOT): { files: InputFile[]; chapters: CheckedChapter[]; records: Records } {
  const files = readFiles(root);
  const { issues, chapters, records } = checkInput(files);
  if (issues.length > 0 || !records) {
    throw new Error(`the input has issues:\n${issues.map(formatIssue).join("\n")}`);
  }
  return { files, chapters, records };
}

/** The chapters in reading order, frontmatter validated. */
export function readChapters(root = ROOT): CheckedChapter[] {
  return readInput(root).chapters;
}

/** Every dataset parsed by its schema (defaults applied), as the pages get them. */
export function readDatasets(root = ROOT): Records {
  return readInput(root).records;
}

/** Every dataset's raw JSON, before its schema (for tests that break one field), by dataset name. */
export function readRawDatasets(root = ROOT): Record<string, unknown> {
  return Object.fromEntries(
    readInput(root)
      .files.filter((f) => f.path.startsWith("data/"))
      .map((f) => [f.path.replace(/^data\/|\.json$/g, ""), parseJson(f.path, f.text)]),
  );
}

/** A deep copy, for tests that break one field of the real data. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

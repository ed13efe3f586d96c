import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_NAMES } from "../../schemas/index";
import { CORRECTIONS_FILE } from "./check-corrections";

/** A file of the site's input: its repository-relative path and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/** The repository-relative paths of the site's input: every chapter, every dataset, the corrections log. */
export function inputPaths(root: string): string[] {
  const chapters = readdirSync(join(root, "content", "chapters"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `content/chapters/${f}`);
  return [...chapters, ...DATASET_NAMES.map((name) => `data/${name}.json`), CORRECTIONS_FILE];
}

/**
 * Reads the site's input from disk. A missing dataset file is left out (checkInput reports it);
 * bytes that are not UTF-8 become U+FFFD, which checkInput reports too.
 */
export function readInputFiles(root: string): InputFile[] {
  return inputPaths(root).flatMap((path) => {
    try {
      return [{ path, text: new TextDecoder("utf-8").decode(readFileSync(join(root, path))) }];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
  });
}

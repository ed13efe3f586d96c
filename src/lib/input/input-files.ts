import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_NAMES } from "../../schemas/index";
import { CORRECTIONS_FILE } from "./check-corrections";

/** A file of the site's input: its repository-relative path and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/**
 * The repository-relative paths of the site's input: every chapter and its English translation,
 * every dataset, the corrections log.
 */
export function inputPaths(root: string): string[] {
  // A folder that is missing holds no files: checkInput then reports each translation missing.
  const markdown = (dir: string) =>
    (existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : [])
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => `${dir}/${f}`);
  return [
    ...markdown("content/chapters"),
    ...markdown("content/en/chapters"),
    ...DATASET_NAMES.map((name) => `data/${name}.json`),
    CORRECTIONS_FILE,
  ];
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

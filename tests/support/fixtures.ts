// Broken-input fixtures (tests/fixtures/broken/*.json): each describes one way the input can be
// wrong, as a change to one real file, and what the error must name. The unit tests apply them in
// memory; the build tests apply them to a copy of the repository and run `astro build`.
import { readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import type { InputFile } from "../../src/lib/input/input-files";
import { ROOT } from "./repo";

export interface BrokenFixture {
  name: string;
  about: string;
  /** Repository-relative path of the file the fixture breaks. */
  file: string;
  /** Set one field of one record of a dataset. */
  set?: { record: string; path: string; value: unknown };
  /** Replace a piece of the file's text. */
  replace?: { from: string; to: string };
  /** Replace the file's whole text. */
  text?: string;
  /** Remove the file. */
  delete?: boolean;
  /** Append raw bytes (to make the file invalid UTF-8). */
  appendBytes?: number[];
  /**
   * What the error must name; `count`, when given, is how many issues the fixture makes in all (1: the
   * check it aims at is the only one that stops it, so that check alone is what the fixture proves).
   */
  expect: { record: string; field: string; message?: string; count?: number };
}

const DIR = join(ROOT, "tests", "fixtures", "broken");

export const BROKEN_FIXTURES: BrokenFixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ""), ...JSON.parse(readFileSync(join(DIR, f), "utf8")) }));

/** Sets a dotted path like figures[1].text inside an object. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== "");
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** The fixture's new text for its file, or null when it deletes the file. */
function brokenText(fixture: BrokenFixture, text: string): string | null {
  if (fixture.delete) return null;
  if (fixture.text !== undefined) return fixture.text;
  if (fixture.replace) {
    if (!text.includes(fixture.replace.from))
      throw new Error(`fixture ${fixture.name}: text to replace not found in ${fixture.file}`);
    return text.replace(fixture.replace.from, fixture.replace.to);
  }
  if (fixture.set) {
    const records = JSON.parse(text) as { id: string }[];
    const record = records.find((r) => r.id === fixture.set!.record);
    if (!record) throw new Error(`fixture ${fixture.name}: no record ${fixture.set.record} in ${fixture.file}`);
    setPath(record as unknown as Record<string, unknown>, fixture.set.path, fixture.set.value);
    return JSON.stringify(records, null, 2) + "\n";
  }
  return text;
}

/** Applies a fixture to in-memory input files (invalid bytes read as U+FFFD, as the decoder gives them). */
export function applyToFiles(fixture: BrokenFixture, files: InputFile[]): InputFile[] {
  return files.flatMap((f) => {
    if (f.path !== fixture.file) return [f];
    const text = brokenText(fixture, f.text);
    if (text === null) return [];
    return [
      {
        path: f.path,
        text: fixture.appendBytes ? text + new TextDecoder().decode(new Uint8Array(fixture.appendBytes)) : text,
      },
    ];
  });
}

/** Applies a fixture to a copy of the repository on disk. */
export function applyToDisk(fixture: BrokenFixture, root: string): void {
  const path = join(root, fixture.file);
  const text = brokenText(fixture, readFileSync(path, "utf8"));
  if (text === null) return rmSync(path);
  writeFileSync(path, text);
  if (fixture.appendBytes) appendFileSync(path, Buffer.from(fixture.appendBytes));
}

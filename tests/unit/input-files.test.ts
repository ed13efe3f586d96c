// Which files are the site's input, read from disk as the build reads them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { inputPaths, readInputFiles } from "../../src/lib/input/input-files";
import { DATASET_NAMES } from "../../src/schemas/index";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A repository of these files (path → text or bytes) in a temporary directory. */
function repository(files: Record<string, string | Uint8Array>): string {
  root = mkdtempSync(join(tmpdir(), "input-files-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

test("the input is every chapter and translation (.md, in name order), every dataset and the corrections log", () => {
  const dir = repository({
    "content/en/chapters/01-planning.md": "d",
    "content/en/chapters/00-lead.md": "e",
    "content/chapters/02-hub.md": "b",
    "content/chapters/00-lead.md": "a",
    "content/chapters/notes.txt": "not a chapter",
    "content/chapters/01-planning.md": "c",
  });
  expect(inputPaths(dir)).toEqual([
    "content/chapters/00-lead.md",
    "content/chapters/01-planning.md",
    "content/chapters/02-hub.md",
    "content/en/chapters/00-lead.md",
    "content/en/chapters/01-planning.md",
    ...DATASET_NAMES.map((name) => `data/${name}.json`),
    "data/corrections.json",
  ]);
});

test("a missing file is left out, and bytes that are not UTF-8 read as U+FFFD", () => {
  const dir = repository({
    "content/chapters/00-lead.md": new Uint8Array([0xe4, 0xb8, 0x87, 0xff]),
    "data/economy.json": "[]",
  });
  expect(readInputFiles(dir)).toEqual([
    { path: "content/chapters/00-lead.md", text: "万\uFFFD" },
    { path: "data/economy.json", text: "[]" },
  ]);
});

test("a file that cannot be read for another reason stops the read", () => {
  const dir = repository({ "content/chapters/00-lead.md": "a", "data/economy.json/x": "a directory" });
  expect(() => readInputFiles(dir)).toThrow(/EISDIR/);
});

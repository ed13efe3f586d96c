import { correction, type Correction } from "../../schemas/correction";
import { DataError, WHOLE_FILE, type DataIssue } from "./data-issue";
import type { InputFile } from "./input-files";
import { parseJson, validateRecords } from "./validate";

/** Where the corrections log lives: data the site publishes about itself, not a dataset of the article. */
export const CORRECTIONS_FILE = "data/corrections.json";

/**
 * Checks the corrections log: a JSON array of entries that fit the schema, unique ids, newest first
 * (the order /about/ shows them in). Returns every issue, and the entries only when there is none.
 */
export function checkCorrections(files: InputFile[]): { issues: DataIssue[]; corrections?: Correction[] } {
  const file = files.find((f) => f.path === CORRECTIONS_FILE);
  if (!file) return { issues: [{ file: CORRECTIONS_FILE, record: WHOLE_FILE, field: "", message: "file is missing" }] };
  let input: unknown;
  try {
    input = parseJson(CORRECTIONS_FILE, file.text);
  } catch (error) {
    if (error instanceof DataError) return { issues: error.issues };
    throw error;
  }
  const issues = validateRecords(CORRECTIONS_FILE, input, correction);
  if (issues.length > 0) return { issues };
  const entries = (input as unknown[]).map((e) => correction.parse(e));
  entries.forEach((entry, i) => {
    const before = entries[i - 1];
    if (before && before.date < entry.date) {
      const message = `entries are newest first: ${entry.date} comes after ${before.date} ("${before.id}")`;
      issues.push({ file: CORRECTIONS_FILE, record: entry.id, field: "date", message });
    }
  });
  return issues.length > 0 ? { issues } : { issues, corrections: entries };
}

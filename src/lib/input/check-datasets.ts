import { DATASETS, DATASET_NAMES, type Records } from "../../schemas/index";
import { DataError, WHOLE_FILE, type DataIssue } from "./data-issue";
import type { InputFile } from "./input-files";
import { parseJson, validateRecords } from "./validate";

/**
 * Checks every dataset file against its schema. Returns every issue, and the typed records only
 * when there is none (a partial set of records is never handed on).
 */
export function checkDatasets(files: InputFile[]): { issues: DataIssue[]; records?: Records } {
  const issues: DataIssue[] = [];
  const parsed: Partial<Record<string, unknown[]>> = {};
  for (const name of DATASET_NAMES) {
    const path = `data/${name}.json`;
    const file = files.find((f) => f.path === path);
    if (!file) {
      issues.push({ file: path, record: WHOLE_FILE, field: "", message: "dataset file is missing" });
      continue;
    }
    try {
      const input = parseJson(path, file.text);
      const found = validateRecords(path, input, DATASETS[name].schema);
      issues.push(...found);
      if (found.length === 0) parsed[name] = (input as unknown[]).map((r) => DATASETS[name].schema.parse(r));
    } catch (error) {
      if (error instanceof DataError) issues.push(...error.issues);
      else throw error;
    }
  }
  return issues.length > 0 ? { issues } : { issues, records: parsed as Records };
}

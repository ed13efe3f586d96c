import { DATASET_NAMES, type Records } from "../../schemas/index";
import type { DataIssue } from "./data-issue";

/**
 * A record id names one record of the whole site: a thing the article names lives in one dataset
 * (a port's phase 2 in transport, not in projects too). Every record whose id another dataset also
 * uses gets an issue naming the other files (an id repeated within one dataset: validate.ts).
 */
export function checkUniqueIds(records: Records): DataIssue[] {
  const files = new Map<string, string[]>();
  for (const name of DATASET_NAMES)
    for (const id of new Set(records[name].map((r) => r.id)))
      files.set(id, [...(files.get(id) ?? []), `data/${name}.json`]);
  const issues: DataIssue[] = [];
  for (const [id, found] of files) {
    if (found.length < 2) continue;
    for (const file of found)
      issues.push({
        file,
        record: id,
        field: "id",
        message: `id also used in ${found.filter((f) => f !== file).join(", ")}`,
      });
  }
  return issues;
}

import type { Records } from "../../schemas/index";
import type { InferredReading } from "../../schemas/inferred";
import type { DataIssue } from "./data-issue";

type AnyRecord = { id: string } & Record<string, unknown>;

/** The value at a dotted path like places[1] or source.quote, or undefined where there is none. */
function valueAt(record: AnyRecord, path: string): unknown {
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== "");
  let node: unknown = record;
  for (const key of keys) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * An inferred reading names the field it sets (period, date, places[0]); that field must exist on
 * the record, so the mark sits beside the value it qualifies and cannot outlive it.
 */
export function checkInferredFields(records: Records): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [name, list] of Object.entries(records) as [string, AnyRecord[]][]) {
    for (const record of list) {
      (record.inferred as InferredReading[] | undefined)?.forEach((reading, i) => {
        if (valueAt(record, reading.field) === undefined)
          issues.push({
            file: `data/${name}.json`,
            record: record.id,
            field: `inferred[${i}].field`,
            message: `names "${reading.field}", which the record does not have`,
          });
      });
    }
  }
  return issues;
}

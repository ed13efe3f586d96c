import { z } from "zod";
import { DataError, fieldPath, WHOLE_FILE, type DataIssue } from "./data-issue";
import { describeJsonError } from "./malformed-json";

/** A readable name for a record in a message: its id where it has a string one, else its position. */
function recordName(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.length > 0 ? id : `#${index}`;
}

/**
 * Validates the records of one dataset file: the file is an array, every record fits the schema,
 * ids are unique. Returns every issue (none means valid); never changes the input.
 */
export function validateRecords(file: string, input: unknown, schema: z.ZodType): DataIssue[] {
  if (!Array.isArray(input)) {
    return [{ file, record: WHOLE_FILE, field: "", message: "a dataset file holds a JSON array of records" }];
  }
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  input.forEach((record, index) => {
    const name = recordName(record, index);
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, record: name, field: fieldPath(issue.path), message: issue.message });
      }
    }
    if (seen.has(name)) issues.push({ file, record: name, field: "id", message: "duplicate id" });
    seen.add(name);
  });
  return issues;
}

/** Parses a dataset file's text, naming the file and the line and column where the JSON is broken. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError([{ file, record: WHOLE_FILE, field: "", message: describeJsonError(text, error as Error) }]);
  }
}

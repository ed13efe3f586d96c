/** One problem in the input: where it is (file, record, field) and what is wrong. */
export interface DataIssue {
  /** Repository-relative path, e.g. data/transport.json. */
  file: string;
  /** The record's id, or its position where it has no readable id. */
  record: string;
  /** Dotted path of the field inside the record, e.g. source.quote or figures[1].text. */
  field: string;
  message: string;
}

/** The record name of a problem with a whole file (missing, malformed, not an array, nothing to show). */
export const WHOLE_FILE = "(file)";

/**
 * The one-line form every error message of the project uses; a problem with a whole file reads as
 * one: `data/transport.json: malformed JSON at line 281, column 90: …`.
 */
export function formatIssue(issue: DataIssue): string {
  if (issue.record === WHOLE_FILE && !issue.field) return `${issue.file}: ${issue.message}`;
  return `${issue.file} › record "${issue.record}" › field ${issue.field || "(record)"}: ${issue.message}`;
}

/** Thrown when the input is bad: the build stops and prints every issue, one per line. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in the site's input:\n` +
        issues.map((i) => "  - " + formatIssue(i)).join("\n"),
    );
    this.name = "DataError";
    this.issues = issues;
  }
}

/** Formats a zod issue path the way the messages print fields: figures[1].text. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : (i === 0 ? "" : ".") + String(p))).join("");
}

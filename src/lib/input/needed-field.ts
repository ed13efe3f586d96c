import type { DatasetName } from "../../schemas/index";
import { DataError } from "./data-issue";

/**
 * The value of a field a chart needs from a record it shows, such as the short name it labels the
 * record by. A record without it stops the build: the DataError names the dataset file, the record
 * and the field (src/pipeline/check-charts.ts reports it with the chart's name). Never a fallback.
 */
export function neededField<R extends { id: string }, K extends keyof R & string>(
  dataset: DatasetName,
  record: R,
  field: K,
): NonNullable<R[K]> {
  const value = record[field];
  if (value === undefined || value === null) {
    const message = `shows this record and needs its ${field}, which it lacks (charts never fall back)`;
    throw new DataError([{ file: `data/${dataset}.json`, record: record.id, field, message }]);
  }
  return value;
}

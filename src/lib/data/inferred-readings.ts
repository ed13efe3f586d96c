import { DATASET_NAMES, type DatasetName, type Records } from "../../schemas/index";
import type { InferredReading } from "../../schemas/inferred";

/** A reading of the article the site makes and marks, with the record that carries it. */
export interface MarkedReading extends InferredReading {
  dataset: DatasetName;
  recordId: string;
  /** What the record is, for a reader: its name or indicator. */
  label: string;
}

/** Every reading marked `inferred` on a record, in dataset and record order (for /about/). */
export function inferredReadings(records: Records): MarkedReading[] {
  return DATASET_NAMES.flatMap((dataset) =>
    (records[dataset] as { id: string; name?: string; indicator?: string; inferred?: InferredReading[] }[]).flatMap(
      (record) =>
        (record.inferred ?? []).map((reading) => ({
          ...reading,
          dataset,
          recordId: record.id,
          label: record.name ?? record.indicator ?? record.id,
        })),
    ),
  );
}

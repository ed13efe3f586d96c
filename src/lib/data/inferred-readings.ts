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

/** One reading with every record that makes it: the same reading (and reason) is listed once. */
export interface GroupedReading extends Omit<InferredReading, "field"> {
  records: Omit<MarkedReading, "what" | "reason">[];
}

/** The marked readings grouped by reading and reason, in order of first appearance (for /about/). */
export function groupedReadings(records: Records): GroupedReading[] {
  const groups = new Map<string, GroupedReading>();
  for (const { what, reason, ...record } of inferredReadings(records)) {
    const key = `${what}\n${reason}`;
    const group = groups.get(key) ?? { what, reason, records: [] };
    group.records.push(record);
    groups.set(key, group);
  }
  return [...groups.values()];
}

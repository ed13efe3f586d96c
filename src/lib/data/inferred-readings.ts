import { DATASET_NAMES, type DatasetName, type Records } from "../../schemas/index";
import type { InferredReading } from "../../schemas/inferred";
import { DEFAULT_LANG, type Lang } from "../locale/lang";
import { neededWords } from "../input/needed-field";

/** A reading of the article the site makes and marks, with the record that carries it. */
export interface MarkedReading extends InferredReading {
  dataset: DatasetName;
  recordId: string;
  /** Its place in the record's `inferred` list, for messages that name it. */
  index: number;
  /** What the record is, for a reader: its name or indicator, in the page's language. */
  label: string;
}

type Marked = { id: string; name?: string; indicator?: string; inferred?: InferredReading[] };

/** What a record is called in a language: its name or indicator (the English edition needs their `En`). */
function labelIn(dataset: DatasetName, record: Marked, lang: Lang): string {
  if (lang === "zh") return record.name ?? record.indicator ?? record.id;
  const field = record.name !== undefined ? "name" : record.indicator !== undefined ? "indicator" : undefined;
  return field ? neededWords(dataset, record, field, lang) : record.id;
}

/** Every reading marked `inferred` on a record, in dataset and record order (for /about/). */
export function inferredReadings(records: Records, lang: Lang = DEFAULT_LANG): MarkedReading[] {
  return DATASET_NAMES.flatMap((dataset) =>
    (records[dataset] as Marked[]).flatMap((record) =>
      (record.inferred ?? []).map((reading, index) => ({
        ...reading,
        dataset,
        recordId: record.id,
        index,
        label: labelIn(dataset, record, lang),
      })),
    ),
  );
}

/** One reading with every record that makes it: the same reading (and reason) is listed once. */
export interface GroupedReading extends Omit<InferredReading, "field"> {
  records: Omit<MarkedReading, "what" | "reason" | "whatEn" | "reasonEn">[];
}

/**
 * The marked readings grouped by reading and reason, in order of first appearance (for /about/). The
 * group's English is its first record's (tests/unit/inferred-readings.test.ts: one English a group).
 */
export function groupedReadings(records: Records, lang: Lang = DEFAULT_LANG): GroupedReading[] {
  const groups = new Map<string, GroupedReading>();
  for (const { what, reason, whatEn, reasonEn, ...record } of inferredReadings(records, lang)) {
    const key = `${what}\n${reason}`;
    const group = groups.get(key) ?? {
      what,
      reason,
      ...(whatEn && { whatEn }),
      ...(reasonEn && { reasonEn }),
      records: [],
    };
    group.records.push(record);
    groups.set(key, group);
  }
  return [...groups.values()];
}

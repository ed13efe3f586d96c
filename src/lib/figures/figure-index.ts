import type { Figure } from "../../schemas/figure";
import type { InferredReading } from "../../schemas/inferred";
import type { DatasetName, Records } from "../../schemas/index";
import type { Source } from "../../schemas/source";
import { FORMATS } from "../text/formats";
import { DEFAULT_LANG, type Lang } from "../locale/lang";
import { figuresOf } from "../input/provenance";
import { neededWords } from "../input/needed-field";

/** One number of the site with where it lives and where it comes from. */
export interface IndexedFigure {
  dataset: DatasetName;
  recordId: string;
  /** What the number measures, from the record (its indicator or name). */
  label: string;
  /** The record's measure where it has one (economy: growth, rank, rank-change, since, target). */
  measure?: string;
  /** The field it sits in, e.g. figures[1]. */
  field: string;
  figure: Figure;
  source: Source;
  /** The record's readings the article does not state (its `inferred` field), where it has any. */
  inferred?: InferredReading[];
}

/** What a record's figures measure, in a language: its indicator (with its ranking's scope) or its name. */
export function labelOf(dataset: DatasetName, record: Record<string, unknown> & { id: string }, lang: Lang): string {
  const field = typeof record.indicator === "string" ? "indicator" : "name";
  const words = neededWords(dataset, record, field, lang);
  if (record.scope !== "渝东北") return words;
  return lang === "en" ? `${words} (north-eastern Chongqing)` : `${words}（渝东北）`;
}

/** Every figure of every dataset, in dataset and record order, labelled in a language. */
export function indexFigures(records: Records, lang: Lang = DEFAULT_LANG): IndexedFigure[] {
  return (Object.entries(records) as [DatasetName, Record<string, unknown>[]][]).flatMap(([dataset, list]) =>
    list.flatMap((record) =>
      figuresOf(record as { id: string }).map(({ field, figure }) => ({
        dataset,
        recordId: String(record.id),
        label: labelOf(dataset, record as Record<string, unknown> & { id: string }, lang),
        ...(typeof record.measure === "string" ? { measure: record.measure } : {}),
        field,
        figure,
        source: record.source as Source,
        ...(Array.isArray(record.inferred) ? { inferred: record.inferred as InferredReading[] } : {}),
      })),
    ),
  );
}

/** Finds one figure by dataset, record id and field, or throws naming what is missing. */
export function findFigure(all: IndexedFigure[], dataset: DatasetName, recordId: string, field: string): IndexedFigure {
  const found = all.find((f) => f.dataset === dataset && f.recordId === recordId && f.field === field);
  if (!found) throw new Error(`data/${dataset}.json › record "${recordId}" › field ${field}: no such figure`);
  return found;
}

/**
 * An indexed figure for display, as the article states it: "第7位", "提升14位", "40.27亿元", and
 * "首位" or "六方" where the article writes the number as a word (formatStated).
 */
export function displayFigure(f: IndexedFigure, lang: Lang = DEFAULT_LANG): string {
  return FORMATS[lang].formatStated(f.figure, f.measure);
}

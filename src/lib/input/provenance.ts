import type { Figure } from "../../schemas/figure";
import type { Records } from "../../schemas/index";
import type { ArticleSource, Source } from "../../schemas/source";
import type { DataIssue } from "./data-issue";
import { textStatesValue } from "../figures/figure-text";
import { sentencesOf, sentencesOfQuote, type Sentence } from "../text/sentences";

/** What the checks need of a chapter. */
export interface ChapterText {
  slug: string;
  /** Repository-relative path, for messages. */
  file: string;
  /** The Markdown body (the article's text). */
  body: string;
}

type AnyRecord = { id: string } & Record<string, unknown>;

/** Every source a record cites, with its field path. */
export function sourcesOf(record: AnyRecord): { field: string; source: Source }[] {
  const found: { field: string; source: Source }[] = [];
  if (record.source) found.push({ field: "source", source: record.source as Source });
  (record.sources as Source[] | undefined)?.forEach((source, i) => found.push({ field: `sources[${i}]`, source }));
  return found;
}

/** Every figure a record states, with its field path. */
export function figuresOf(record: AnyRecord): { field: string; figure: Figure }[] {
  const found: { field: string; figure: Figure }[] = [];
  if (record.figure) found.push({ field: "figure", figure: record.figure as Figure });
  (record.figures as Figure[] | undefined)?.forEach((figure, i) => found.push({ field: `figures[${i}]`, figure }));
  return found;
}

/** The place ids a record refers to, with their field paths. */
function placeRefsOf(record: AnyRecord): { field: string; id: string }[] {
  const refs: { field: string; id: string }[] = [];
  if (typeof record.place === "string") refs.push({ field: "place", id: record.place });
  if (typeof record.within === "string") refs.push({ field: "within", id: record.within });
  (record.places as string[] | undefined)?.forEach((id, i) => refs.push({ field: `places[${i}]`, id }));
  return refs;
}

/**
 * The checks across files that no single schema can make: every article quote stands verbatim,
 * as whole sentences, in the chapter it names; every figure is written in its quote as stated and
 * says the record's value; every place id, partOf and occasion id exists; a part never exceeds its whole.
 */
export function checkProvenance(records: Records, chapters: ChapterText[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const sentencesBySlug = new Map(chapters.map((c) => [c.slug, sentencesOf(c.body)]));
  const placeIds = new Set(records.places.map((p) => p.id));
  const investmentsById = new Map(records.investments.map((r) => [r.id, r]));

  for (const [name, list] of Object.entries(records) as [string, AnyRecord[]][]) {
    const file = `data/${name}.json`;
    for (const record of list) {
      const at = (field: string, message: string) => issues.push({ file, record: record.id, field, message });

      for (const { field, source } of sourcesOf(record)) {
        if (source.kind !== "article") continue;
        const sentences = sentencesBySlug.get(source.chapter);
        if (!sentences) {
          at(
            `${field}.chapter`,
            `unknown chapter "${source.chapter}" (known: ${[...sentencesBySlug.keys()].join(", ")})`,
          );
        } else if (!sentencesOfQuote(sentences, source.quote)) {
          at(
            `${field}.quote`,
            `quote is not verbatim, as whole sentences, in chapter "${source.chapter}": “${source.quote}”`,
          );
        }
      }

      const cited = record.source as Source | undefined;
      for (const { field, figure } of figuresOf(record)) {
        if (!textStatesValue(figure)) {
          at(`${field}.text`, `"${figure.text}" does not state the value ${figure.value}`);
        }
        const where = cited?.kind === "article" ? cited.quote : cited?.note;
        if (where !== undefined && !where.includes(figure.text)) {
          at(`${field}.text`, `"${figure.text}" is not written in the record's source`);
        }
      }

      for (const { field, id } of placeRefsOf(record)) {
        if (!placeIds.has(id)) at(field, `unknown place id "${id}"`);
      }
    }
  }

  for (const record of records.investments) {
    if (record.occasion !== undefined && !investmentsById.has(record.occasion)) {
      const message = `unknown record id "${record.occasion}"`;
      issues.push({ file: "data/investments.json", record: record.id, field: "occasion", message });
    }
  }
  for (const part of records.investments) {
    if (!part.partOf) continue;
    const whole = investmentsById.get(part.partOf);
    if (!whole) {
      issues.push({
        file: "data/investments.json",
        record: part.id,
        field: "partOf",
        message: `unknown record id "${part.partOf}"`,
      });
      continue;
    }
    for (const [i, figure] of (part.figures ?? []).entries()) {
      const total = whole.figures?.find((f) => f.unit === figure.unit);
      if (total && figure.value > total.value) {
        issues.push({
          file: "data/investments.json",
          record: part.id,
          field: `figures[${i}].value`,
          message: `part (${figure.value}${figure.unit}) exceeds its whole "${whole.id}" (${total.value}${total.unit})`,
        });
      }
    }
  }
  return issues;
}

/** The sentences an article source quotes, for linking to and highlighting them. */
export function quotedSentences(source: ArticleSource, chapters: ChapterText[]): Sentence[] {
  const chapter = chapters.find((c) => c.slug === source.chapter);
  return (chapter && sentencesOfQuote(sentencesOf(chapter.body), source.quote)) ?? [];
}

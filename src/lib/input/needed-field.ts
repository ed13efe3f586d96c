import type { DatasetName } from "../../schemas/index";
import type { Figure } from "../../schemas/figure";
import { formatFigure } from "../text/format";
import { DataError } from "./data-issue";
import type { Lang, Localized } from "../locale/lang";

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

/**
 * A record's words in a language: its `field` (Chinese, the article's) or its `<field>En` (the site's
 * English translation, e.g. `nameEn`), needed either way: a record without it stops the build.
 */
export function neededWords<R extends { id: string }, K extends keyof R & string>(
  dataset: DatasetName,
  record: R,
  field: K,
  lang: Lang,
): string {
  const key = (lang === "en" ? `${field}En` : field) as keyof R & string;
  return String(neededField(dataset, record, key));
}

/**
 * A figure a chart shows beside others that may measure something else (总投资 beside 协议投资):
 * its text must carry the article's words for what it measures with the number ("协议投资…亿元"),
 * for the chart labels it by that text. A bare number ("…亿元") stops the build, naming the field.
 */
export function neededMeasureWords(
  dataset: DatasetName,
  record: { id: string; figures?: Figure[] },
  index: number,
): Figure {
  const figure = record.figures?.[index];
  if (!figure || figure.text.replace(formatFigure(figure), "").trim() === "") {
    const message =
      "shows this figure and needs the article's words for what it measures in its text (协议投资 or 总投资达 before the amount), which gives only the number";
    throw new DataError([
      { file: `data/${dataset}.json`, record: record.id, field: `figures[${index}].text`, message },
    ]);
  }
  return figure;
}

/** A record's words in every language at once, for a chart whose selection serves both (zh checked first). */
export function localizedWords<R extends { id: string }, K extends keyof R & string>(
  dataset: DatasetName,
  record: R,
  field: K,
): Localized<string> {
  return { zh: neededWords(dataset, record, field, "zh"), en: neededWords(dataset, record, field, "en") };
}

/**
 * A record's list of words in a language (`items`, or `itemsEn` for English), the English needed
 * item for item: a list of another length stops the build, naming the field.
 */
export function neededWordList<R extends { id: string }, K extends keyof R & string>(
  dataset: DatasetName,
  record: R,
  field: K,
  lang: Lang,
): string[] {
  const zh = (record[field] ?? []) as string[];
  if (lang === "zh" || zh.length === 0) return zh;
  const en = neededField(dataset, record, `${field}En` as keyof R & string) as unknown as string[];
  if (en.length !== zh.length) {
    const message = `gives ${en.length} English entries for the ${zh.length} of ${field}; they go one for one`;
    throw new DataError([{ file: `data/${dataset}.json`, record: record.id, field: `${field}En`, message }]);
  }
  return en;
}

/**
 * The English for what a figure measures (its `measureEn`, "total agreed investment"), which the
 * English edition writes before the number; a figure the English shows without it stops the build.
 */
export function neededMeasureEn(
  dataset: DatasetName,
  record: { id: string; figures?: Figure[] },
  index: number,
): string {
  const measure = record.figures?.[index]?.measureEn;
  if (measure === undefined) {
    const message = "shows this figure in English and needs its measureEn, the English for what it measures";
    throw new DataError([
      { file: `data/${dataset}.json`, record: record.id, field: `figures[${index}].measureEn`, message },
    ]);
  }
  return measure;
}

import { CHART_IDS } from "../charts/index";
import type { Correction } from "../schemas/correction";
import type { Records } from "../schemas/index";
import { checkChapter, type CheckedChapter } from "../lib/input/check-chapter";
import { checkCorrections } from "../lib/input/check-corrections";
import { checkDatasets } from "../lib/input/check-datasets";
import { checkKeyFigures } from "../lib/input/check-key-figures";
import { checkMilestones } from "../lib/input/check-milestones";
import type { DataIssue } from "../lib/input/data-issue";
import type { InputFile } from "../lib/input/input-files";
import { checkInferredFields } from "../lib/input/inferred-fields";
import { checkOutsideSources } from "../lib/input/outside-source-rules";
import { checkProvenance } from "../lib/input/provenance";
import { checkUniqueIds } from "../lib/input/unique-ids";
import { checkTranslations, type CheckedTranslation } from "../lib/input/check-translation";
import { checkCharts } from "./check-charts";

export interface CheckedInput {
  issues: DataIssue[];
  chapters: CheckedChapter[];
  /** The chapters' English translations, in reading order. */
  translations: CheckedTranslation[];
  records?: Records;
  /** The corrections log, newest first. */
  corrections?: Correction[];
}

/**
 * Checks the site's whole input as the build would, without building: every chapter's frontmatter,
 * every dataset against its schema, then the checks across files (quotes, figures, place ids, the
 * rules on outside sources, inferred readings' fields, the cover's key figures, ids unique across
 * datasets) and that every chart has something to show. One pipeline for the build (src/pipeline/site.ts
 * runs it before any page renders) and the tests, so both report the same issues in the same words.
 */
export function checkInput(files: InputFile[]): CheckedInput {
  const issues: DataIssue[] = [];
  const chapters: CheckedChapter[] = [];
  for (const file of files.filter((f) => f.path.startsWith("content/chapters/") && f.path.endsWith(".md"))) {
    const checked = checkChapter(file, CHART_IDS);
    issues.push(...checked.issues);
    if (checked.chapter) chapters.push(checked.chapter);
  }
  chapters.sort((a, b) => a.data.order - b.data.order);
  const { issues: untranslated, translations } = checkTranslations(files, chapters);
  const datasets = checkDatasets(files);
  const log = checkCorrections(files);
  issues.push(...untranslated, ...datasets.issues, ...log.issues);
  if (issues.length > 0 || !datasets.records) return { issues, chapters, translations };
  const records = datasets.records;
  const across = [
    ...checkUniqueIds(records),
    ...checkProvenance(records, chapters),
    ...checkOutsideSources(records),
    ...checkInferredFields(records),
    ...checkKeyFigures(chapters, records),
    ...checkMilestones(records),
  ];
  const all = [...across, ...checkCharts(records)];
  return { issues: all, chapters, translations, records, corrections: log.corrections };
}

import type { Records } from "../../schemas/index";
import { indexFigures } from "../figures/figure-index";
import type { CheckedChapter } from "./check-chapter";
import type { DataIssue } from "./data-issue";

/**
 * The cover's key figures (the lead's cover.keyFigures) name a record and a field of one dataset:
 * a record or figure that does not exist is an issue naming the lead's file and the key figure's
 * field, e.g. content/chapters/00-lead.md › record "lead" › field cover.keyFigures[2].record.
 */
export function checkKeyFigures(chapters: CheckedChapter[], records: Records): DataIssue[] {
  const figures = indexFigures(records);
  return chapters.flatMap((chapter) =>
    (chapter.data.cover?.keyFigures ?? []).flatMap(({ dataset, record, field }, i) => {
      const at = (key: string, message: string): DataIssue[] => [
        { file: chapter.file, record: chapter.slug, field: `cover.keyFigures[${i}].${key}`, message },
      ];
      if (!records[dataset].some((r) => r.id === record)) {
        return at("record", `no record "${record}" in data/${dataset}.json`);
      }
      if (!figures.some((f) => f.dataset === dataset && f.recordId === record && f.field === field)) {
        return at("field", `record "${record}" of data/${dataset}.json has no figure at ${field}`);
      }
      return [];
    }),
  );
}

// The English of what /en/about/ and /en/data/ show from the records: every outside source's publisher and
// note (publisherEn, noteEn) and every reading the site infers (whatEn, reasonEn), with no Chinese in it.
// (Milestones' sources are /since/'s, translated there.)
import { expect, test } from "vitest";
import { readRawDatasets } from "../support/repo";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const raw = readRawDatasets();

/** Every object in a record with the path to it. */
function* objects(value: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* objects(v, `${path}[${i}]`);
  else if (value && typeof value === "object") {
    yield [path, value as Record<string, unknown>];
    for (const [k, v] of Object.entries(value)) yield* objects(v, path ? `${path}.${k}` : k);
  }
}

test("every outside source and every inferred reading of the article's datasets has its English", () => {
  const missing: string[] = [];
  for (const [name, records] of Object.entries(raw)) {
    if (name === "milestones") continue;
    for (const record of records as { id: string }[]) {
      for (const [path, o] of objects(record, "")) {
        const keys =
          o.kind === "external" ? ["publisher", "note"] : /^inferred\[\d+\]$/.test(path) ? ["what", "reason"] : [];
        for (const key of keys) {
          const en = o[`${key}En`];
          if (typeof en !== "string" || en === "" || CJK.test(en))
            missing.push(`${name}/${record.id} › ${path}.${key}En`);
        }
      }
    }
  }
  expect(missing).toEqual([]);
});

// The cover's key figures live in the lead's frontmatter and name records: each must exist.
import { expect, test } from "vitest";
import { checkInput } from "../../src/pipeline/check-input";
import { checkKeyFigures } from "../../src/lib/input/check-key-figures";
import { formatIssue } from "../../src/lib/input/data-issue";
import { readInputFiles } from "../support/repo";

const { chapters, records } = checkInput(readInputFiles());
const lead = chapters.find((c) => c.slug === "lead")!;

test("the lead names six key figures, each found in the records", () => {
  expect(lead.data.cover!.keyFigures).toHaveLength(6);
  expect(checkKeyFigures(chapters, records!)).toEqual([]);
});

test("a key figure naming a missing record or figure is named by the lead's file and the key figure's field", () => {
  const keyFigures = lead.data.cover!.keyFigures.map((k, i) =>
    i === 1 ? { ...k, record: "no-such-record" } : i === 3 ? { ...k, field: "figures[7]" } : k,
  );
  const broken = { ...lead, data: { ...lead.data, cover: { ...lead.data.cover!, keyFigures } } };
  expect(checkKeyFigures([broken], records!).map(formatIssue)).toEqual([
    'content/chapters/00-lead.md › record "lead" › field cover.keyFigures[1].record: no record "no-such-record" in data/economy.json',
    'content/chapters/00-lead.md › record "lead" › field cover.keyFigures[3].field: record "wankaiyun-signing" of data/investments.json has no figure at figures[7]',
  ]);
});

test("a key figure matches on dataset, record and field together, not on any two of them", () => {
  const figure = { value: 1, unit: "个", text: "1个", bound: "exact" };
  const hand = {
    economy: [{ id: "same", indicator: "指标", figure }],
    projects: [
      { id: "same", name: "项目", figures: [figure, figure] },
      { id: "other", name: "另一项目", figures: [figure] },
    ],
    transport: [],
    investments: [],
    places: [],
    milestones: [],
  } as unknown as NonNullable<typeof records>;
  const keyFigures = [
    { dataset: "projects", record: "same", field: "figures[1]" },
    { dataset: "projects", record: "same", field: "figure" },
    { dataset: "projects", record: "other", field: "figures[1]" },
  ].map((k) => ({ ...k, label: "说明" }));
  const cover = { ...lead.data.cover!, keyFigures } as typeof lead.data.cover;
  expect(checkKeyFigures([{ ...lead, data: { ...lead.data, cover } }], hand).map(formatIssue)).toEqual([
    'content/chapters/00-lead.md › record "lead" › field cover.keyFigures[1].field: record "same" of data/projects.json has no figure at figure',
    'content/chapters/00-lead.md › record "lead" › field cover.keyFigures[2].field: record "other" of data/projects.json has no figure at figures[1]',
  ]);
});

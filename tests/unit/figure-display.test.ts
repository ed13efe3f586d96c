// A figure is shown as the article states it: the article's word where it writes the number as a
// word (首位, 六方), never a formatting that puts another word in its mouth (第1位, 6方).
import { expect, test } from "vitest";
import { displayFigure, findFigure, indexFigures } from "../../src/lib/figures/figure-index";
import { formatStated } from "../../src/lib/text/format";
import { readDatasets } from "../support/repo";

const records = readDatasets();
const all = indexFigures(records);

test("a figure the article writes in words shows as those words; one in digits, as its measure", () => {
  expect(formatStated({ value: 1, unit: "位", bound: "exact", text: "首位" }, "rank")).toBe("首位");
  expect(formatStated({ value: 1, unit: "位", bound: "exact", text: "第1位" }, "rank")).toBe("第1位");
  expect(formatStated({ value: 6, unit: "方", bound: "exact", text: "六方" })).toBe("六方");
  expect(formatStated({ value: 5, unit: "条", bound: "exact", text: "航线5条" })).toBe("5条");
  expect(formatStated({ value: 14, unit: "位", bound: "exact", text: "提升14位" }, "rank-change")).toBe("提升14位");
  expect(formatStated({ value: 20, unit: "万人次", bound: "more-than", text: "超20万人次" })).toBe("超20万人次");
});

test("the chapter's figure table prints 首位 for the 渝东北 rank, 第7位 for the 全市 one", () => {
  const rank = (id: string) => displayFigure(findFigure(all, "economy", id, "figure"));
  expect(rank("wanzhou-industrial-value-added-growth-rank-yudongbei")).toBe("首位");
  expect(rank("wanzhou-industrial-value-added-growth-rank")).toBe("第7位");
  expect(displayFigure(findFigure(all, "investments", "xintian-port-phase-2-six-parties", "figures[0]"))).toBe("六方");
});

test("every figure shows either as its text or as digits its text holds", () => {
  // Every figure of every record: a record's `figure`, and each of its `figures`.
  const stated = (Object.values(records).flat() as { figure?: unknown; figures?: unknown[] }[]).reduce(
    (n, r) => n + (r.figure ? 1 : 0) + (r.figures?.length ?? 0),
    0,
  );
  expect(stated).toBeGreaterThan(0);
  expect(all).toHaveLength(stated);
  for (const f of all) {
    const shown = displayFigure(f);
    if (/\d/.test(f.figure.text)) expect(f.figure.text, f.recordId).toContain(shown.replace(/^超/, ""));
    else expect(shown, f.recordId).toBe(f.figure.text);
  }
});

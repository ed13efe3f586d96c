// The corrections log in English (/en/about/#corrections): every entry and every page it names has the
// site's English, with no Chinese left in it, and the English states the figures the Chinese states.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Correction } from "../../src/schemas/correction";
import { FORMATS } from "../../src/lib/text/formats";

const log = JSON.parse(readFileSync("data/corrections.json", "utf8")) as Correction[];
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

test("every correction has its English, and no Chinese in it", () => {
  expect(log.length).toBeGreaterThanOrEqual(20);
  for (const c of log) {
    for (const text of [c.wrongEn, c.rightEn, ...c.where.map((w) => w.labelEn)]) {
      expect(text, c.id).toBeTruthy();
      expect(text, c.id).not.toMatch(CJK);
    }
  }
});

test("the English keeps the Chinese's figures: 亿元 amounts in billions, other numbers as they are", () => {
  for (const c of log) {
    for (const [zh, en] of [
      [c.wrong, c.wrongEn!],
      [c.right, c.rightEn!],
    ] as const) {
      const amounts = [...zh.matchAll(/(\d+(?:\.\d+)?)亿元/g)].map((m) =>
        FORMATS.en.formatFigure({ value: Number(m[1]), unit: "亿元", bound: "exact" }),
      );
      for (const a of amounts) expect(en, c.id).toContain(a);
      const plain = zh.replace(/\d+(?:\.\d+)?亿元/g, "").match(/\d+/g) ?? [];
      for (const n of plain) expect(en, `${c.id}: ${n}`).toContain(n);
    }
  }
});

test("the English log is dated in British English", () => {
  expect(FORMATS.en.formatDate(log[0]!.date)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});

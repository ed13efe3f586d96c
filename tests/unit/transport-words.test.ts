// The transport records' words in each language: stages, modes, the article's status words, the
// tooltip, and the maps' county names and credit, each from its one owner.
import { describe, expect, test } from "vitest";
import { creditLines } from "../../src/charts/map/credit";
import { countyNameEn, shortName } from "../../src/charts/map/county-labels";
import { countyNames, countyFeatures } from "../../src/lib/data/geo";
import { STAGES, STAGE_LABELS, STATUS_WORDS, statusWords } from "../../src/lib/data/stages";
import { STAGES_AS_OF } from "../../src/lib/data/article-time";
import { PILOT_LABEL, articleWords, stageWords, transportTip } from "../../src/lib/data/transport-tip";
import { inEachLang } from "../../src/lib/locale/lang";
import { MODES, MODE_LABELS } from "../../src/schemas/transport";
import { readDatasets } from "../support/repo";

const CJK = /[\u3000-\u9FFF\uFF00-\uFFEF]/u;
const { transport, places } = readDatasets();
const link = (id: string) => transport.find((l) => l.id === id)!;

describe("stage, mode and status words", () => {
  test("every stage, mode and status word has its English, with no Chinese in it", () => {
    for (const s of STAGES) expect(STAGE_LABELS.en[s]).not.toMatch(CJK);
    for (const m of MODES) expect(MODE_LABELS.en[m]).not.toMatch(CJK);
    for (const w of STATUS_WORDS) expect(statusWords(w, "en")).not.toMatch(CJK);
    expect(STAGES_AS_OF.en).toBe("Stages as the article gives them (2021)");
  });

  test("in Chinese, the article's own word; in English, its rendering", () => {
    expect(statusWords("完成铺轨", "zh")).toBe("完成铺轨");
    expect(statusWords("完成铺轨", "en")).toBe("track laying completed");
    expect(articleWords(link("zhengwan-hsr"), "zh")).toBe("原文“完成铺轨”");
    expect(articleWords(link("zhengwan-hsr"), "en")).toBe("the article: “track laying completed”");
  });

  test("a tooltip in each language; a pilot's stage is that it has none", () => {
    expect(transportTip(link("zhengwan-hsr"), "zh")).toBe("郑万高铁重庆段：原文“完成铺轨”（铁路，在建）");
    expect(transportTip(link("zhengwan-hsr"), "en")).toBe(
      "Zhengzhou–Wanzhou high-speed railway, Chongqing section: the article: “track laying completed” (Rail; Under construction)",
    );
    const pilot = transport.find((l) => l.kind === "pilot")!;
    expect(stageWords(pilot, "en")).toBe(PILOT_LABEL.en);
    expect(stageWords(pilot, "zh")).toBe(PILOT_LABEL.zh);
  });

  test("inEachLang makes one value a language", () =>
    expect(inEachLang((lang) => `${lang}!`)).toEqual({ zh: "zh!", en: "en!" }));
});

describe("the maps' county names and credit", () => {
  const names = countyNames(places);

  test("every county of the zone and its cluster has an English name: its place's, else the table's", () => {
    const adcodes = places.filter((p) => p.adcode && (p.wandakai !== "none" || p.yudongbei)).map((p) => p.adcode!);
    const dazhou = countyFeatures().filter((c) => c.properties.adcode.startsWith("5117"));
    for (const code of [...adcodes, ...dazhou.map((c) => c.properties.adcode)].filter((c) => c !== "511700"))
      expect(names.get(code)?.en, code).toMatch(/^[A-Z][a-z]+ (District|County|City)$/);
    expect(names.get("500101")).toEqual({ zh: "万州区", en: "Wanzhou District" });
    expect(names.get("511725")).toEqual({ zh: "渠县", en: "Qu County" });
  });

  test("short names drop District, County or City where the Chinese drops 区, 县 or 市", () => {
    expect(countyNameEn("万州区", "Wanzhou District")).toBe("Wanzhou");
    expect(countyNameEn("忠县", "Zhong County")).toBe("Zhong County");
    expect(countyNameEn("万源市", "Wanyuan City")).toBe("Wanyuan");
    expect(countyNameEn("万州五桥机场", "Wanzhou Wuqiao Airport (WXN)")).toBe("Wanzhou Wuqiao Airport (WXN)");
    expect(shortName({ zh: "渠县", en: "Qu County" }, "zh")).toBe("渠县");
  });

  test("the credit keeps one line where it fits, and breaks between its parts where it does not", () => {
    expect(creditLines("zh", 360)).toEqual(["边界：天地图 · 河流：GSHHG · 连线为示意，非实际走向"]);
    expect(creditLines("en", 620)).toHaveLength(1);
    expect(creditLines("en", 360)).toEqual(["Borders: Tianditu · Rivers: GSHHG", "Links schematic, not actual routes"]);
    expect(creditLines("en", 360, false)).toEqual(["Borders: Tianditu · Rivers: GSHHG"]);
  });
});

import { describe, expect, test } from "vitest";
import { clipText, FONT, textWidth, wrapChars, wrapText } from "../../src/lib/text/measure";

describe("textWidth", () => {
  test("CJK and full-width characters are one em, others about 0.56 em", () => {
    expect(textWidth("万州", 1)).toBe(2);
    expect(textWidth("，。、；：！？（）《》「」『』", 1)).toBe(15);
    expect(textWidth("“万州”‘’—…", 1)).toBe(8);
    expect(textWidth("2021", 1)).toBeCloseTo(2.24);
    expect(textWidth("GDP增长", 1)).toBeCloseTo(3.68);
    expect(textWidth("", 1)).toBe(0);
  });

  test("scales with the size, the chart body size by default", () => {
    expect(FONT.size).toBe(14);
    expect(textWidth("万州")).toBe(28);
    expect(textWidth("万州", 12)).toBe(24);
    expect(textWidth("5G", 10)).toBeCloseTo(12.6);
  });

  test("English (no CJK at all) by the width of its letters; Chinese text keeps the half em for Latin", () => {
    // As DejaVu Sans draws them: “Wanyuan” is about 4.6 em, “Kaijiang County (indicative)” 13.8.
    expect(textWidth("Wanyuan", 1)).toBeCloseTo(4.67);
    expect(textWidth("Kaijiang County (indicative)", 1)).toBeCloseTo(14.08);
    expect(textWidth("iiii", 1)).toBeLessThan(textWidth("WWWW", 1) / 2);
    expect(textWidth("GDP增长", 1)).toBeCloseTo(3.68);
  });
});

describe("wrapChars", () => {
  test("CJK text breaks after any character, lines at most N em wide", () => {
    expect(wrapChars("平湖万州万达开", 3)).toEqual(["平湖万", "州万达", "开"]);
    expect(wrapChars("平湖万州", 4)).toEqual(["平湖万州"]);
    expect(wrapChars("GDP增长12.8%", 4)).toEqual(["GDP增长", "12.8%"]);
    const text = "万州2021年地区生产总值增长12.8%，增速排名全市第7位。";
    expect(wrapChars(text, 5)).toEqual(["万州2021", "年地区生产", "总值增长", "12.8%，增", "速排名全市", "第7位。"]);
    // Every line fits, but for a closing mark hung at its end (below).
    const unhung = (line: string) => line.replace(/[，。、；：！？”’）》」』]$/u, "");
    for (const n of [3, 5, 8, 12])
      for (const line of wrapChars(text, n))
        expect(textWidth(unhung(line), 1), `${line} in ${n}`).toBeLessThanOrEqual(n);
  });

  test("English breaks at its spaces, never before a comma, an en dash or a closing bracket", () => {
    expect(wrapChars("Chongqing–Wanzhou high-speed railway (new line)", 12)).toEqual([
      "Chongqing–Wanzhou",
      "high-speed railway",
      "(new line)",
    ]);
    expect(wrapChars("Wanzhou–Yunyang riverside expressway, in sections", 10)).toEqual([
      "Wanzhou–Yunyang",
      "riverside",
      "expressway, in",
      "sections",
    ]);
    for (const line of wrapChars("Wanzhou–Yunyang riverside expressway, in sections", 10))
      expect(line).toBe(line.trim());
  });

  test("never splits a run of Latin letters or digits", () => {
    expect(wrapChars("万州2021年GDP增长", 4)).toEqual(["万州", "2021年", "GDP增长"]);
    expect(wrapChars("推进5G网络和1+3产业", 3)).toEqual(["推进", "5G网", "络和", "1+3产", "业"]);
  });

  test.each([..."，。、；：！？”’）》」』"])(
    "never starts a line with %s: it stays at the end of the line before",
    (mark) => {
      expect(wrapChars(`一二${mark}三`, 2)).toEqual([`一二${mark}`, "三"]);
    },
  );

  test("closing punctuation stays on its line in running text", () => {
    expect(wrapChars("万州，重庆。", 2)).toEqual(["万州，", "重庆。"]);
    expect(wrapChars("称“万达开”。", 4)).toEqual(["称“万达", "开”。"]);
  });

  test("a single token longer than a line stays whole, on a line of its own", () => {
    expect(wrapChars("总投资40.27亿元", 2)).toEqual(["总投", "资", "40.27", "亿元"]);
    expect(wrapChars("Chongqing", 3)).toEqual(["Chongqing"]);
  });

  test("empty text has no lines", () => {
    expect(wrapChars("", 5)).toEqual([]);
  });
});

describe("clipText", () => {
  test("text that fits is left whole", () => {
    expect(clipText("万州", 24, 12)).toBe("万州");
    expect(clipText("", 0, 12)).toBe("");
  });

  test("longer text is cut to fit, with the ellipsis", () => {
    expect(clipText("平湖万州万达开", 48, 12)).toBe("平湖万…");
    const long = "很长的名称".repeat(100) + "<x-pwn>";
    const clipped = clipText(long, 200, 12);
    expect(textWidth(clipped, 12)).toBeLessThanOrEqual(200);
    expect(clipped.endsWith("…")).toBe(true);
  });
});

describe("wrapText", () => {
  test("Chinese breaks as wrapChars does", () => {
    expect(wrapText("平湖万州万达开", 3, "zh")).toEqual(wrapChars("平湖万州万达开", 3));
  });

  test("English breaks at spaces and after a compound name's dash, lines at most N em wide", () => {
    const text = "Growth of industrial value added (above designated size)";
    const lines = wrapText(text, 16, "en");
    expect(lines).toEqual(["Growth of industrial value", "added (above designated size)"]);
    for (const line of lines) expect(textWidth(line, 1)).toBeLessThanOrEqual(16);
    expect(lines.join(" ")).toBe(text);
    expect(wrapText("Wanzhou–Dazhou–Kaizhou member", 10, "en")).toEqual(["Wanzhou–Dazhou–", "Kaizhou member"]);
    // A number keeps its unit words: never "…3.79 billion" over a lone "yuan".
    expect(wrapText("Total agreed investment of 3.79 billion yuan", 17, "en")).toEqual([
      "Total agreed investment of",
      "3.79 billion yuan",
    ]);
    for (const ems of [6, 7, 8, 10, 12]) {
      const lines = wrapText("Started on 17 October 2021 with 5 projects", ems, "en");
      expect(lines.join(" ")).toBe("Started on 17 October 2021 with 5 projects");
      for (const line of lines) expect(line).not.toMatch(/(^|\s)\d+$/);
    }
  });

  test("a word wider than a line keeps a line of its own; text that fits is one line", () => {
    expect(wrapText("an Extraordinarilylongword here", 5, "en")).toEqual(["an", "Extraordinarilylongword", "here"]);
    expect(wrapText("Dazhou", 20, "en")).toEqual(["Dazhou"]);
  });
});

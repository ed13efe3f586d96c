import { describe, expect, test } from "vitest";
import { markdownToHtml } from "satteri";
import { paragraphsOf, sentenceId, sentencesOf, sentencesOfQuote, splitSentences } from "../../src/lib/text/sentences";
import { headingAnchors, sentenceAnchors } from "../../src/lib/markdown/sentence-anchors";
import { readChapters } from "../support/repo";

describe("splitSentences", () => {
  test("splits at 。！？ and keeps closing quotes with their sentence", () => {
    expect(splitSentences("大区要有大担当。他说：“好！”然后呢？")).toEqual([
      "大区要有大担当。",
      "他说：“好！”",
      "然后呢？",
    ]);
  });

  test("keeps a trailing fragment without an end mark", () => {
    expect(splitSentences("一年多来，产业协作不断深化——")).toEqual(["一年多来，产业协作不断深化——"]);
  });

  test("loses no character of any real paragraph", () => {
    const paragraphs = readChapters().flatMap((c) => paragraphsOf(c.body));
    // The article's paragraphs: 4 in the lead, 10, 9 and 11 in the three sections, 2 closing.
    expect(paragraphs).toHaveLength(36);
    for (const paragraph of paragraphs) expect(splitSentences(paragraph).join("")).toBe(paragraph);
  });
});

describe("sentencesOfQuote", () => {
  const sentences = sentencesOf("号角吹响，大幕拉开。\n\n目标明确后，关键看行动。大区要有大担当、大作为。");

  test("finds one or several whole consecutive sentences", () => {
    expect(sentencesOfQuote(sentences, "号角吹响，大幕拉开。")?.length).toBe(1);
    expect(sentencesOfQuote(sentences, "目标明确后，关键看行动。大区要有大担当、大作为。")?.length).toBe(2);
  });

  test("rejects a part of a sentence and a quote that is not in the text", () => {
    expect(sentencesOfQuote(sentences, "关键看行动。")).toBeNull();
    expect(sentencesOfQuote(sentences, "号角吹响")).toBeNull();
    expect(sentencesOfQuote(sentences, "号角吹响，大幕已经拉开。")).toBeNull();
  });
});

describe("sentence anchors in rendered Markdown", () => {
  test("each paragraph sentence gets the id the provenance links compute", () => {
    const body = "### 一年多来，基础设施加快完善——\n\n万州机场改扩建稳步推进。郑万高铁重庆段完成铺轨。\n";
    const { html } = markdownToHtml(body, { hastPlugins: [sentenceAnchors, headingAnchors] });
    const sentences = sentencesOf(body);
    expect(sentences.map((s) => s.text)).toEqual(["万州机场改扩建稳步推进。", "郑万高铁重庆段完成铺轨。"]);
    for (const s of sentences) {
      expect(html).toContain(`<span id="${s.id}" class="s">${s.text}</span>`);
    }
    expect(html).toContain('<a href="#一年多来基础设施加快完善" class="anchor"');
  });

  test("ids depend on the sentence only, so they survive edits around it", () => {
    expect(sentenceId("号角吹响，大幕拉开。")).toBe(sentenceId("号角吹响，大幕拉开。"));
    expect(sentenceId("号角吹响，大幕拉开。")).not.toBe(sentenceId("目标明确后，关键看行动。"));
    expect(sentenceId("号角吹响，大幕拉开。")).toMatch(/^s-[0-9a-f]{8}$/);
  });
});

describe("splitting and joining at the edges", () => {
  test("a run of end marks stays with its sentence, also at the start of a paragraph", () => {
    expect(splitSentences("然后呢？！他走了。")).toEqual(["然后呢？！", "他走了。"]);
    expect(splitSentences("？！”）好。")).toEqual(["？！”）", "好。"]);
    expect(splitSentences("。好。")).toEqual(["。", "好。"]);
    expect(splitSentences("")).toEqual([]);
  });

  test("paragraphs: blocks between blank lines, trimmed, lines joined, headings, directives and empty blocks left out", () => {
    const body = '\n\n  ## 标题\n\n  ::chart{id="zone-map"}\n\n 第一行 \n  第二行\n第三行。 \n   \n\n最后。\n\n';
    expect(paragraphsOf(body)).toEqual(["第一行第二行第三行。", "最后。"]);
  });

  test("a quote that runs past the chapter's last sentence is not in the text", () => {
    const sentences = sentencesOf("号角吹响，大幕拉开。目标明确后，关键看行动。");
    expect(sentencesOfQuote(sentences, "目标明确后，关键看行动。大区要有大担当。")).toBeNull();
    expect(sentencesOfQuote(sentences, "号角吹响，大幕拉开。目标明确后，关键看行动。")?.map((s) => s.text)).toEqual([
      "号角吹响，大幕拉开。",
      "目标明确后，关键看行动。",
    ]);
  });
});

import GithubSlugger from "github-slugger";
import { defineHastPlugin } from "satteri";
import type { Element, ElementContent } from "hast";
import { sentenceId, splitSentences } from "../text/sentences";

/**
 * Wraps each sentence of a plain-text paragraph in <span class="s" id="s-…">, so a data record can
 * link to the very sentence that states its figure, and CSS :target highlights it with no script.
 * Ids come from the sentence text (see sentenceId); provenance.ts computes the same ids.
 */
export const sentenceAnchors = defineHastPlugin({
  name: "sentence-anchors",
  element: {
    filter: ["p"],
    visit(node, ctx) {
      if (!node.children.every((child) => child.type === "text")) return;
      const spans: ElementContent[] = splitSentences(ctx.textContent(node)).map((sentence): Element => ({
        type: "element",
        tagName: "span",
        properties: { id: sentenceId(sentence), className: ["s"] },
        children: [{ type: "text", value: sentence }],
      }));
      return { ...node, children: spans };
    },
  },
});

const slugger = new GithubSlugger();

/**
 * Gives each section heading an id (the same GitHub-style slug Astro would make) and a visible “#”
 * self-link, for sharing a link to the section.
 */
export const headingAnchors = defineHastPlugin({
  name: "heading-anchors",
  before() {
    slugger.reset();
  },
  element: {
    filter: ["h2", "h3"],
    visit(node, ctx) {
      const existing = node.properties?.id;
      const id = typeof existing === "string" ? existing : slugger.slug(ctx.textContent(node));
      ctx.setProperty(node, "id", id);
      ctx.appendChild(node, {
        type: "element",
        tagName: "a",
        properties: { href: `#${id}`, className: ["anchor"], ariaLabel: `链接到本节：${ctx.textContent(node)}` },
        children: [{ type: "text", value: "#" }],
      });
    },
  },
});

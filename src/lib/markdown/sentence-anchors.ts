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
      const text = ctx.textContent(node);
      // An English heading names the Chinese heading it renders: `## English {of="<its id>"}`.
      const of = /\s*\{of="([^"]*)"\}$/.exec(text);
      if (of) {
        const english = text.slice(0, of.index);
        const anchor: Element = {
          type: "element",
          tagName: "a",
          properties: { href: `#${of[1]!}`, className: ["anchor"], ariaLabel: `Link to this section: ${english}` },
          children: [{ type: "text", value: "#" }],
        };
        return {
          ...node,
          properties: { ...node.properties, id: of[1]! },
          children: [{ type: "text", value: english }, anchor],
        };
      }
      const id = typeof existing === "string" ? existing : slugger.slug(text);
      ctx.setProperty(node, "id", id);
      ctx.appendChild(node, {
        type: "element",
        tagName: "a",
        properties: { href: `#${id}`, className: ["anchor"], ariaLabel: `链接到本节：${text}` },
        children: [{ type: "text", value: "#" }],
      });
    },
  },
});

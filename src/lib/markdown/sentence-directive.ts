import { defineMdastPlugin } from "satteri";
import { chapterHref } from "../urls";
import { translationSlug } from "../input/check-translation";

/** A run of Chinese characters (and their punctuation) inside English text. */
const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef·]+/g;

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * English text as HTML, each run of Chinese in it marked `lang="zh-CN"`, so that a screen reader
 * switches voice and the browser picks a CJK font for “Dazhou (达州)”.
 */
export function markChinese(english: string): string {
  return escapeHtml(english).replace(CJK_RUN, (run) => `<span lang="zh-CN">${run}</span>`);
}

/**
 * Turns an English sentence, `:s[English text.]{of="s-3b560607"}`, into the sentence (its id the
 * Chinese sentence's, so /en/… and /… anchors match) and a link to the Chinese sentence it renders,
 * where a reader can check it. src/lib/input/check-translation.ts has already checked every id.
 */
export const sentenceDirective = defineMdastPlugin({
  name: "sentence-directive",
  textDirective(node, ctx) {
    if (node.name !== "s") return;
    const of = node.attributes?.of ?? "";
    const slug = translationSlug(ctx.fileURL?.pathname ?? "");
    const original = `${chapterHref(slug)}#${of}`;
    const english = ctx.textContent(node);
    const value =
      `<span class="s" id="${escapeHtml(of)}">${markChinese(english)}` +
      `<a class="orig" href="${escapeHtml(original)}" hreflang="zh-CN" lang="en">` +
      `<span aria-hidden="true">zh</span><span class="visually-hidden">the Chinese original of this sentence</span></a></span>`;
    ctx.replaceNode(node, { type: "html", value });
  },
});

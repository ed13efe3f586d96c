import { createHash } from "node:crypto";

/**
 * A sentence ends at 。！？ and takes any closing quotes or brackets that follow with it, so
 * “……。” stays whole. A trailing fragment with no end mark (a lead-in such as “……——”) is a
 * sentence too: nothing of the text is ever dropped.
 */
const SENTENCE = /[^。！？]+(?:[。！？]+[”’」』）)]*|$)|[。！？]+[”’」』）)]*/gu;

/** Splits one paragraph of Chinese text into its sentences, losing no character. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.match(SENTENCE) ?? [];
}

/**
 * A sentence's anchor id, made from its text: it stays the same when paragraphs around it
 * change, so a published link to a sentence keeps working.
 */
export function sentenceId(sentence: string): string {
  return "s-" + createHash("sha256").update(sentence, "utf8").digest("hex").slice(0, 8);
}

/** The paragraphs of a chapter's Markdown body: blocks that are not headings or directives. */
export function paragraphsOf(markdownBody: string): string[] {
  return markdownBody
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0 && !block.startsWith("#") && !block.startsWith("::"))
    .map((block) => block.replace(/\s*\n\s*/g, ""));
}

export interface Sentence {
  /** Anchor id, see {@link sentenceId}. */
  id: string;
  text: string;
}

/** Every sentence of a chapter body, in reading order. */
export function sentencesOf(markdownBody: string): Sentence[] {
  return paragraphsOf(markdownBody).flatMap((p) => splitSentences(p).map((text) => ({ id: sentenceId(text), text })));
}

/**
 * The run of whole, consecutive sentences that a quote is made of, or null when the quote is not
 * verbatim in the text or cuts a sentence in two.
 */
export function sentencesOfQuote(sentences: Sentence[], quote: string): Sentence[] | null {
  for (let start = 0; start < sentences.length; start++) {
    let joined = "";
    for (let end = start; end < sentences.length; end++) {
      joined += sentences[end]!.text;
      if (joined === quote) return sentences.slice(start, end + 1);
      if (!quote.startsWith(joined)) break;
    }
  }
  return null;
}

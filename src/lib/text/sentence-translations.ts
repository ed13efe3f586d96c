import { SENTENCE_DIRECTIVE } from "../input/check-translation";

/** The English of every sentence in the translations' bodies (`:s[English]{of="s-…"}`), by the Chinese sentence's id. */
export function sentenceTranslations(bodies: string[]): Map<string, string> {
  const sentences = new Map<string, string>();
  for (const body of bodies)
    for (const [, english, id] of body.matchAll(SENTENCE_DIRECTIVE))
      sentences.set(id!, english!.replace(/\\(.)/g, "$1"));
  return sentences;
}

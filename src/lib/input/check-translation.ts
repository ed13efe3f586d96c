import GithubSlugger from "github-slugger";
import { translationSchema, type Translation } from "../../schemas/translation";
import { directivesIn } from "../markdown/chart-directive";
import { sentencesOf } from "../text/sentences";
import { splitFrontmatter, type CheckedChapter } from "./check-chapter";
import { fieldPath, WHOLE_FILE, type DataIssue } from "./data-issue";
import type { InputFile } from "./input-files";

/** Where the English translations of the chapters are, one file for each Chinese chapter. */
export const TRANSLATIONS_DIR = "content/en/chapters/";

/** An English sentence: `:s[English text.]{of="s-…"}`, rendering the Chinese sentence of that id. */
export const SENTENCE_DIRECTIVE = /:s\[((?:\\.|[^\]\\])*)\]\{of="([^"]*)"\}/g;
/** A section heading's translation: `## English {of="<the Chinese heading's id>"}`. */
export const HEADING_OF = /^(#{2,3}) (.*?) \{of="([^"]*)"\}$/gm;

/** The chapter slug a translation file is named for: `content/en/chapters/03-coordination.md` → coordination. */
export function translationSlug(path: string): string {
  return path.split("/").pop()!.replace(/\.md$/, "").replace(/^\d+-/, "");
}

/** A translation that passed its checks: its frontmatter and body, for the English pages. */
export interface CheckedTranslation {
  file: string;
  data: Translation;
  body: string;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Where English words hold Chinese other than a name given in parentheses after its English, e.g.
 * “Dazhou (达州)”: a reader of the English edition must never meet an untranslated phrase.
 */
export function strayChinese(english: string): string | undefined {
  const rest = english.replace(/\(([^()]*)\)/g, (group, inner: string) =>
    /^[\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff·]+$/.test(inner) ? "" : group,
  );
  return CJK.exec(rest)?.[0];
}

/** The ids of a Chinese body's section headings, as the built page gives them (GitHub-style slugs). */
function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!.trim()));
}

/**
 * Checks each English chapter against its Chinese original: frontmatter that fits the schema and
 * names a Chinese chapter (same order and title source), every Chinese sentence and heading rendered
 * once and in order, the same charts in the same places, nothing outside a sentence directive, no
 * stray Chinese; and every Chinese chapter translated. Issues name the file, the chapter and the field.
 */
export function checkTranslations(
  files: InputFile[],
  chapters: CheckedChapter[],
): { issues: DataIssue[]; translations: CheckedTranslation[] } {
  const issues: DataIssue[] = [];
  const translations: CheckedTranslation[] = [];
  const translated = new Set<string>();
  for (const file of files.filter((f) => f.path.startsWith(TRANSLATIONS_DIR) && f.path.endsWith(".md"))) {
    const at = (record: string, field: string, message: string) =>
      issues.push({ file: file.path, record, field, message });
    const stem = file.path.slice(TRANSLATIONS_DIR.length).replace(/\.md$/, "");
    // A file named for a chapter is its translation, broken or not: it is reported once, for what is wrong.
    translated.add(translationSlug(file.path));
    let parsed: { frontmatter: unknown; body: string };
    try {
      parsed = splitFrontmatter(file.text);
    } catch (error) {
      at(stem, "(frontmatter)", `malformed YAML: ${(error as Error).message}`);
      continue;
    }
    const result = translationSchema.safeParse(parsed.frontmatter ?? {});
    if (!result.success) {
      for (const i of result.error.issues) at(stem, fieldPath(i.path), i.message);
      continue;
    }
    const data = result.data;
    const chinese = chapters.find((c) => c.data.slug === data.slug);
    const before = issues.length;
    if (!chinese) {
      at(data.slug, "slug", `no Chinese chapter has the slug "${data.slug}"`);
      continue;
    }
    // The page links each English sentence to its Chinese original by the file's name (the Markdown
    // plugin sees no frontmatter): the name must carry the slug.
    if (translationSlug(file.path) !== data.slug)
      at(data.slug, "slug", `the file is named for "${translationSlug(file.path)}"; name it NN-${data.slug}.md`);
    const same = (field: "order" | "titleSource") => {
      if (data[field] !== chinese.data[field])
        at(data.slug, field, `is ${String(data[field])}, the Chinese chapter's is ${String(chinese.data[field])}`);
    };
    same("order");
    same("titleSource");
    const keyFigures = chinese.data.cover?.keyFigures.length;
    if ((data.cover === undefined) !== (chinese.data.cover === undefined))
      at(data.slug, "cover", "the translation has a cover where, and only where, the Chinese chapter has one");
    if (data.keyFigureLabels?.length !== keyFigures)
      at(
        data.slug,
        "keyFigureLabels",
        `gives ${data.keyFigureLabels?.length ?? 0} labels for the Chinese cover's ${keyFigures ?? 0} key figures`,
      );
    const words = [
      data.title,
      data.summary,
      ...(data.cover ? [...data.cover.banner, data.cover.headline, data.cover.dek] : []),
      ...(data.keyFigureLabels ?? []),
    ];
    for (const [field, value] of [
      ["(frontmatter)", words.join(" ")],
      ...bodyProblems(parsed.body, chinese.body),
    ] as const) {
      if (field === "(frontmatter)") {
        const stray = strayChinese(value);
        if (stray)
          at(
            data.slug,
            field,
            `untranslated Chinese “${stray}”: give Chinese only as a name in parentheses after its English`,
          );
      } else at(data.slug, field, value);
    }
    if (issues.length === before) translations.push({ file: file.path, data, body: parsed.body });
  }
  for (const c of chapters.filter((c) => !translated.has(c.data.slug))) {
    // Where the translation belongs: the Chinese file's name under content/en/chapters/.
    const file = TRANSLATIONS_DIR + c.file.split("/").pop()!;
    issues.push({ file, record: c.data.slug, field: WHOLE_FILE, message: `${c.file} has no English translation` });
  }
  return { issues, translations: translations.sort((a, b) => a.data.order - b.data.order) };
}

/** What is wrong with an English body beside its Chinese one, as [field, message] pairs. */
function bodyProblems(english: string, chinese: string): [string, string][] {
  const problems: [string, string][] = [];
  const want = sentencesOf(chinese).map((s) => s.id);
  const got = [...english.matchAll(SENTENCE_DIRECTIVE)];
  const ids = got.map((m) => m[2]!);
  if (ids.join() !== want.join())
    problems.push([
      ":s",
      `renders the sentences ${ids.join(", ") || "(none)"}; the Chinese chapter's are, in order, ${want.join(", ")}`,
    ]);
  for (const [i, m] of got.entries()) {
    const stray = strayChinese(m[1]!);
    if (stray)
      problems.push([
        `:s[${i}]`,
        `untranslated Chinese “${stray}” in the sentence of ${m[2]!}: give Chinese only as a name in parentheses after its English`,
      ]);
  }
  const headings = [...english.matchAll(HEADING_OF)];
  if (headings.map((h) => h[3]).join() !== headingIds(chinese).join())
    problems.push([
      "(headings)",
      `renders the headings ${headings.map((h) => h[3]).join(", ") || "(none)"}; the Chinese chapter's are ${headingIds(chinese).join(", ") || "(none)"}`,
    ]);
  for (const h of headings) {
    const stray = strayChinese(h[2]!);
    if (stray) problems.push(["(headings)", `untranslated Chinese “${stray}” in the heading “${h[2]!}”`]);
  }
  const lines = (body: string) => directivesIn(body).map((d) => d.line);
  if (lines(english).join() !== lines(chinese).join())
    problems.push([
      "::chart",
      `places ${lines(english).join(", ") || "nothing"}; the Chinese chapter places ${lines(chinese).join(", ")}`,
    ]);
  // Everything else must be a sentence directive: an English word outside one would link to nothing.
  const rest = english
    .replace(SENTENCE_DIRECTIVE, "")
    .replace(HEADING_OF, "")
    .replace(/^::.*$/gm, "")
    .trim();
  if (rest !== "") problems.push(["(body)", `text outside a sentence directive: “${rest.slice(0, 60)}”`]);
  return problems;
}

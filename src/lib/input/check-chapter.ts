import { parse as parseYaml } from "yaml";
import { chapterSchema, type Chapter } from "../../schemas/chapter";
import { directiveProblem, directivesIn } from "../markdown/chart-directive";
import { fieldPath, type DataIssue } from "./data-issue";
import type { InputFile } from "./input-files";
import type { ChapterText } from "./provenance";

/** A chapter that passed its checks: its text for the provenance checks and its typed frontmatter. */
export type CheckedChapter = ChapterText & { data: Chapter };

/** Splits a Markdown file into YAML frontmatter and body; a file without frontmatter has none. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { frontmatter: undefined, body: text };
  return { frontmatter: parseYaml(match[1]!), body: match[2]! };
}

/**
 * Checks one chapter file: readable text, YAML frontmatter that fits the chapter schema, and
 * ::chart directives that name charts of `chartIds`. Every problem is an issue naming the file,
 * the chapter (by its slug where it has one) and the field.
 */
export function checkChapter(
  file: InputFile,
  chartIds: readonly string[],
): { issues: DataIssue[]; chapter?: CheckedChapter } {
  const stem = file.path.split("/").pop()!.replace(/\.md$/, "");
  let parsed: { frontmatter: unknown; body: string };
  try {
    parsed = splitFrontmatter(file.text);
  } catch (error) {
    const message = `malformed YAML: ${(error as Error).message}`;
    return { issues: [{ file: file.path, record: stem, field: "(frontmatter)", message }] };
  }
  // Name the chapter by its slug where it has one, as the build's messages do.
  const slug = (parsed.frontmatter as { slug?: unknown } | undefined)?.slug;
  const record = typeof slug === "string" && slug.trim() !== "" ? slug : stem;
  const at = (field: string, message: string): DataIssue => ({ file: file.path, record, field, message });
  if (file.text.includes("\uFFFD")) return { issues: [at("(body)", "the file is not valid UTF-8")] };
  const result = chapterSchema.safeParse(parsed.frontmatter ?? {});
  if (!result.success) return { issues: result.error.issues.map((i) => at(fieldPath(i.path), i.message)) };
  // Charts are placed by ::chart{id="…"} directives; an unknown id would leave a hole in the story.
  const unknown = directivesIn(parsed.body).flatMap(({ line, name, id }) => {
    const problem = directiveProblem(name, id, chartIds);
    return problem ? [at("::chart", `${problem} in ${line}`)] : [];
  });
  if (unknown.length > 0) return { issues: unknown };
  return { issues: [], chapter: { slug: result.data.slug, file: file.path, body: parsed.body, data: result.data } };
}

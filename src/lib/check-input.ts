import { parse as parseYaml } from "yaml";
import { CHART_IDS } from "../charts/index";
import { chapterSchema, type Chapter } from "../schemas/chapter";
import { DATASETS, DATASET_NAMES, type Records } from "../schemas/index";
import { DataError, fieldPath, type DataIssue } from "./data-issue";
import { checkCharts } from "./check-charts";
import { checkProvenance, type ChapterText } from "./provenance";
import { parseJson, validateRecords } from "./validate";

/** A file of the site's input: its repository-relative path and its text. */
export interface InputFile {
  path: string;
  text: string;
}

export interface CheckedInput {
  issues: DataIssue[];
  chapters: (ChapterText & { data: Chapter })[];
  records?: Records;
}

/** Splits a Markdown file into YAML frontmatter and body; a file without frontmatter has none. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { frontmatter: undefined, body: text };
  return { frontmatter: parseYaml(match[1]!), body: match[2]! };
}

function checkChapter(file: InputFile): { issues: DataIssue[]; chapter?: ChapterText & { data: Chapter } } {
  const stem = file.path.split("/").pop()!.replace(/\.md$/, "");
  let parsed: { frontmatter: unknown; body: string };
  try {
    parsed = splitFrontmatter(file.text);
  } catch (error) {
    return {
      issues: [
        {
          file: file.path,
          record: stem,
          field: "(frontmatter)",
          message: `malformed YAML: ${(error as Error).message}`,
        },
      ],
    };
  }
  // Name the chapter by its slug where it has one, as the build's messages do.
  const slug = (parsed.frontmatter as { slug?: unknown } | undefined)?.slug;
  const record = typeof slug === "string" ? slug : stem;
  const at = (field: string, message: string): DataIssue => ({ file: file.path, record, field, message });
  if (file.text.includes("\uFFFD")) return { issues: [at("(body)", "the file is not valid UTF-8")] };
  const result = chapterSchema.safeParse(parsed.frontmatter ?? {});
  if (!result.success) return { issues: result.error.issues.map((i) => at(fieldPath(i.path), i.message)) };
  // Charts are placed by ::chart{id="…"} directives; an unknown id would leave a hole in the story.
  const unknown = [...parsed.body.matchAll(/^::(\w+)(?:\{id="([^"]*)"\})?/gm)].filter(
    ([, name, id]) => name !== "chart" || !(CHART_IDS as readonly string[]).includes(id ?? ""),
  );
  if (unknown.length > 0) {
    return {
      issues: unknown.map(([line, , id]) =>
        at("::chart", `unknown chart id "${id ?? ""}" in ${line} (known: ${CHART_IDS.join(", ")})`),
      ),
    };
  }
  return { issues: [], chapter: { slug: result.data.slug, file: file.path, body: parsed.body, data: result.data } };
}

/**
 * Checks the site's whole input as the build would, without building: every chapter's frontmatter,
 * every dataset against its schema, then the checks across files and that every chart has something
 * to show. One pipeline for the build (src/lib/site.ts runs it before any page renders) and the
 * tests, so both report the same issues in the same words.
 */
export function checkInput(files: InputFile[]): CheckedInput {
  const issues: DataIssue[] = [];
  const chapters: CheckedInput["chapters"] = [];
  for (const file of files.filter((f) => f.path.startsWith("content/chapters/") && f.path.endsWith(".md"))) {
    const checked = checkChapter(file);
    issues.push(...checked.issues);
    if (checked.chapter) chapters.push(checked.chapter);
  }
  chapters.sort((a, b) => a.data.order - b.data.order);

  const parsed: Partial<Record<string, unknown[]>> = {};
  for (const name of DATASET_NAMES) {
    const path = `data/${name}.json`;
    const file = files.find((f) => f.path === path);
    if (!file) {
      issues.push({ file: path, record: "(file)", field: "", message: "dataset file is missing" });
      continue;
    }
    try {
      const input = parseJson(path, file.text);
      const found = validateRecords(path, input, DATASETS[name].schema);
      issues.push(...found);
      if (found.length === 0) parsed[name] = (input as unknown[]).map((r) => DATASETS[name].schema.parse(r));
    } catch (error) {
      if (error instanceof DataError) issues.push(...error.issues);
      else throw error;
    }
  }
  if (issues.length > 0) return { issues, chapters };
  const records = parsed as Records;
  return { issues: [...checkProvenance(records, chapters), ...checkCharts(records)], chapters, records };
}

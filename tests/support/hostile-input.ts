// The site's input with hostile text in every free-text field: markup, quotes, a formula starter and
// long text added to every string field the input check lets carry anything (found by trying each
// field and keeping what the check accepts). For a real build (tests/build/). One record a field:
// the code that writes a field is the same for every record, and every character drawn into a PNG
// costs (with ~1,300 characters in every record the build took more than ten minutes).
import { stringify as yamlStringify } from "yaml";
import { splitFrontmatter } from "../../src/lib/input/check-chapter";
import type { InputFile } from "../../src/lib/input/input-files";
import { checkInput } from "../../src/pipeline/check-input";
import { BREAKOUT, FORMULAS, longText } from "./hostile";

type Tree = Record<string | number, unknown>;

/** Every string inside a parsed document, by its key path. */
function strings(node: unknown, path: (string | number)[] = [], into: (string | number)[][] = []) {
  if (typeof node === "string") into.push(path);
  else if (node !== null && typeof node === "object")
    for (const [k, v] of Object.entries(node)) strings(v, [...path, Array.isArray(node) ? Number(k) : k], into);
  return into;
}

/** A field across records: the path with record and list positions left out ("figures[].text"). */
const fieldOf = (path: (string | number)[]) => path.map((k) => (typeof k === "number" ? "[]" : k)).join(".");
/** The first list position in a path: the record (or list entry) it belongs to. */
const entryOf = (path: (string | number)[]) => path.find((k) => typeof k === "number");

/**
 * The hostile version of a text: a formula first, the text, every breakout, then a long tail (~280 in
 * all); without digits where a field must carry none, and without Chinese where a field is English
 * (the translation's frontmatter, which may hold Chinese only as a name in parentheses).
 */
export function hostile(text: string, n: number, digits = true, chinese = true): string {
  const made = FORMULAS[n % FORMULAS.length] + text + BREAKOUT + longText(120);
  const bare = digits ? made : made.replace(/\d/g, "");
  return chinese ? bare : bare.replace(/[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/g, "");
}

/** A parsed file, edited and written back in its own format (JSON, or Markdown with YAML frontmatter). */
function parse(file: InputFile): { tree: unknown; write: (tree: unknown) => string } {
  if (file.path.endsWith(".json"))
    return { tree: JSON.parse(file.text), write: (t) => JSON.stringify(t, null, 2) + "\n" };
  const { frontmatter, body } = splitFrontmatter(file.text);
  return { tree: frontmatter, write: (t) => `---\n${yamlStringify(t, { lineWidth: 0 })}---\n${body}` };
}

/** The input with every free-text field made hostile, and the fields that took it ("data/places.json name"). */
export function hostileInput(files: InputFile[]): { files: InputFile[]; fields: string[] } {
  let current = files;
  const fields: string[] = [];
  let n = 0;
  for (const file of files) {
    const byField = Map.groupBy(strings(parse(file).tree), fieldOf);
    for (const [field, all] of byField) {
      // The first record (or list entry) that carries the field, in every place it has it there.
      const paths = all.filter((p) => entryOf(p) === entryOf(all[0]!));
      // The formula starters =, +, -, @ in turn (tab and carriage return are refused as leading white
      // space; the CSV unit tests cover them), with digits and, where a field must carry none, without.
      // A field that takes neither (an id, a date, an enum) takes no other starter either.
      for (const [digits, chinese] of [
        [true, true],
        [false, true],
        [false, false],
      ]) {
        const at = current.find((f) => f.path === file.path)!;
        const { tree, write } = parse(at);
        for (const path of paths) {
          const parent = path.slice(0, -1).reduce<Tree>((t, k) => t[k] as Tree, tree as Tree);
          parent[path.at(-1)!] = hostile(String(parent[path.at(-1)!]), n % 4, digits, chinese);
        }
        const next = current.map((f) => (f === at ? { path: f.path, text: write(tree) } : f));
        if (checkInput(next).issues.length === 0) {
          current = next;
          fields.push(`${file.path} ${field}`);
          n++;
          break;
        }
      }
    }
  }
  return { files: current, fields };
}

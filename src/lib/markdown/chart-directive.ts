import { defineMdastPlugin } from "satteri";

/**
 * The elements the directives become: ::chart's slot, where the chapter page puts the chart's figure,
 * and ::since's, where it puts the site's note that links to what happened after the article.
 */
export const CHART_SLOT = /<chart-slot data-chart="([a-z0-9-]+)"><\/chart-slot>|<since-slot><\/since-slot>/g;

/** The one directive that is not a chart: the site's own note on later events (no id). */
export const SINCE_DIRECTIVE = "since";

/** A directive line of a chapter as written: `::chart{id="transport-status"}`. */
export interface DirectiveLine {
  /** The whole directive as it stands in the Markdown. */
  line: string;
  /** The directive's name (`chart` or `since`). */
  name: string;
  /** Its id attribute, where it has one. */
  id: string | undefined;
}

// The one pattern for the directive syntax, for the checks that read a chapter's text before the
// Markdown is parsed (the parser itself reads the same lines as leaf directives).
const DIRECTIVE_LINE = /^::(\w+)(?:\{id="([^"]*)"\})?/gm;

/** Every leaf directive of a chapter's Markdown body, in order. */
export function directivesIn(body: string): DirectiveLine[] {
  return [...body.matchAll(DIRECTIVE_LINE)].map(([line, name, id]) => ({ line, name: name!, id }));
}

/** What is wrong with a directive, or null when it places a known chart or the since note. */
export function directiveProblem(name: string, id: string | undefined, chartIds: readonly string[]): string | null {
  if (name === SINCE_DIRECTIVE) return id === undefined ? null : `::${SINCE_DIRECTIVE} takes no id`;
  if (name !== "chart") return `unknown directive "::${name}" (known: ::chart, ::${SINCE_DIRECTIVE})`;
  if (!chartIds.includes(id ?? "")) return `unknown chart id "${id ?? ""}" (known: ${chartIds.join(", ")})`;
  return null;
}

/**
 * Turns `::chart{id="transport-status"}` into a placeholder for the chart's figure, so chapters stay
 * plain Markdown. An unknown directive or chart id stops the build, naming the chapter and the id.
 * The figure itself is drawn at page build time (not here), so a cached render of the Markdown
 * never holds stale numbers.
 */
export function chartDirective(chartIds: readonly string[]) {
  return defineMdastPlugin({
    name: "chart-directive",
    leafDirective(node, ctx) {
      const where = ctx.fileURL ? decodeURI(ctx.fileURL.pathname).replace(/^.*?(content\/)/, "$1") : "(markdown)";
      const id = node.attributes?.id ?? undefined;
      const problem = directiveProblem(node.name, id, chartIds);
      if (problem) throw new Error(`${where}: ${problem}`);
      const value =
        node.name === SINCE_DIRECTIVE ? "<since-slot></since-slot>" : `<chart-slot data-chart="${id}"></chart-slot>`;
      ctx.replaceNode(node, { type: "html", value });
    },
  });
}

/** Splits rendered chapter HTML into runs of HTML and the chart ids (or the since note) placed between them. */
export function splitAtCharts(html: string): ({ html: string } | { chart: string } | { since: true })[] {
  const parts: ({ html: string } | { chart: string } | { since: true })[] = [];
  let last = 0;
  for (const match of html.matchAll(CHART_SLOT)) {
    parts.push({ html: html.slice(last, match.index) });
    parts.push(match[1] ? { chart: match[1] } : { since: true });
    last = match.index + match[0].length;
  }
  parts.push({ html: html.slice(last) });
  return parts.filter((p) => !("html" in p) || p.html.trim() !== "");
}

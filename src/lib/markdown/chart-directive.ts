import { defineMdastPlugin } from "satteri";

/** The element a ::chart directive becomes; the chapter page puts the chart's figure in its place. */
export const CHART_SLOT = /<chart-slot data-chart="([a-z0-9-]+)"><\/chart-slot>/g;

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
      if (node.name !== "chart")
        throw new Error(`${where}: unknown directive "::${node.name}" (only ::chart is known)`);
      const id = node.attributes?.id ?? "";
      if (!chartIds.includes(id)) {
        throw new Error(`${where}: unknown chart id "${id}" in ::chart directive (known: ${chartIds.join(", ")})`);
      }
      ctx.replaceNode(node, { type: "html", value: `<chart-slot data-chart="${id}"></chart-slot>` });
    },
  });
}

/** Splits rendered chapter HTML into runs of HTML and the chart ids placed between them. */
export function splitAtCharts(html: string): ({ html: string } | { chart: string })[] {
  const parts: ({ html: string } | { chart: string })[] = [];
  let last = 0;
  for (const match of html.matchAll(CHART_SLOT)) {
    parts.push({ html: html.slice(last, match.index) });
    parts.push({ chart: match[1]! });
    last = match.index + match[0].length;
  }
  parts.push({ html: html.slice(last) });
  return parts.filter((p) => !("html" in p) || p.html.trim() !== "");
}

import { FONT } from "../lib/text/measure";

const SVG_NS = "http://www.w3.org/2000/svg";
const GEOMETRY = new Set([
  "d",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "transform",
  "points",
  "dx",
  "dy",
  "viewBox",
]);

/** An SVG element with attributes and children, for the charts drawn by hand with d3's helpers. */
export function el<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  children: (Node | string)[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(key, String(value));
  for (const child of children) node.append(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

/** The root <svg> of a hand-drawn chart: sized by viewBox so it scales with its container. */
export function svgRoot(document: Document, width: number, height: number): SVGSVGElement {
  return el(document, "svg", {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "chart-svg",
    "font-family": FONT.family,
    "font-size": FONT.size,
    fill: "currentColor",
  });
}

/** Rounds geometry to one decimal (smaller, deterministic output); text is never touched. */
function roundGeometry(node: Element): void {
  for (const name of node.getAttributeNames()) {
    if (!GEOMETRY.has(name)) continue;
    const value = node.getAttribute(name)!;
    node.setAttribute(
      name,
      value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)),
    );
  }
  for (const child of Array.from(node.children)) roundGeometry(child);
}

/**
 * Makes a chart's SVG ready for the page: Plot's labelled <g> elements get role="group" (axe
 * forbids aria-label on a bare <g>), geometry is rounded, and the root gets the chart class.
 */
export function finishSvg(svg: SVGSVGElement): SVGSVGElement {
  for (const g of Array.from(svg.querySelectorAll("g[aria-label]"))) g.setAttribute("role", "group");
  // Plot's font-variant="tabular-nums" is not a valid SVG attribute value (the HTML checker flags it).
  for (const node of Array.from(svg.querySelectorAll("[font-variant]"))) node.removeAttribute("font-variant");
  roundGeometry(svg);
  svg.classList.add("chart-svg");
  // Plot writes fonts as an inline style; attributes keep them without a style attribute (CSP-friendly).
  svg.removeAttribute("style");
  svg.setAttribute("font-size", String(FONT.size));
  svg.setAttribute("font-family", FONT.family);
  return svg;
}

/** Marks an element as a data mark the tooltip script can show and step through by keyboard. */
export function markTip(node: Element, tip: string): void {
  node.setAttribute("data-tip", tip);
  node.classList.add("mark");
}

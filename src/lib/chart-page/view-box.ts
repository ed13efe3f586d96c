/** The width and height of an SVG's viewBox (its drawn proportions). */
export function viewBoxSize(svg: string): { width: number; height: number } {
  const match = /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!match) throw new Error("chart SVG has no viewBox");
  return { width: Number(match[1]), height: Number(match[2]) };
}

import { textWidth } from "../../lib/text/measure";
import { MAP } from "./constants";

/** A label to place: its text, the point it names (px) and its font size (px). */
export interface LabelItem {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** A placed label: SVG text position (px), anchor and size, with the baseline centred on `y`. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  size: number;
}

/** Places labels beside their points (right, left, above, below), never overlapping; drops those with no room. */
export function placeLabels(items: LabelItem[], bounds: { width: number; height: number }): PlacedLabel[] {
  const boxes: { x: number; y: number; w: number; h: number }[] = [];
  const placed: PlacedLabel[] = [];
  // Dropping rather than overlapping is safe: the data table names every place.
  for (const item of items) {
    const w = textWidth(item.text, item.size);
    const h = item.size;
    const gap = MAP.labelGap;
    // Above or below a point near an edge, the label slides inward rather than being dropped.
    const centred = Math.min(Math.max(item.x - w / 2, 0), bounds.width - w);
    const candidates = [
      { x: item.x + gap, y: item.y - h / 2, anchor: "start" as const, tx: item.x + gap },
      { x: item.x - gap - w, y: item.y - h / 2, anchor: "end" as const, tx: item.x - gap },
      { x: centred, y: item.y - gap - h, anchor: "middle" as const, tx: centred + w / 2 },
      { x: centred, y: item.y + gap, anchor: "middle" as const, tx: centred + w / 2 },
    ];
    const free = candidates.find(
      (c) =>
        c.x >= 0 &&
        c.y >= 0 &&
        c.x + w <= bounds.width &&
        c.y + h <= bounds.height &&
        !boxes.some((b) => c.x < b.x + b.w && c.x + w > b.x && c.y < b.y + b.h && c.y + h > b.y),
    );
    if (!free) continue;
    boxes.push({ x: free.x, y: free.y, w, h });
    placed.push({ text: item.text, x: free.tx, y: free.y + h / 2, anchor: free.anchor, size: item.size });
  }
  return placed;
}

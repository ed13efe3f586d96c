import { textWidth } from "../../lib/text/measure";
import { MAP } from "./constants";

/** A label to place: its text, the point it names (px), its font size (px) and its weight of type. */
export interface LabelItem {
  text: string;
  x: number;
  y: number;
  size: number;
  /** Bold for the zone's main places, muted for context (counties named without a point). */
  style?: "bold" | "muted";
}

/** A box already taken on the map (a point, another label), in px from the top left. */
export interface TakenBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A placed label: SVG text position (px), anchor and size, with the baseline centred on `y`. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  size: number;
  style?: "bold" | "muted";
  /** The county a county name stands for (its adcode), for its tooltip mark. */
  adcode?: string;
}

/** Where a label may go around its point, `gap` px away: right, left, above, below, then the four corners. */
function candidates(item: LabelItem, w: number, h: number, gap: number, bounds: { width: number }) {
  // Above or below a point near an edge, the label slides inward rather than being dropped.
  const centred = Math.min(Math.max(item.x - w / 2, 0), bounds.width - w);
  return [
    { x: item.x + gap, y: item.y - h / 2, anchor: "start" as const, tx: item.x + gap },
    { x: item.x - gap - w, y: item.y - h / 2, anchor: "end" as const, tx: item.x - gap },
    { x: centred, y: item.y - gap - h, anchor: "middle" as const, tx: centred + w / 2 },
    { x: centred, y: item.y + gap, anchor: "middle" as const, tx: centred + w / 2 },
    // Then the corners: a crowded point (万州, its airport and its port) still gets its names.
    { x: item.x + gap, y: item.y - gap - h, anchor: "start" as const, tx: item.x + gap },
    { x: item.x - gap - w, y: item.y - gap - h, anchor: "end" as const, tx: item.x - gap },
    { x: item.x + gap, y: item.y + gap, anchor: "start" as const, tx: item.x + gap },
    { x: item.x - gap - w, y: item.y + gap, anchor: "end" as const, tx: item.x - gap },
  ];
}

/**
 * Places labels beside their points (right, left, above, below, then the four corners), never over one another nor over a
 * `taken` box (the points); drops those with no room. With `rings: 2`, a label with no room beside its point
 * tries the same places one line further out (the inset, where a far city's name must not be lost to a crowd).
 */
export function placeLabels(
  items: LabelItem[],
  bounds: { width: number; height: number },
  taken: TakenBox[] = [],
  rings: 1 | 2 = 1,
): PlacedLabel[] {
  const boxes: TakenBox[] = [...taken];
  const placed: PlacedLabel[] = [];
  // Dropping rather than overlapping is safe: the data table names every place.
  for (const item of items) {
    const w = textWidth(item.text, item.size);
    const h = item.size;
    const gaps = rings === 2 ? [MAP.labelGap, MAP.labelGap + h] : [MAP.labelGap];
    const free = gaps
      .flatMap((gap) => candidates(item, w, h, gap, bounds))
      .find(
        (c) =>
          c.x >= 0 &&
          c.y >= 0 &&
          c.x + w <= bounds.width &&
          c.y + h <= bounds.height &&
          !boxes.some((b) => c.x < b.x + b.w && c.x + w > b.x && c.y < b.y + b.h && c.y + h > b.y),
      );
    if (!free) continue;
    boxes.push({ x: free.x, y: free.y, w, h });
    const style = item.style ? { style: item.style } : {};
    placed.push({ text: item.text, x: free.tx, y: free.y + h / 2, anchor: free.anchor, size: item.size, ...style });
  }
  return placed;
}

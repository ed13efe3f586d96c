// placeLabels on small hand-made inputs. Two CJK characters at size 10 make a 20×10 box
// (textWidth: one em per CJK character), and labels stand MAP.labelGap = 6 px from their point.
import { describe, expect, test } from "vitest";
import { MAP } from "../../src/charts/map/constants";
import { placeLabels } from "../../src/charts/map/labels";

const size = 10;
const item = (x: number, y: number, text = "甲乙") => ({ text, x, y, size });
const room = { width: 200, height: 100 };

test("the figures below assume a 6 px gap", () => {
  expect(MAP.labelGap).toBe(6);
});

describe("placeLabels", () => {
  test("puts a label to the right of its point, first, vertically centred on it", () => {
    expect(placeLabels([item(50, 50)], room)).toEqual([{ text: "甲乙", x: 56, y: 50, anchor: "start", size }]);
  });

  test("goes left when the right runs off the edge", () => {
    expect(placeLabels([item(190, 50)], room)).toEqual([{ text: "甲乙", x: 184, y: 50, anchor: "end", size }]);
  });

  test("goes above when neither side fits, below when above runs off the top", () => {
    const narrow = { width: 30, height: 100 };
    expect(placeLabels([item(15, 50)], narrow)).toEqual([{ text: "甲乙", x: 15, y: 39, anchor: "middle", size }]);
    expect(placeLabels([item(15, 5)], narrow)).toEqual([{ text: "甲乙", x: 15, y: 16, anchor: "middle", size }]);
  });

  test("slides a label above or below inward at the left and right edges", () => {
    const narrow = { width: 24, height: 100 };
    // Centred on x = 3 its box would start at -7: it starts at 0 instead, so its middle is at 10.
    expect(placeLabels([item(3, 50)], narrow)).toEqual([{ text: "甲乙", x: 10, y: 39, anchor: "middle", size }]);
    // Centred on x = 21 its box would end at 31: it ends at 24 instead, so its middle is at 14.
    expect(placeLabels([item(21, 50)], narrow)).toEqual([{ text: "甲乙", x: 14, y: 39, anchor: "middle", size }]);
  });

  test("never overlaps: labels of one point take right, left, above, below in turn; a fifth is dropped", () => {
    // The corners touch the boxes above and below (a label is wider than the gap): no room there.
    const same = ["一二", "三四", "五六", "七八", "九十"].map((t) => item(50, 50, t));
    expect(placeLabels(same, room)).toEqual([
      { text: "一二", x: 56, y: 50, anchor: "start", size },
      { text: "三四", x: 44, y: 50, anchor: "end", size },
      { text: "五六", x: 50, y: 39, anchor: "middle", size },
      { text: "七八", x: 50, y: 61, anchor: "middle", size },
    ]);
  });

  test("takes a corner when the four sides are taken", () => {
    // Boxes right, left, above and below (50, 50) leave its upper right corner free.
    const sides = [
      { x: 56, y: 45, w: 20, h: 10 },
      { x: 24, y: 45, w: 20, h: 10 },
      { x: 40, y: 34, w: 12, h: 10 },
      { x: 40, y: 56, w: 20, h: 10 },
    ];
    expect(placeLabels([item(50, 50)], room, sides)).toEqual([{ text: "甲乙", x: 56, y: 39, anchor: "start", size }]);
  });

  test("keeps labels off the taken boxes (the points) and carries a label's style", () => {
    const dot = { x: 54, y: 46, w: 8, h: 8 };
    expect(placeLabels([{ ...item(50, 50), style: "bold" as const }], room, [dot])).toEqual([
      { text: "甲乙", x: 44, y: 50, anchor: "end", size, style: "bold" },
    ]);
  });

  test("drops a label with no free place and goes on with the next", () => {
    const tall = { width: 30, height: 40 };
    // Around (15, 20) in a 30×40 frame neither side fits: the first label takes the place above,
    // the second the place below, the third has none left and is dropped.
    const three = ["一二", "三四", "五六"].map((t) => item(15, 20, t));
    expect(placeLabels(three, tall)).toEqual([
      { text: "一二", x: 15, y: 9, anchor: "middle", size },
      { text: "三四", x: 15, y: 31, anchor: "middle", size },
    ]);
    // A label that fits nowhere at all is dropped, and the next one is still placed.
    expect(placeLabels([item(5, 5, "一二三四五"), item(5, 5, "六")], { width: 30, height: 10 })).toEqual([
      { text: "六", x: 11, y: 5, anchor: "start", size },
    ]);
  });

  test("a label that only touches another's edge is not an overlap", () => {
    // The first label's box ends at x = 76; a point at x = 70 puts the second's right box at 76.
    expect(placeLabels([item(50, 50, "一二"), item(70, 50, "三四")], room)).toEqual([
      { text: "一二", x: 56, y: 50, anchor: "start", size },
      { text: "三四", x: 76, y: 50, anchor: "start", size },
    ]);
  });
});

// A page's words from the input in its language (src/lib/input/words-in.ts): the Chinese field or its
// English sibling, and a missing English stops the build naming file, record and field.
import { expect, test } from "vitest";
import { wordsIn } from "../../src/lib/input/words-in";

const where = { file: "data/places.json", record: "wanzhou", at: "coordinates.source" };

test("Chinese pages take the field, English pages its En sibling", () => {
  const source = { note: "万州城区中心坐标", noteEn: "Coordinates of central Wanzhou" };
  expect(wordsIn(source, "note", "zh", where)).toBe("万州城区中心坐标");
  expect(wordsIn(source, "note", "en", where)).toBe("Coordinates of central Wanzhou");
});

test("a missing or empty English is never filled with the Chinese: the message names the field", () => {
  expect(() => wordsIn({ note: "坐标" }, "note", "en", where)).toThrow(
    'data/places.json › record "wanzhou" › field coordinates.source.noteEn: shows these words in English and needs its noteEn',
  );
  expect(() => wordsIn({ wrong: "x", wrongEn: "" }, "wrong", "en", { ...where, at: "" })).toThrow(
    "field wrongEn: shows these words in English",
  );
});

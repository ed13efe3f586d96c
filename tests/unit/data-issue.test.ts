// The one message format of every input problem, and the error that stops the build with them.
import { expect, test } from "vitest";
import { DataError, fieldPath, formatIssue, WHOLE_FILE } from "../../src/lib/input/data-issue";

const issue = { file: "data/transport.json", record: "zhengwan", field: "source.quote", message: "quote is wrong" };

test("a problem reads as file › record › field: message; one of a whole file as file: message", () => {
  expect(formatIssue(issue)).toBe('data/transport.json › record "zhengwan" › field source.quote: quote is wrong');
  expect(formatIssue({ ...issue, field: "" })).toBe(
    'data/transport.json › record "zhengwan" › field (record): quote is wrong',
  );
  expect(formatIssue({ ...issue, record: WHOLE_FILE, field: "" })).toBe("data/transport.json: quote is wrong");
  expect(formatIssue({ ...issue, record: WHOLE_FILE })).toBe(
    'data/transport.json › record "(file)" › field source.quote: quote is wrong',
  );
});

test("the build's error counts the problems and lists each on its own line", () => {
  const one = new DataError([issue]);
  expect(one.message).toBe(
    "1 problem in the site's input:\n" +
      '  - data/transport.json › record "zhengwan" › field source.quote: quote is wrong',
  );
  expect(one.name).toBe("DataError");
  expect(one.issues).toEqual([issue]);
  const two = new DataError([issue, { ...issue, record: WHOLE_FILE, field: "" }]);
  expect(two.message).toBe(
    "2 problems in the site's input:\n" +
      '  - data/transport.json › record "zhengwan" › field source.quote: quote is wrong\n' +
      "  - data/transport.json: quote is wrong",
  );
});

test("a zod path prints as the messages print fields", () => {
  expect(fieldPath(["figures", 1, "text"])).toBe("figures[1].text");
  expect(fieldPath([0, "id"])).toBe("[0].id");
  expect(fieldPath(["source", "quote"])).toBe("source.quote");
  expect(fieldPath([])).toBe("");
});

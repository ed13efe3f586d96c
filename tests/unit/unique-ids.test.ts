// A record id names one record of the whole site (src/lib/input/unique-ids.ts).
import { expect, test } from "vitest";
import { formatIssue } from "../../src/lib/input/data-issue";
import { checkUniqueIds } from "../../src/lib/input/unique-ids";
import type { Records } from "../../src/schemas/index";

test("an id in several datasets is named in each, with the others; one repeated in one dataset is not", () => {
  const records = {
    economy: [{ id: "a" }, { id: "b" }, { id: "b" }],
    projects: [{ id: "a" }, { id: "c" }],
    transport: [{ id: "a" }, { id: "c" }],
    investments: [],
    places: [],
    milestones: [],
  } as unknown as Records;
  expect(checkUniqueIds(records).map(formatIssue)).toEqual([
    'data/economy.json › record "a" › field id: id also used in data/projects.json, data/transport.json',
    'data/projects.json › record "a" › field id: id also used in data/economy.json, data/transport.json',
    'data/transport.json › record "a" › field id: id also used in data/economy.json, data/projects.json',
    'data/projects.json › record "c" › field id: id also used in data/transport.json',
    'data/transport.json › record "c" › field id: id also used in data/projects.json',
  ]);
});

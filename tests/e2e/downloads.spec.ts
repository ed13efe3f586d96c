import { csvParse } from "d3-dsv";
import { expect, test } from "@playwright/test";

const DATASETS = ["economy", "projects", "transport", "investments", "places"];

for (const name of DATASETS) {
  test(`${name}: JSON, CSV and schema are served and agree with the page`, async ({ page, request }) => {
    await page.goto("/data/");
    const section = page.locator(`section:has(h2#${name})`);
    const count = Number((await section.locator(".meta strong").textContent())!.replace(/\D/g, ""));
    expect(count).toBeGreaterThan(0);

    const jsonHref = await section.getByRole("link", { name: /下载 JSON/ }).getAttribute("href");
    const json = await request.get(jsonHref!);
    expect(json.headers()["content-type"]).toContain("application/json");
    const records = (await json.json()) as { id: string; source?: unknown; sources?: unknown }[];
    expect(records).toHaveLength(count);
    for (const r of records) expect(r.source ?? r.sources, r.id).toBeDefined();

    const csvHref = await section.getByRole("link", { name: /下载 CSV/ }).getAttribute("href");
    const csv = await request.get(csvHref!);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParse(bytes.toString("utf8").slice(1));
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));

    const schema = await request.get(`/data/${name}.schema.json`);
    expect(((await schema.json()) as { type: string }).type).toBe("object");
  });
}

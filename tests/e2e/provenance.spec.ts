import { expect, test } from "@playwright/test";

test("a key figure leads to its sentence in the chapter, highlighted @phone", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("region", { name: "关键数字" }).getByRole("listitem").filter({ hasText: "40.27亿元" });
  await card.getByRole("link", { name: /原文出处/ }).click();
  await expect(page).toHaveURL(/\/chapters\/hub-and-centres\/#s-[0-9a-f]{8}$/);
  const target = page.locator(":target");
  await expect(target).toContainText("总投资达40.27亿元");
  await expect(target).toBeInViewport();
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
});

test("every source link on /data/ lands on a sentence that writes the figure", async ({ page, request }) => {
  await page.goto("/data/");
  const rows = page.getByRole("region", { name: "全部数字及出处" }).locator("tbody tr");
  const entries = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      asWritten: tr.querySelector("td.as-written")!.textContent!,
      href: tr.querySelector("td:last-child a")!.getAttribute("href")!,
    })),
  );
  // As many rows as the datasets hold figures, counted from the downloads.
  let figures = 0;
  for (const name of ["economy", "projects", "transport", "investments", "places"]) {
    const records = (await (await request.get(`/data/${name}.json`)).json()) as {
      figure?: unknown;
      figures?: unknown[];
    }[];
    figures += records.reduce((n, r) => n + (r.figure ? 1 : 0) + (r.figures?.length ?? 0), 0);
  }
  expect(entries).toHaveLength(figures);
  const pages = new Map<string, string>();
  for (const { asWritten, href } of entries.filter((e) => e.href.startsWith("/"))) {
    const [path, id] = href.split("#");
    if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
    const html = pages.get(path!)!;
    const sentence = new RegExp(`<span id="${id}" class="s">([^<]*)</span>`).exec(html);
    expect(sentence, `${href} exists`).not.toBeNull();
    // The linked sentence (the first of the quote) writes the figure as the table says it is written.
    expect(sentence![1], href).toContain(asWritten);
  }
});

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

test("every figure's link into a chapter on /data/ lands on a sentence that writes the figure", async ({
  page,
  request,
}) => {
  await page.goto("/data/");
  const rows = page.getByRole("region", { name: "全部数字及出处" }).locator("tbody tr");
  const entries = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      asWritten: tr.querySelector("td.as-written")!.textContent!,
      href: tr.querySelector("td:last-child a")!.getAttribute("href")!,
    })),
  );
  // As many rows as the datasets hold figures, and as many links into a chapter as figures whose
  // record quotes the article, counted from the downloads.
  let figures = 0;
  let quoted = 0;
  for (const name of ["economy", "projects", "transport", "investments", "places"]) {
    const records = (await (await request.get(`/data/${name}.json`)).json()) as {
      figure?: unknown;
      figures?: unknown[];
      source?: { kind: string };
    }[];
    for (const r of records) {
      const n = (r.figure ? 1 : 0) + (r.figures?.length ?? 0);
      figures += n;
      if (r.source?.kind === "article") quoted += n;
    }
  }
  expect(entries).toHaveLength(figures);
  const internal = entries.filter((e) => e.href.startsWith("/"));
  expect(quoted).toBeGreaterThan(0);
  expect(internal).toHaveLength(quoted);
  const pages = new Map<string, string>();
  for (const { asWritten, href } of internal) {
    const [path, id] = href.split("#");
    if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
    const html = pages.get(path!)!;
    const sentence = new RegExp(`<span id="${id}" class="s">([^<]*)</span>`).exec(html);
    expect(sentence, `${href} exists`).not.toBeNull();
    // The linked sentence (the first of the quote) writes the figure as the table says it is written.
    expect(sentence![1], href).toContain(asWritten);
  }
});

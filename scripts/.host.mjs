import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { CHROMIUM_ARGS } from "/work/main/tests/chromium.mjs";
const base = "http://127.0.0.1:4321";
const snip = async (id) => {
  const h = await (await fetch(`${base}/charts/${id}/`)).text();
  return /<textarea[^>]*class="snippet"[^>]*>([\s\S]*?)<\/textarea>/.exec(h)[1].replace(/&lt;/g,"<").replace(/&gt;/g,">").replace(/&quot;/g,'"').replace(/&amp;/g,"&").replace(/https:\/\/[^/"]+/g, base);
};
const parts = [];
for (const id of ["gdp-growth", "investment-amounts", "regional-map"]) parts.push(`<h2>新闻小标题</h2><p>这是一篇转载图表的新闻稿，正文在此。编辑把下面的代码粘贴进来：</p>${await snip(id)}`);
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>body{margin:0 auto;max-width:720px;padding:16px;font-family:"Noto Sans CJK SC",sans-serif;background:#fff}header{background:#036;color:#fff;padding:8px 16px;margin:-16px -16px 16px}</style></head><body><header>某某日报 · 新闻</header>${parts.join("")}<p>（完）</p></body></html>`;
const srv = createServer((_, r) => { r.writeHead(200, {"content-type":"text/html; charset=utf-8"}); r.end(html); }).listen(4398, "127.0.0.1");
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const w of [375, 1280]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  await p.goto("http://localhost:4398/news.html");
  for (const f of await p.locator("iframe").all()) { await f.scrollIntoViewIfNeeded(); }
  await p.waitForTimeout(2000);
  await p.screenshot({ path: `/tmp/host-${w}.png`, fullPage: true });
  console.log(w, await p.locator("iframe").evaluateAll(fs => fs.map(f => f.style.height)));
}
await b.close(); srv.close();

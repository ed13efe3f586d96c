import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { CHROMIUM_ARGS } from "/work/main/tests/chromium.mjs";
const base = "http://127.0.0.1:4321";
const snip = async (id) => {
  const h = await (await fetch(`${base}/charts/${id}/`)).text();
  return /<textarea[^>]*class="snippet"[^>]*>([\s\S]*?)<\/textarea>/.exec(h)[1].replace(/&lt;/g,"<").replace(/&gt;/g,">").replace(/&quot;/g,'"').replace(/&amp;/g,"&").replace(/https:\/\/[^/"]+/g, base);
};
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>body{margin:0 auto;max-width:720px;padding:16px;font-family:"Noto Sans CJK SC",sans-serif;background:#fff}header{background:#036;color:#fff;padding:8px 16px;margin:-16px -16px 16px}</style></head><body><header>某某日报 · 新闻</header><h2>新闻小标题</h2><p>正文在此。编辑把代码粘贴进来：</p>${await snip(process.argv[2])}<p>（完）下一段正文紧接图表，没有多余空白。</p></body></html>`;
const srv = createServer((_, r) => { r.writeHead(200, {"content-type":"text/html; charset=utf-8"}); r.end(html); }).listen(4398, "127.0.0.1");
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const w = Number(process.argv[3]);
const p = await b.newPage({ viewport: { width: w, height: 1000 } });
await p.goto("http://localhost:4398/news.html");
await p.waitForTimeout(2500);
await p.screenshot({ path: `/tmp/host-${process.argv[2]}-${w}.png` });
await b.close(); srv.close();

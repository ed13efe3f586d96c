import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "/work/main/tests/chromium.mjs";
const [url, sel, out, width="375", scheme="light"] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: +width, height: 800 }, colorScheme: scheme });
await p.goto(url);
await p.locator(sel).first().screenshot({ path: out });
await b.close();

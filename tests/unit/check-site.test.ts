import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { ROOT } from "../support/repo";

const run = promisify(execFile);

test("check-site names each HTML error, broken link, missing anchor, missing asset, off-site load, and in a browser each axe violation, off-site request, script error and sideways scroll", async () => {
  const result = await run(process.execPath, [
    join(ROOT, "scripts", "check-site.mjs"),
    join(ROOT, "tests", "fixtures", "site-broken"),
  ]).then(
    () => ({ code: 0, stderr: "" }),
    (e: { code: number; stderr: string }) => e,
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('/: <link href="https://cdn.example.com/x.css"> loads from another origin');
  expect(result.stderr).toContain('/: <a href="/chapters/a/#s-missing"> → no id "s-missing" on /chapters/a/');
  expect(result.stderr).toContain('/: <a href="/nowhere/"> → no such file');
  expect(result.stderr).toContain('/: <img src="/missing.png"> → no such file');
  expect(result.stderr).toMatch(/\/: line \d+: No “p” element in scope but a “p” end tag seen/);
  expect(result.stderr).not.toContain("example.org");
  // Seen only in a browser: a request a script makes, and an accessibility violation (in every view).
  expect(result.stderr).toContain(
    "/chapters/a/: fetch request to https://tracker.example.net/pixel [375 px, light; 375 px, dark; 1280 px, light; 1280 px, dark]",
  );
  expect(result.stderr).toContain(
    "/chapters/a/: axe button-name (critical) at button: Buttons must have discernible text",
  );
  expect(result.stderr).toContain("/: stylesheet request to https://cdn.example.com/x.css");
  expect(result.stderr).toContain(
    "/chapters/a/: uncaught TypeError: Cannot read properties of null (reading 'oops') [375 px, light; 375 px, dark; 1280 px, light; 1280 px, dark]",
  );
  expect(result.stderr).toContain(
    "/chapters/a/: console error: Failed to load resource: net::ERR_NAME_NOT_RESOLVED (https://tracker.example.net/pixel)",
  );
  expect(result.stderr).toContain(
    "/chapters/a/: 1028 px wider than the viewport (horizontal scrolling) [375 px, light; 375 px, dark]",
  );
});

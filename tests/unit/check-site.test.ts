import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { ROOT } from "../support/repo";

const run = promisify(execFile);

test("check-site names each HTML error, broken link, missing anchor, missing asset and off-site load", async () => {
  const result = await run(process.execPath, [join(ROOT, "scripts", "check-site.mjs"), join(ROOT, "tests", "fixtures", "site-broken")]).then(
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
});

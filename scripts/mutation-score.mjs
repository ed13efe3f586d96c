// After `stryker run` (npm run test:mutation): the mutation score of each mutated file, from
// Stryker's JSON report, as the table of docs/testing.md › Mutation score; exits non-zero when one
// scores under 80 %. Stryker's own `break` threshold is for all files together, not each.
import { readFileSync } from "node:fs";

const MINIMUM = 80;
const report = JSON.parse(readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8"));
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const rows = Object.entries(report.files).map(([file, { mutants }]) => {
  const count = (states) => mutants.filter((m) => states.has(m.status)).length;
  const detected = count(DETECTED);
  const valid = detected + count(UNDETECTED);
  return { file, detected, survived: valid - detected, score: valid === 0 ? 100 : (100 * detected) / valid };
});
rows.sort((a, b) => a.file.localeCompare(b.file));
console.log("| module | detected | survived | score |\n| --- | --: | --: | --: |");
for (const r of rows) console.log(`| \`${r.file}\` | ${r.detected} | ${r.survived} | ${r.score.toFixed(1)} % |`);
const low = rows.filter((r) => r.score < MINIMUM);
for (const r of low) console.error(`mutation-score: ${r.file} scores ${r.score.toFixed(1)} %, under ${MINIMUM} %`);
process.exit(low.length > 0 ? 1 : 0);

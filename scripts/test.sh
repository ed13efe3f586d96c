#!/usr/bin/env bash
# Installs everything the tests need, then runs every test (the README's test command; CI runs it).
#   1. Node.js >= 22.12 (scripts/env.sh provisions it where the system's is older)
#   2. Debian's chromium for the browser tests, Noto CJK fonts so that pages measured at 375 px have
#      the widths a reader's phone gives them, and a Java runtime for the W3C Nu HTML checker
#      (each installed with apt-get where missing)
#   3. npm ci, then npm test: type check, unit and build tests, a build of the site, the site checks
#      (HTML validity, links, weights; in a browser axe, requests, console, overflow), browser tests
#   4. npm run bench on the dist/ npm test built (Lighthouse and weights against the budgets), its
#      report kept in test-results/ so that a run never rewrites docs/performance.md
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_fonts() { dpkg -s fonts-noto-cjk >/dev/null 2>&1 || fc-list 2>/dev/null | grep -q "Noto Sans CJK"; }
if [ ! -x "$chromium" ] || ! have_fonts || ! command -v java >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing what is missing of chromium, fonts-noto-cjk and a Java runtime" >&2
    apt-get update -qq
    packages="chromium fonts-noto-cjk"
    command -v java >/dev/null || packages="$packages default-jre-headless"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
  else
    echo "test.sh: the tests need Chromium at $chromium (or CHROMIUM_PATH), the Noto CJK fonts and Java;" >&2
    echo "         on Debian: sudo apt-get install chromium fonts-noto-cjk default-jre-headless" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund --loglevel=error
# Each step's wall time, so that a CI log shows where the minutes go (docs/testing.md › “Time”).
started=$SECONDS
npm test
echo "test.sh: npm test took $((SECONDS - started)) s" >&2
started=$SECONDS
npm run bench -- --skip-build --runs 5 --out test-results/performance.md
echo "test.sh: the bench took $((SECONDS - started)) s" >&2

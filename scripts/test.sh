#!/usr/bin/env bash
# Installs everything the tests need, then runs every test (the README's test command; CI runs it).
#   1. Node.js >= 22.12 (scripts/env.sh provisions it where the system's is older)
#   2. Debian's chromium for the browser tests, and Noto CJK fonts so that pages measured at
#      375 px have the widths a reader's phone gives them (installed with apt-get where missing)
#   3. npm ci, then npm test: unit tests, build tests, a build of the site, browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_fonts() { dpkg -s fonts-noto-cjk >/dev/null 2>&1 || fc-list 2>/dev/null | grep -q "Noto Sans CJK"; }
if [ ! -x "$chromium" ] || ! have_fonts; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing Debian's chromium and fonts-noto-cjk" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "test.sh: the browser tests need Chromium at $chromium (or CHROMIUM_PATH) and the Noto CJK fonts;" >&2
    echo "         on Debian: sudo apt-get install chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund --loglevel=error
npm test

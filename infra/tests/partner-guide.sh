#!/usr/bin/env bash
# Runs every ```sh block of docs/partner-integration.md, in order, in one shell, against a running service:
# the guide's examples are tested, not just written. Needs curl, jq and openssl.
#
#   API=http://localhost:8089 infra/tests/partner-guide.sh
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GUIDE="$REPO_ROOT/docs/partner-integration.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The blocks, joined; each is announced so that a failure names the one that failed.
awk '
  /^```sh$/ { inside = 1; block++; printf "echo \"--- guide block %d\"\n", block; next }
  /^```$/   { if (inside) { inside = 0; print "" } ; next }
  inside    { print }
' "$GUIDE" >"$work/guide.sh"
blocks=$(grep -c '^echo "--- guide block' "$work/guide.sh")
(cd "$work" && API="${API:?API must name the running service}" bash -euo pipefail guide.sh)
echo "partner guide: ${blocks} passed, 0 failed"

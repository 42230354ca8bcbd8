#!/usr/bin/env bash
# The web app's caching, against the packaged application: index.html and SPA routes revalidate; only Vite's
# content-hashed assets are immutable.  API=http://localhost:8089 infra/tests/cache-headers.sh
set -euo pipefail
API="${API:-http://localhost:8089}"
cache_control() { curl -fsS -o /dev/null -D - "$API$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "cache-control" { print $2 }'; }
expect() { [[ "$2" == "$3" ]] || { echo "cache-control of $1 is '$2', expected '$3'" >&2; exit 1; }; }

expect / "$(cache_control /)" no-cache
expect /councils "$(cache_control /councils)" no-cache
asset=$(curl -fsS "$API/" | grep -oE '/assets/[^"]+\.js' | head -n1)
[[ -n "$asset" ]] || { echo "index.html names no /assets/*.js" >&2; exit 1; }
expect "$asset" "$(cache_control "$asset")" "public, max-age=31536000, immutable"
echo "cache headers: / and /councils revalidate (no-cache); $asset is immutable"

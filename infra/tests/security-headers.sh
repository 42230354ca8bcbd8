#!/usr/bin/env bash
# The browser-side defences, against the packaged application: every answer (web app, assets, API, errors, health)
# carries the security headers; the web app's Content-Security-Policy runs no inline script, is never framed and
# lets the SPA reach the configured identity provider; index.html has no inline script for it to need.
#   API=http://localhost:8089 OIDC_ORIGIN=http://localhost:8180 infra/tests/security-headers.sh
set -euo pipefail
API="${API:-http://localhost:8089}"
OIDC_ORIGIN="${OIDC_ORIGIN:-http://localhost:8180}"
fail() { echo "security headers: $*" >&2; exit 1; }
header() { # PATH NAME: the value of one response header
  curl -sS -o /dev/null -D - "$API$1" | tr -d '\r' | awk -v name="$(tr '[:upper:]' '[:lower:]' <<<"$2")" -F': ' \
    'tolower($1) == name { sub(/^[^:]*: /, ""); print }'
}
expect() { [[ "$(header "$1" "$2")" == "$3" ]] || fail "$2 of $1 is '$(header "$1" "$2")', expected '$3'"; }

asset=$(curl -fsS "$API/" | grep -oE '/assets/[^"]+\.js' | head -n1)
[[ -n "$asset" ]] || fail "index.html names no /assets/*.js"
if curl -fsS "$API/" | grep -oE '<script[^>]*>' | grep -v ' src=' | grep -q .; then
  fail "index.html has an inline <script>, which the policy would block"
fi

for path in / /councils /councils/E06000047 "$asset" /api/v1/councils /api/v1/no-such-thing /q/health/ready; do
  expect "$path" X-Content-Type-Options nosniff
  expect "$path" X-Frame-Options DENY
  expect "$path" Referrer-Policy no-referrer
  expect "$path" Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
  expect "$path" Cross-Origin-Opener-Policy same-origin
  expect "$path" Cross-Origin-Resource-Policy same-origin
done

web_policy="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; \
connect-src 'self' $OIDC_ORIGIN; frame-src $OIDC_ORIGIN; form-action 'self' $OIDC_ORIGIN; frame-ancestors 'none'; \
base-uri 'self'; object-src 'none'"
for path in / /councils /councils/E06000047 "$asset"; do expect "$path" Content-Security-Policy "$web_policy"; done
api_policy="default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
for path in /api/v1/councils /api/v1/no-such-thing /q/health/ready; do expect "$path" Content-Security-Policy "$api_policy"; done
echo "security headers: the web app, $asset, the API and health carry them; the web app's CSP has no 'unsafe-inline'"

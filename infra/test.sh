#!/usr/bin/env bash
# `make test`: every test, against real PostgreSQL, real Keycloak and a real browser.
# Installs what a fresh machine lacks (Debian chromium, npm packages, Keycloak) and stops all it starts.
#
#   TEST_DB_URL (+ TEST_DB_USER, TEST_DB_PASSWORD)  use that PostgreSQL instead of an embedded one
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

E2E_PORT="${E2E_PORT:-8089}"
E2E_PG_PORT="${E2E_PG_PORT:-54339}"
REPLICA_PORTS="${REPLICA_PORTS:-8191,8192}"   # the two-replica test's backends
E2E_DIR="$STATE_DIR/e2e"
APP_PID="$E2E_DIR/backend.pid"
started_postgres=false
began=$SECONDS

stop_all() {
  trap - EXIT INT TERM
  stop_process "$APP_PID"
  stop_process "$E2E_DIR/interruption-backend.pid"
  stop_process "$E2E_DIR/replica-1.pid"
  stop_process "$E2E_DIR/replica-2.pid"
  if $started_postgres; then
    PG_PORT=$E2E_PG_PORT PG_DATA_DIR="$E2E_DIR/postgres" PG_STATE_DIR="$E2E_DIR" infra/postgres.sh stop || true
  fi
  if $KEYCLOAK_STARTED_HERE; then infra/keycloak.sh stop || true; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

ensure_keycloak_in_background

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v jq >/dev/null || missing+=(jq)
command -v openssl >/dev/null || missing+=(openssl)
if (( ${#missing[@]} )); then
  say "Installing Debian's ${missing[*]} for the browser tests and the partner guide's examples"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
ensure_frontend_packages
await_keycloak

say "Backend tests (JUnit + RestAssured, real PostgreSQL and Keycloak), then the application jar"
maven package

say "Web app: type check, lint, unit tests (Vitest)"
(cd frontend && npm run --silent typecheck && npm run --silent lint && npm test)

say "Browser end-to-end tests (Chromium + axe-core) against the packaged application"
rm -rf "$E2E_DIR" && mkdir -p "$E2E_DIR"
if [[ -n "${TEST_DB_URL:-}" ]]; then
  db_url="$TEST_DB_URL" db_user="${TEST_DB_USER:-postgres}" db_password="${TEST_DB_PASSWORD:-}"
else
  PG_PORT=$E2E_PG_PORT PG_DATA_DIR="$E2E_DIR/postgres" PG_STATE_DIR="$E2E_DIR" infra/postgres.sh start
  started_postgres=true
  db_url="jdbc:postgresql://127.0.0.1:$E2E_PG_PORT/sector_support" db_user=postgres db_password=
fi
DB_URL="$db_url" DB_USER="$db_user" DB_PASSWORD="$db_password" \
  "$JAVA_HOME/bin/java" -Dquarkus.http.port=$E2E_PORT -jar backend/target/quarkus-app/quarkus-run.jar >"$E2E_DIR/backend.log" 2>&1 &
echo $! >"$APP_PID"
wait_for_http "http://localhost:$E2E_PORT/q/health/ready" 180 "$(cat "$APP_PID")" \
  || { tail -n 40 "$E2E_DIR/backend.log" >&2; exit 1; }
(cd frontend && E2E_BASE_URL="http://localhost:$E2E_PORT" npm run test:e2e)

say "Partner integration guide: every example in docs/partner-integration.md, run against the packaged application"
API="http://localhost:$E2E_PORT" infra/tests/partner-guide.sh

say "The web app's cache headers: index.html revalidates, hashed assets are immutable"
API="http://localhost:$E2E_PORT" infra/tests/cache-headers.sh

say "Security headers on every answer; the web app's Content-Security-Policy allows no inline script"
API="http://localhost:$E2E_PORT" infra/tests/security-headers.sh

say "The backend's log: JSON lines with request ids, and no tokens or personal data (after all the tests above)"
API="http://localhost:$E2E_PORT" LOG="$E2E_DIR/backend.log" infra/tests/log-hygiene.sh

say "Kubernetes manifests (infra/k8s/) against the Kubernetes API schemas"
infra/tests/k8s-manifests.sh

say "Backup and restore: pg_dump of a migrated database with data, pg_restore into a fresh one, every table compared"
infra/tests/backup-restore.sh

say "An import job interrupted by killing the backend, then pushed again"
stop_process "$APP_PID"
DB_URL="$db_url" DB_USER="$db_user" DB_PASSWORD="$db_password" JAVA="$JAVA_HOME/bin/java" \
  APP_JAR=backend/target/quarkus-app/quarkus-run.jar APP_PORT=$E2E_PORT LOG_DIR="$E2E_DIR" \
  node infra/tests/import-interruption.mjs

say "Two replicas against one database: the same push and Idempotency-Key to both at once is one job, one set of rows"
DB_URL="$db_url" DB_USER="$db_user" DB_PASSWORD="$db_password" JAVA="$JAVA_HOME/bin/java" \
  APP_JAR=backend/target/quarkus-app/quarkus-run.jar REPLICA_PORTS="$REPLICA_PORTS" LOG_DIR="$E2E_DIR" \
  PG_LOG="$E2E_DIR/postgres.log" node infra/tests/two-replicas.mjs

say "All tests passed in $((SECONDS - began)) s"

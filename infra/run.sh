#!/usr/bin/env bash
# `make run`: database, Keycloak, backend and web app on this machine, with demo data.
# Ctrl-C (or `make stop` from another terminal) stops everything this script started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

BACKEND_PID="$STATE_DIR/backend.pid"
STARTED="$STATE_DIR/run.started"   # what this run started, for `make stop`
: >"$STARTED"

stop_all() {
  trap - EXIT INT TERM
  say "Stopping"
  stop_process "$BACKEND_PID"
  grep -qx keycloak "$STARTED" && infra/keycloak.sh stop
  grep -qx postgres "$STARTED" && infra/postgres.sh stop
  rm -f "$STARTED"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

if [[ -f "$BACKEND_PID" ]] && kill -0 "$(cat "$BACKEND_PID")" 2>/dev/null; then
  echo "Sector Support is already running (pid $(cat "$BACKEND_PID")); 'make stop' stops it." >&2
  trap - EXIT
  exit 1
fi

if [[ -z "${DB_URL:-}" ]]; then
  say "Starting the embedded PostgreSQL (data in .local/postgres)"
  # Stop here if it cannot start: going on would use whatever else holds the port, perhaps another checkout's data.
  infra/postgres.sh start || exit 1
  echo postgres >>"$STARTED"
  export DB_URL="jdbc:postgresql://127.0.0.1:54329/sector_support" DB_USER=postgres DB_PASSWORD=
else
  say "Using the database at $DB_URL"
fi

if keycloak_answers; then
  say "Keycloak is already running on http://localhost:8180"
else
  say "Starting Keycloak (the first start takes about a minute)"
  infra/keycloak.sh start || exit 1
  echo keycloak >>"$STARTED"
fi

ensure_frontend_packages
say "Building the backend and the web app"
maven -q package -DskipTests

say "Starting the backend on http://localhost:8080"
"$JAVA_HOME/bin/java" -jar backend/target/quarkus-app/quarkus-run.jar >"$STATE_DIR/backend.log" 2>&1 &
echo $! >"$BACKEND_PID"
wait_for_http http://localhost:8080/q/health/ready 180 "$(cat "$BACKEND_PID")" \
  || { tail -n 40 "$STATE_DIR/backend.log" >&2; exit 1; }

cat <<MSG

  Sector Support is running: http://localhost:8080

  Demo logins (local only):   staff / staff-demo     admin / admin-demo     analyst / analyst-demo
  Partner API clients:        solace-partner / solace-demo-secret, adass-partner / adass-demo-secret
                              (client credentials at http://localhost:8180/realms/sector-support)
  API documentation:          http://localhost:8080/q/swagger-ui
  Backend log:                .local/backend.log

  Press Ctrl-C here, or run 'make stop' in another terminal, to stop everything.
MSG
wait "$(cat "$BACKEND_PID")" || true

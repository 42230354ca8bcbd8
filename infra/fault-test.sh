#!/usr/bin/env bash
# `make fault-test`: the service under faults, on this machine's loopback only. Not part of `make test`.
#   a. PostgreSQL stopped and started under reads and writes      (infra/tests/faults/database-outage.mjs)
#   b. the backend SIGKILLed during a large import                (infra/tests/import-interruption.mjs)
#      and during a burst of single writes                        (infra/tests/faults/backend-kill.mjs)
#   c. Keycloak stopped: issued tokens, new logins, the web app   (infra/tests/faults/keycloak-outage.mjs)
# Each scenario is bounded in requests and time; the whole run is under `timeout` (FAULT_TIMEOUT, default 1800 s)
# and stops, by PID, everything it started. Scenario c uses a Keycloak of its own on :8187, never the shared :8180.
#
#   FAULT_PG_PORT (54371) FAULT_APP_PORT (8185) FAULT_SECOND_APP_PORT (8186) FAULT_KEYCLOAK_PORT (8187)
#   FAULT_SPA_PORT (8095: one of the web client's registered redirect URIs)
#   FAULT_SCENARIOS ("a b c"; "b" is "b-import b-writes", each of which can be named alone)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"
if [[ -z "${FAULT_UNDER_TIMEOUT:-}" ]]; then
  FAULT_UNDER_TIMEOUT=1 exec timeout -k 60 "${FAULT_TIMEOUT:-1800}" "$0" "$@"
fi

FAULT_DIR="$STATE_DIR/fault"
PG_PORT="${FAULT_PG_PORT:-54371}"
APP_PORT="${FAULT_APP_PORT:-8185}"
SECOND_APP_PORT="${FAULT_SECOND_APP_PORT:-8186}"
KEYCLOAK_PORT="${FAULT_KEYCLOAK_PORT:-8187}"
SPA_PORT="${FAULT_SPA_PORT:-8095}"
SCENARIOS="${FAULT_SCENARIOS:-a b c}"
JAR=backend/target/quarkus-app/quarkus-run.jar
# This run's own Keycloak: a copy of the distribution (kept between runs), a realm whose tokens live 60 s.
export KEYCLOAK_HOME_DIR="$STATE_DIR/fault-keycloak" KEYCLOAK_PORT KEYCLOAK_MANAGEMENT_PORT=$((KEYCLOAK_PORT + 1000))
export KEYCLOAK_REALM_FILE="$FAULT_DIR/realm.json" KEYCLOAK_START_TIMEOUT=300
export PG_PORT PG_DATA_DIR="$FAULT_DIR/postgres" PG_STATE_DIR="$FAULT_DIR"
export DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sector_support" DB_USER=postgres DB_PASSWORD=
export JAVA="$JAVA_HOME/bin/java" APP_JAR="$JAR" LOG_DIR="$FAULT_DIR" APP_PORT SECOND_APP_PORT SPA_PORT
export OIDC_URL=http://localhost:8180/realms/sector-support
started_postgres=false
began=$SECONDS
failed=()
ran=()

stop_all() {
  trap - EXIT INT TERM
  local f
  for f in "$FAULT_DIR"/*.pid; do [[ -e "$f" && "$f" != "$FAULT_DIR/postgres.pid" ]] && stop_process "$f"; done
  [[ -f "$KEYCLOAK_HOME_DIR/keycloak.pid" ]] && { infra/keycloak.sh stop || true; }
  if $started_postgres; then infra/postgres.sh stop || true; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

for port in "$PG_PORT" "$APP_PORT" "$SECOND_APP_PORT" "$KEYCLOAK_PORT" "$SPA_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use; set FAULT_*_PORT" >&2; exit 1; fi
done
command -v psql >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client; }
ensure_frontend_packages
keycloak_answers || { echo "scenarios a and b use the shared Keycloak on :8180: start it (infra/keycloak.sh start)" >&2; exit 1; }
if [[ ! -f "$JAR" || -n "$(find backend/src backend/pom.xml frontend/src -newer "$JAR" -print -quit)" ]]; then
  say "Building the application jar (mvn package -DskipTests)"
  maven -q package -DskipTests
fi

rm -rf "$FAULT_DIR" && mkdir -p "$FAULT_DIR"
say "PostgreSQL of its own on 127.0.0.1:$PG_PORT (data in .local/fault/postgres)"
started_postgres=true
infra/postgres.sh start

wants() { # SCENARIO: asked for by name, or by its letter
  [[ " $SCENARIOS " == *" $1 "* || " $SCENARIOS " == *" ${1%%-*} "* ]]
}

scenario() { # NAME COMMAND...: runs one scenario, remembers a failure and goes on to the next
  local name="$1"; shift
  say "$name"
  "$@" 2>&1 | tee "$FAULT_DIR/scenario-$(( ${#ran[@]} + 1 )).out" || failed+=("$name")
  ran+=("$name")
}

if wants a; then
  "$JAVA" -Xmx512m -Dquarkus.http.port="$APP_PORT" -jar "$JAR" >"$FAULT_DIR/outage-backend.log" 2>&1 &
  echo $! >"$FAULT_DIR/outage-backend.pid"
  wait_for_http "http://localhost:$APP_PORT/q/health/ready" 180 "$(cat "$FAULT_DIR/outage-backend.pid")" \
    || { tail -n 40 "$FAULT_DIR/outage-backend.log" >&2; exit 1; }
  scenario "a. PostgreSQL stopped and started under load" node infra/tests/faults/database-outage.mjs
  stop_process "$FAULT_DIR/outage-backend.pid"
fi

if wants b-import; then
  scenario "b. The backend killed (SIGKILL) during a 100,000-row import" node infra/tests/import-interruption.mjs
  stop_process "$FAULT_DIR/interruption-backend.pid"
  jobs_by_status="$(psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sector_support \
    -c "select string_agg(status || ' ' || n, ', ' order by status) from (select status, count(*) n from import_job group by status) s")"
  echo "import jobs in the database afterwards: $jobs_by_status"
  if [[ "$jobs_by_status" == *running* ]]; then failed+=("b. an import job left running"); fi
fi
if wants b-writes; then
  scenario "b. The backend killed (SIGKILL) during a burst of single writes" node infra/tests/faults/backend-kill.mjs
fi

if wants c; then
  say "c. Preparing a Keycloak of its own on :$KEYCLOAK_PORT and the web app pointed at it"
  if [[ ! -x "$KEYCLOAK_HOME_DIR/bin/kc.sh" ]]; then
    KEYCLOAK_HOME_DIR="$KEYCLOAK_HOME_DIR" infra/keycloak.sh fetch
  fi
  jq '.accessTokenLifespan = 60' infra/keycloak/sector-support-realm.json >"$KEYCLOAK_REALM_FILE"
  (cd frontend && VITE_OIDC_AUTHORITY="http://localhost:$KEYCLOAK_PORT/realms/sector-support" \
     node node_modules/vite/bin/vite.js build --logLevel warn --outDir "$FAULT_DIR/web" --emptyOutDir)
  (cd frontend && exec node node_modules/vite/bin/vite.js preview --outDir "$FAULT_DIR/web" --host 127.0.0.1 --port "$SPA_PORT" --strictPort \
     >"$FAULT_DIR/web.log" 2>&1) &
  echo $! >"$FAULT_DIR/web.pid"
  export SPA_URL="http://localhost:$SPA_PORT"
  wait_for_http "$SPA_URL/" 60 "$(cat "$FAULT_DIR/web.pid")"
  scenario "c. Keycloak stopped" node infra/tests/faults/keycloak-outage.mjs
  stop_process "$FAULT_DIR/web.pid"
fi

say "Fault scenarios done in $((SECONDS - began)) s; logs in .local/fault/"
grep -h '^SUMMARY' "$FAULT_DIR"/scenario-*.out 2>/dev/null || true
if (( ${#failed[@]} )); then
  printf 'FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "all fault scenarios passed"

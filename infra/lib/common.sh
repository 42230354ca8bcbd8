# shellcheck shell=bash
# Sourced by infra/run.sh and infra/test.sh: paths, the JDK, and small process helpers.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="$REPO_ROOT/.local"
# shellcheck source=java-home.sh
source "$REPO_ROOT/infra/lib/java-home.sh"

JAVA_HOME="$(find_java_home 21)" || { echo "Sector Support needs a JDK >= 21 (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME
MAVEN_OPTS="${MAVEN_OPTS:-}"
if (( $(java_major "$JAVA_HOME") >= 24 )); then MAVEN_OPTS="$MAVEN_OPTS --sun-misc-unsafe-memory-access=allow"; fi
export MAVEN_OPTS
mkdir -p "$STATE_DIR"

say() { printf '\n==> %s\n' "$*"; }

# Maven with plain output (tests print their counts) and no download progress.
maven() { mvn -B -ntp -Dstyle.color=never -f "$REPO_ROOT/backend/pom.xml" "$@"; }

keycloak_answers() {
  curl -fsS --max-time 5 -o /dev/null http://localhost:8180/realms/sector-support/.well-known/openid-configuration 2>/dev/null
}

# Starts Keycloak unless one answers or another command is starting it (then waits for that one). Sets
# KEYCLOAK_STARTED_HERE=true only when this call launched it, so only then is it the caller's to stop.
KEYCLOAK_STARTED_HERE=false
ensure_keycloak() {
  ensure_keycloak_in_background
  await_keycloak
}

# ensure_keycloak, in the background: the first start takes ~40 s, time other set-up can use. Call
# await_keycloak before anything needs it. KEYCLOAK_STARTED_HERE is decided here, in the caller's shell.
KEYCLOAK_STARTING_PID=
ensure_keycloak_in_background() {
  if keycloak_answers; then
    say "Using the Keycloak already running on http://localhost:8180"
    return 0
  fi
  local status=0
  "$REPO_ROOT/infra/keycloak.sh" status >/dev/null 2>&1 || status=$?
  if (( status != 3 )); then
    say "Waiting for the Keycloak another command is starting"
  else
    say "Starting Keycloak"
    KEYCLOAK_STARTED_HERE=true
  fi
  "$REPO_ROOT/infra/keycloak.sh" start &
  KEYCLOAK_STARTING_PID=$!
}

await_keycloak() {
  [[ -n "$KEYCLOAK_STARTING_PID" ]] || return 0
  wait "$KEYCLOAK_STARTING_PID" || { echo "Keycloak did not start" >&2; return 1; }
  KEYCLOAK_STARTING_PID=
}

# npm packages, installed from the lock file whenever it is newer than node_modules. Not `npm ci`: the
# registry here lacks other platforms' optional builds (rollup, sass-embedded), which npm ci refuses.
ensure_frontend_packages() {
  local web="$REPO_ROOT/frontend"
  if [[ ! -d "$web/node_modules" || "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]]; then
    say "Installing the web app's npm packages"
    (cd "$web" && npm install --no-audit --no-fund)
  fi
}

# wait_for_http URL SECONDS PID: until URL answers 2xx, the process dies, or time runs out.
wait_for_http() {
  local url="$1" timeout="$2" pid="$3" deadline=$((SECONDS + $2))
  until curl -fsS --max-time 5 -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited before $url answered" >&2; return 1; }
    (( SECONDS < deadline )) || { echo "$url did not answer within $timeout s" >&2; return 1; }
    sleep 1
  done
}

# stop_process PID_FILE: SIGTERM, wait up to 30 s, then SIGKILL.
stop_process() {
  local pid_file="$1" pid
  [[ -f "$pid_file" ]] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

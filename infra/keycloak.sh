#!/usr/bin/env bash
# Local Keycloak for Sector Support (development and tests only).
#
#   infra/keycloak.sh fetch    ensure the Keycloak distribution is unpacked (from Maven Central via mvn)
#   infra/keycloak.sh start    start Keycloak in dev mode on http://localhost:8180 and import the realm
#   infra/keycloak.sh stop     stop the Keycloak started by this script
#   infra/keycloak.sh status   is it running / answering?
#   infra/keycloak.sh reset    stop it and delete its data (users, sessions, the imported realms);
#                              the next start imports the realm files afresh
#   infra/keycloak.sh logs     follow the log
#
# Environment (all optional):
#   KEYCLOAK_HOME_DIR        where the distribution, its data (H2 dev-file), log and pid live
#                            (default ${XDG_CACHE_HOME:-$HOME/.cache}/sector-support/keycloak-26.7.3; outside git)
#   KEYCLOAK_REALM_FILE      realm to import (default infra/keycloak/sector-support-realm.json); the other realm files
#                            of infra/keycloak/ (elsewhere-realm.json: another issuer, for the token tests) come too
#   KEYCLOAK_PORT            HTTP port (default 8180); the issuer is http://localhost:$KEYCLOAK_PORT/realms/sector-support
#   KEYCLOAK_MANAGEMENT_PORT management interface port (default 9180, bound to 127.0.0.1)
#   KEYCLOAK_START_TIMEOUT   seconds to wait for the realm to answer (default 180)
#   KEYCLOAK_JAVA_HOME       JDK (>= 21) to run Keycloak with; default: $JAVA_HOME if >= 21, else the newest under /usr/lib/jvm
#   KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD
#                            bootstrap admin of the master realm (admin console), created on the first start only
#                            (default kcadmin / kcadmin-demo; local only)
set -euo pipefail

KC_VERSION=26.7.3
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
REALM=sector-support
MIN_JAVA=21

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/java-home.sh
source "$SCRIPT_DIR/lib/java-home.sh"
KEYCLOAK_HOME_DIR="${KEYCLOAK_HOME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sector-support/keycloak-${KC_VERSION}}"
KEYCLOAK_REALM_FILE="${KEYCLOAK_REALM_FILE:-$SCRIPT_DIR/keycloak/sector-support-realm.json}"
EXTRA_REALM_FILES=("$SCRIPT_DIR/keycloak/elsewhere-realm.json")
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"

BASE_URL="http://localhost:${KEYCLOAK_PORT}"
DISCOVERY_URL="${BASE_URL}/realms/${REALM}/.well-known/openid-configuration"
PID_FILE="$KEYCLOAK_HOME_DIR/keycloak.pid"
LOG_FILE="$KEYCLOAK_HOME_DIR/keycloak.log"

log() { printf '[keycloak] %s\n' "$*"; }
die() { printf '[keycloak] ERROR: %s\n' "$*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not installed"; }

# --- helpers -----------------------------------------------------------------

dist_present() {
  [[ -x "$KEYCLOAK_HOME_DIR/bin/kc.sh" && -f "$KEYCLOAK_HOME_DIR/lib/quarkus-run.jar" ]]
}

realm_answers() {
  curl -fsS --max-time 5 -o /dev/null "$DISCOVERY_URL" 2>/dev/null
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# PID from the pid file if that process is alive and is our Keycloak; empty otherwise.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -e 'kc.sh' -e 'kc.home.dir'; then
    echo "$pid"
  fi
}

# --- commands ----------------------------------------------------------------

cmd_fetch() {
  if dist_present; then
    log "distribution present in $KEYCLOAK_HOME_DIR"
    return 0
  fi
  need mvn
  local parent tmp
  parent="$(dirname "$KEYCLOAK_HOME_DIR")"
  mkdir -p "$parent"
  tmp="$(mktemp -d "$parent/.keycloak-unpack.XXXXXX")"
  log "unpacking $KC_ARTIFACT (Maven Central / local Maven repository) into $KEYCLOAK_HOME_DIR"
  # Run from the temp dir: without a pom Maven would otherwise create '${project.basedir}/target' in the cwd.
  if ! (cd "$tmp" && run_mvn - "$DEPENDENCY_PLUGIN:unpack" \
        -Dartifact="$KC_ARTIFACT" \
        -DoutputDirectory="$tmp/out" \
        -DmarkersDirectory="$tmp/markers"); then
    rm -rf "$tmp"
    die "could not fetch $KC_ARTIFACT with Maven"
  fi
  [[ -x "$tmp/out/keycloak-$KC_VERSION/bin/kc.sh" ]] || { rm -rf "$tmp"; die "unexpected archive layout"; }
  mkdir -p "$KEYCLOAK_HOME_DIR"
  cp -a "$tmp/out/keycloak-$KC_VERSION/." "$KEYCLOAK_HOME_DIR/"
  rm -rf "$tmp"
  log "distribution ready in $KEYCLOAK_HOME_DIR"
}

wait_for_exit() { # $1 pid, $2 seconds
  local pid="$1" deadline=$((SECONDS + $2))
  while kill -0 "$pid" 2>/dev/null; do
    (( SECONDS < deadline )) || return 1
    sleep 0.5
  done
}

# Kill the whole process group (kc.sh and its java child; kc.sh runs java as a child, it only
# execs java after an implicit re-augmentation).
stop_pid() {
  local pid="$1"
  log "stopping Keycloak (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  if ! wait_for_exit "$pid" 60; then
    log "still running after 60 s; sending SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    wait_for_exit "$pid" 10 || die "could not stop pid $pid"
  fi
  # stragglers in the group (the java child) — give them a moment, then force.
  for _ in $(seq 1 20); do
    pgrep -g "$pid" >/dev/null 2>&1 || break
    sleep 0.5
  done
  if pgrep -g "$pid" >/dev/null 2>&1; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
}

# One hash over every realm file: a change to any of them (or a new one) means a fresh import.
realm_hash() { cat "$KEYCLOAK_REALM_FILE" "${EXTRA_REALM_FILES[@]}" | sha256sum | cut -d' ' -f1; }
IMPORTED_HASH_FILE="$KEYCLOAK_HOME_DIR/data/realm.sha256"

cmd_start() {
  need curl
  if realm_answers; then
    log "already running: $DISCOVERY_URL answers; not starting another"
    if [[ -f "$IMPORTED_HASH_FILE" && "$(cat "$IMPORTED_HASH_FILE")" != "$(realm_hash)" ]]; then
      log "WARNING: the realm files changed since they were imported; run '$0 stop' and start again to re-import them"
    fi
    return 0
  fi
  [[ -f "$KEYCLOAK_REALM_FILE" ]] || die "realm file not found: $KEYCLOAK_REALM_FILE"

  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    if port_in_use "$KEYCLOAK_PORT"; then
      die "port $KEYCLOAK_PORT is in use by something that does not serve realm '$REALM'"
    fi
    cmd_fetch
    local java_home
    java_home="$(find_java_home "$MIN_JAVA" "${KEYCLOAK_JAVA_HOME:-}")" \
      || die "Keycloak $KC_VERSION needs Java >= $MIN_JAVA (set KEYCLOAK_JAVA_HOME)"

    # Keycloak imports a realm only when it does not exist yet: when a file has changed (or come) since the
    # last import, start from empty data so that what runs is always what the repository says.
    if [[ -d "$KEYCLOAK_HOME_DIR/data" && "$(cat "$IMPORTED_HASH_FILE" 2>/dev/null)" != "$(realm_hash)" ]]; then
      log "realm files differ from the imported ones: deleting Keycloak data to import them afresh"
      rm -rf "$KEYCLOAK_HOME_DIR/data"
    fi
    mkdir -p "$KEYCLOAK_HOME_DIR/data/import"
    find "$KEYCLOAK_HOME_DIR/data/import" -mindepth 1 -maxdepth 1 -name '*.json' -delete
    cp "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_HOME_DIR/data/import/${REALM}-realm.json"
    cp "${EXTRA_REALM_FILES[@]}" "$KEYCLOAK_HOME_DIR/data/import/"

    log "starting Keycloak $KC_VERSION on $BASE_URL (java: $java_home; log: $LOG_FILE)"
    {
      echo "===== $(date -Is) start (java: $java_home) ====="
    } >>"$LOG_FILE"
    # setsid: own session/process group, so 'stop' can signal kc.sh and its java child together.
    JAVA_HOME="$java_home" \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN_USER:-kcadmin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-kcadmin-demo}" \
      setsid "$KEYCLOAK_HOME_DIR/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 \
        --http-port="$KEYCLOAK_PORT" \
        --hostname="$BASE_URL" \
        --http-management-host=127.0.0.1 \
        --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
        --health-enabled=false \
        --metrics-enabled=false \
        --import-realm \
        </dev/null >>"$LOG_FILE" 2>&1 &
    pid=$!
    echo "$pid" >"$PID_FILE"
  else
    log "Keycloak already starting (pid $pid); waiting for it"
  fi

  local started=$SECONDS deadline=$((SECONDS + KEYCLOAK_START_TIMEOUT))
  until realm_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      echo "----- last lines of $LOG_FILE -----" >&2
      tail -n 60 "$LOG_FILE" >&2 || true
      die "Keycloak exited before realm '$REALM' answered"
    fi
    if (( SECONDS >= deadline )); then
      echo "----- last lines of $LOG_FILE -----" >&2
      tail -n 60 "$LOG_FILE" >&2 || true
      stop_pid "$pid"
      rm -f "$PID_FILE"
      die "realm '$REALM' did not answer within ${KEYCLOAK_START_TIMEOUT} s"
    fi
    sleep 1
  done
  realm_hash >"$IMPORTED_HASH_FILE"
  log "ready after $((SECONDS - started)) s: issuer ${BASE_URL}/realms/${REALM} (pid $pid)"
}

cmd_stop() {
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    if realm_answers; then
      log "a Keycloak answers on $BASE_URL but was not started by this script (no live pid file); leaving it alone"
    else
      log "not running"
    fi
    return 0
  fi
  stop_pid "$pid"
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  pid="$(running_pid)"
  if realm_answers; then
    log "running${pid:+ (pid $pid)}: $DISCOVERY_URL answers; home $KEYCLOAK_HOME_DIR"
    return 0
  elif [[ -n "$pid" ]]; then
    log "process running (pid $pid) but realm '$REALM' does not answer yet; log: $LOG_FILE"
    return 1
  fi
  log "not running (home $KEYCLOAK_HOME_DIR)"
  return 3
}

cmd_reset() {
  cmd_stop
  if realm_answers; then
    die "a Keycloak not started by this script still answers on $BASE_URL; stop it first"
  fi
  rm -rf "$KEYCLOAK_HOME_DIR/data"
  log "deleted Keycloak data ($KEYCLOAK_HOME_DIR/data); the next start imports the realm files afresh"
}

cmd_logs() {
  [[ -f "$LOG_FILE" ]] || die "no log yet ($LOG_FILE)"
  tail -n 100 -F "$LOG_FILE"
}

case "${1:-}" in
  fetch)  cmd_fetch ;;
  start)  cmd_start ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  reset)  cmd_reset ;;
  logs)   cmd_logs ;;
  *)
    echo "usage: $(basename "$0") fetch|start|stop|status|reset|logs" >&2
    exit 2
    ;;
esac

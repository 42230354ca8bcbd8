#!/usr/bin/env bash
# `make load-test`: issue 11's load benchmark. Bounded wrk load on loopback against the main read endpoints and a
# mixed read/write profile over the `make bench-data` dataset: requests/s, p50/p99 latency and errors (non-2xx and
# socket errors; zero expected) per endpoint. In the same run, the councils and survey-response lists are compared
# with pgbench running the SQL the backend runs for one page (taken from PostgreSQL's statement log) at the same
# concurrency against the same database: our requests/s over pgbench's transactions/s. Also the backend's
# start-to-ready time and its RSS after the load. Not a test: nothing fails on time.
#
# Uses the bench-data PostgreSQL (.local/bench-data) and its own backend, both stopped at the end by PID; the
# Keycloak on :8180, or starts and afterwards stops one. The rows the write profile creates are deleted afterwards.
#   LOAD_DURATION     seconds of each step (default 10)
#   LOAD_CONNECTIONS  wrk connections and pgbench clients (default 16); LOAD_THREADS wrk/pgbench threads (default 2)
#   LOAD_APP_PORT     the backend's port (default 8098); BENCH_DATA_PORT the dataset's PostgreSQL (default 54350)
#   LOAD_HEAP         the backend's -Xmx (default 512m)
#   BENCH_TIMEOUT     seconds the whole run may take, dataset and jar builds included (default 1800)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../infra/lib/common.sh"
cd "$REPO_ROOT"
source bench/lib.sh
bench_bounded "$@"

APP_PORT="${LOAD_APP_PORT:-8098}"
DURATION="${LOAD_DURATION:-10}"
CONNECTIONS="${LOAD_CONNECTIONS:-16}"
THREADS="${LOAD_THREADS:-2}"
BENCH_DIR="$STATE_DIR/bench-load"
mkdir -p "$BENCH_DIR"
BASE="http://localhost:$APP_PORT"
YEAR=2024-25

bench/data.sh
bench_tools
command -v wrk >/dev/null && command -v pgbench >/dev/null || {
  say "Installing Debian's wrk and postgresql-contrib (pgbench)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk postgresql-contrib
}
bench_jar
ensure_keycloak
bench_postgres "$BENCH_DATA_PORT" "$BENCH_DATA_DIR/postgres" "$BENCH_DATA_DIR"
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_DATA_PORT" -U postgres -d sector_support "$@"; }
PG_LOG="$BENCH_DATA_DIR/postgres.log"

say "The backend at -Xmx${LOAD_HEAP:-512m} on :$APP_PORT"
began=$(now)
bench_backend backend "$APP_PORT" "$BENCH_DATA_PORT" "-Xmx${LOAD_HEAP:-512m}"
ready_seconds=$(elapsed "$began" "$(now)")
quarkus_started=$(grep -o 'started in [0-9.]*s' "$BENCH_DIR/backend.log" | head -n1 | grep -o '[0-9.]*' || echo '?')

token_of() { # USER: the demo user's access token (password grant of the CLI client)
  curl -fsS --max-time 30 -d grant_type=password -d client_id=sector-support-cli -d username="$1" \
    -d password="$1-demo" "$KEYCLOAK_TOKEN_URL" | jq -er .access_token
}
export LOAD_TOKEN LOAD_WRITE_TOKEN
tokens() { # fresh ones before every step, so that none expires during a long run
  LOAD_TOKEN=$(token_of analyst)
  LOAD_WRITE_TOKEN=$(token_of staff)
}
tokens
get() { curl -fsS --max-time 60 -H "Authorization: Bearer $LOAD_TOKEN" "$BASE$1"; }

# What the write profile posts: a response about an event that has started, submitted on its first day.
event=$(get "/api/v1/events?financialYear=$YEAR&size=1" | jq -c '.items[0] | {id, startDate}')
survey_body=$(jq -nc --argjson e "$event" '{subject: {type: "event", id: $e.id}, respondentRole: "officer",
  council: "E06000047", satisfaction: 4, positiveImpact: "yes", comment: "Load test", submittedDate: $e.startDate}')
council=E06000047

declare -A PATHS=(
  [councils]="/api/v1/councils?size=25"
  [council]="/api/v1/councils/$council"
  [peer-challenges]="/api/v1/peer-challenges?size=25"
  [events]="/api/v1/events?size=25"
  [survey-responses]="/api/v1/survey-responses?size=25"
  [annual-report]="/api/v1/reports/annual/$YEAR"
  [extract-events]="/api/v1/extracts/events?financialYear=$YEAR"
)
ORDER=(councils council peer-challenges events survey-responses annual-report extract-events)
for name in "${ORDER[@]}"; do get "${PATHS[$name]}" >/dev/null || { echo "GET ${PATHS[$name]} failed" >&2; exit 1; }; done

# Until no other session of the dataset's PostgreSQL is busy: requests that wrk stopped waiting for (a report takes
# seconds) run on in the backend, and would weigh on the next step or show up in its statement log. At most 180 s.
wait_idle() {
  for _ in $(seq 900); do
    (( $(psql_bench -At -c "select count(*) from pg_stat_activity where backend_type = 'client backend'
      and state <> 'idle' and pid <> pg_backend_pid()") == 0 )) && return
    sleep 0.2
  done
}

# CPU a process and its reaped children used, in clock ticks (/proc/PID/stat utime, stime, cutime, cstime): the
# backend's own, and PostgreSQL's postmaster's, whose children include the pgbench connections once they close.
cpu_ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat"; }
per_request_ms() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t * 1000 / hz / n }'; }
POSTMASTER=$(head -n1 "$BENCH_DATA_DIR/postgres/postmaster.pid")

# load NAME SECONDS [env…]: one bounded wrk run; its RESULT line, plus the backend's CPU ticks meanwhile, goes to
# $BENCH_DIR/NAME.result.
load() {
  local name="$1" seconds="$2"
  shift 2
  wait_idle
  tokens
  local cpu_before
  cpu_before=$(cpu_ticks "$app_pid")
  env "$@" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 30s -s bench/load.lua "$BASE" \
    >"$BENCH_DIR/$name.wrk.txt" 2>&1
  echo "$(grep '^RESULT' "$BENCH_DIR/$name.wrk.txt") $(( $(cpu_ticks "$app_pid") - cpu_before ))" \
    >"$BENCH_DIR/$name.result"
}

say "Warm-up: every read endpoint for $DURATION s"
load warm-up "$DURATION" LOAD_PATHS="${PATHS[*]}"

# The SQL of one page, as PostgreSQL logs it (log_statement = all for the one request), as a pgbench script.
logged() { # SQL OFFSET: runs the statement, then waits (at most 30 s) until the log past OFFSET shows it
  psql_bench -At -c "$1" >/dev/null
  for _ in $(seq 150); do tail -c +"$(($2 + 1))" "$PG_LOG" | grep -qF "$1" && return; sleep 0.2; done
  echo "the statement log did not show: $1" >&2; exit 1
}
sql_of() { # NAME
  local name="$1" from
  wait_idle
  psql_bench -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
  from=$(stat -c %s "$PG_LOG")
  logged "select 'load-capture-start-$name'" "$from"
  get "${PATHS[$name]}" >/dev/null
  logged "select 'load-capture-end-$name'" "$from"
  psql_bench -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  tail -c +"$((from + 1))" "$PG_LOG" | sed -n "/load-capture-start-$name/,/load-capture-end-$name/p" \
    | python3 bench/pgbench_script.py >"$BENCH_DIR/$name.pgbench.sql"
  echo "$name: $(grep -c . "$BENCH_DIR/$name.pgbench.sql") statements for one page ($BENCH_DIR/$name.pgbench.sql)"
}
say "The SQL the backend runs for one page (PostgreSQL's statement log)"
sql_of councils
sql_of survey-responses

say "Read endpoints: $DURATION s each, $CONNECTIONS connections, $THREADS threads"
for name in "${ORDER[@]}"; do
  load "$name" "$DURATION" LOAD_PATHS="${PATHS[$name]}"
  echo "$name: $(cut -d' ' -f2-4 "$BENCH_DIR/$name.result")"
done

say "Mixed: the read endpoints but the report round robin, every 5th request a POST /api/v1/survey-responses"
max_response=$(psql_bench -At -c "select coalesce(max(id), 0) from survey_response")
max_audit=$(psql_bench -At -c "select coalesce(max(id), 0) from audit_entry")
load mixed "$DURATION" LOAD_PATHS="${PATHS[councils]} ${PATHS[council]} ${PATHS[peer-challenges]} ${PATHS[events]} ${PATHS[survey-responses]}" \
  LOAD_WRITE_EVERY=5 LOAD_WRITE_PATH=/api/v1/survey-responses LOAD_WRITE_BODY="$survey_body"
written=$(psql_bench -At -c "select count(*) from survey_response where id > $max_response")
psql_bench -c "delete from audit_entry where id > $max_audit" -c "delete from survey_response where id > $max_response"
echo "mixed: $(cut -d' ' -f2-4 "$BENCH_DIR/mixed.result"); $written survey responses written (deleted again)"

say "pgbench: the same SQL, $DURATION s each, $CONNECTIONS clients, $THREADS threads, prepared statements"
for name in councils survey-responses; do
  load "$name-again" "$DURATION" LOAD_PATHS="${PATHS[$name]}"
  wait_idle
  cpu_before=$(cpu_ticks "$POSTMASTER")
  pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -f "$BENCH_DIR/$name.pgbench.sql" \
    -h 127.0.0.1 -p "$BENCH_DATA_PORT" -U postgres sector_support >"$BENCH_DIR/$name.pgbench.txt" 2>&1
  sleep 1   # the connections' processes end and are reaped
  echo $(( $(cpu_ticks "$POSTMASTER") - cpu_before )) >"$BENCH_DIR/$name.pgbench-cpu"
  grep -Eo 'tps = [0-9.]+' "$BENCH_DIR/$name.pgbench.txt" | head -n1 | grep -Eo '[0-9.]+' >"$BENCH_DIR/$name.tps"
  awk '/latency average/ { print $4 }' "$BENCH_DIR/$name.pgbench.txt" >"$BENCH_DIR/$name.pgbench-latency"
  echo "$name: pgbench $(cat "$BENCH_DIR/$name.tps") tps"
done

rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
hwm=$(hwm_mib)

say "Load benchmark over bench-data: $CONNECTIONS connections, $THREADS threads, $DURATION s a step"
printf '%-58s %9s %9s %9s %8s %12s\n' "" "req/s" "p50 ms" "p99 ms" errors "CPU ms/req"
row() { # LABEL RESULT-FILE
  read -r _ requests seconds errors p50 p99 _ _ ticks <"$2"
  printf '%-58s %9s %9s %9s %8s %12s\n' "$1" "$(rate "$requests" "$seconds")" "$p50" "$p99" "$errors" \
    "$(per_request_ms "$ticks" "$requests")"
}
for name in "${ORDER[@]}"; do row "GET ${PATHS[$name]}" "$BENCH_DIR/$name.result"; done
row "mixed: 4 reads to 1 POST /survey-responses" "$BENCH_DIR/mixed.result"
echo
printf '%-58s %9s %9s %9s %8s %12s\n' "" "ours/s" "pgbench" "ratio" "SQL" "CPU ms"
for name in councils survey-responses; do
  read -r _ requests seconds _ _ _ _ _ ticks <"$BENCH_DIR/$name-again.result"
  ours=$(rate "$requests" "$seconds")
  tps=$(printf '%.0f' "$(cat "$BENCH_DIR/$name.tps")")
  transactions=$(awk '/transactions actually processed/ { print $NF }' "$BENCH_DIR/$name.pgbench.txt")
  printf '%-58s %9s %9s %9s %8s %12s\n' "GET ${PATHS[$name]} vs pgbench (same SQL)" "$ours" "$tps" \
    "$(ratio "$ours" "$tps")" "$(grep -c . "$BENCH_DIR/$name.pgbench.sql")" \
    "$(per_request_ms "$ticks" "$requests") / $(per_request_ms "$(cat "$BENCH_DIR/$name.pgbench-cpu")" "$transactions")"
done
echo "(CPU ms: the backend's CPU per request / PostgreSQL's per pgbench transaction; the backend's own figure"
echo " leaves out PostgreSQL's work for it, which is the pgbench figure again)"
echo
echo "backend start to ready: $ready_seconds s (wall clock to /q/health/ready; Quarkus says started in $quarkus_started s)"
echo "backend RSS after the load: $rss MiB (peak $hwm MiB), heap -Xmx${LOAD_HEAP:-512m}"
echo "issue 11's aim: ours over pgbench at least 0.5; zero errors (files in $BENCH_DIR)"

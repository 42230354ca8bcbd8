#!/usr/bin/env bash
# `make bench-import`: issue 8's benchmark. Pushes 100,000 attendance rows as one NDJSON body through the API
# to a backend at -Xmx512m, re-pushes the same body (every row unchanged), and loads the same rows into scratch
# tables with PostgreSQL's COPY, all in one run against one fresh embedded PostgreSQL; prints rows/s for each,
# the ratio, the body's size and the backend's peak heap and RSS. Not a test: nothing here passes or fails on time.
#
# Starts (and stops at the end, by PID) its own PostgreSQL on 127.0.0.1:54349 (data in .local/bench/postgres,
# deleted at each start) and its own backend on :8097 from backend/target/quarkus-app/quarkus-run.jar (built
# first when missing or older than the sources); uses the Keycloak on :8180, or starts and afterwards stops one.
#
#   BENCH_ROWS      rows to push (default 100000; the API answers 202 and runs a job above 5,000)
#   BENCH_TIMEOUT   seconds the whole run may take, jar build included (default 1200)
#   BENCH_PROFILE=1 also record each push with Java Flight Recorder (.local/bench/<push>.jfr, hot methods in
#                   .local/bench/<push>-hot-methods.txt) and log its SQL statements over 50 ms (in .local/bench/postgres.log)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../infra/lib/common.sh"
cd "$REPO_ROOT"
source bench/lib.sh
BENCH_TIMEOUT="${BENCH_TIMEOUT:-1200}" bench_bounded "$@"

ROWS="${BENCH_ROWS:-100000}"
PG_BENCH_PORT=54349
APP_PORT=8097
API="http://localhost:$APP_PORT/api/v1"
BENCH_DIR="$STATE_DIR/bench"
EVENT_EXTERNAL_ID=bench-event-2025-05-20
ORGANISATION=solace
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_BENCH_PORT" -U postgres -d sector_support "$@"; }

bench_tools
bench_jar
ensure_keycloak

say "A fresh PostgreSQL on 127.0.0.1:$PG_BENCH_PORT"
mkdir -p "$BENCH_DIR"
# A PostgreSQL left by an interrupted run of this script (its pid file is ours) is stopped before its data goes.
PG_PORT=$PG_BENCH_PORT PG_DATA_DIR="$BENCH_DIR/postgres" PG_STATE_DIR="$BENCH_DIR" infra/postgres.sh stop >/dev/null
rm -rf "$BENCH_DIR/postgres" "$BENCH_DIR"/*.ndjson "$BENCH_DIR"/*.csv "$BENCH_DIR"/*.jfr
bench_postgres $PG_BENCH_PORT "$BENCH_DIR/postgres" "$BENCH_DIR"

if [[ -n "${BENCH_PROFILE:-}" ]]; then
  psql_bench -c "alter system set log_min_duration_statement = 50" -c "select pg_reload_conf()" >/dev/null
fi

say "The backend at -Xmx512m on :$APP_PORT (DEMO_DATA=false)"
bench_backend backend $APP_PORT $PG_BENCH_PORT -Xmx512m

token() {
  curl -fsS --max-time 30 -d grant_type=client_credentials -u solace-partner:solace-demo-secret "$KEYCLOAK_TOKEN_URL" \
    | jq -er .access_token
}

say "Pushing the event, then generating $ROWS attendance rows (NDJSON for the API, CSV for COPY)"
event_summary=$(printf '{"externalId":"%s","programme":"springboard","title":"Import benchmark","type":"conference","format":"online","startDate":"2025-05-20"}\n' \
    "$EVENT_EXTERNAL_ID" \
  | curl -sS --max-time 60 -H "Authorization: Bearer $(token)" -H 'Content-Type: application/x-ndjson' \
    --data-binary @- "$API/imports/events")
[[ "$(jq -r '.status + " " + (.created|tostring)' <<<"$event_summary")" == "completed 1" ]] \
  || { echo "the event push did not complete: $event_summary" >&2; exit 1; }
event_id=$(psql_bench -At -c "select id from event where organisation_id = '$ORGANISATION' and external_id = '$EVENT_EXTERNAL_ID'")
body="$BENCH_DIR/attendances.ndjson"
csv="$BENCH_DIR/attendances.csv"
python3 bench/generate_attendances.py ndjson "$ROWS" "$EVENT_EXTERNAL_ID" >"$body"
python3 bench/generate_attendances.py csv "$ROWS" "$event_id" "$ORGANISATION" >"$csv"
body_bytes=$(stat -c %s "$body")
echo "$body_bytes bytes of NDJSON, $(stat -c %s "$csv") bytes of CSV"

# push TAG EXPECTED_FIELD: times one push of the body from sending it to the job's end; sets push_seconds.
push() {
  local tag="$1" field="$2" headers location code summary began ended
  headers="$BENCH_DIR/headers-$1.txt"
  psql_bench -c checkpoint
  bench_start_samplers "$tag"
  local auth
  auth="Authorization: Bearer $(token)"
  if [[ -n "${BENCH_PROFILE:-}" ]]; then
    "$JAVA_HOME/bin/jcmd" "$app_pid" JFR.start name="$tag" settings=profile filename="$BENCH_DIR/$tag.jfr" >/dev/null
  fi
  began=$(now)
  code=$(curl -sS --max-time 300 -o "$BENCH_DIR/answer-$tag.json" -D "$headers" -w '%{http_code}' -H "$auth" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$body" "$API/imports/attendances")
  if [[ "$code" == 202 ]]; then
    location=$(awk 'tolower($1) == "location:" { print $2 }' "$headers" | tr -d '\r')
    [[ "$location" == http* ]] || location="http://localhost:$APP_PORT$location"
    local deadline=$((SECONDS + 600))
    while :; do
      summary=$(curl -fsS --max-time 30 -H "$auth" "$location")
      [[ "$(jq -r .status <<<"$summary")" != running ]] && break
      (( SECONDS < deadline )) || { echo "import still running after 600 s: $summary" >&2; exit 1; }
      sleep 0.2
    done
  elif [[ "$code" == 200 ]]; then
    summary=$(cat "$BENCH_DIR/answer-$tag.json")
  else
    echo "the push answered $code: $(head -c 2000 "$BENCH_DIR/answer-$tag.json")" >&2; exit 1
  fi
  ended=$(now)
  bench_stop_samplers
  accepted_seconds=$(elapsed "$began" "$(stat -c %.9Y "$headers")")
  if [[ -n "${BENCH_PROFILE:-}" ]]; then
    "$JAVA_HOME/bin/jcmd" "$app_pid" JFR.stop name="$tag" >/dev/null
    "$JAVA_HOME/bin/jfr" view --width 200 hot-methods "$BENCH_DIR/$tag.jfr" >"$BENCH_DIR/$tag-hot-methods.txt" || true
  fi
  echo "$summary" | jq -c '{id, status, received, created, updated, unchanged, rejected}' \
    | tee "$BENCH_DIR/summary-$tag.json"
  [[ "$(jq -r ".status + \" \" + (.$field|tostring)" <<<"$summary")" == "completed $ROWS" ]] \
    || { echo "expected status completed with $field = $ROWS: $(head -c 2000 <<<"$summary")" >&2; exit 1; }
  push_seconds=$(elapsed "$began" "$ended")
  push_code=$code
  echo "answered $code after $accepted_seconds s (body read and parsed), done after $push_seconds s"
}

say "API: one push of $ROWS new rows (POST /api/v1/imports/attendances, NDJSON)"
push first created
api_seconds=$push_seconds api_code=$push_code
read -r api_heap api_heap_committed <<<"$(heap_peak_mib first)"
api_rss=$(rss_peak_mib first) api_hwm=$(hwm_mib)
stored=$(psql_bench -At -c "select count(*) from attendance where event_id = $event_id")
[[ "$stored" == "$ROWS" ]] || { echo "attendance holds $stored rows of the event, not $ROWS" >&2; exit 1; }

say "API: the same body again (every row unchanged)"
push again unchanged
again_seconds=$push_seconds
read -r again_heap _ <<<"$(heap_peak_mib again)"
again_rss=$(rss_peak_mib again)

# COPY into the same database: a table of just attendance's columns (the physical limit), one made LIKE attendance
# (its checks, unique indexes, identity and defaults), and one that also has attendance's foreign keys: the same
# work for PostgreSQL as the API's inserts into attendance, without HTTP, JSON, our checks and the audit trail.
copy_into() { # TABLE: wall-clock seconds of psql's \copy of the CSV into it
  local began ended count
  psql_bench -c checkpoint
  began=$(now)
  psql_bench -c "\\copy $1 (event_id, council_gss_code, attendee_role, attendee_key, attended, organisation_id, external_id) from '$csv' with (format csv)"
  ended=$(now)
  count=$(psql_bench -At -c "select count(*) from $1")
  [[ "$count" == "$ROWS" ]] || { echo "$1 holds $count rows, not $ROWS" >&2; exit 1; }
  elapsed "$began" "$ended"
}
say "PostgreSQL COPY of the same rows"
psql_bench -c "create table bench_copy_plain (event_id bigint, council_gss_code varchar(9), attendee_role text,
    attendee_key text, attended boolean, organisation_id text, external_id text)" \
  -c "create table bench_copy_like (like attendance including all)" \
  -c "create table bench_copy_keys (like attendance including all, foreign key (event_id) references event (id),
    foreign key (council_gss_code) references council (gss_code), foreign key (organisation_id) references organisation (id))"
copy_seconds=$(copy_into bench_copy_plain)
copy_like_seconds=$(copy_into bench_copy_like)
copy_keys_seconds=$(copy_into bench_copy_keys)

api_rate=$(rate "$ROWS" "$api_seconds")
again_rate=$(rate "$ROWS" "$again_seconds")
copy_rate=$(rate "$ROWS" "$copy_seconds")
copy_like_rate=$(rate "$ROWS" "$copy_like_seconds")
copy_keys_rate=$(rate "$ROWS" "$copy_keys_seconds")

say "Import benchmark: $ROWS attendance rows, one NDJSON body of $body_bytes bytes ($(awk -v b="$body_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB), backend at -Xmx512m"
printf '%-46s %9s %9s %9s %9s\n' "" rows seconds "rows/s" "vs COPY"
printf '%-46s %9s %9s %9s %9s\n' "API push, all new (HTTP $api_code, job)" "$ROWS" "$api_seconds" "$api_rate" "$(ratio "$api_rate" "$copy_rate")"
printf '%-46s %9s %9s %9s %9s\n' "API re-push, all unchanged" "$ROWS" "$again_seconds" "$again_rate" "$(ratio "$again_rate" "$copy_rate")"
printf '%-46s %9s %9s %9s %9s\n' "COPY into a table of the same columns" "$ROWS" "$copy_seconds" "$copy_rate" 1.00
printf '%-46s %9s %9s %9s %9s\n' "COPY, table LIKE attendance (checks, indexes)" "$ROWS" "$copy_like_seconds" "$copy_like_rate" "$(ratio "$copy_like_rate" "$copy_rate")"
printf '%-46s %9s %9s %9s %9s\n' "COPY, LIKE attendance + its foreign keys" "$ROWS" "$copy_keys_seconds" "$copy_keys_rate" "$(ratio "$copy_keys_rate" "$copy_rate")"
echo
echo "ratio API rows/s / COPY rows/s: $(ratio "$api_rate" "$copy_rate") (issue 8's bar: >= 0.25, aim 0.5);" \
  "against COPY into a table with attendance's checks, indexes and foreign keys: $(ratio "$api_rate" "$copy_keys_rate")"
echo "backend during the first push: peak heap used $api_heap MiB (committed $api_heap_committed MiB, max 512)," \
  "peak RSS $api_rss MiB, VmHWM $api_hwm MiB"
echo "backend during the re-push:    peak heap used $again_heap MiB, peak RSS $again_rss MiB"
echo "(heap from jstat -gc and RSS from /proc/<pid>/status, sampled every 200 ms; files in $BENCH_DIR)"

#!/usr/bin/env bash
# `make bench-report`: issue 10's benchmark. The annual report for one financial year over the `make bench-data`
# dataset: cold (the first call after restarting PostgreSQL and the backend, several times) and warm (repeated
# calls), median and p95, as-at and current council counting; in the same run, the floor: PostgreSQL reading the
# year's records once (a count of each table the figures read, by the same date filters). Not a test.
#
# Uses the bench-data PostgreSQL (.local/bench-data, port 54350) and its own backend on :8098 (-Xmx512m), stopped
# at the end by PID; the Keycloak on :8180, or starts and afterwards stops one.
#   BENCH_YEAR     the year (default 2024-25)
#   BENCH_COLD     cold samples (default 5), BENCH_WARM warm samples (default 30)
#   BENCH_TIMEOUT  seconds the whole run may take (default 1800)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../infra/lib/common.sh"
cd "$REPO_ROOT"
source bench/lib.sh
bench_bounded "$@"

APP_PORT=8098
BENCH_DIR="$STATE_DIR/bench-report"
mkdir -p "$BENCH_DIR"
YEAR="${BENCH_YEAR:-2024-25}"
COLD="${BENCH_COLD:-5}"
WARM="${BENCH_WARM:-30}"
API="http://localhost:$APP_PORT/api/v1"
START=${YEAR%%-*}
FIRST="$START-04-01" LAST="$((START + 1))-03-31"

bench/data.sh
bench_tools
bench_jar
ensure_keycloak
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_DATA_PORT" -U postgres -d sector_support "$@"; }
staff_token() {
  curl -fsS --max-time 30 -d grant_type=password -d client_id=sector-support-cli -d username=staff \
    -d password=staff-demo "$KEYCLOAK_TOKEN_URL" | jq -er .access_token
}
seconds_of() { # URL: seconds curl took for one call (and it must be a 200)
  curl -fsS -o /dev/null -w '%{time_total}' --max-time 120 -H "Authorization: Bearer $TOKEN" "$1"
}
stats() { # FILE: median and p95 in ms
  sort -n "$1" | awk '{ v[NR] = $1 * 1000 } END { m = v[int((NR + 1) / 2)]; p = v[int(NR * 0.95 + 0.999)];
    if (p == "") p = v[NR]; printf "%.0f %.0f", m, p }'
}

say "Cold: $COLD times, restart PostgreSQL and the backend, then one report for $YEAR"
: >"$BENCH_DIR/cold.txt"; : >"$BENCH_DIR/ready.txt"
for i in $(seq 1 "$COLD"); do
  stop_process "$BENCH_DIR/backend.pid"
  PG_PORT=$BENCH_DATA_PORT PG_DATA_DIR="$BENCH_DATA_DIR/postgres" PG_STATE_DIR="$BENCH_DATA_DIR" infra/postgres.sh stop >/dev/null || true
  bench_postgres $BENCH_DATA_PORT "$BENCH_DATA_DIR/postgres" "$BENCH_DATA_DIR" >/dev/null
  began=$(now); bench_backend backend $APP_PORT $BENCH_DATA_PORT -Xmx512m; ended=$(now)
  elapsed "$began" "$ended" >>"$BENCH_DIR/ready.txt"; echo >>"$BENCH_DIR/ready.txt"
  TOKEN=$(staff_token)
  seconds_of "$API/reports/annual/$YEAR" >>"$BENCH_DIR/cold.txt"
  echo >>"$BENCH_DIR/cold.txt"
  echo "cold call $i: $(tail -n1 "$BENCH_DIR/cold.txt") s"
done

say "Warm: $WARM calls each, as-at and current"
for counting in as-at current; do
  : >"$BENCH_DIR/warm-$counting.txt"
  for i in $(seq 1 "$WARM"); do
    seconds_of "$API/reports/annual/$YEAR?councils=$counting" >>"$BENCH_DIR/warm-$counting.txt"
    echo >>"$BENCH_DIR/warm-$counting.txt"
  done
done
curl -fsS -H "Authorization: Bearer $TOKEN" "$API/reports/annual/$YEAR" >"$BENCH_DIR/report.json"
figures=$(jq '[.sections[].figures[]] | length' "$BENCH_DIR/report.json")
: >"$BENCH_DIR/peer-challenges.txt"
for i in $(seq 1 10); do
  seconds_of "$API/reports/peer-challenges/$YEAR" >>"$BENCH_DIR/peer-challenges.txt"; echo >>"$BENCH_DIR/peer-challenges.txt"
done

say "The floor: PostgreSQL reading the year's records once (both years the report reads)"
: >"$BENCH_DIR/floor.txt"
floor_sql="select (select count(*) from peer_challenge where coalesce(on_site_start_date, requested_date) between '$((START - 2))-04-01' and '$LAST'),
  (select count(*) from peer_challenge_team_member), (select count(*) from event where start_date between '$((START - 1))-04-01' and '$LAST'),
  (select count(*) from attendance a join event e on e.id = a.event_id where e.start_date between '$((START - 1))-04-01' and '$LAST'),
  (select count(*) from enrolment), (select count(*) from support_engagement where start_date between '$((START - 1))-04-01' and '$LAST'),
  (select count(satisfaction) from survey_response where submitted_date between '$((START - 1))-04-01' and '$LAST')"
for i in $(seq 1 10); do
  began=$(now); psql_bench -At -c "$floor_sql" >/dev/null; ended=$(now)
  elapsed "$began" "$ended" >>"$BENCH_DIR/floor.txt"; echo >>"$BENCH_DIR/floor.txt"
done

read -r cold_median cold_p95 <<<"$(stats "$BENCH_DIR/cold.txt")"
read -r warm_median warm_p95 <<<"$(stats "$BENCH_DIR/warm-as-at.txt")"
read -r current_median current_p95 <<<"$(stats "$BENCH_DIR/warm-current.txt")"
read -r pc_median pc_p95 <<<"$(stats "$BENCH_DIR/peer-challenges.txt")"
read -r floor_median floor_p95 <<<"$(stats "$BENCH_DIR/floor.txt")"
read -r ready_median ready_p95 <<<"$(stats "$BENCH_DIR/ready.txt")"
say "Report benchmark: the $YEAR annual report ($figures figures, each for the year and the year before) over bench-data"
printf '%-52s %8s %10s %9s %12s\n' "" samples "median ms" "p95 ms" "vs floor"
printf '%-52s %8s %10s %9s %12s\n' "GET /reports/annual/$YEAR, cold (after restarts)" "$COLD" "$cold_median" "$cold_p95" "$(ratio "$cold_median" "$floor_median")"
printf '%-52s %8s %10s %9s %12s\n' "GET /reports/annual/$YEAR, warm, as-at" "$WARM" "$warm_median" "$warm_p95" "$(ratio "$warm_median" "$floor_median")"
printf '%-52s %8s %10s %9s %12s\n' "GET /reports/annual/$YEAR?councils=current, warm" "$WARM" "$current_median" "$current_p95" "$(ratio "$current_median" "$floor_median")"
printf '%-52s %8s %10s %9s %12s\n' "GET /reports/peer-challenges/$YEAR, warm" 10 "$pc_median" "$pc_p95" "$(ratio "$pc_median" "$floor_median")"
printf '%-52s %8s %10s %9s %12s\n' "floor: psql counting the years' records once" 10 "$floor_median" "$floor_p95" 1.00
echo
echo "issue 10's bar: p95 under 500 ms cold (aim 100 ms): cold p95 $cold_p95 ms, warm p95 $warm_p95 ms"
echo "start to ready (includes the backend's report warm-up, ReportWarmUp): median $ready_median ms, p95 $ready_p95 ms"
echo "(wall clock per call from curl; files in $BENCH_DIR)"

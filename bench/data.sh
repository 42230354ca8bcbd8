#!/usr/bin/env bash
# `make bench-data`: builds the benchmarks' dataset, ten years of the programme at its real scale (bench/data.sql:
# all current English councils, 1,000 peer challenges, 5,000 events with 300,000 attendances, 1,000,000 survey
# responses). Deterministic, so every run builds the same rows. Kept in its own PostgreSQL data directory,
# .local/bench-data/postgres, and rebuilt only when bench/data.sql or the migrations change (or BENCH_DATA_REBUILD=1).
# Every benchmark runs this first; it leaves nothing running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../infra/lib/common.sh"
cd "$REPO_ROOT"
source bench/lib.sh
bench_bounded "$@"

BENCH_DIR="$BENCH_DATA_DIR"
fingerprint=$(cat bench/data.sql backend/src/main/resources/db/migration/* backend/src/main/java/db/migration/* \
  | sha256sum | cut -c1-16)
if [[ -z "${BENCH_DATA_REBUILD:-}" && -d "$BENCH_DATA_DIR/postgres" \
      && "$(cat "$BENCH_DATA_DIR/fingerprint" 2>/dev/null)" == "$fingerprint" ]]; then
  echo "bench-data: the dataset in $BENCH_DATA_DIR is up to date ($fingerprint)"
  exit 0
fi

bench_tools
bench_jar
say "bench-data: a fresh PostgreSQL on 127.0.0.1:$BENCH_DATA_PORT ($BENCH_DATA_DIR/postgres)"
mkdir -p "$BENCH_DATA_DIR"
PG_PORT=$BENCH_DATA_PORT PG_DATA_DIR="$BENCH_DATA_DIR/postgres" PG_STATE_DIR="$BENCH_DATA_DIR" infra/postgres.sh stop >/dev/null
rm -rf "$BENCH_DATA_DIR/postgres" "$BENCH_DATA_DIR/fingerprint"
bench_postgres $BENCH_DATA_PORT "$BENCH_DATA_DIR/postgres" "$BENCH_DATA_DIR"

say "bench-data: the schema, by starting the backend once (Flyway), without demo data"
bench_backend migrate "${BENCH_MIGRATE_PORT:-8099}" $BENCH_DATA_PORT -Xmx512m
stop_process "$BENCH_DIR/migrate.pid"

say "bench-data: generating the rows (bench/data.sql, a few minutes)"
began=$SECONDS
psql -X -q -h 127.0.0.1 -p $BENCH_DATA_PORT -U postgres -d sector_support -f bench/data.sql
psql -X -h 127.0.0.1 -p $BENCH_DATA_PORT -U postgres -d sector_support -c "
  select (select count(*) from council) councils, (select count(*) from peer) peers,
         (select count(*) from peer_challenge) peer_challenges, (select count(*) from event) events,
         (select count(*) from attendance) attendances, (select count(*) from enrolment) enrolments,
         (select count(*) from support_engagement) engagements, (select count(*) from survey_response) survey_responses,
         pg_size_pretty(pg_database_size('sector_support')) size"
echo "$fingerprint" >"$BENCH_DATA_DIR/fingerprint"
echo "bench-data: built in $((SECONDS - began)) s"

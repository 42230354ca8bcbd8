#!/usr/bin/env bash
# Backup and restore of PostgreSQL, tested as docs/operations.md says to do it:
#   1. a fresh database is migrated the way the Kubernetes Job does it (QUARKUS_INIT_AND_EXIT: Flyway, then exit 0);
#   2. the backend loads the demo data into it (a few thousand rows in most tables);
#   3. pg_dump -Fc, pg_restore into a new empty database;
#   4. every table's row count and checksum, and every sequence, compared between the two; then one row is
#      changed in the copy to show the comparison does catch a difference;
#   5. the restored schema history ends at this release's last migration.
# pg_dump must be of the server's major version or newer: this runs against the machine's PostgreSQL 15
# (127.0.0.1:5432, trust auth) with Debian's pg_dump 15, because the embedded PostgreSQL 18 ships no pg_dump.
#
# Environment: BACKUP_PG_HOST (127.0.0.1), BACKUP_PG_PORT (5432), BACKUP_PG_USER (postgres), BACKUP_APP_PORT (8186).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
cd "$REPO_ROOT"

host="${BACKUP_PG_HOST:-127.0.0.1}" port="${BACKUP_PG_PORT:-5432}" user="${BACKUP_PG_USER:-postgres}"
app_port="${BACKUP_APP_PORT:-8186}"
work="$STATE_DIR/backup-restore"
source_db="backup_source_$$" restored_db="backup_restored_$$"
JAR=backend/target/quarkus-app/quarkus-run.jar
rm -rf "$work" && mkdir -p "$work"

psql_on() { psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" "$@"; }
cleanup() {
  stop_process "$work/backend.pid"
  psql_on -d postgres -c "drop database if exists $source_db with (force)" \
    -c "drop database if exists $restored_db with (force)" || true
}
trap cleanup EXIT

# A machine without that server (a developer's laptop) skips this check loudly; this project's CI machines have one.
if ! psql_on -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  echo "SKIPPED: no PostgreSQL answers on $host:$port for the backup and restore check (set BACKUP_PG_HOST/PORT)" >&2
  exit 0
fi
server_major="$(psql_on -d postgres -Atc 'show server_version_num' | cut -c1-2)"
dump_major="$(pg_dump --version | grep -oE '[0-9]+' | head -n1)"
echo "server PostgreSQL $server_major on $host:$port, pg_dump $dump_major"
(( dump_major >= server_major )) || { echo "pg_dump $dump_major cannot dump a PostgreSQL $server_major server" >&2; exit 1; }

backend() { # DATABASE EXTRA_ENV...: the packaged backend against DATABASE; exec, so that `backend … &` has its PID
  local db="$1"; shift
  exec env DB_URL="jdbc:postgresql://$host:$port/$db" DB_USER="$user" DB_PASSWORD= "$@" \
    "$JAVA_HOME/bin/java" -Xmx512m -Dquarkus.http.port="$app_port" -jar "$JAR"
}

psql_on -d postgres -c "create database $source_db"
began=$SECONDS
(backend "$source_db" QUARKUS_INIT_AND_EXIT=true DEMO_DATA=false) >"$work/migrate.log" 2>&1 \
  || { tail -n 30 "$work/migrate.log" >&2; echo "the migration step did not exit 0" >&2; exit 1; }
migrations="$(psql_on -d "$source_db" -Atc 'select count(*) from flyway_schema_history where success')"
echo "migrated a fresh database and exited 0 in $((SECONDS - began)) s: $migrations migrations applied"
(( migrations > 0 ))
if grep -q "Listening on" "$work/migrate.log"; then echo "the migration step served HTTP; it should only migrate" >&2; exit 1; fi

backend "$source_db" QUARKUS_FLYWAY_MIGRATE_AT_START=false DEMO_DATA=true >"$work/backend.log" 2>&1 &
echo $! >"$work/backend.pid"
wait_for_http "http://localhost:$app_port/q/health/ready" 180 "$(cat "$work/backend.pid")" \
  || { tail -n 30 "$work/backend.log" >&2; exit 1; }
stop_process "$work/backend.pid"

# Every table: name, row count, checksum of its rows in a stable order; then every sequence's position.
fingerprint() {
  psql_on -d "$1" -At -F ' ' <<'SQL'
select format('select %L, count(*), md5(coalesce(string_agg(t::text, E''\n'' order by t::text), '''')) from %I.%I t',
              table_schema || '.' || table_name, table_schema, table_name)
  from information_schema.tables
 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
 order by table_schema, table_name
\gexec
select 'sequence ' || schemaname || '.' || sequencename, coalesce(last_value, 0) from pg_sequences order by 1;
SQL
}

fingerprint "$source_db" >"$work/source.txt"
rows="$(awk '!/^sequence/ { n += $2 } END { print n }' "$work/source.txt")"
tables="$(grep -vc '^sequence' "$work/source.txt")"
began=$SECONDS
pg_dump -Fc -h "$host" -p "$port" -U "$user" -d "$source_db" -f "$work/backup.dump"
psql_on -d postgres -c "create database $restored_db"
pg_restore --exit-on-error --no-owner -h "$host" -p "$port" -U "$user" -d "$restored_db" "$work/backup.dump"
echo "dumped ($(du -h "$work/backup.dump" | cut -f1)) and restored $tables tables, $rows rows, in $((SECONDS - began)) s"
fingerprint "$restored_db" >"$work/restored.txt"
diff -u "$work/source.txt" "$work/restored.txt" || { echo "the restored database differs from the source" >&2; exit 1; }
echo "every table's row count and checksum, and every sequence, are the same in the restored database"

psql_on -d "$restored_db" -c "update council set name = name || '.' where gss_code = (select min(gss_code) from council)"
fingerprint "$restored_db" >"$work/changed.txt"
if diff -q "$work/source.txt" "$work/changed.txt" >/dev/null; then
  echo "the comparison did not notice a changed row: it proves nothing" >&2; exit 1
fi
echo "and the comparison notices one changed row ($(diff "$work/source.txt" "$work/changed.txt" | grep -c '^>') line differs)"

latest="$(ls backend/src/main/resources/db/migration | sed -nE 's/^V([0-9]+)__.*/\1/p' | sort -n | tail -n1)"
restored_version="$(psql_on -d "$restored_db" -Atc "select max(version::int) from flyway_schema_history where success")"
[[ "$restored_version" == "$latest" ]] \
  || { echo "the restored schema is at V$restored_version, this release's migrations end at V$latest" >&2; exit 1; }
echo "the restored database's schema is this release's (V$latest), so the backend starts on it without migrating"
echo "1 passed, 0 failed"

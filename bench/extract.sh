#!/usr/bin/env bash
# `make bench-extract`: issue 9's benchmark. Streams every survey response of the `make bench-data` dataset
# (1,000,000) as NDJSON through GET /api/v1/extracts/survey-responses from a backend at -Xmx256m, and one
# financial year's (about 100,000) the same way; in the same run PostgreSQL's COPY (same query) TO STDOUT, as
# text and as one JSON object a row. Prints rows/s for each, the ratio, bytes, and the backend's peak heap and
# RSS for 100k and 1M rows (memory must not grow with the extract). Not a test: nothing fails on time.
#
# Uses the bench-data PostgreSQL (.local/bench-data, port 54350) and its own backend on :8098, both stopped at the
# end by PID; the Keycloak on :8180, or starts and afterwards stops one.
#   BENCH_TIMEOUT   seconds the whole run may take, dataset and jar builds included (default 1800)
#   BENCH_PROFILE=1 also record each pull with Java Flight Recorder (.local/bench-extract/<pull>.jfr, hot methods
#                   in .local/bench-extract/<pull>-hot-methods.txt)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../infra/lib/common.sh"
cd "$REPO_ROOT"
source bench/lib.sh
bench_bounded "$@"

APP_PORT=8098
BENCH_DIR="$STATE_DIR/bench-extract"
mkdir -p "$BENCH_DIR"
API="http://localhost:$APP_PORT/api/v1"
YEAR=2024-25

bench/data.sh
bench_tools
bench_jar
ensure_keycloak
PG_DIR="$BENCH_DATA_DIR/postgres"
bench_postgres $BENCH_DATA_PORT "$PG_DIR" "$BENCH_DATA_DIR"
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_DATA_PORT" -U postgres -d sector_support "$@"; }

say "The backend at -Xmx256m on :$APP_PORT"
bench_backend backend $APP_PORT $BENCH_DATA_PORT -Xmx256m
TOKEN=$(bench_analyst_token)

# pull TAG QUERY: streams the extract to wc; sets pull_seconds, pull_rows, pull_bytes, and samples the backend.
pull() {
  local tag="$1" query="$2" began ended counts
  psql_bench -c checkpoint
  bench_start_samplers "$tag"
  if [[ -n "${BENCH_PROFILE:-}" ]]; then
    "$JAVA_HOME/bin/jcmd" "$app_pid" JFR.start name="$tag" settings=profile filename="$BENCH_DIR/$tag.jfr" >/dev/null
  fi
  cpu_before=$(cpu_seconds "$app_pid") pg_before=$(pg_cpu_seconds "$PG_DIR")
  began=$(now)
  counts=$(curl -fsS --max-time 900 -H "Authorization: Bearer $TOKEN" "$API/extracts/survey-responses?$query" | wc -lc)
  ended=$(now)
  pull_cpu=$(elapsed "$cpu_before" "$(cpu_seconds "$app_pid")") pull_pg_cpu=$(elapsed "$pg_before" "$(pg_cpu_seconds "$PG_DIR")")
  bench_stop_samplers
  if [[ -n "${BENCH_PROFILE:-}" ]]; then
    "$JAVA_HOME/bin/jcmd" "$app_pid" JFR.stop name="$tag" >/dev/null
    "$JAVA_HOME/bin/jfr" view --width 200 hot-methods "$BENCH_DIR/$tag.jfr" >"$BENCH_DIR/$tag-hot-methods.txt" || true
  fi
  read -r pull_rows pull_bytes <<<"$counts"
  pull_seconds=$(elapsed "$began" "$ended")
  echo "$tag: $pull_rows rows, $pull_bytes bytes in $pull_seconds s (CPU: backend $pull_cpu s, PostgreSQL $pull_pg_cpu s)"
}

# The extract's own query (ExtractCatalogue's survey-responses columns), in one statement instead of keyset chunks.
COLUMNS="t.id, case when t.event_id is not null then 'event' when t.peer_challenge_id is not null then 'peer-challenge'
  when t.support_engagement_id is not null then 'support-engagement' else 'cohort' end as subject_type,
  coalesce(t.event_id, t.peer_challenge_id, t.support_engagement_id, t.cohort_id) as subject_id, t.respondent_role,
  t.council_gss_code, t.satisfaction, t.positive_impact, t.increased_confidence, t.would_recommend, t.comment,
  t.submitted_date, t.organisation_id, t.external_id"
QUERY="select $COLUMNS from survey_response t where t.withdrawn_at is null order by t.id"
JSON_QUERY="select json_build_object('id', id, 'subjectType', subject_type, 'subjectId', subject_id,
  'respondentRole', respondent_role, 'council', council_gss_code, 'satisfaction', satisfaction,
  'positiveImpact', positive_impact, 'increasedConfidence', increased_confidence, 'wouldRecommend', would_recommend,
  'comment', comment, 'submittedDate', submitted_date, 'organisation', organisation_id, 'externalId', external_id)
  from ($QUERY) r"
copy_out() { # TAG QUERY: sets copy_seconds, copy_rows, copy_bytes
  local began ended counts
  psql_bench -c checkpoint
  pg_before=$(pg_cpu_seconds "$PG_DIR")
  began=$(now)
  counts=$(psql_bench -c "\\copy ($2) to stdout" | wc -lc)
  ended=$(now)
  sleep 0.5 # until the postmaster has reaped psql's session, whose CPU it then counts
  copy_pg_cpu=$(elapsed "$pg_before" "$(pg_cpu_seconds "$PG_DIR")")
  read -r copy_rows copy_bytes <<<"$counts"
  copy_seconds=$(elapsed "$began" "$ended")
  echo "$1: $copy_rows rows, $copy_bytes bytes in $copy_seconds s (CPU: PostgreSQL $copy_pg_cpu s)"
}

say "Warming up: one pull of $YEAR, untimed"
pull warm-up "financialYear=$YEAR"

say "API: one financial year ($YEAR) as NDJSON"
pull year "financialYear=$YEAR"
year_seconds=$pull_seconds year_rows=$pull_rows year_bytes=$pull_bytes
read -r year_heap year_committed <<<"$(heap_peak_mib year)"
year_old=$(old_gen_after_gc_mib year) year_rss=$(rss_peak_mib year)

say "API: every survey response as NDJSON"
pull all ""
all_seconds=$pull_seconds all_rows=$pull_rows all_bytes=$pull_bytes all_cpu=$pull_cpu all_pg_cpu=$pull_pg_cpu
read -r all_heap all_committed <<<"$(heap_peak_mib all)"
all_old=$(old_gen_after_gc_mib all) all_rss=$(rss_peak_mib all) all_hwm=$(hwm_mib)

say "PostgreSQL: COPY (the same query) TO STDOUT"
copy_out copy-text "$QUERY"
text_seconds=$copy_seconds text_rows=$copy_rows text_bytes=$copy_bytes text_pg_cpu=$copy_pg_cpu
copy_out copy-json "$JSON_QUERY"
json_seconds=$copy_seconds json_bytes=$copy_bytes
[[ "$all_rows" == "$text_rows" ]] || { echo "the API gave $all_rows rows, COPY $text_rows" >&2; exit 1; }

all_rate=$(rate "$all_rows" "$all_seconds") year_rate=$(rate "$year_rows" "$year_seconds")
text_rate=$(rate "$text_rows" "$text_seconds") json_rate=$(rate "$text_rows" "$json_seconds")
say "Extract benchmark: survey responses, backend at -Xmx256m"
printf '%-48s %9s %12s %8s %9s %8s\n' "" rows bytes seconds "rows/s" "vs COPY"
printf '%-48s %9s %12s %8s %9s %8s\n' "API, NDJSON, all" "$all_rows" "$all_bytes" "$all_seconds" "$all_rate" "$(ratio "$all_rate" "$text_rate")"
printf '%-48s %9s %12s %8s %9s %8s\n' "API, NDJSON, financialYear=$YEAR" "$year_rows" "$year_bytes" "$year_seconds" "$year_rate" "$(ratio "$year_rate" "$text_rate")"
printf '%-48s %9s %12s %8s %9s %8s\n' "COPY (same query) TO STDOUT, text" "$text_rows" "$text_bytes" "$text_seconds" "$text_rate" 1.00
printf '%-48s %9s %12s %8s %9s %8s\n' "COPY (same query as JSON objects) TO STDOUT" "$text_rows" "$json_bytes" "$json_seconds" "$json_rate" "$(ratio "$json_rate" "$text_rate")"
echo
echo "ratio API rows/s / COPY rows/s: $(ratio "$all_rate" "$text_rate") (issue 9's bar: >= 0.5, aim 0.8);" \
  "against COPY writing JSON: $(ratio "$all_rate" "$json_rate")"
echo "CPU for all rows: API backend $all_cpu s + PostgreSQL $all_pg_cpu s; COPY text: PostgreSQL $text_pg_cpu s" \
  "(psql, curl and wc not counted)"
echo "backend heap, $year_rows rows:  peak used $year_heap MiB (committed $year_committed of 256), old generation peak $year_old MiB, peak RSS $year_rss MiB"
echo "backend heap, $all_rows rows: peak used $all_heap MiB (committed $all_committed of 256), old generation peak $all_old MiB, peak RSS $all_rss MiB, VmHWM $all_hwm MiB"
echo "(heap from jstat -gc and RSS from /proc/<pid>/status every 200 ms; the API's pseudonyms and comment screen are"
echo " work COPY does not do; files in $BENCH_DIR)"

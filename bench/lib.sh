# Shared by the benchmarks in bench/: tools, the jar, Keycloak, the `make bench-data` database, a backend,
# and sampling the backend's heap and RSS. Source it after infra/lib/common.sh; it sets an EXIT trap that stops
# (by PID) whatever it started. Benchmarks are not tests: nothing here passes or fails on time.

JAR=backend/target/quarkus-app/quarkus-run.jar
KEYCLOAK_TOKEN_URL=http://localhost:8180/realms/sector-support/protocol/openid-connect/token
# The `make bench-data` dataset lives in its own PostgreSQL data directory, kept between runs.
BENCH_DATA_DIR="$STATE_DIR/bench-data"
BENCH_DATA_PORT=${BENCH_DATA_PORT:-54350}   # override to run beside another checkout's benchmarks
bench_started_postgres=()   # "port|data dir|state dir" of each PostgreSQL we started
bench_app_pid_files=()
bench_samplers=()

bench_stop_samplers() {
  local pid
  for pid in "${bench_samplers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  bench_samplers=()
}

bench_stop_all() {
  trap - EXIT INT TERM
  bench_stop_samplers
  local f pg
  for f in "${bench_app_pid_files[@]}"; do stop_process "$f"; done
  for pg in "${bench_started_postgres[@]}"; do
    IFS='|' read -r port data state <<<"$pg"
    PG_PORT=$port PG_DATA_DIR="$data" PG_STATE_DIR="$state" infra/postgres.sh stop || true
  done
  if $KEYCLOAK_STARTED_HERE; then infra/keycloak.sh stop || true; fi
}
trap bench_stop_all EXIT
trap 'exit 130' INT TERM

# Re-runs the calling script under `timeout` (BENCH_TIMEOUT seconds): on expiry TERM reaches the EXIT trap.
bench_bounded() {
  if [[ -z "${BENCH_UNDER_TIMEOUT:-}" ]]; then
    BENCH_UNDER_TIMEOUT=1 exec timeout -k 120 "${BENCH_TIMEOUT:-1800}" "$0" "$@"
  fi
}

bench_tools() { # Debian packages the benchmarks need, installed when missing
  local missing=()
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v jq >/dev/null || missing+=(jq)
  command -v python3 >/dev/null || missing+=(python3)
  if (( ${#missing[@]} )); then
    say "Installing Debian's ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

bench_jar() { # builds the application jar when missing or older than the sources
  if [[ ! -f "$JAR" || -n "$(find backend/src backend/pom.xml frontend/src -newer "$JAR" -print -quit)" ]]; then
    say "Building the application jar (mvn package -DskipTests)"
    maven -q package -DskipTests
  fi
}

# bench_postgres PORT DATA_DIR STATE_DIR: starts an embedded PostgreSQL on that directory (kept as it is).
bench_postgres() {
  mkdir -p "$3"
  bench_started_postgres+=("$1|$2|$3")
  PG_PORT=$1 PG_DATA_DIR="$2" PG_STATE_DIR="$3" infra/postgres.sh start
}

# bench_backend NAME PORT DB_PORT JVM_OPTIONS...: starts the jar with DEMO_DATA=false, waits until ready;
# sets app_pid. Its log is $BENCH_DIR/NAME.log.
bench_backend() {
  local name="$1" port="$2" db_port="$3"
  shift 3
  DB_URL="jdbc:postgresql://127.0.0.1:$db_port/sector_support" DB_USER=postgres DB_PASSWORD= DEMO_DATA=false \
    "$JAVA_HOME/bin/java" "$@" -Dquarkus.http.port="$port" -jar "$JAR" >"$BENCH_DIR/$name.log" 2>&1 &
  app_pid=$!
  echo "$app_pid" >"$BENCH_DIR/$name.pid"
  bench_app_pid_files+=("$BENCH_DIR/$name.pid")
  wait_for_http "http://localhost:$port/q/health/ready" 180 "$app_pid" \
    || { tail -n 40 "$BENCH_DIR/$name.log" >&2; exit 1; }
}

bench_analyst_token() { # the demo analyst's access token (password grant of the CLI client)
  curl -fsS --max-time 30 -d grant_type=password -d client_id=sector-support-cli -d username=analyst \
    -d password=analyst-demo "$KEYCLOAK_TOKEN_URL" | jq -er .access_token
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Heap (jstat: used = survivors + eden + old, KiB, every 200 ms) and RSS (/proc VmRSS every 200 ms) of $app_pid.
bench_start_samplers() {
  local tag="$1"
  "$JAVA_HOME/bin/jstat" -gc "$app_pid" 200 >"$BENCH_DIR/jstat-$tag.txt" 2>/dev/null &
  bench_samplers+=($!)
  (while kill -0 "$app_pid" 2>/dev/null; do
     awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status"; sleep 0.2
   done) >"$BENCH_DIR/rss-$tag.txt" 2>/dev/null &
  bench_samplers+=($!)
}
heap_peak_mib() { # peak used heap and peak committed heap, MiB
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
                          c = $col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]
                          if (u > mu) mu = u; if (c > mc) mc = c }
       END { printf "%.0f %.0f", mu / 1024, mc / 1024 }' "$BENCH_DIR/jstat-$1.txt"
}
old_gen_after_gc_mib() { # peak old generation, MiB: what survives collections, so what a pull keeps
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9.]+$/ { o = $col["OU"]; if (o > m) m = o }
       END { printf "%.0f", m / 1024 }' "$BENCH_DIR/jstat-$1.txt"
}
# CPU seconds used so far: of process $1 (user + system), and of PostgreSQL on data directory $1 (its postmaster,
# the children it has reaped and those alive: the sessions and background processes).
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"; }
pg_cpu_seconds() {
  local postmaster child total
  postmaster=$(head -n1 "$1/postmaster.pid")
  total=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13 + $14 + $15) / hz }' \
    "/proc/$postmaster/stat")
  for child in $(ps --ppid "$postmaster" -o pid=); do
    total=$(awk -v a="$total" -v b="$(cpu_seconds "$child" 2>/dev/null || echo 0)" 'BEGIN { printf "%.2f", a + b }')
  done
  echo "$total"
}
rss_peak_mib() { sort -n "$BENCH_DIR/rss-$1.txt" | tail -n1 | awk '{ printf "%.0f", $1 / 1024 }'; }
hwm_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }

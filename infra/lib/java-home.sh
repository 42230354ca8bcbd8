# shellcheck shell=bash
# Sourced by infra/*.sh: find a JDK of at least a given major version.
#
#   find_java_home MIN [EXPLICIT]
#     EXPLICIT (e.g. $KEYCLOAK_JAVA_HOME) wins and must qualify; otherwise $JAVA_HOME if it
#     qualifies; otherwise the newest qualifying JDK under /usr/lib/jvm (and /opt/java, ~/.sdkman).
#     Prints the JDK directory; returns 1 (with a message on stderr) if none qualifies.

java_major() { # $1 = JDK directory; prints the feature version (17, 21, 25, ...)
  local jh="$1" v=""
  [[ -x "$jh/bin/java" ]] || return 1
  if [[ -f "$jh/release" ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$jh/release")"
  fi
  if [[ -z "$v" ]]; then
    v="$("$jh/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  fi
  v="${v#1.}"
  v="${v%%[.+-]*}"
  [[ "$v" =~ ^[0-9]+$ ]] || return 1
  echo "$v"
}

find_java_home() {
  local min="$1" explicit="${2:-}" c m best="" best_m=0
  if [[ -n "$explicit" ]]; then
    if m="$(java_major "$explicit")" && (( m >= min )); then echo "$explicit"; return 0; fi
    echo "error: $explicit is not a JDK >= $min" >&2
    return 1
  fi
  if [[ -n "${JAVA_HOME:-}" ]] && m="$(java_major "$JAVA_HOME")" && (( m >= min )); then
    echo "$JAVA_HOME"; return 0
  fi
  for c in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [[ -d "$c" && ! -L "$c" ]] || continue
    if m="$(java_major "$c")" && (( m >= min && m > best_m )); then best="$c"; best_m="$m"; fi
  done
  if [[ -z "$best" ]]; then
    echo "error: no JDK >= $min found (set JAVA_HOME)" >&2
    return 1
  fi
  echo "$best"
}

# run_mvn JDK_DIR|- ARGS...  — quiet batch Maven, with JAVA_HOME=JDK_DIR ('-' keeps the caller's).
# Strips the stray ANSI reset codes Debian's Maven 3.8 prints even in batch mode, and silences the
# sun.misc.Unsafe warnings Maven's bundled Guava triggers on JDK 24+.
run_mvn() {
  local jh="$1" opts="${MAVEN_OPTS:-}" m
  shift
  [[ "$jh" != "-" ]] || jh="${JAVA_HOME:-}"
  if [[ -n "$jh" ]] && m="$(java_major "$jh")" && (( m >= 24 )); then
    opts="$opts --sun-misc-unsafe-memory-access=allow"
  fi
  if [[ -n "$jh" ]]; then
    JAVA_HOME="$jh" MAVEN_OPTS="$opts" mvn -B -q -Dstyle.color=never "$@" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2
  else
    MAVEN_OPTS="$opts" mvn -B -q -Dstyle.color=never "$@" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2
  fi
}

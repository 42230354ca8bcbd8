#!/usr/bin/env bash
# `make stop`: stop what `make run` started (the backend, and Keycloak/PostgreSQL if it started them).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"
STARTED="$STATE_DIR/run.started"
stop_process "$STATE_DIR/backend.pid"
if [[ -f "$STARTED" ]]; then
  grep -qx keycloak "$STARTED" && infra/keycloak.sh stop
  grep -qx postgres "$STARTED" && infra/postgres.sh stop
  rm -f "$STARTED"
fi
echo "Stopped."

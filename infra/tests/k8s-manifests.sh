#!/usr/bin/env bash
# The Kubernetes manifests in infra/k8s/ against the Kubernetes API schemas and what the service needs of them
# (infra/tests/k8s/check.mjs). Installs its two npm packages (kubernetes-models, yaml) on first use.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/k8s"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm install --no-audit --no-fund --loglevel=error
fi
node check.mjs

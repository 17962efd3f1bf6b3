#!/usr/bin/env bash
# Installs the machine packages the tests use: PostgreSQL (store conformance suite, cluster tests), and for the
# multi-process cluster tests redis-server (membership; the tests start their own), nginx (the compose proxy config,
# run for real) and docker-compose v1 (validates docker-compose.yml offline; no Docker engine is needed or started).
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
[ -x /usr/bin/chromium ] || need+=(chromium)  # the admin console's browser test (Playwright drives it; no browser download)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests and prints, on stdout and nothing else, the line that points them at it:
#   eval "$(bash .ci/start-postgres.sh)"    # sets CASHLESS_TEST_POSTGRES
#   bash .ci/start-postgres.sh stop         # stops it and deletes its folder
# Installs PostgreSQL with apt when the machine has none. Idempotent: while the server it started is still running, it
# prints the same line again. The cluster lives in $CASHLESS_PG_DIR (default /tmp/cashless-ci-postgres), listens on
# 127.0.0.1 only, on a free port, and wants the password it prints (scram-sha-256). Progress goes to stderr.
set -euo pipefail

dir="${CASHLESS_PG_DIR:-/tmp/cashless-ci-postgres}"
data="$dir/data"
env_file="$dir/env"

log() { echo "start-postgres: $*" >&2; }

find_bin() {
    local initdb
    initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
    [[ -n "$initdb" ]] && dirname "$initdb"
}

# PostgreSQL refuses to run as root: then its tools run as the postgres user (the package creates it).
as_postgres() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

bin="$(find_bin || true)"
if [[ "${1:-}" == stop ]]; then
    if [[ -n "$bin" && -f "$data/postmaster.pid" ]]; then
        as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
    exit 0
fi

if [[ -z "$bin" ]]; then
    log "no PostgreSQL found; installing it with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin="$(find_bin)" || { log "postgresql installed, but no /usr/lib/postgresql/*/bin/initdb"; exit 1; }
fi

if [[ -f "$env_file" && -f "$data/postmaster.pid" ]] && as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "already running ($dir)"
    cat "$env_file"
    exit 0
fi

log "creating a cluster in $dir with $bin"
if [[ -f "$data/postmaster.pid" ]]; then
    as_postgres "$bin/pg_ctl" -D "$data" -m immediate -w stop >&2 || true
fi
rm -rf "$dir"
mkdir -p "$dir"
chmod 700 "$dir"
password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" >"$dir/pwfile"
[[ "$(id -u)" == 0 ]] && chown -R postgres:postgres "$dir"
if ! as_postgres "$bin/initdb" -D "$data" -U postgres --pwfile="$dir/pwfile" --auth-host=scram-sha-256 --auth-local=trust \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    log "initdb failed"
    exit 1
fi
rm -f "$dir/pwfile"

for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    if as_postgres "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir" start >/dev/null; then
        line="export CASHLESS_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres'"
        printf '%s\n' "$line" >"$env_file"
        chmod 600 "$env_file"
        log "running on 127.0.0.1:$port"
        printf '%s\n' "$line"
        exit 0
    fi
    log "start on port $port failed (attempt $attempt):"
    tail -n 5 "$dir/server.log" >&2 || true
done
log "could not start PostgreSQL; see $dir/server.log"
exit 1

#!/usr/bin/env bash
# Serve many users from several app processes over one shared store (README "Serving many users"):
#
#   PostgreSQL (Debian's package, its own data folder, loopback)  - the DuckLake catalog
#   a Parquet folder                                              - the DuckLake data
#   N app processes (python -m ui.start, as make run) on own ports - TALENTA_STORE points at the lake
#   HAProxy (Debian's package) on one port                        - sticky sessions (a cookie), websockets
#
#   scripts/serve-cluster.sh [N]      start everything, print the address, stop all on Ctrl-C / SIGTERM
#
# Settings (environment): CLUSTER_DIR (default ./cluster: pgdata/, lake-data/, logs), CLUSTER_PORT (the
# balancer's port, default 8500), APP_PORT_BASE (default 8600: apps on 8601..), PG_PORT (default 5544),
# SEED_DB (a DuckDB file moved into the lake on the first start; default: the demo is built for it),
# DEMO_EMPLOYEES (the demo's size, default the demo's own), PYTHON (default .venv/bin/python).
# On a first start the lake is created and filled (python -m analytics lake import-file); later starts
# reuse it. Extra settings for the apps (TALENTA_SERVED, sign-in secrets ...) pass through the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-${CLUSTER_APPS:-2}}
DIR=$(realpath -m "${CLUSTER_DIR:-cluster}")
PORT=${CLUSTER_PORT:-8500}
APP_BASE=${APP_PORT_BASE:-8600}
PG_PORT=${PG_PORT:-5544}
PYTHON=${PYTHON:-.venv/bin/python}
DBNAME=talenta_lake

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'serve-cluster: %s\n' "$*" >&2; exit 1; }

pg_bin() {
    local found
    found=$(command -v "$1" 2>/dev/null || ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort | tail -1)
    [ -n "$found" ] || die "PostgreSQL's $1 is missing: scripts/setup.sh servers (apt-get install postgresql)"
    printf '%s' "$found"
}
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$HAPROXY" ] || die "haproxy is missing: scripts/setup.sh servers (apt-get install haproxy)"
[ -x "$PYTHON" ] || die "$PYTHON is missing: make run creates .venv"

# PostgreSQL refuses to run as root: then it runs as the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$DIR/lake-data" "$DIR/logs" "$DIR/run"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$DIR" "$DIR/run" "$DIR/logs"; fi

PIDS=()
cleanup() {
    trap - EXIT INT TERM
    say "stopping"
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    as_pg "$(pg_bin pg_ctl)" -D "$DIR/pgdata" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

if [ ! -f "$DIR/pgdata/PG_VERSION" ]; then
    say "initdb $DIR/pgdata"
    as_pg "$(pg_bin initdb)" -D "$DIR/pgdata" -U postgres --auth=trust -E UTF8 >"$DIR/logs/initdb.log"
fi
say "PostgreSQL on 127.0.0.1:$PG_PORT"
as_pg "$(pg_bin pg_ctl)" -D "$DIR/pgdata" -l "$DIR/logs/postgresql.log" -w \
    -o "-p $PG_PORT -k $DIR/run -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null

export TALENTA_STORE="ducklake:postgres:dbname=$DBNAME host=127.0.0.1 port=$PG_PORT user=postgres"
export TALENTA_LAKE_DATA="$DIR/lake-data"
if "$(pg_bin createdb)" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$DBNAME" 2>/dev/null; then
    seed=${SEED_DB:-$DIR/seed.duckdb}
    if [ ! -f "$seed" ]; then
        say "building the demo for the first start: $seed"
        "$PYTHON" -m analytics demo --db "$seed" ${DEMO_EMPLOYEES:+--employees "$DEMO_EMPLOYEES"} >"$DIR/logs/demo.log"
    fi
    say "moving $seed into the lake"
    "$PYTHON" -m analytics lake import-file "$seed" >"$DIR/logs/lake-import.log"
fi

declare -A APP_PIDS
start_app() {  # app $1 on its port; its log is appended to (a restart keeps the earlier lines)
    local port=$((APP_BASE + $1))
    "$PYTHON" -m ui.start --server.headless true --server.address 127.0.0.1 \
        --server.port "$port" --browser.gatherUsageStats false >>"$DIR/logs/app$1.log" 2>&1 &
    APP_PIDS[$1]=$!
    PIDS+=($!)
}
backends=""
for i in $(seq 1 "$N"); do
    say "app $i on 127.0.0.1:$((APP_BASE + i))"
    start_app "$i"
    backends+="    server app$i 127.0.0.1:$((APP_BASE + i)) check cookie app$i"$'\n'
done

# Sticky sessions: Streamlit keeps a session's state in its process, so HAProxy pins a browser to the
# process that served it first (cookie TALENTA_APP); websockets pass through (timeout tunnel). A browser
# pinned to a process that died is sent to another one (redispatch after a failed connection; the health
# check takes the dead one out within seconds): it starts a new session there over the same store.
cat >"$DIR/haproxy.cfg" <<EOF
global
    maxconn 4000
defaults
    mode http
    option redispatch
    retries 2
    timeout connect 5s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h
frontend talenta
    bind 127.0.0.1:$PORT
    default_backend apps
backend apps
    balance roundrobin
    cookie TALENTA_APP insert indirect nocache
    option httpchk GET /_stcore/health
    default-server inter 2s fall 2 rise 2
$backends
EOF
"$HAPROXY" -c -q -f "$DIR/haproxy.cfg"
"$HAPROXY" -db -f "$DIR/haproxy.cfg" >"$DIR/logs/haproxy.log" 2>&1 &
HAPROXY_PID=$!
PIDS+=($!)

for i in $(seq 1 "$N"); do
    port=$((APP_BASE + i))
    for _ in $(seq 1 240); do
        "$PYTHON" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/_stcore/health', timeout=2)" \
            2>/dev/null && break
        sleep 0.5
    done
done
# HAProxy marks an app up after two passed health checks; until then it sends that app's sticky
# cookie elsewhere (and says so with a new Set-Cookie). Wait until every app is reachable through it.
for i in $(seq 1 "$N"); do
    for _ in $(seq 1 120); do
        "$PYTHON" - "$PORT" "app$i" 2>/dev/null <<'PY' && break
import sys, urllib.request
req = urllib.request.Request(f"http://127.0.0.1:{sys.argv[1]}/_stcore/health", headers={"Cookie": f"TALENTA_APP={sys.argv[2]}"})
with urllib.request.urlopen(req, timeout=2) as r:
    pins = [c for c in r.headers.get_all("Set-Cookie") or () if c.startswith("TALENTA_APP=")]
sys.exit(1 if any(not c.startswith(f"TALENTA_APP={sys.argv[2]};") for c in pins) else 0)
PY
        sleep 0.5
    done
done
say "serving on http://127.0.0.1:$PORT ($N app processes; logs in $DIR/logs)"
# An app process that stops (a crash, a kill) is started again while the others go on serving; HAProxy
# sends its browsers to another process meanwhile (option redispatch). The balancer stopping ends all.
while true; do
    wait -n "${PIDS[@]}" || true
    kill -0 "$HAPROXY_PID" 2>/dev/null || die "HAProxy stopped (see $DIR/logs); stopping the rest"
    for i in $(seq 1 "$N"); do
        if ! kill -0 "${APP_PIDS[$i]}" 2>/dev/null; then
            say "app $i stopped (see $DIR/logs/app$i.log); starting it again"
            start_app "$i"
        fi
    done
    alive=()
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    PIDS=("${alive[@]}")
    sleep 1
done

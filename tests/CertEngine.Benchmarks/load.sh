#!/usr/bin/env bash
# The storage issue's load benchmark, in one run on this machine:
#   1. a throwaway PostgreSQL 15 with durable commits (fsync on, synchronous_commit on),
#   2. `migrate` + the CertEngine server on it (cluster mode, one silo),
#   3. the load driver: N candidates save answers through the HTTP API for S seconds — closed loop (C workers, each
#      sending its next save when the last is answered: the most the server can do) or, with RATE, open loop (RATE
#      saves per second whatever the server does, latency counted from when each save was due) — then every
#      acknowledged answer is read back,
#   4. `pgbench -N` (simple-update, durable commits) on the same PostgreSQL for the same S seconds.
# The server's log is kept in /tmp/certengine-load-server.log.
# Usage: tests/CertEngine.Benchmarks/load.sh [CANDIDATES=2000] [SECONDS=60] [CONCURRENCY=64] [PGBENCH_CLIENTS=16] [RATE=0: closed loop]
set -euo pipefail
cd "$(dirname "$0")/../.."
candidates=${1:-2000}; seconds=${2:-60}; concurrency=${3:-64}; clients=${4:-16}; rate=${5:-0}
pgbin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/certengine-load.XXXXXX); chmod 755 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http=$(free_port); silo=$(free_port); gateway=$(free_port)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres: "$work"
server=""
cleanup() { [ -f "$work/server.log" ] && cp "$work/server.log" /tmp/certengine-load-server.log; [ -n "$server" ] && kill "$server" 2>/dev/null; as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
as_pg "$pgbin/initdb" -D "$work/pg" -U certengine --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
"$pgbin/../bin/psql" -h 127.0.0.1 -p "$port" -U certengine -d postgres -qc "create database certengine" -qc "create database pgbench"
conn="Host=127.0.0.1;Port=$port;Username=certengine;Database=certengine"   # the default pools: 20 multiplexed for grain state, 10 others
for project in src/CertEngine.Server tests/CertEngine.Benchmarks; do dotnet build -c Release "$project" -v q -nologo >/dev/null; done
dotnet src/CertEngine.Server/bin/Release/net10.0/CertEngine.Server.dll migrate --postgres "$conn"
dotnet src/CertEngine.Server/bin/Release/net10.0/CertEngine.Server.dll --postgres "$conn" --urls "http://127.0.0.1:$http" \
  --data "$work/data" --templates "$PWD/templates" --silo-port "$silo" --gateway-port "$gateway" --CertEngine:SignInPermitsPerMinute=100000 \
  --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
token=""
for _ in $(seq 1 120); do
  token=$(grep -o 'setup?token=[0-9a-f]*' "$work/server.log" | head -n1 | cut -d= -f2 || true)
  [ -n "$token" ] && break; sleep 1
done
[ -n "$token" ] || { cat "$work/server.log"; echo "server did not start"; exit 1; }
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (fsync on)"
if [ "$rate" -gt 0 ]; then echo "== load driver: $candidates candidates, $seconds s, open loop at $rate saves/s"; else echo "== load driver: $candidates candidates, $seconds s, closed loop with $concurrency workers"; fi
dotnet tests/CertEngine.Benchmarks/bin/Release/net10.0/CertEngine.Benchmarks.dll load --url "http://127.0.0.1:$http" \
  --setup-token "$token" --candidates "$candidates" --seconds "$seconds" --concurrency "$concurrency" --rate "$rate" --server-pid "$server" | tee "$work/load.txt"
kill "$server"; wait "$server" 2>/dev/null || true; server=""
echo "== pgbench -N: $clients clients, $seconds s, same PostgreSQL"
"$pgbin/pgbench" -h 127.0.0.1 -p "$port" -U certengine -i -s 10 -q pgbench >/dev/null 2>&1
"$pgbin/pgbench" -h 127.0.0.1 -p "$port" -U certengine -N -c "$clients" -j 2 -T "$seconds" pgbench 2>/dev/null | tee "$work/pgbench.txt" | grep -E "tps|latency"
saves=$(sed -n 's/.*= \([0-9]*\) saves\/s.*/\1/p' "$work/load.txt")
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.txt" | head -n1)
python3 -c "print(f'== ratio: {int($saves)} saves/s / {float($tps):.0f} pgbench tps = {int($saves)/float($tps):.2f}')"

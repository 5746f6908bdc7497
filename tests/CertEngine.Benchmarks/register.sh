#!/usr/bin/env bash
# The redesign issue's registration benchmark, in one run on this machine:
#   1. a CertEngine server in MODE embedded (SQLite file) or postgres (a throwaway PostgreSQL 15, fsync on),
#   2. the driver registers and enrols CANDIDATES candidates on one track through the HTTP API with WORKERS in flight,
#      printing the rate per block of 1,000 and the last block's time per candidate against the first's,
#   3. the largest stored grain state afterwards (no grain's state may grow with the candidates).
# Usage: tests/CertEngine.Benchmarks/register.sh [CANDIDATES=10000] [MODE=embedded] [WORKERS=16]
set -euo pipefail
cd "$(dirname "$0")/../.."
candidates=${1:-10000}; mode=${2:-embedded}; workers=${3:-16}
pgbin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/certengine-register.XXXXXX); chmod 755 "$work"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http=$(free_port); silo=$(free_port); gateway=$(free_port); port=$(free_port)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; [ "$mode" = postgres ] && as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
for project in src/CertEngine.Server tests/CertEngine.Benchmarks; do dotnet build -c Release "$project" -v q -nologo >/dev/null; done
store=(--data "$work/data")
if [ "$mode" = postgres ]; then
  [ "$(id -u)" -eq 0 ] && chown postgres: "$work"
  as_pg "$pgbin/initdb" -D "$work/pg" -U certengine --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  "$pgbin/../bin/psql" -h 127.0.0.1 -p "$port" -U certengine -d postgres -qc "create database certengine"
  conn="Host=127.0.0.1;Port=$port;Username=certengine;Database=certengine"
  dotnet src/CertEngine.Server/bin/Release/net10.0/CertEngine.Server.dll migrate --postgres "$conn" >/dev/null
  store=(--postgres "$conn" --data "$work/data")
fi
dotnet src/CertEngine.Server/bin/Release/net10.0/CertEngine.Server.dll "${store[@]}" --urls "http://127.0.0.1:$http" \
  --templates "$PWD/templates" --silo-port "$silo" --gateway-port "$gateway" --CertEngine:SignInPermitsPerMinute=100000 \
  --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
token=""
for _ in $(seq 1 120); do
  token=$(grep -o 'setup?token=[0-9a-f]*' "$work/server.log" | head -n1 | cut -d= -f2 || true)
  [ -n "$token" ] && break; sleep 1
done
[ -n "$token" ] || { cat "$work/server.log"; echo "server did not start"; exit 1; }
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; mode $mode; $candidates candidates, $workers in flight"
dotnet tests/CertEngine.Benchmarks/bin/Release/net10.0/CertEngine.Benchmarks.dll register --url "http://127.0.0.1:$http" \
  --setup-token "$token" --candidates "$candidates" --workers "$workers"
sizes="SELECT graintypestring, max(length(payloadbinary)), count(*) FROM orleansstorage GROUP BY graintypestring ORDER BY 2 DESC LIMIT 3"
echo "== largest stored grain state, by state name (bytes, rows):"
if [ "$mode" = postgres ]; then
  "$pgbin/../bin/psql" -h 127.0.0.1 -p "$port" -U certengine -d certengine -At -c "$sizes"
else
  python3 -c "import sqlite3,sys; [print('|'.join(map(str,r))) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]" "$work/data/certengine.db" "$sizes"
fi

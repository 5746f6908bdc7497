#!/usr/bin/env bash
# Issue 18's exam-day run, in one command on this machine:
#   1. in postgres mode a throwaway PostgreSQL 15 with durable commits (fsync on) and an exam day's checkpoint settings
#      (docs/operations.md), `migrate`, and `pgbench -N` on it first
#      (the saves' limit, measured in the same run); in embedded mode a SQLite file;
#   2. K silos of the server in Release (postgres mode; one in embedded mode), with a copy of the question banks whose
#      components last MINUTES minutes (published as a new version of the copy) (exam time is sitting time: a short sitting is scheduled as such) and a
#      copy of the tracks with 公示 off (certificates straight after scoring); the bare ASP.NET Core endpoint beside them;
#   3. the driver: the day through the public API (import, scheduling, check-in, synchronised start, browsers polling
#      and saving, lost connections, the deadline, practical scoring, certificates, verification), its figures beside
#      their limits, one `target …` line per target, and its table written into docs/performance.md.
# Usage: tests/CertEngine.Benchmarks/exam-day.sh [--candidates N=300] [--mode embedded|postgres] [--silos K=1]
#          [--minutes M=3] [--waves W] [--kill-silo] [--no-docs] [--plain]
# Logs of the silos are kept in /tmp/certengine-exam-day-silo<k>.log.
# DRIVER_GC_SERVER=0 runs the driver with workstation GC instead of server GC (to see what its collector costs).
set -euo pipefail
cd "$(dirname "$0")/../.."
candidates=300; mode=postgres; silos=1; minutes=3; waves=""; kill=""; docs=docs/performance.md; plain=""
command_line="exam-day.sh $*"
while [ $# -gt 0 ]; do
  case "$1" in
    --candidates) candidates=$2; shift 2 ;;
    --mode) mode=$2; shift 2 ;;
    --silos) silos=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --waves) waves=$2; shift 2 ;;
    --kill-silo) kill=--kill-silo; shift ;;
    --no-docs) docs=""; shift ;;
    --plain) plain=--plain; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$mode" = postgres ] || [ "$mode" = embedded ] || { echo "--mode is embedded or postgres" >&2; exit 2; }
[ "$mode" = postgres ] || silos=1
pgbin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/certengine-exam-day.XXXXXX); chmod 755 "$work"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pids=(); urls=(); bare=""
cleanup() {
  for k in "${!pids[@]}"; do kill "${pids[$k]}" 2>/dev/null || true; done
  # A silo stops gracefully only while its database answers (it leaves the membership table, hands its grains on): wait
  # for each, at most a minute, before PostgreSQL goes. Stopped the other way round, a silo retried for minutes and
  # competed with the next run.
  for k in "${!pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "${pids[$k]}" 2>/dev/null || break; sleep 1; done
    kill -9 "${pids[$k]}" 2>/dev/null || true
    [ -f "$work/silo$k.log" ] && cp "$work/silo$k.log" "/tmp/certengine-exam-day-silo$k.log"
  done
  [ -n "$bare" ] && kill "$bare" 2>/dev/null
  if [ "$mode" = postgres ]; then as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1; fi
  rm -rf "$work"
}
trap cleanup EXIT

for project in src/CertEngine.Server tests/CertEngine.Benchmarks; do dotnet build -c Release "$project" -v q -nologo >/dev/null; done
server=src/CertEngine.Server/bin/Release/net10.0/CertEngine.Server.dll
driver=tests/CertEngine.Benchmarks/bin/Release/net10.0/CertEngine.Benchmarks.dll

# The run's configuration: the banks with short components, the tracks with 公示 off. The shipped files stay as they are.
cp -r question-banks "$work/banks"; cp -r tracks "$work/tracks"
# A published version is frozen (its hashes are checked), so the short components are published as a new version of
# the copy, as an author would publish one: the run's track opens on it.
sed -i -E "s/minutes: 90\b/minutes: $minutes/g" "$work/banks/4-10-01-06/occupation.yaml"
bank_version=$(dotnet "$server" bank publish "$work/banks/4-10-01-06" | sed -n 's/^published: version \([0-9]*\).*/\1/p')
[ -n "$bank_version" ] || { echo "could not publish the run's bank copy" >&2; exit 1; }
python3 - "$work/tracks/defaults.yaml" <<'PY'
import sys
path = sys.argv[1]; lines = open(path, encoding="utf-8").read().split("\n")
at = next(i for i, l in enumerate(lines) if l.startswith("  publicity:"))
end = at + 1
while end < len(lines) and lines[end].startswith("    "): end += 1
lines[at:end] = ["  publicity: off"]
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY

pgbench_tps=0
store=()
if [ "$mode" = postgres ]; then
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$work"
  port=$(free_port)
  as_pg "$pgbin/initdb" -D "$work/pg" -U certengine --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Checkpoints as docs/operations.md asks of an exam day's database: with PostgreSQL's defaults (max_wal_size 1GB) the
  # day's writes forced a checkpoint every 30–40 s from the steady state on, and the saves' tail moved with them.
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=300 -c max_wal_size=8GB -c checkpoint_timeout=15min" start >/dev/null
  "$pgbin/../bin/psql" -h 127.0.0.1 -p "$port" -U certengine -d postgres -qc "create database certengine" -qc "create database pgbench"
  conn="Host=127.0.0.1;Port=$port;Username=certengine;Database=certengine"
  dotnet "$server" migrate --postgres "$conn" >/dev/null
  echo "== pgbench -N: 16 clients, 15 s, on the run's PostgreSQL (fsync on)"
  "$pgbin/pgbench" -h 127.0.0.1 -p "$port" -U certengine -i -s 10 -q pgbench >/dev/null 2>&1
  pgbench_tps=$("$pgbin/pgbench" -h 127.0.0.1 -p "$port" -U certengine -N -c 16 -j 2 -T 15 pgbench 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n1)
  echo "pgbench -N: $pgbench_tps tps"
  store=(--postgres "$conn")
fi

for k in $(seq 0 $((silos - 1))); do
  http=$(free_port)
  dotnet "$server" "${store[@]}" --data "$work/data$k" --urls "http://127.0.0.1:$http" --templates "$PWD/templates" \
    --silo-port "$(free_port)" --gateway-port "$(free_port)" --CertEngine:BankRoot="$work/banks" --CertEngine:TracksRoot="$work/tracks" \
    --CertEngine:SignInPermitsPerMinute=100000 --CertEngine:Verification:PermitLimit=1000000000 \
    --Logging:LogLevel:Default=Warning >"$work/silo$k.log" 2>&1 &
  pids+=($!); urls+=("http://127.0.0.1:$http")
done
token=""
for _ in $(seq 1 180); do
  token=$(grep -ho 'setup?token=[0-9a-f]*' "$work"/silo*.log 2>/dev/null | head -n1 | cut -d= -f2 || true)
  [ -n "$token" ] && break; sleep 1
done
[ -n "$token" ] || { cat "$work"/silo*.log; echo "server did not start"; exit 1; }
for url in "${urls[@]}"; do for _ in $(seq 1 120); do curl -sf "$url/healthz" >/dev/null && break; sleep 1; done; done
bare_port=$(free_port)
dotnet "$driver" bare --urls "http://127.0.0.1:$bare_port" >/dev/null 2>&1 &
bare=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$bare_port/" >/dev/null && break; sleep 0.5; done

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; mode $mode, $silos silo(s); $candidates candidates, sittings of $minutes min"
IFS=,; url_list="${urls[*]}"; pid_list="${pids[*]}"; unset IFS
set +e
# The driver times every request as a browser would, so its own pauses count in every latency: with workstation GC it
# paused 3.4 s of a 235 s steady state at 20,000 browsers, in short stops that each delay the requests in flight. With
# server GC (this process only) it paused 0.7 s (docs/performance.md).
DOTNET_gcServer=${DRIVER_GC_SERVER:-1} dotnet "$driver" exam-day --urls "$url_list" --server-pids "$pid_list" --setup-token "$token" --candidates "$candidates" \
  --minutes "$minutes" ${waves:+--waves "$waves"} --mode "$mode" --bank-root "$work/banks" --bank-version "$bank_version" --pgbench-tps "$pgbench_tps" \
  --bare-url "http://127.0.0.1:$bare_port" ${docs:+--docs "$docs"} --command "$command_line" $kill $plain
status=$?
set -e
exit $status

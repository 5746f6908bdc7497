#!/usr/bin/env bash
# Verify endpoint vs a bare endpoint, measured with wrk in the same run (issue 6 performance check).
# Usage: tests/CertEngine.Benchmarks/verify-wrk.sh [seconds=10] [connections=16]
# Runs the demo into a temporary data folder, starts the server on it (Release, rate limit lifted) and, beside it, a bare
# ASP.NET Core application (the benchmarks' `bare` command: Kestrel and one minimal-API endpoint writing "Healthy"; the
# server's /healthz probes the store, so it is no yardstick). Then wrk on the bare GET / and on
# GET /api/certificates/{number}/verify?t=… for the demo's first certificate, one after the other; prints both rates and
# their ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-16}
work=$(mktemp -d /tmp/certengine-wrk-XXXXXX)
port=5391
bare_port=5392
server_pid=""
bare_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; [ -n "$bare_pid" ] && kill "$bare_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for project in src/CertEngine.Server tests/CertEngine.Benchmarks; do dotnet build -c Release "$project" -v q -nologo >/dev/null; done
bin=src/CertEngine.Server/bin/Release/net10.0/CertEngine.Server.dll
dotnet "$bin" demo --data "$work/data" --out "$work/out" --candidates 8 >"$work/demo.txt" 2>/dev/null
line=$(grep -m1 "^certificate " "$work/demo.txt")
number=$(echo "$line" | cut -d' ' -f2)
token=${line#*\?t=}

dotnet "$bin" --data "$work/data" --urls "http://127.0.0.1:$port" --silo-port 11391 --gateway-port 30391 \
  --CertEngine:Verification:PermitLimit=1000000000 --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
dotnet tests/CertEngine.Benchmarks/bin/Release/net10.0/CertEngine.Benchmarks.dll bare --urls "http://127.0.0.1:$bare_port" >"$work/bare.log" 2>&1 &
bare_pid=$!
bare_url="http://127.0.0.1:$bare_port/"
for _ in $(seq 1 60); do curl -sf "$bare_url" >/dev/null && break; sleep 0.5; done
verify="http://127.0.0.1:$port/api/certificates/$number/verify?t=$token"
curl -sf "$verify" | grep -q '"status":"valid"' || { echo "verify did not answer valid" >&2; exit 1; }

# Warm both paths, then measure.
wrk -t1 -c"$connections" -d3s "$bare_url" >/dev/null
wrk -t1 -c"$connections" -d3s "$verify" >/dev/null
# CPU seconds (user + system) a process has used so far, from /proc (clock ticks).
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
# Runs wrk on URL for the measured period; prints "requests/s total-requests server-cpu-seconds".
measure() {
  local before after out
  before=$(cpu "$1")
  out=$(wrk -t1 -c"$connections" -d"${seconds}s" "$2")
  after=$(cpu "$1")
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '/requests in/ {print $1}') $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a - b }')"
}
read -r bare bare_requests bare_cpu <<<"$(measure "$bare_pid" "$bare_url")"
read -r check check_requests check_cpu <<<"$(measure "$server_pid" "$verify")"
echo "bare   GET / (Kestrel + one minimal API):     $bare requests/s, $(awk -v c="$bare_cpu" -v n="$bare_requests" 'BEGIN { printf "%.1f", c * 1e6 / n }') µs server CPU per request"
echo "verify GET /api/certificates/{number}/verify: $check requests/s, $(awk -v c="$check_cpu" -v n="$check_requests" 'BEGIN { printf "%.1f", c * 1e6 / n }') µs server CPU per request"
awk -v b="$bare" -v v="$check" 'BEGIN { printf "ratio verify/bare: %.2f (target ≥ 0.5)\n", v / b }'
awk -v bc="$bare_cpu" -v bn="$bare_requests" -v vc="$check_cpu" -v vn="$check_requests" 'BEGIN { printf "ratio of server CPU per request, bare/verify: %.2f (what the rates would give if the server had the machine to itself)\n", (bc / bn) / (vc / vn) }'

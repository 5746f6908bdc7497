#!/usr/bin/env bash
# Verify endpoint vs a bare endpoint, measured with wrk in the same run (issue 6 performance check).
# Usage: tests/CertEngine.Benchmarks/verify-wrk.sh [seconds=10] [connections=16]
# Runs the demo into a temporary data folder, starts the server on it (Release, rate limit lifted), then runs wrk on
# GET /healthz (the bare endpoint: no health checks registered, so it only writes "Healthy") and on
# GET /api/certificates/{number}/verify?t=… for the demo's first certificate, and prints both rates and their ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-16}
work=$(mktemp -d /tmp/certengine-wrk-XXXXXX)
port=5391
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release src/CertEngine.Server -v q -nologo >/dev/null
bin=src/CertEngine.Server/bin/Release/net10.0/CertEngine.Server.dll
dotnet "$bin" demo --data "$work/data" --out "$work/out" --candidates 8 >"$work/demo.txt" 2>/dev/null
line=$(head -1 "$work/demo.txt")
number=$(echo "$line" | cut -d' ' -f2)
token=${line#*\?t=}

dotnet "$bin" --data "$work/data" --urls "http://127.0.0.1:$port" --silo-port 11391 --gateway-port 30391 \
  --CertEngine:Verification:PermitLimit=1000000000 --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
verify="http://127.0.0.1:$port/api/certificates/$number/verify?t=$token"
curl -sf "$verify" | grep -q '"status":"valid"' || { echo "verify did not answer valid" >&2; exit 1; }

# Warm both paths, then measure.
wrk -t1 -c"$connections" -d3s "http://127.0.0.1:$port/healthz" >/dev/null
wrk -t1 -c"$connections" -d3s "$verify" >/dev/null
bare=$(wrk -t1 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$port/healthz" | awk '/Requests\/sec/ {print $2}')
check=$(wrk -t1 -c"$connections" -d"${seconds}s" "$verify" | awk '/Requests\/sec/ {print $2}')
echo "bare   GET /healthz:                          $bare requests/s"
echo "verify GET /api/certificates/{number}/verify: $check requests/s"
awk -v b="$bare" -v v="$check" 'BEGIN { printf "ratio verify/bare: %.2f (target ≥ 0.5)\n", v / b }'

#!/usr/bin/env bash
# Runs every CertEngine test. Installs what the tests need when it is missing (PostgreSQL, Chromium,
# CJK fonts, zbar), starts a throwaway PostgreSQL on 127.0.0.1, runs `dotnet test` on the whole solution,
# and ends with one line: `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '==> %s\n' "$*"; }

# --- what the tests need -------------------------------------------------------------------------
missing=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- a throwaway PostgreSQL cluster for the storage tests -------------------------------------------
pgbin=/usr/lib/postgresql/15/bin
pgport=${CERTENGINE_TEST_PGPORT:-55432}
pgdata=$(mktemp -d /tmp/certengine-pg.XXXXXX)
chmod 755 "$pgdata"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres: "$pgdata"
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdata"; }
trap stop_pg EXIT
# Trust authentication on a loopback-only, per-run cluster: there is no password to leak.
as_pg "$pgbin/initdb" -D "$pgdata/data" -U certengine --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
  && as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w \
       -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
  || { cat "$pgdata/server.log" 2>/dev/null; echo "tests: 0 passed, 1 failed"; exit 1; }
export CERTENGINE_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=certengine;Database=postgres"
say "PostgreSQL on 127.0.0.1:$pgport"

# --- every test ----------------------------------------------------------------------------------
results="$root/TestResults"
rm -rf "$results"
# A test host has 90 s by default to call back; on 2 cores, while the solution's other projects still build and other
# hosts start, one took longer once (2026-12-07, the run aborted). Give it 5 minutes; a hung host still fails the run.
export VSTEST_CONNECTION_TIMEOUT="${VSTEST_CONNECTION_TIMEOUT:-300}"
dotnet test CertEngine.sln --nologo --logger "trx" --results-directory "$results" 2>&1 | grep -v '^\s*$'
status=${PIPESTATUS[0]}

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A build failure runs no test: count it, so a red build never reads as green.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Every test of the project: the .NET suites (against a real PostgreSQL), the backoffice's unit tests and the
# Playwright end-to-end tests (Debian's Chromium against the real host). It installs and starts what it needs,
# and ends with one line, alone: "N passed, N failed, N skipped". It exits non-zero when anything failed.
#
#   etc/scripts/test.sh
#
# Environment: ConnectionStrings__Default / ConnectionStrings__Migrator to use a database of your own
# (see postgres.sh); COMMERCE_E2E_PORT (5080) for the host the e2e tests start (on the local cluster's commerce_e2e
# database); COMMERCE_CRASH_PORT (5090) for the host the checkout crash test starts (on the local cluster's
# commerce_crash database, see checkout-crash-test.sh). Neither touches the database run.sh serves.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results/dotnet"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NG_CLI_ANALYTICS=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
host_pid=""

step() { echo "== $*" >&2; }
crashed() { touch "$results/$1.crashed"; }
summary() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null
  node "$root/etc/scripts/test-summary.mjs" "$results"
  exit $?
}
trap 'crashed interrupted; summary' INT TERM

step "prerequisites"
etc/scripts/prerequisites.sh --browser || { crashed prerequisites; summary; }

step "PostgreSQL"
env_lines="$(etc/scripts/postgres.sh start)" || { crashed postgres; summary; }
eval "$env_lines"

step ".NET build (warnings are errors)"
if ! dotnet build Commerce.sln -nologo -clp:ErrorsOnly; then
  crashed dotnet-build
  summary
fi

step ".NET tests"
# One run per test project, side by side, each with a results folder of its own (the report names carry only a
# timestamp, so runs that finish together would overwrite each other's).
pids=()
for project in test/*.Tests; do
  name="$(basename "$project")"
  dotnet test --project "$project" --no-build --results-directory "$results/dotnet/$name" --report-xunit-ctrf \
    > "$results/$name.log" 2>&1 &
  pids+=("$!:$name")
done
for entry in "${pids[@]}"; do
  wait "${entry%%:*}"
  name="${entry#*:}"
  cat "$results/$name.log"
  ls "$results/dotnet/$name"/*.ctrf >/dev/null 2>&1 || crashed "$name"
done

step "checkout crash test"
# The host killed (kill -9) during checkout and started again; each invariant checked in SQL counts as one test.
etc/scripts/checkout-crash-test.sh --no-build "$results" > "$results/crash.log" 2>&1
cat "$results/crash.log"
[ -f "$results/crash.json" ] || crashed checkout-crash-test

step "backoffice unit tests"
(cd angular && rm -rf test-results && npm run --silent test:ci) || true
if [ -f angular/test-results/unit.json ]; then cp angular/test-results/unit.json "$results/unit.json"; else crashed angular-unit; fi

step "backoffice build"
(cd angular && npm run --silent build) || crashed angular-build

step "end-to-end tests"
port="${COMMERCE_E2E_PORT:-5080}"
# A database of their own on the local cluster (started if a configured database is used): never the one run.sh
# serves, whose demo store would gain the tests' products and lose its demo catalog. postgres.sh keeps a configured
# connection string, so that is unset here.
e2e_env="$(unset ConnectionStrings__Default ConnectionStrings__Migrator; COMMERCE_PG_DATABASE=commerce_e2e etc/scripts/postgres.sh start)" \
  || { crashed postgres; summary; }
(
  eval "$e2e_env"
  export OpenIddict__Clients__Backoffice__RootUrls__0="http://127.0.0.1:$port/admin/"
  # The browser tests make their own tenants and products; the demo's photo catalog would only cost time.
  export Seed__IncludeDemoCatalog=false
  dotnet run --project src/Commerce.DbMigrator --no-build --no-launch-profile
) > "$results/e2e-migrator.log" 2>&1 || crashed e2e-migrator
(
  eval "$e2e_env"
  export ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Development
  # Every browser test signs in from this one address; the mail the tests read lands in the results.
  export RateLimiting__SignInPerMinute=1000 Email__Folder="$results/mail" BlobStoring__FileSystem__RootPath="$results/blobs"
  exec dotnet run --project src/Commerce.HttpApi.Host --no-build --no-launch-profile
) > "$results/e2e-host.log" 2>&1 &
host_pid=$!
ready=""
for _ in $(seq 1 60); do
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:$port/health/ready"; then ready=1; break; fi
  kill -0 "$host_pid" 2>/dev/null || break
  sleep 1
done
if [ -n "$ready" ]; then
  (cd angular && E2E_BASE_URL="http://127.0.0.1:$port" E2E_MAIL_DIR="$results/mail" npm run --silent e2e) || true
  if [ -f angular/test-results/e2e.json ]; then cp angular/test-results/e2e.json "$results/e2e.json"; else crashed angular-e2e; fi
else
  echo "the host did not become ready; its log:" >&2
  tail -50 "$results/e2e-host.log" >&2
  crashed e2e-host
fi
kill "$host_pid" 2>/dev/null
wait "$host_pid" 2>/dev/null
host_pid=""

step "summary"
summary

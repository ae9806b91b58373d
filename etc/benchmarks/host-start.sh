#!/usr/bin/env bash
# Host start to /health/ready: builds (Release) and migrates once, then starts the host N times and reports the
# seconds from process start to the first 200 from /health/ready, on loopback only.
#
#   etc/benchmarks/host-start.sh [runs=5]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="${1:-5}"
port="${COMMERCE_BENCH_PORT:-5090}"

eval "$(etc/scripts/postgres.sh start)"
dotnet build src/Commerce.HttpApi.Host -c Release -nologo -clp:ErrorsOnly >&2
dotnet build src/Commerce.DbMigrator -c Release -nologo -clp:ErrorsOnly >&2
dotnet run --project src/Commerce.DbMigrator -c Release --no-build --no-launch-profile >/dev/null

host="src/Commerce.HttpApi.Host/bin/Release/net10.0/Commerce.HttpApi.Host.dll"
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  (cd src/Commerce.HttpApi.Host && ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet "../../$host") >/dev/null 2>&1 &
  pid=$!
  until node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
      "http://127.0.0.1:$port/health/ready"; do
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v i="$i" -v s="$start" -v e="$end" 'BEGIN { printf "run %d: %.2f s\n", i, e - s }'
done

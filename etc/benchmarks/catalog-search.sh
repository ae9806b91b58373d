#!/usr/bin/env bash
# Backoffice product list and catalog text search through IProductAppService: one tenant with 25,000 products x 4
# variants (100,000 variants) alone, then beside 1,000 other tenants of 100 products x 2 variants. Builds in
# Release, migrates two databases of its own (commerce_bench and commerce_bench_alone, dropped and recreated on every
# run), loads the data with set-based SQL as the owner role and prints mean/p50/p95/p99 per query, the phase 2 /
# phase 1 ratios and the ratios of calls interleaved between the two databases. About two minutes.
#
#   etc/benchmarks/catalog-search.sh [runs=200]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="${1:-200}"

eval "$(etc/scripts/postgres.sh start)"
project=etc/benchmarks/catalog-search/CatalogSearchBenchmark.csproj
dotnet build "$project" -c Release -nologo -clp:ErrorsOnly >&2
dotnet run --project "$project" -c Release --no-build --no-launch-profile -- "$runs"

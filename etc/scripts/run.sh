#!/usr/bin/env bash
# The main job: a local PostgreSQL (unless ConnectionStrings__Default is configured), the migrated and seeded
# database, the built backoffice, and the host serving everything on http://localhost:5000.
#
#   etc/scripts/run.sh
#
# Environment: COMMERCE_URL (http://localhost:5000); ConnectionStrings__Default / ConnectionStrings__Migrator to
# use a database of your own (postgres.sh explains the two roles).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
url="${COMMERCE_URL:-http://localhost:5000}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NG_CLI_ANALYTICS=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
step() { echo "== $*" >&2; }

step "prerequisites"
etc/scripts/prerequisites.sh

step "PostgreSQL"
eval "$(etc/scripts/postgres.sh start)"

step "build"
dotnet build Commerce.sln -c Release -nologo -clp:ErrorsOnly
(cd angular && npm run --silent build)

step "migrate and seed"
dotnet run --project src/Commerce.DbMigrator -c Release --no-build --no-launch-profile

cat >&2 <<INFO

  Commerce is starting on $url
    Platform home      $url/
    Backoffice         $url/admin/
    API reference      $url/scalar        (OpenAPI: $url/openapi/v1.json)
    Jobs dashboard     $url/hangfire      (from this machine only)
    Health             $url/health/ready
    Demo tenant        slug "demo" (Demo Outfitters): send the header "__tenant: demo",
                       or open http://demo.localhost:${url##*:}/
  Sign-in and the demo logins arrive with the identity module; until then Center Control's API answers
  requests from this machine only.

INFO

step "host (Ctrl+C stops it)"
export ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/Commerce.HttpApi.Host -c Release --no-build --no-launch-profile

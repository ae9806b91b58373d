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

# The migrator (demo photos) and the host (serving them) share one blob directory.
export BlobStoring__FileSystem__RootPath="${BlobStoring__FileSystem__RootPath:-$PWD/.data/blobs}"

step "migrate and seed"
dotnet run --project src/Commerce.DbMigrator -c Release --no-build --no-launch-profile

cat >&2 <<INFO

  Commerce is starting on $url
    Platform home      $url/
    Demo storefront    http://demo.localhost:${url##*:}/          (outlet: http://demo-outlet.localhost:${url##*:}/)
    Backoffice         $url/admin/
    Sign in            $url/account/login
    API reference      $url/scalar        (OpenAPI: $url/openapi/v1.json)
    Jobs dashboard     $url/hangfire      (platform administrators)
    Health             $url/health/ready

  Demo logins
    Platform admin     admin@commerce.test / CommerceDemo-2026          (store account: leave empty)
    Demo store owner   owner@demo.commerce.test / DemoOwner-2026        (store account: demo)
    Shoppers register on the storefront itself; the test gateway approves card 4242 4242 4242 4242
    (any future expiry, any CVC), confirms 4000 0000 0000 3220 a few seconds later (by webhook) and
    declines 4000 0000 0000 0002. Emails land in .data/mail/.

INFO

step "host (Ctrl+C stops it)"
export ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/Commerce.HttpApi.Host -c Release --no-build --no-launch-profile

#!/usr/bin/env bash
# Installs what the two commands need beyond the .NET SDK and Node: Debian's Chromium for the browser tests
# (Playwright drives it; it never downloads a browser of its own), the dotnet-ef tool and the backoffice's npm
# packages. PostgreSQL is postgres.sh's business. Idempotent and quiet when everything is there.
#
#   etc/scripts/prerequisites.sh [--browser]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
say() { echo "prerequisites.sh: $*" >&2; }

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      say "cannot install $* as $(id -un): run 'sudo apt-get install $*'"; exit 1
    fi
  fi
  say "installing $* from Debian's packages"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

command -v dotnet >/dev/null || { say "the .NET 10 SDK is required (dotnet on PATH)"; exit 1; }
command -v node >/dev/null || { say "Node 20 is required (node on PATH)"; exit 1; }

if [ "${1:-}" = "--browser" ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  apt_install chromium
fi

(cd "$root" && dotnet tool restore >/dev/null)

# npm ci only when the lock file changed since the last install.
stamp="$root/angular/node_modules/.installed-lock"
if ! cmp -s "$root/angular/package-lock.json" "$stamp" 2>/dev/null; then
  say "installing the backoffice's npm packages"
  (cd "$root/angular" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2)
  cp "$root/angular/package-lock.json" "$stamp"
fi

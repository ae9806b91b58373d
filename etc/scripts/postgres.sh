#!/usr/bin/env bash
# A local PostgreSQL for development and tests, with no set-up by hand.
#
#   etc/scripts/postgres.sh start    create (first time) and start the cluster; print the connection strings
#   etc/scripts/postgres.sh stop     stop it
#   etc/scripts/postgres.sh status   say whether it runs
#   etc/scripts/postgres.sh env      print the connection strings as shell assignments (eval "$(... env)")
#
# When ConnectionStrings__Default is set, that database is used as given and this script starts nothing.
# The cluster lives in .data/postgres (git-ignored), listens on 127.0.0.1 only, on COMMERCE_PG_PORT (5433, so
# it never clashes with a system PostgreSQL), and has two roles: commerce_owner (owns the schema, runs the
# migrations) and commerce_app (what the application connects as: owns nothing, cannot bypass row-level security;
# the DbMigrator creates it). Passwords are generated on first start into .data/postgres.env.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${COMMERCE_PG_PORT:-5433}"
data_root="$root/.data"
cluster="$data_root/postgres"
secrets="$data_root/postgres.env"
log="$data_root/postgres.log"
database="${COMMERCE_PG_DATABASE:-commerce}"

say() { echo "postgres.sh: $*" >&2; }

configured() { [ -n "${ConnectionStrings__Default:-}" ]; }

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

install_postgres() {
  say "PostgreSQL is not installed; installing Debian's postgresql package"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      say "cannot install packages as $(id -un): run 'sudo apt-get install postgresql', or set ConnectionStrings__Default"
      exit 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# initdb and postgres refuse to run as root: as root, the cluster belongs to the postgres system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

load_secrets() {
  if [ ! -f "$secrets" ]; then
    mkdir -p "$data_root"
    umask 077
    {
      echo "owner_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
      echo "app_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    } > "$secrets"
  fi
  # shellcheck disable=SC1090
  . "$secrets"
}

print_env() {
  if configured; then
    printf "export ConnectionStrings__Default=%q\n" "$ConnectionStrings__Default"
    printf "export ConnectionStrings__Migrator=%q\n" "${ConnectionStrings__Migrator:-$ConnectionStrings__Default}"
    return
  fi
  load_secrets
  local common="Host=127.0.0.1;Port=$port;Database=$database"
  printf "export ConnectionStrings__Migrator=%q\n" "$common;Username=commerce_owner;Password=$owner_password"
  printf "export ConnectionStrings__Default=%q\n" "$common;Username=commerce_app;Password=$app_password"
}

is_running() {
  local bin; bin="$(find_bin)" || return 1
  [ -f "$cluster/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$cluster" status >/dev/null 2>&1
}

start() {
  if configured; then
    say "using the configured ConnectionStrings__Default; nothing to start"
    print_env
    return
  fi
  local bin; bin="$(find_bin)" || { install_postgres; bin="$(find_bin)"; }
  load_secrets
  mkdir -p "$data_root"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$data_root" "$secrets"; fi

  if [ ! -f "$cluster/PG_VERSION" ]; then
    say "creating a cluster in $cluster"
    local pwfile; pwfile="$(mktemp)"
    echo "$owner_password" > "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$pwfile"; fi
    as_owner "$bin/initdb" -D "$cluster" -U commerce_owner --pwfile="$pwfile" \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
    rm -f "$pwfile"
    cat >> "$cluster/postgresql.conf" <<CONF
# Commerce development cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 300
shared_buffers = 256MB
synchronous_commit = off
CONF
  fi

  if ! is_running; then
    local extra=""
    # CI's database is thrown away with the machine, so it need not survive a power cut.
    [ "${CI:-}" = "true" ] && extra="-c fsync=off -c full_page_writes=off"
    as_owner "$bin/pg_ctl" -D "$cluster" -l "$log" -o "-p $port $extra" -w -t 60 start >&2
  fi
  say "running on 127.0.0.1:$port"
  print_env
}

stop() {
  if is_running; then as_owner "$(find_bin)/pg_ctl" -D "$cluster" -m fast -w stop >&2; fi
  say "stopped"
}

status() {
  if configured; then say "using the configured ConnectionStrings__Default"; return 0; fi
  if is_running; then say "running on 127.0.0.1:$port ($cluster)"; else say "not running"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac

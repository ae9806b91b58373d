#!/usr/bin/env bash
# Storefront pages and checkout over HTTP, beside the floor (storefront-floor/: routing and raw Npgsql running the
# same statements). Migrates a fresh database (commerce_storefront_bench, dropped and recreated) with the demo data,
# builds in Release, starts the host and the floor on loopback, then:
#   - wrk at 32 and 128 connections, SECONDS each, on a category page and a product page of the demo store
#     (Host: demo.localhost), on the host and on the floor, with the host's peak RSS during its 128-connection runs;
#   - the checkout driver (storefront-checkout/): 32 buyers placing orders for SECONDS through the headless
#     storefront API over 1,000 SKUs, test gateway card 4242 4242 4242 4242, then the stock and payments checked in SQL;
#   - a flash sale: one SKU with exactly 100 units available, 5,000 attempts (one unit each) by 128 buyers at once
#     through the same driver; then the orders for it and its stock are checked in SQL.
# About five minutes. Steps can be picked: pages, checkout, flash (all three by default).
#
#   etc/benchmarks/storefront.sh [seconds=15] [pages] [checkout] [flash]
#
# Environment: COMMERCE_PG_PORT (postgres.sh), COMMERCE_BENCH_HOST_PORT (5104), COMMERCE_BENCH_FLOOR_PORT (5105).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
seconds="${1:-15}"
steps=" ${*:2} "; [ "$steps" = "  " ] && steps=" pages checkout flash "
want() { [[ "$steps" == *" $1 "* ]]; }
host_port="${COMMERCE_BENCH_HOST_PORT:-5104}"
floor_port="${COMMERCE_BENCH_FLOOR_PORT:-5105}"
category="/c/apparel/t-shirts"
product="/p/classic-organic-cotton-t-shirt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say() { echo "== $*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else echo "wrk is missing: run 'sudo apt-get install wrk'" >&2; exit 1; fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >&2
fi

export COMMERCE_PG_DATABASE=commerce_storefront_bench
eval "$(etc/scripts/postgres.sh start)"
psql_owner() {
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | tail -1)"
  # shellcheck disable=SC1091
  (. .data/postgres.env; PGPASSWORD="$owner_password" "$bin/psql" -h 127.0.0.1 -p "${COMMERCE_PG_PORT:-5433}" -U commerce_owner -v ON_ERROR_STOP=1 -At "$@")
}
psql_owner -d postgres -c "DROP DATABASE IF EXISTS $COMMERCE_PG_DATABASE WITH (FORCE)" >/dev/null

say "build (Release)"
for project in src/Commerce.HttpApi.Host src/Commerce.DbMigrator etc/benchmarks/storefront-floor/StorefrontFloor.csproj \
    etc/benchmarks/storefront-checkout/StorefrontCheckoutBenchmark.csproj; do
  dotnet build "$project" -c Release -nologo -clp:ErrorsOnly >&2
done

say "migrate and seed the demo data"
export BlobStoring__FileSystem__RootPath="$root/.data/bench-blobs"
dotnet run --project src/Commerce.DbMigrator -c Release --no-build --no-launch-profile >/dev/null

pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
wait_for() { # url expected-status
  for _ in $(seq 1 120); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = "$2" ] && return 0; sleep 0.5; done
  echo "no $2 from $1" >&2; exit 1
}

say "start the host on $host_port"
# Development: {slug}.localhost resolves the demo store, and OpenIddict takes ephemeral keys. Logging as configured.
(cd src/Commerce.HttpApi.Host && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$host_port" \
  exec dotnet bin/Release/net10.0/Commerce.HttpApi.Host.dll) >"$root/.data/bench-host.log" 2>&1 &
host_pid=$!; pids+=("$host_pid")
wait_for "http://127.0.0.1:$host_port/health/ready" 200
bytes() { curl -s -o /dev/null -w '%{size_download}' -H "Host: demo.localhost" "http://127.0.0.1:$host_port$1"; }
category_bytes=$(bytes "$category"); product_bytes=$(bytes "$product")
echo "page sizes: category $category_bytes bytes, product $product_bytes bytes"

say "start the floor on $floor_port"
(cd etc/benchmarks/storefront-floor && ASPNETCORE_URLS="http://127.0.0.1:$floor_port" Floor__CategoryBytes="$category_bytes" \
  Floor__ProductBytes="$product_bytes" exec dotnet bin/Release/net10.0/StorefrontFloor.dll) >"$root/.data/bench-floor.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$floor_port/p/none" 404

run_wrk() { # name port path connections seconds
  wrk -t2 -c"$4" -d"$5"s --timeout 5s -H "Host: demo.localhost" -s etc/benchmarks/storefront-wrk.lua "http://127.0.0.1:$2$3" \
    | awk -v n="$1" -v c="$4" -v l="$(cut -d' ' -f1 /proc/loadavg)" '/^RESULT/ { sub(/^RESULT /, ""); printf "%-16s c=%-3s %s load=%s\n", n, c, $0, l }'
}
peak_rss() { # pid seconds: the highest VmRSS (MiB) seen every 200 ms
  local peak=0 kb
  for _ in $(seq 1 $(($2 * 5))); do
    kb=$(awk '/VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0)
    [ "${kb:-0}" -gt "$peak" ] && peak=$kb
    sleep 0.2
  done
  echo $((peak / 1024))
}

if want pages; then
say "warm up"
for target in "$host_port $category" "$host_port $product" "$floor_port $category" "$floor_port $product"; do
  set -- $target; run_wrk warm-up "$1" "$2" 32 5 >/dev/null
done

say "pages: $seconds s per run"
for connections in 32 128; do
  for page in category product; do
    path=$category; [ "$page" = product ] && path=$product
    if [ "$connections" = 128 ]; then peak_rss "$host_pid" "$seconds" >"$root/.data/bench-rss-$page" & rss=$!; fi
    run_wrk "host $page" "$host_port" "$path" "$connections" "$seconds"
    if [ "$connections" = 128 ]; then wait "$rss"; echo "host peak RSS during the 128-connection $page run: $(cat "$root/.data/bench-rss-$page") MiB"; fi
    run_wrk "floor $page" "$floor_port" "$path" "$connections" "$seconds"
  done
done
fi

ids="$(psql_owner -d "$COMMERCE_PG_DATABASE" -F ' ' -c "
  SELECT s.tenant_id, s.id,
         (SELECT id FROM stores.shipping_methods WHERE store_id = s.id AND type = 'FlatRate' AND is_enabled AND NOT is_deleted LIMIT 1),
         (SELECT id FROM stores.payment_methods WHERE store_id = s.id AND provider = 'test-gateway' LIMIT 1)
  FROM stores.stores s WHERE s.slug = 'demo'")"
read -r tenant_id store_id shipping_id payment_id <<<"$ids"
driver="etc/benchmarks/storefront-checkout/bin/Release/net10.0/StorefrontCheckoutBenchmark.dll"

if want checkout; then
say "checkout: 32 buyers over 1,000 SKUs for $seconds s"
# 1,000 SKUs of the demo store with a stock row, each given 100,000 more units so no order runs out.
psql_owner -d "$COMMERCE_PG_DATABASE" -c "
  CREATE TABLE public.bench_skus AS
  SELECT si.variant_id, si.on_hand + 100000 AS on_hand_before, si.reserved AS reserved_before
  FROM inventory.stock_items si
  JOIN catalog.product_variants v ON v.tenant_id = si.tenant_id AND v.id = si.variant_id AND NOT v.is_deleted
  JOIN catalog.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id AND NOT p.is_deleted AND p.status = 'Active'
  WHERE si.tenant_id = '$tenant_id' AND '$store_id' = ANY (p.store_ids) ORDER BY si.variant_id LIMIT 1000;
  UPDATE inventory.stock_items si SET on_hand = si.on_hand + 100000 FROM public.bench_skus b WHERE si.variant_id = b.variant_id;" >/dev/null
psql_owner -d "$COMMERCE_PG_DATABASE" -c "SELECT variant_id FROM public.bench_skus" >"$root/.data/bench-skus.txt"
echo "SKUs: $(wc -l <"$root/.data/bench-skus.txt"), load $(cut -d' ' -f1 /proc/loadavg)"
dotnet "$driver" "http://127.0.0.1:$host_port" \
  "$tenant_id" "$store_id" "$shipping_id" "$payment_id" "$root/.data/bench-skus.txt" "$seconds" 32
echo "load after checkout: $(cut -d' ' -f1 /proc/loadavg)"
sleep 2
psql_owner -d "$COMMERCE_PG_DATABASE" -F ' | ' -c "
  SELECT 'orders', count(*) FROM ordering.orders
  UNION ALL SELECT 'payments', count(*) FROM payments.payments
  UNION ALL SELECT 'orders without exactly one payment', count(*) FROM ordering.orders o
    WHERE (SELECT count(*) FROM payments.payments p WHERE p.tenant_id = o.tenant_id AND p.order_id = o.id) <> 1
  UNION ALL SELECT 'orders by payment status ' || payment_status, count(*) FROM ordering.orders GROUP BY payment_status
  UNION ALL SELECT 'stock rows below zero available', count(*) FROM inventory.stock_items WHERE on_hand < 0 OR reserved < 0 OR on_hand < reserved
  UNION ALL SELECT 'SKUs sold beyond their stock', count(*) FROM public.bench_skus b
    WHERE (SELECT coalesce(sum(l.quantity), 0) FROM ordering.order_lines l WHERE l.variant_id = b.variant_id) > b.on_hand_before
  UNION ALL SELECT 'SKUs whose stock taken (sold + reserved) differs from the units in orders not cancelled', count(*)
    FROM public.bench_skus b JOIN inventory.stock_items si ON si.variant_id = b.variant_id
    WHERE (b.on_hand_before - si.on_hand) + (si.reserved - b.reserved_before) <> (SELECT coalesce(sum(l.quantity), 0) FROM ordering.order_lines l
      JOIN ordering.orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id AND o.status <> 'Cancelled' WHERE l.variant_id = b.variant_id)"
fi

if want flash; then
say "flash sale: one SKU with 100 units available, 5,000 attempts by 128 buyers at once"
# The demo store's last SKU with a stock row (the checkout run took the first 1,000), made to hold exactly 100 units.
flash_sku="$(psql_owner -d "$COMMERCE_PG_DATABASE" -c "
  SELECT si.variant_id FROM inventory.stock_items si
  JOIN catalog.product_variants v ON v.tenant_id = si.tenant_id AND v.id = si.variant_id AND NOT v.is_deleted
  JOIN catalog.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id AND NOT p.is_deleted AND p.status = 'Active'
  WHERE si.tenant_id = '$tenant_id' AND '$store_id' = ANY (p.store_ids) ORDER BY si.variant_id DESC LIMIT 1")"
flash_from="$(psql_owner -d "$COMMERCE_PG_DATABASE" -c "UPDATE inventory.stock_items SET on_hand = reserved + 100 WHERE variant_id = '$flash_sku';
  SELECT now()" | tail -1)"
echo "$flash_sku" >"$root/.data/bench-flash-sku.txt"
if ! want checkout; then
  # A cold host would be measured otherwise: a few seconds of orders on another SKU first, as the checkout run does.
  warm_sku="$(psql_owner -d "$COMMERCE_PG_DATABASE" -c "
    UPDATE inventory.stock_items SET on_hand = on_hand + 10000 WHERE variant_id = (
      SELECT si.variant_id FROM inventory.stock_items si
      JOIN catalog.product_variants v ON v.tenant_id = si.tenant_id AND v.id = si.variant_id AND NOT v.is_deleted
      JOIN catalog.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id AND NOT p.is_deleted AND p.status = 'Active'
      WHERE si.tenant_id = '$tenant_id' AND '$store_id' = ANY (p.store_ids) AND si.variant_id <> '$flash_sku' ORDER BY si.variant_id DESC LIMIT 1)
    RETURNING variant_id")"
  echo "$warm_sku" | head -1 >"$root/.data/bench-warm-sku.txt"
  dotnet "$driver" "http://127.0.0.1:$host_port" \
    "$tenant_id" "$store_id" "$shipping_id" "$payment_id" "$root/.data/bench-warm-sku.txt" 5 32 >/dev/null
fi
echo "SKU $flash_sku, load $(cut -d' ' -f1 /proc/loadavg)"
dotnet "$driver" "http://127.0.0.1:$host_port" \
  "$tenant_id" "$store_id" "$shipping_id" "$payment_id" "$root/.data/bench-flash-sku.txt" 0 128 --attempts 5000
sleep 2
psql_owner -d "$COMMERCE_PG_DATABASE" -F ' | ' -c "
  SELECT 'orders for the SKU since the sale opened (not cancelled)', count(*) FROM ordering.orders o
    WHERE o.placed_at >= '$flash_from' AND o.status <> 'Cancelled'
      AND EXISTS (SELECT 1 FROM ordering.order_lines l WHERE l.tenant_id = o.tenant_id AND l.order_id = o.id AND l.variant_id = '$flash_sku')
  UNION ALL SELECT 'units of the SKU in those orders', coalesce(sum(l.quantity), 0) FROM ordering.order_lines l
    JOIN ordering.orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id
    WHERE o.placed_at >= '$flash_from' AND o.status <> 'Cancelled' AND l.variant_id = '$flash_sku'
  UNION ALL SELECT 'units of the SKU left available', on_hand - reserved FROM inventory.stock_items WHERE variant_id = '$flash_sku'
  UNION ALL SELECT 'stock rows below zero available', count(*) FROM inventory.stock_items WHERE on_hand < 0 OR reserved < 0 OR on_hand < reserved"
fi

#!/usr/bin/env bash
# pgbench baseline of bench/interactions: creates a scratch database on the PostgreSQL server the service uses,
# applies the service's migrations, seeds it, runs interaction.sql at a few client counts and prints the best
# throughput as "PGBENCH_TPS=<n>". The scratch database is dropped at the end.
#   PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres]  BENCH_PG_SECONDS [20]  BENCH_PG_CLIENTS ["8 16 32"]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="rapport_bench_pgbench_$$"
SECONDS_PER_RUN="${BENCH_PG_SECONDS:-20}"
CLIENTS="${BENCH_PG_CLIENTS:-8 16 32}"
CUSTOMERS=200
CASES=50000

cleanup() { psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true; }
trap cleanup EXIT
psql -q -d postgres -c "create database $DB"
for migration in "$ROOT/libs/messaging/src/main/resources/db/outbox/V0_1__outbox.sql" \
                 "$ROOT"/customer-service/src/main/resources/db/migration/V*.sql; do
  psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$migration"
done
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v customers=$CUSTOMERS -v cases=$CASES -f "$HERE/seed.sql"

best=0
for clients in $CLIENTS; do
  out="$(pgbench -n -M prepared -c "$clients" -j 2 -T "$SECONDS_PER_RUN" -D customers=$CUSTOMERS -D cases=$CASES \
         -f "$HERE/interaction.sql" "$DB" 2>&1)" || { echo "$out" >&2; exit 1; }
  tps="$(echo "$out" | awk '/^tps = / {print $3; exit}')"
  lat="$(echo "$out" | awk '/^latency average/ {print $4; exit}')"
  failed="$(echo "$out" | awk '/number of failed transactions/ {print $5; exit}')"
  echo "pgbench clients=$clients tps=$tps latency_avg_ms=$lat failed=${failed:-0}"
  best="$(awk -v a="$best" -v b="$tps" 'BEGIN {print (b > a) ? b : a}')"
done
echo "PGBENCH_TPS=$best"

#!/usr/bin/env bash
# The messaging library's bookkeeping alone, with pgbench on a scratch database of the local PostgreSQL server
# (docs/benchmarks/customer-service.md, "The messaging library's bookkeeping"):
#   - a consumer's poll of 16 and of 100 events: their processed_event ids recorded by one insert each (a script
#     written here) against one multi-row insert (multi.sql, the statement of ProcessedEvents), one transaction per poll;
#   - 16 outbox rows written in one transaction, without and with the relay's pass marking them sent in one update
#     (outbox-write16*.sql, the statement of OutboxStore.markSent).
# Run it under the stack lock: flock /tmp/rapport-stack.lock bench/messaging-bookkeeping/run.sh
# Environment: BENCH_PG_SECONDS [10], PGHOST/PGPORT/PGUSER.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MIGRATIONS="$HERE/../../libs/messaging/src/main/resources/db"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SECONDS_EACH="${BENCH_PG_SECONDS:-10}"
DB="rapport_bench_bookkeeping_$$"
WORK="$(mktemp -d /tmp/rapport-bench-bookkeeping.XXXXXX)"
trap 'psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
psql -q -d postgres -c "create database $DB"
psql -q -d "$DB" -f "$MIGRATIONS/inbox/V1__processed_event.sql" -f "$MIGRATIONS/outbox/V1__outbox.sql"
ONE="insert into processed_event (event_id, event_type, outcome) values (gen_random_uuid(), 'rapport.interaction.logged.v1', 'APPLIED') on conflict (event_id) do update set outcome = excluded.outcome where processed_event.outcome = 'DEAD_LETTERED' and excluded.outcome = 'APPLIED';"
for n in 16 100; do
  { echo "begin;"; for _ in $(seq 1 "$n"); do echo "$ONE"; done; echo "commit;"; } > "$WORK/single.sql"
  echo "== $n ids, one insert each (4 clients)"
  pgbench -n -M prepared -c 4 -j 2 -T "$SECONDS_EACH" -f "$WORK/single.sql" "$DB" 2>&1 | grep -E "latency average|tps ="
  echo "== $n ids, one multi-row insert (4 clients)"
  pgbench -n -M prepared -c 4 -j 2 -T "$SECONDS_EACH" -D n="$n" -f "$HERE/multi.sql" "$DB" 2>&1 | grep -E "latency average|tps ="
done
for kind in outbox-write16 outbox-write16-mark outbox-write16 outbox-write16-mark; do
  echo "== $kind (1 client)"
  pgbench -n -M prepared -c 1 -T "$SECONDS_EACH" -f "$HERE/$kind.sql" "$DB" 2>&1 | grep -E "latency average|tps ="
done

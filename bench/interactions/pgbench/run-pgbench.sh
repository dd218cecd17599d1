#!/usr/bin/env bash
# pgbench baseline of bench/interactions: creates a scratch database on the PostgreSQL server the service uses,
# applies the service's migrations, seeds it, runs interaction.sql at a few client counts and prints the best
# throughput as "PGBENCH_TPS=<n>". The scratch database is dropped at the end.
# With BENCH_PG_RATE=<n> it runs instead one open-model run at that fixed rate (8 clients, pgbench --rate, every
# transaction logged) and prints the latency percentiles, counted from each transaction's scheduled start as the load
# generator counts them: "PGBENCH_RATE=<n> PGBENCH_P50_MS=… PGBENCH_P95_MS=… PGBENCH_P99_MS=…".
#   PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres]  BENCH_PG_SECONDS [20]  BENCH_PG_CLIENTS ["8 16 32"]
#   BENCH_PG_RATE
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="rapport_bench_pgbench_$$"
SECONDS_PER_RUN="${BENCH_PG_SECONDS:-20}"
CLIENTS="${BENCH_PG_CLIENTS:-8 16 32}"
CUSTOMERS=200
CASES=50000

LOGS="$(mktemp -d /tmp/rapport-pgbench.XXXXXX)"
cleanup() {
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$LOGS"
}
trap cleanup EXIT
psql -q -d postgres -c "create database $DB"
for migration in "$ROOT"/libs/messaging/src/main/resources/db/outbox/V*.sql \
                 "$ROOT"/libs/messaging/src/main/resources/db/data-keys/V*.sql \
                 "$ROOT"/libs/web-api/src/main/resources/db/idempotency/V*.sql \
                 "$ROOT"/customer-service/src/main/resources/db/migration/V*.sql; do
  psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$migration"
done
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v customers=$CUSTOMERS -v cases=$CASES -f "$HERE/seed.sql"

if [ -n "${BENCH_PG_RATE:-}" ]; then
  out="$(pgbench -n -M prepared -c 8 -j 2 -T "$SECONDS_PER_RUN" -R "$BENCH_PG_RATE" -l --log-prefix="$LOGS/tx" \
         -D customers=$CUSTOMERS -D cases=$CASES -f "$HERE/interaction.sql" "$DB" 2>&1)" || { echo "$out" >&2; exit 1; }
  # Per-transaction log: column 3 is the transaction's time, column 7 its schedule lag (µs); nearest-rank percentiles.
  cat "$LOGS"/tx.* | awk '{print $3 + $7}' | sort -n > "$LOGS/latencies"
  awk -v rate="$BENCH_PG_RATE" '{ l[NR] = $1 } END {
    n = NR; if (n == 0) { print "pgbench logged no transactions" > "/dev/stderr"; exit 1 }
    split("50 95 99", q, " ")
    for (i = 1; i <= 3; i++) { r = int((q[i] * n + 99) / 100); p[i] = l[r] / 1000 }
    printf "pgbench rate=%s/s transactions=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n", rate, n, p[1], p[2], p[3]
    printf "PGBENCH_RATE=%s PGBENCH_P50_MS=%.2f PGBENCH_P95_MS=%.2f PGBENCH_P99_MS=%.2f\n", rate, p[1], p[2], p[3]
  }' "$LOGS/latencies"
  exit 0
fi

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

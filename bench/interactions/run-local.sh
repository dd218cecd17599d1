#!/usr/bin/env bash
# The interaction benchmark in one command, on this machine (see docs/benchmarks/customer-service.md):
#   1. pgbench baseline: the SQL of one logged contact, on a scratch database of the local PostgreSQL server;
#   2. customer-service under the open-model load generator, stepping the rate up;
#   3. the service's figures as ratios to the baseline.
# Without BENCH_BASE_URL it starts what it needs itself and stops it afterwards: the test-kit Kafka broker (in a JVM
# of its own, ephemeral port), a scratch database, and customer-service from its packaged jar on port BENCH_PORT,
# trusting the test JWT key. With BENCH_BASE_URL (and BENCH_TOKEN, an agent token of team BENCH_TEAM) it measures
# that running service instead, e.g. the one `./rapport up` started (then its database must be on the same server).
#
# Environment: BENCH_BASE_URL, BENCH_TOKEN, BENCH_TEAM [bench], BENCH_PORT [18081], BENCH_RATES [see below],
#   BENCH_STEP_SECONDS [15], BENCH_PG_SECONDS [20], BENCH_PG_CLIENTS ["8 16 32"], BENCH_SERVICE_JAVA_OPTS (JVM options
#   of the service it starts, e.g. "-XX:+UseZGC -Xmx1g"), PGHOST/PGPORT/PGUSER, JAVA_HOME.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
TEAM="${BENCH_TEAM:-bench}"
PORT="${BENCH_PORT:-18081}"
RATES="${BENCH_RATES:-50,100,200,300,400,500,600,700,800,1000}"
STEP="${BENCH_STEP_SECONDS:-15}"
SERVICE_JAVA_OPTS="${BENCH_SERVICE_JAVA_OPTS:-}"
WORK="$(mktemp -d /tmp/rapport-bench-interactions.XXXXXX)"
DB="rapport_bench_cs_$$"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

export JAVA_HOME
if [ ! -f bench/interactions/target/rapport-bench-interactions.jar ] || \
   [ ! -f customer-service/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -pl customer-service,bench/interactions -am -DskipTests
fi

echo "== pgbench baseline (same SQL per logged contact, scratch database on $PGHOST:$PGPORT)"
"$HERE/pgbench/run-pgbench.sh" | tee "$WORK/pgbench.txt"
PG_TPS="$(awk -F= '/^PGBENCH_TPS=/ {print $2}' "$WORK/pgbench.txt")"

BASE_URL="${BENCH_BASE_URL:-}"
TOKEN="${BENCH_TOKEN:-}"
if [ -z "$BASE_URL" ]; then
  echo "== starting Kafka (test kit) and customer-service on port $PORT"
  # The test kit and its classpath; -am builds the sibling libraries it needs on a machine with an empty ~/.m2.
  ./mvnw -B -q package dependency:build-classpath -pl libs/testing -am -DskipTests -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$WORK/cp.txt" > "$WORK/maven.log" 2>&1 \
    || { echo "could not build libs/testing and its classpath; see $WORK/maven.log" >&2; exit 1; }
  CP="$(cat "$WORK/cp.txt"):$ROOT/libs/testing/target/classes"
  "$JAVA" -Xmx512m -cp "$CP" "$HERE/local/LocalKafkaAndToken.java" "$TEAM" "$WORK" > "$WORK/kafka.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do [ -f "$WORK/bootstrap" ] && break; sleep 1; done
  [ -f "$WORK/bootstrap" ] || { echo "Kafka did not start; see $WORK/kafka.log" >&2; exit 1; }
  psql -q -d postgres -c "create database $DB"
  QUARKUS_HTTP_PORT="$PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  KAFKA_BOOTSTRAP_SERVERS="$(cat "$WORK/bootstrap")" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/libs/testing/src/main/resources/rapport/testing/jwt/public-key.pem" \
  MP_JWT_VERIFY_ISSUER="https://keycloak.test.invalid/realms/rapport" \
    "$JAVA" $SERVICE_JAVA_OPTS -jar customer-service/target/quarkus-app/quarkus-run.jar > "$WORK/customer-service.log" 2>&1 &
  PIDS+=($!)
  BASE_URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do curl -sf "$BASE_URL/q/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "$BASE_URL/q/health/ready" >/dev/null || { echo "customer-service did not start; see $WORK" >&2; exit 1; }
  TOKEN="$(cat "$WORK/token")"
fi

echo "== load generator against $BASE_URL"
"$JAVA" -jar bench/interactions/target/rapport-bench-interactions.jar --base-url "$BASE_URL" --token "$TOKEN" \
  --team "$TEAM" --rates "$RATES" --step-seconds "$STEP" | tee "$WORK/load.txt"

RESULT="$(grep '^RESULT ' "$WORK/load.txt" || true)"
MAX="$(echo "$RESULT" | sed -n 's/.*max_sustained_rps=\([0-9.]*\).*/\1/p')"
P99="$(echo "$RESULT" | sed -n 's/.*half_p99_ms=\([0-9.]*\).*/\1/p')"
HALF="$(echo "$RESULT" | sed -n 's/.*half_rps=\([0-9]*\).*/\1/p')"
if [ -n "$HALF" ]; then
  # The database's own tail at the same rate, right after the service's half-rate step (the service idles meanwhile).
  echo "== pgbench at the half rate ($HALF/s, ${STEP} s, open model, latency from the scheduled start)"
  BENCH_PG_RATE="$HALF" BENCH_PG_SECONDS="$STEP" "$HERE/pgbench/run-pgbench.sh" | tee "$WORK/pgbench-rate.txt"
  PG_P99="$(sed -n 's/.*PGBENCH_P99_MS=\([0-9.]*\).*/\1/p' "$WORK/pgbench-rate.txt")"
fi
if [ -n "$MAX" ]; then
  awk -v max="$MAX" -v pg="$PG_TPS" -v p99="$P99" -v pgp99="${PG_P99:-}" -v half="${HALF:-}" 'BEGIN {
    printf "== service sustained %.1f contacts/s = %.0f %% of pgbench'"'"'s %.1f tx/s (goal >= 50 %%)\n", max, 100 * max / pg, pg
    printf "== p99 at half rate (%s/s): service %.1f ms (goal < 25 ms)", half, p99
    if (pgp99 != "") printf "; pgbench alone at that rate %.1f ms (service/pgbench %.2fx)", pgp99, p99 / pgp99
    printf "\n" }'
fi
echo "(logs and raw output in $WORK)"

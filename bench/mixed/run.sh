#!/usr/bin/env bash
# The mixed workload against the stack that `./rapport up` runs (docs/benchmarks/mixed.md): tokens from the local
# Keycloak, the pids of the services and the console from `./rapport status`, then the load generator.
#   ./rapport bench mixed [--rate N] [--seconds N] [--warmup-seconds N] [--customers N] [--team TEAM (new per run)]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# a team of its own per run by default: the KPI reads and exports cost grows with the team's contacts, so runs into
# one team would each measure a bigger team than the last (docs/benchmarks/mixed.md)
TEAM="bench-mixed-$(date -u +%Y%m%d-%H%M%S)"
GIVEN=""
for ((i = 1; i <= $#; i++)); do [ "${!i}" != "--team" ] || { j=$((i + 1)); TEAM="${!j}"; GIVEN=1; }; done
[ -n "$GIVEN" ] || set -- --team "$TEAM" "$@"
if ! ./rapport status | grep -qE '^kpi-service +running'; then
  echo "rapport bench mixed: the stack is not running; start it with ./rapport up" >&2
  exit 1
fi
TOKEN="$(./rapport token --user bench-mixed --team "$TEAM" --role agent)"
PROBE="$(./rapport token --user bench-probe --team "$TEAM" --role agent)"
PROCESSES=()
while read -r name state pid _; do
  [ "$state" = "running" ] || [ "$state" = "running (embedded)" ] || continue
  [[ "$pid" =~ ^[0-9]+$ ]] && PROCESSES+=(--process "$name=$pid")
done < <(./rapport status | sed 's/running (embedded)/running/' | tail -n +2)
exec "$JAVA_HOME/bin/java" -jar bench/mixed/target/rapport-bench-mixed.jar --token "$TOKEN" --probe-token "$PROBE" \
  --team "$TEAM" "${PROCESSES[@]}" "$@"

#!/usr/bin/env bash
# Two service replicas on one PostgreSQL (issue 10 item 9), by hand: a fresh database spotcheck_replicas on the local
# PostgreSQL of .ci/postgres-start (user spotcheck), two jars on ports 18101 and 18102 in folders of their own, loaded
# at once by scripts/decide-load.py (THREADS threads, half on each, for SECONDS), then `audit verify` on the database.
# Usage: scripts/two-replicas.sh [jar] [threads] [seconds]   (default target/spotcheck.jar 8 60)
set -euo pipefail
jar=$(readlink -f "${1:-target/spotcheck.jar}")
threads=${2:-8}
seconds=${3:-60}
here=$(pwd)
work=$(mktemp -d)
su postgres -c "dropdb --if-exists spotcheck_replicas && createdb -O spotcheck spotcheck_replicas"
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/spotcheck_replicas
export SPRING_DATASOURCE_USERNAME=spotcheck SPRING_DATASOURCE_PASSWORD=spotcheck
export SPOTCHECK_USERS='ann:secret:OFFICER+AUDITOR'
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for port in 18101 18102; do
  mkdir -p "$work/$port"
  (cd "$work/$port" && exec java -Xmx512m -jar "$jar" --server.port=$port > serve.log 2>&1) &
  pids+=($!)
  until curl -s "localhost:$port/actuator/health" | grep -q '"UP"'; do sleep 0.5; done
done
scripts/decide-load.py 18101,18102 "$threads" "$seconds" ann:secret
echo "503s logged: $(grep -c -i 'contended' "$work"/*/serve.log | paste -sd' ')"
(cd "$work" && java -jar "$jar" audit verify)
echo "logs in $work"

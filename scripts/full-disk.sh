#!/usr/bin/env bash
# A real full disk (issue 10 item 5, CONTRACT §5 "The store fails loudly and recovers"), by hand: needs root (it
# mounts a small tmpfs). The service runs with its H2 store and head file on a 64 MiB file system, nearly filled by a
# ballast file; decisions are posted until the store refuses them; the ballast is removed and the time until the
# first 200 decision and health UP is measured. Then the chain is verified and every decision answered 200 is
# looked for in the store. Usage: scripts/full-disk.sh [runs] [jar]   (default 3 runs, target/spotcheck.jar)
set -euo pipefail
runs=${1:-3}
jar=$(readlink -f "${2:-target/spotcheck.jar}")
case_file=$(readlink -f samples/cases/02-kettle-unsafe-producer.json)
mnt=/mnt/spotcheck-full-disk
port=18090
auth=ann:secret
work=$(mktemp -d)
mkdir -p "$mnt"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  cd /; umount "$mnt" 2>/dev/null || true
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
decide() {  # prints the status code
  curl -s -o "$work/answer" -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' \
    --data-binary @"$case_file" "localhost:$port/api/v1/cases/decide"
}
for run in $(seq 1 "$runs"); do
  mount -t tmpfs -o size=64m tmpfs "$mnt"
  cd "$mnt"
  SPOTCHECK_USERS="$auth:OFFICER+AUDITOR" java -Xmx512m -jar "$jar" --server.port=$port > "$work/serve-$run.log" 2>&1 &
  pid=$!
  until curl -s "localhost:$port/actuator/health" | grep -q '"UP"'; do sleep 0.5; done
  # Ballast: leave about 3 MiB free for the store to grow into.
  free_kb=$(df --output=avail -k "$mnt" | tail -1)
  dd if=/dev/zero of=ballast bs=1k count=$((free_kb - 3072)) status=none 2>/dev/null || true
  ok=0; refused=0; other=0
  : > "$work/ids-$run"
  while :; do
    code=$(decide)
    case $code in
      200) ok=$((ok + 1)); grep -o '"decisionId":"[^"]*"' "$work/answer" >> "$work/ids-$run" || true ;;
      503) refused=$((refused + 1)); [ $refused -ge 20 ] && break ;;
      *) other=$((other + 1)); echo "unexpected $code: $(head -c 300 "$work/answer")" ;;
    esac
  done
  health_full=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health")
  read_code=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" "localhost:$port/api/v1/decisions?size=1")
  rm -f ballast
  freed=$(now_ms); first_ok=""; first_up=""
  while [ -z "$first_ok" ] || [ -z "$first_up" ]; do
    [ -z "$first_up" ] && curl -s "localhost:$port/actuator/health" | grep -q '"UP"' && first_up=$(now_ms)
    [ -z "$first_ok" ] && [ "$(decide)" = 200 ] && first_ok=$(now_ms)
    [ $(( $(now_ms) - freed )) -gt 120000 ] && { echo "run $run: not recovered within 120 s"; first_ok=${first_ok:-0}; first_up=${first_up:-0}; break; }
    sleep 0.05
  done
  missing=0
  for id in $(sed 's/.*:"\(.*\)"/\1/' "$work/ids-$run"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" "localhost:$port/api/v1/decisions/$id")" = 200 ] \
      || missing=$((missing + 1))
  done
  verify=$(curl -s -u "$auth" "localhost:$port/api/v1/audit/verify")
  stored=$(curl -s -u "$auth" "localhost:$port/api/v1/decisions?size=1" | grep -o '"total[A-Za-z]*":[0-9]*' | head -1)
  log_lines=$(grep -c -i 'audit store' "$work/serve-$run.log" || true)
  traces=$(grep -c '^\s*at ' "$work/serve-$run.log" || true)
  echo "run $run: $ok × 200 then $refused × 503 ($other other); health while full $health_full, a read $read_code;" \
       "after freeing: first 200 in $((first_ok - freed)) ms, health UP in $((first_up - freed)) ms;" \
       "answered 200 but not stored: $missing; verify $verify; $stored; log lines about the store $log_lines, stack trace lines $traces"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  cd /; umount "$mnt"
done
echo "logs in $work"

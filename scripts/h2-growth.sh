#!/usr/bin/env bash
# Bytes of H2 file per stored decision (issue 10 item 8), on the jar: a fresh store in a folder of its own, decisions
# from 4 threads for SECONDS (default 90), then 60 s idle (H2 frees a dead chunk 45 s after it died), twice. Prints the
# file's size after each idle minute, the decisions stored and their average record bytes (request, response and
# the other columns). Usage: scripts/h2-growth.sh [jar] [seconds]
set -euo pipefail
jar=$(readlink -f "${1:-target/spotcheck.jar}")
seconds=${2:-90}
port=18091
here=$(pwd)
work=$(mktemp -d)
cd "$work"
SPOTCHECK_USERS='ann:secret:OFFICER' java -Xmx512m -jar "$jar" --server.port=$port > serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -s "localhost:$port/actuator/health" | grep -q '"UP"'; do sleep 0.5; done
# H2's jar: in lib/ beside target/spotcheck.jar, or inside the single-file target/spotcheck-boot.jar
h2=$(ls "$(dirname "$jar")"/lib/h2-*.jar 2>/dev/null | head -1 || true)
if [ -z "$h2" ]; then
  nested=$(unzip -Z1 "$jar" | grep 'BOOT-INF/lib/h2-')
  unzip -q -o "$jar" "$nested" -d "$work/lib"
  h2="$work/lib/$nested"
fi
sql() {
  java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/spotcheck;AUTO_SERVER=TRUE" -user sa \
    -sql "$1" | sed -n 2p
}
start=$(stat -c %s data/spotcheck.mv.db)
for round in 1 2; do
  (cd "$here" && scripts/decide-load.py $port 4 "$seconds" ann:secret)
  sleep 60
  size=$(stat -c %s data/spotcheck.mv.db)
  read -r n bytes <<< "$(sql "SELECT COUNT(*) || ' ' || CAST(AVG(OCTET_LENGTH(request) + OCTET_LENGTH(response)
    + OCTET_LENGTH(id) + OCTET_LENGTH(hash) + OCTET_LENGTH(previous_hash) + OCTET_LENGTH(case_ref)
    + OCTET_LENGTH(ruleset_version) + OCTET_LENGTH(requested_by) + OCTET_LENGTH(kind) + 20) AS INT)
    FROM audit_record WHERE kind = 'DECISION'")"
  echo "round $round: file $size bytes, $n decisions of $bytes record bytes on average:" \
       "$(( (size - start) / n )) file bytes per decision ($(python3 -c "print(round(($size - $start) / $n / $bytes, 2))") × the record)"
done

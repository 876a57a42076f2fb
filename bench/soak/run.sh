#!/usr/bin/env bash
# The soak of issue 14: each hardened stack of readiness-stacks and readiness-stacks-spring (Express, FastAPI,
# nginx in front of Express, Spring Boot) started afresh and scanned with the full standard kit through the command
# line, [runs] times (default 20), counting READY scans. Not part of CI: a run takes minutes per stack. Prints
# readiness-stacks{,-spring}/target/stacks-soak.txt: "<stack>: <n> of <runs> READY" and the statuses of every scan
# that was not READY; exits 1 unless every scan was READY. Needs what readiness-stacks needs (docs/stacks.md).
# [stacks] (comma-separated: express, fastapi, nginx, spring; default all) soaks only those, so several soaks can run
# side by side from separate checkouts; the summary grows as each stack finishes.
# Usage: bench/soak/run.sh [runs] [stacks]
set -uo pipefail
runs=${1:-20}
only=${2:-}
log=/tmp/readiness-soak${only:+-${only//,/-}}.log
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rm -f readiness-stacks/target/stacks-soak.txt readiness-stacks-spring/target/stacks-soak.txt
./mvnw -B -q -o -pl readiness-stacks,readiness-stacks-spring -am verify -Dtest=none -Dit.test='*StackSoakIT' \
  -Dmaven.test.failure.ignore=true \
  -Dreadiness.stacks.soak="$runs" -Dreadiness.stacks.soak.only="$only" -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  > "$log" 2>&1
status=0
for module in readiness-stacks readiness-stacks-spring; do
  summary=$module/target/stacks-soak.txt
  [ -f "$summary" ] || { [ -n "$only" ] && continue; echo "no summary from $module; see $log" >&2; status=2; continue; }
  cat "$summary"
  # "<stack>: <n> of <runs> READY" with n < runs: not every scan was READY.
  awk '/^[a-z]+: [0-9]+ of [0-9]+ READY$/ && $2 != $4 { bad = 1 } END { exit bad }' "$summary" || status=1
done
exit $status

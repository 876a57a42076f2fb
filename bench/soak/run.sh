#!/usr/bin/env bash
# The soak of issue 14: each hardened stack of readiness-stacks and readiness-stacks-spring (Express, FastAPI,
# nginx in front of Express, Spring Boot) started afresh and scanned with the full standard kit through the command
# line, [runs] times (default 20), counting READY scans. Not part of CI: a run takes minutes per stack. Prints
# readiness-stacks{,-spring}/target/stacks-soak.txt: "<stack>: <n> of <runs> READY" and the statuses of every scan
# that was not READY; exits 1 unless every scan was READY. Needs what readiness-stacks needs (docs/stacks.md).
# Usage: bench/soak/run.sh [runs]
set -uo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rm -f readiness-stacks/target/stacks-soak.txt readiness-stacks-spring/target/stacks-soak.txt
./mvnw -B -q -o -pl readiness-stacks,readiness-stacks-spring -am verify -Dtest=none -Dit.test='*StackSoakIT' \
  -Dmaven.test.failure.ignore=true \
  -Dreadiness.stacks.soak="$runs" -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  > /tmp/readiness-soak.log 2>&1
status=0
for module in readiness-stacks readiness-stacks-spring; do
  summary=$module/target/stacks-soak.txt
  [ -f "$summary" ] || { echo "no summary from $module; see /tmp/readiness-soak.log" >&2; status=2; continue; }
  cat "$summary"
  # "<stack>: <n> of <runs> READY" with n < runs: not every scan was READY.
  awk '/^[a-z]+: [0-9]+ of [0-9]+ READY$/ && $2 != $4 { bad = 1 } END { exit bad }' "$summary" || status=1
done
exit $status

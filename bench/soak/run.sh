#!/usr/bin/env bash
# The soak of issue 14: each hardened stack of readiness-stacks (Express, FastAPI, nginx in front of Express)
# started afresh and scanned with the full standard kit through the command line, [runs] times (default 20),
# counting READY scans. Not part of CI: a run takes several minutes per stack. Prints
# readiness-stacks/target/stacks-soak.txt: "<stack>: <n> of <runs> READY" and the statuses of every scan that was
# not READY. Needs what readiness-stacks needs (docs/stacks.md). Usage: bench/soak/run.sh [runs]
set -uo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
./mvnw -B -q -o -pl readiness-stacks -am verify -Dtest=none -Dit.test=StackSoakIT \
  -Dreadiness.stacks.soak="$runs" -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  > /tmp/readiness-soak.log 2>&1
status=$?
cat readiness-stacks/target/stacks-soak.txt 2>/dev/null || { echo "no summary; see /tmp/readiness-soak.log" >&2; exit 2; }
exit $status

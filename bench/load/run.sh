#!/usr/bin/env bash
# Side-by-side HTTP throughput benchmark against one local nginx serving a static 1 KiB file over plain HTTP/1.1
# keep-alive: wrk (Debian) with our burst engine's connection count and with 1000 connections, then, in one JVM
# capped at -Xmx256m, our burst engine (ratelimit.api, BurstEngine.CONNECTIONS connections) and our load engine
# (load.latency, closed model) with the same two connection counts, and the peak used heap at 1000 connections.
# Needs: nginx, wrk, java, a built readiness-cli/target/readiness.jar (./mvnw -B -q -DskipTests package).
# Usage: bench/load/run.sh [seconds per run, default 5] [burst requests, default 200000]
set -euo pipefail
seconds=${1:-5}
burst=${2:-200000}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/readiness-cli/target/readiness.jar
work=$(mktemp -d /tmp/readiness-bench-load.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
for tool in nginx wrk java python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "missing $jar: ./mvnw -B -q -DskipTests package" >&2; exit 2; }
ulimit -n 20000 2>/dev/null || true

mkdir -p "$work/www"
head -c 1024 /dev/zero | tr '\0' 'x' > "$work/www/file.txt"
cat > "$work/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1; daemon off; pid $work/nginx.pid; error_log $work/error.log;
worker_rlimit_nofile 8192;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $work/cb; proxy_temp_path $work/px; fastcgi_temp_path $work/fc;
  uwsgi_temp_path $work/uw; scgi_temp_path $work/sc;
  server {
    listen 127.0.0.1:$port backlog=4096;
    root $work/www;
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" & nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
url=http://127.0.0.1:$port/file.txt
connections=16 # BurstEngine.CONNECTIONS

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk_rps() { wrk -t2 -c"$1" -d"${seconds}s" "$url" | awk '/Requests\/sec/ {printf "%d", $2}'; }
wrk16=$(wrk_rps "$connections")
echo "wrk -t2 -c$connections: $wrk16 requests/s"
wrk1000=$(wrk_rps 1000)
echo "wrk -t2 -c1000: $wrk1000 requests/s"

java -Xmx256m -cp "$jar" "$root/bench/load/LoadBench.java" "$url" "$burst" "$seconds" "$connections" 1000 \
  | tee "$work/ours.txt"
burst_rps=$(awk '/^measured burst engine/ {print $(NF-1)}' "$work/ours.txt")
load16=$(grep "^load engine ($connections connections" "$work/ours.txt" | sed -E 's/.*: ([0-9]+) requests\/s.*/\1/')
load1000=$(grep "^load engine (1000 connections" "$work/ours.txt" | sed -E 's/.*: ([0-9]+) requests\/s.*/\1/')
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$burst_rps" "$wrk16" "$load16" "$load1000" "$wrk1000" "$connections" <<'PY'
import sys
burst, wrk16, load16, load1000, wrk1000, c = map(float, sys.argv[1:])
print(f"burst engine / wrk ({int(c)} connections): {burst / wrk16:.2f}")
print(f"load engine / wrk ({int(c)} connections): {load16 / wrk16:.2f}")
print(f"load engine / wrk (1000 connections): {load1000 / wrk1000:.2f}")
PY

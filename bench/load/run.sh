#!/usr/bin/env bash
# Side-by-side HTTP throughput benchmark against one local nginx serving a static 1 KiB file over plain HTTP/1.1
# keep-alive. One JVM capped at -Xmx256m (bench/load/LoadBench.java) runs rounds that interleave wrk -t2 -c16
# (Debian), our burst engine (ratelimit.api's, 16 connections) and our load engine (load.latency's, closed model,
# 16 connections), so a busy machine slows all three alike, and prints each round's ratios and their medians; then
# wrk -t2 -c1000 beside our load engine with 1000 connections, and the peak used heap while they are open.
# Needs: nginx, wrk, java, a built readiness-cli/target/readiness.jar (./mvnw -B -q -DskipTests package).
# Usage: bench/load/run.sh [seconds per run, default 5] [rounds, default 3]
set -euo pipefail
seconds=${1:-5}
rounds=${2:-3}
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

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$jar" "$root/bench/load/LoadBench.java" "$url" "$seconds" "$rounds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

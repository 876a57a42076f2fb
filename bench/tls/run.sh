#!/usr/bin/env bash
# Side-by-side TLS enumeration benchmark against one local nginx (TLS 1.0-1.3, about 20 suites):
# our command line (--checks tls.protocols,tls.ciphers) as `java -jar` and through the launcher
# readiness-cli/target/readiness (AppCDS archive, C1 only), our in-process scan time (durationMs from the JSON report),
# sslscan and testssl -p -e, with hyperfine. Needs: nginx, openssl, sslscan, hyperfine, jq, a built
# readiness-cli/target/readiness.jar and launcher (./mvnw -B -q -DskipTests package); testssl when installed.
# With JDK25=<a JDK 25 home> the launcher also runs on that JDK, with the AOT cache readiness.aot (build with
# -Dreadiness.aotJavaHome=<the same home>). Usage: [JDK25=/usr/lib/jvm/temurin-25-jdk-amd64] bench/tls/run.sh [runs]
set -euo pipefail
runs=${1:-10}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/readiness-cli/target/readiness.jar
work=$(mktemp -d /tmp/readiness-bench-tls.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
for tool in nginx openssl sslscan hyperfine jq java; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "missing $jar: ./mvnw -B -q -DskipTests package" >&2; exit 2; }

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 30 \
  -subj /CN=localhost -addext subjectAltName=DNS:localhost 2>/dev/null
cat > "$work/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1; daemon off; pid $work/nginx.pid; error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/cb; proxy_temp_path $work/px; fastcgi_temp_path $work/fc;
  uwsgi_temp_path $work/uw; scgi_temp_path $work/sc;
  server {
    listen 127.0.0.1:$port ssl;
    ssl_certificate $work/cert.pem; ssl_certificate_key $work/key.pem;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_ciphers 'ECDHE+AESGCM:ECDHE+CHACHA20:ECDHE+AES:AES128-SHA:AES256-SHA:AES128-GCM-SHA256:@SECLEVEL=0';
    location / { return 200 "ok"; }
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" & nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done

args="scan --url https://localhost:$port/ --checks tls.protocols,tls.ciphers --format json --out $work/report"
plain="java -Xmx64m -jar $jar $args"
ours="env READINESS_JAVA_OPTS=-Xmx64m $root/readiness-cli/target/readiness $args"
jdk25=()
if [ -n "${JDK25:-}" ] && [ -f "$root/readiness-cli/target/readiness.aot" ]; then
  jdk25=(-n "readiness-cli JDK 25 AOT" "env JAVA=$JDK25/bin/java READINESS_JAVA_OPTS=-Xmx64m $root/readiness-cli/target/readiness $args")
fi
hyperfine --warmup 1 --runs "$runs" -i --export-json "$work/fast.json" \
  -n "java -jar" "$plain" \
  -n readiness-cli "$ours" \
  "${jdk25[@]}" \
  -n sslscan "sslscan --no-colour --no-check-certificate --no-heartbleed --no-renegotiation --no-compression --no-groups --no-fallback localhost:$port" >&2
if command -v testssl >/dev/null; then
  hyperfine --runs 3 -i --export-json "$work/testssl.json" \
    -n "testssl -p -e" "testssl --quiet --color 0 -p -e 127.0.0.1:$port" >&2
else
  echo '{"results": []}' > "$work/testssl.json"
fi
jq -s '{results: (map(.results) | add)}' "$work/fast.json" "$work/testssl.json" > "$work/hyperfine.json"

scan_ms=()
for _ in $(seq "$runs"); do
  $ours >/dev/null 2>&1 || true
  scan_ms+=("$(jq '[.results[] | select(.id=="tls.protocols") | .durationMs] | first' \
    "$work/report/readiness-report.json")")
done
hellos=$(jq -r '[.results[] | select(.id=="tls.protocols") | .evidence[0].title] | first' \
  "$work/report/readiness-report.json" | grep -oE '[0-9]+ ClientHellos' | cut -d' ' -f1)
median_scan=$(printf '%s\n' "${scan_ms[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
heap=$(READINESS_JAVA_OPTS="-Xmx64m -Xlog:gc:file=$work/gc.log" "$root/readiness-cli/target/readiness" $args \
  >/dev/null 2>&1; \
  { grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" || true; } | sed -E 's/M->.*//' | sort -n | tail -1)

jq -r --arg scan "$median_scan" --arg heap "${heap:-n/a}" --arg hellos "${hellos:-n/a}" '
  (.results | map({(.command): .median}) | add) as $m
  | "java -jar readiness.jar median: \($m["java -jar"] * 1000 | floor) ms",
    "readiness-cli (launcher) median: \($m["readiness-cli"] * 1000 | floor) ms",
    "readiness in-process scan median: \($scan) ms",
    "sslscan median: \($m["sslscan"] * 1000 | floor) ms",
    (if $m["readiness-cli JDK 25 AOT"] then "readiness-cli on JDK 25 with the AOT cache median: \($m["readiness-cli JDK 25 AOT"] * 1000 | floor) ms" else empty end),
    (if $m["readiness-cli JDK 25 AOT"] then "readiness-cli JDK 25 AOT / sslscan: \($m["readiness-cli JDK 25 AOT"] / $m["sslscan"] * 100 | floor / 100)" else empty end),
    (if $m["testssl -p -e"] then "testssl -p -e median: \($m["testssl -p -e"] * 1000 | floor) ms" else empty end),
    "in-process scan / sslscan: \(($scan | tonumber) / ($m["sslscan"] * 1000) * 100 | floor / 100)",
    "java -jar / sslscan: \($m["java -jar"] / $m["sslscan"] * 100 | floor / 100)",
    "readiness-cli / sslscan: \($m["readiness-cli"] / $m["sslscan"] * 100 | floor / 100)",
    (if $m["testssl -p -e"] then "testssl -p -e / readiness-cli: \($m["testssl -p -e"] / $m["readiness-cli"] * 10 | floor / 10)" else empty end),
    "largest heap before a GC (-Xmx64m): \($heap) MB",
    "ClientHellos per scan: \($hellos)"' "$work/hyperfine.json"

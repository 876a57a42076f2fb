#!/usr/bin/env bash
# The scan under limits: the full standard kit through the command line against the nginx stack of
# readiness-stacks (Debian nginx, TLS + HTTP/2, limit_req rate=5r/s burst=10 nodelay, 429 without Retry-After) in
# front of the hardened Express stack. Prints the scan's wall time, the HTTP requests nginx received (its access log:
# every request the scan sent, refused ones included; the TLS scanner's hellos are not HTTP and not counted), the
# floors an honest scan cannot beat: the site limit's (N - 10) / 5 s, and the login limiter's (Express admits 10 wrong
# passwords a minute, so W wrong passwords need floor((W - 1) / 10) whole minutes), and the ratio of the wall time
# to the larger. A scan that does not pace itself gets refusals (counted apart) and ERRORs, and can come out below
# the floor: the ratio only means something for a scan with 0 ERROR.
# Needs: node with the Express packages (npm ci --prefix readiness-stacks/src/test/stacks/express), nginx, openssl,
# jq, java and a built readiness-cli/target/readiness.jar (./mvnw -B -q -DskipTests package).
# Usage: bench/limits/run.sh [runs]   (KEEP=dir keeps the last run's files: profile, logs, report)
set -euo pipefail
runs=${1:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
stacks=$root/readiness-stacks/src/test/stacks
jar=$root/readiness-cli/target/readiness.jar
nginx=${NGINX:-/usr/sbin/nginx}
for tool in node openssl jq java "$nginx"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "missing $jar: ./mvnw -B -q -DskipTests package" >&2; exit 2; }
[ -d "$stacks/express/node_modules/express" ] || { echo "missing the Express packages: npm ci --prefix $stacks/express" >&2; exit 2; }

work=$(mktemp -d /tmp/readiness-bench-limits.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; [ -n "${KEEP:-}" ] && cp -r "$work" "$KEEP"; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A CA and a leaf for localhost and 127.0.0.1, trusted by the profile only.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$work/ca.pem" -days 30 \
  -subj "/CN=Readiness Bench CA" -addext basicConstraints=critical,CA:true 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/leaf.csr" -subj /CN=localhost 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:false\nextendedKeyUsage=serverAuth\n' > "$work/leaf.ext"
openssl x509 -req -in "$work/leaf.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 20 \
  -sha256 -extfile "$work/leaf.ext" -out "$work/cert.pem" 2>/dev/null

scan_once() {
  local password upstream https_port http_port out
  password=pw-$(openssl rand -hex 16)
  STACK_PASSWORD=$password STACK_TLS_KEY=$work/key.pem STACK_TLS_CERT=$work/cert.pem NODE_ENV=production \
    node "$stacks/express/app.js" > "$work/express.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do grep -q READY "$work/express.log" && break; sleep 0.1; done
  upstream=$(sed -n 's/.*READY https=\([0-9]*\).*/\1/p' "$work/express.log")
  [ -n "$upstream" ] || { cat "$work/express.log" >&2; exit 1; }
  https_port=$(free_port); http_port=$(free_port)
  rm -f "$work/access.log"
  sed -e "s#@DIR@#$work#g" -e "s#@HTTPS_PORT@#$https_port#g" -e "s#@HTTP_PORT@#$http_port#g" \
      -e "s#@UPSTREAM@#127.0.0.1:$upstream#g" -e "s#@SERVER_TOKENS@#off#g" \
      -e "s#@HSTS@#add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;#" \
      -e "s#access_log off;#access_log $work/access.log;#" \
      "$stacks/nginx/nginx.conf.template" > "$work/nginx.conf"
  mkdir -p "$work/nginx"
  "$nginx" -p "$work/nginx" -e "$work/error.log" -c "$work/nginx.conf" &
  pids+=($!)
  for _ in $(seq 1 100); do (echo > "/dev/tcp/127.0.0.1/$https_port") 2>/dev/null && break; sleep 0.1; done
  # The same profile as readiness-stacks' ProfileYaml with the load below the site limit.
  cat > "$work/readiness.yaml" <<YAML
target:
  url: https://127.0.0.1:$https_port
  httpUrl: http://127.0.0.1:$http_port
  trust: ca.pem
  timeout: 5s
profile: intermediate
paths:
  home: /
  health: /health
  protected: /api/rooms
auth:
  login:
    path: /api/auth/login
    body: '{"username":"\${user}","password":"\${password}"}'
    contentType: application/json
    user: alice
    password: '$password'
    accessToken: /access_token
    refreshToken: /refresh_token
  refresh:
    path: /api/auth/refresh
    body: '{"refresh_token":"\${refreshToken}"}'
jwt:
  maxLifetime: 15m
cors:
  allowedOrigins: [https://app.example.com]
rateLimit:
  endpoints:
    - path: /api/rooms
      method: GET
      authenticated: true
      maxRequests: 200
  login: true
upload:
  path: /api/files
  field: file
  authenticated: true
  allowedTypes: [image/png, image/jpeg]
  maxBytes: 65536
exposure:
  allow: []
load:
  path: /health
  concurrency: 2
  rate: 3
  duration: 3s
  p95: 1s
YAML
  out=$work/report
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" scan --profile "$work/readiness.yaml" --format json --out "$out" > /dev/null 2> "$work/scan.err" || true
  end=$(date +%s.%N)
  local requests refused wrong wall site login floor
  requests=$(wc -l < "$work/access.log")
  refused=$(awk '$9 == 429' "$work/access.log" | wc -l)
  wrong=$(jq -r '.traffic.wrongPasswords' "$out/readiness-report.json")
  wall=$(echo "$end - $start" | bc -l)
  site=$(echo "if ($requests > 10) ($requests - 10) / 5 else 0" | bc -l)
  # Express admits 10 wrong passwords a minute: the kit's W wrong passwords need floor((W-1)/10) whole windows.
  login=$(echo "(($wrong - 1) / 10) * 60" | bc)
  floor=$(echo "if ($login > $site) $login else $site" | bc -l)
  printf 'wall %.1f s, %d HTTP requests (%d refused 429 by limit_req), %d wrong passwords; site floor (N-10)/5 = %.1f s (ratio %.2f), login floor %d s, floor %.1f s, ratio %.2f; %s\n' \
    "$wall" "$requests" "$refused" "$wrong" "$site" "$(echo "$wall / $site" | bc -l)" "$login" "$floor" \
    "$(echo "$wall / $floor" | bc -l)" \
    "$(jq -r '.summary | "PASS \(.PASS) FAIL \(.FAIL) ERROR \(.ERROR) SKIPPED \(.SKIPPED)"' "$out/readiness-report.json")"
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  pids=()
}

for i in $(seq 1 "$runs"); do
  scan_once
done

#!/usr/bin/env bash
# Builds readiness-cli/Dockerfile the way a user does, on a base CI can have without a registry: a JDK 17 runtime
# made with jlink from the build's JDK, with the shared libraries it links against, in a FROM scratch image imported
# locally (readiness/jre:17-local). Then runs the image's `demo` command (the embedded demo stack, scanned by the
# command line inside the container, as the image's unprivileged user) and checks its exit code and the report it
# wrote to a mounted directory. Needs Docker, jlink and a built
# readiness-cli/target/readiness.jar (./mvnw -B verify or package).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=readiness-cli/target/readiness.jar
[ -f "$jar" ] || { echo "missing $jar: build it first (./mvnw -B -DskipTests package)" >&2; exit 2; }
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d /tmp/readiness-cli-image.XXXXXX)
trap 'rm -rf "$work"' EXIT

root=$work/rootfs
"$java_home/bin/jlink" --add-modules java.se,jdk.crypto.ec,jdk.unsupported,jdk.zipfs \
  --strip-debug --no-man-pages --no-header-files --output "$root/opt/java/openjdk"
# The runtime's own files, and every shared library they need from the host (a scratch image has no libc).
mapfile -t needed < <(find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | grep -oE '/[^ ]+\.so[^ ]*' | sort -u)
for lib in "${needed[@]}" /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2; do
  [ -e "$lib" ] && cp -L --parents "$lib" "$root"
done
mkdir -p "$root/tmp" "$root/etc"
chmod 1777 "$root/tmp"
printf 'root:x:0:0::/root:/sbin/nologin\nnonroot:x:65532:65532::/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
tar -C "$root" -c . | docker import \
  --change 'ENV JAVA_HOME=/opt/java/openjdk' --change 'ENV PATH=/opt/java/openjdk/bin' - readiness/jre:17-local >/dev/null

docker build -q --build-arg BASE=readiness/jre:17-local -t readiness/cli:ci readiness-cli >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
mkdir "$work/report"
chmod 777 "$work/report"
set +e
docker run --rm --name "readiness-cli-ci-$$" -v "$work/report:/work/readiness-report" readiness/cli:ci \
  demo --format text >"$work/demo.txt" 2>"$work/demo.err"
status=$?
set -e
if [ "$status" -ne 0 ] || ! grep -q '"tls.protocols"' "$work/report/readiness-report.json" 2>/dev/null; then
  echo "readiness/cli:ci demo exited $status; expected 0 (every check passed or skipped) and a report" >&2
  cat "$work/demo.txt" "$work/demo.err" >&2
  exit 1
fi
echo "readiness-cli/Dockerfile on a jlinked JDK 17 in FROM scratch: the demo scan in the container exited 0;" \
  "$(tail -n 1 "$work/demo.txt")"

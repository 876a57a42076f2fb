#!/usr/bin/env bash
# Builds the images the container tests and the Testcontainers example use, locally and without a registry: a root
# file system made of Debian's static busybox (package busybox-static) and a page for busybox httpd, imported twice:
#   readiness/httpd:root     no USER, so its processes run as root
#   readiness/httpd:nonroot  USER 10001:10001
# Both serve /www on port 8080 with busybox httpd. Needs a Docker daemon; rebuilding is cheap and idempotent.
set -euo pipefail

busybox=${BUSYBOX:-/bin/busybox}
if ! "$busybox" --list >/dev/null 2>&1; then
  echo "docker-images.sh: no static busybox at $busybox (apt-get install busybox-static, or set BUSYBOX)" >&2
  exit 1
fi
if ! timeout 20 docker info >/dev/null 2>&1; then
  echo "docker-images.sh: no Docker daemon answers (start one with: dockerd >/tmp/dockerd.log 2>&1 &)" >&2
  exit 1
fi

rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/www" "$rootfs/tmp" "$rootfs/home/app"
chmod 1777 "$rootfs/tmp"
cp "$busybox" "$rootfs/bin/busybox"
for applet in $("$busybox" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001:app:/home/app:/bin/sh\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' >"$rootfs/etc/group"
printf '<!doctype html><title>readiness</title><p>served by busybox httpd</p>\n' >"$rootfs/www/index.html"
chown -R 10001:10001 "$rootfs/home/app"

build() {
  local tag=$1
  shift
  tar --numeric-owner -C "$rootfs" -c . | docker import \
    --change 'CMD ["/bin/httpd", "-f", "-p", "8080", "-h", "/www"]' \
    --change 'EXPOSE 8080' \
    --change 'WORKDIR /' \
    "$@" - "$tag" >/dev/null
  echo "built $tag"
}
build readiness/httpd:root
build readiness/httpd:nonroot --change 'USER 10001:10001'

# The runtime images of the resilience.*, logs.secrets, shutdown.graceful and auth.session-lifetime tests, again without
# a registry: Debian's binaries with the shared libraries ldd names, in a FROM-scratch root file system.
#   readiness/redis:local        Debian's redis-server (package redis-server), port 6379, no persistence
#   readiness/runtime-app:local  .ci/runtime-app/RuntimeApp.java on a JVM jlinked from JDK 17, port 8080; its
#                                environment chooses the hardened or the naive behaviour (see the source)
copy_with_libs() {
  local root=$1
  shift
  local file lib
  for file in "$@"; do
    for lib in $(ldd "$file" 2>/dev/null | grep -o '/[^ ]*' || true); do
      mkdir -p "$root$(dirname "$lib")"
      cp -Ln "$lib" "$root$lib" 2>/dev/null || true
    done
  done
}

jdk=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
redis=${REDIS_SERVER:-/usr/bin/redis-server}
if [ ! -x "$redis" ] || [ ! -d "$jdk/jmods" ]; then
  echo "docker-images.sh: skipping the runtime images: needs $redis (apt-get install redis-server) and $jdk/jmods" \
    "(apt-get install openjdk-17-jdk-headless)" >&2
  exit 0
fi

redisfs=$(mktemp -d)
appfs=$(mktemp -d)
classes=$(mktemp -d)
trap 'rm -rf "$rootfs" "$redisfs" "$appfs" "$classes"' EXIT

mkdir -p "$redisfs/bin" "$redisfs/data" "$redisfs/etc"
cp "$redis" "$redisfs/bin/redis-server"
copy_with_libs "$redisfs" "$redis"
printf 'root:x:0:0:root:/root:/bin/sh\nredis:x:10001:10001:redis:/data:/bin/sh\n' >"$redisfs/etc/passwd"
printf 'root:x:0:\nredis:x:10001:\n' >"$redisfs/etc/group"
chown 10001:10001 "$redisfs/data"
tar --numeric-owner -C "$redisfs" -c . | docker import \
  --change 'CMD ["/bin/redis-server", "--port", "6379", "--bind", "0.0.0.0", "--protected-mode", "no", "--save", "", "--appendonly", "no", "--dir", "/data"]' \
  --change 'EXPOSE 6379' --change 'USER 10001:10001' --change 'WORKDIR /data' - readiness/redis:local >/dev/null
echo "built readiness/redis:local"

"$jdk/bin/javac" -nowarn -XDignore.symbol.file -d "$classes" "$(dirname "$0")/runtime-app/RuntimeApp.java" 2>/dev/null
"$jdk/bin/jlink" --add-modules java.base,jdk.httpserver,jdk.unsupported --strip-debug --no-man-pages \
  --no-header-files --compress=2 --output "$appfs/jvm"
mkdir -p "$appfs/app" "$appfs/etc" "$appfs/tmp"
chmod 1777 "$appfs/tmp"
cp "$classes"/*.class "$appfs/app/"
copy_with_libs "$appfs" "$appfs/jvm/bin/java" "$appfs"/jvm/lib/*.so "$appfs"/jvm/lib/server/*.so
printf 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001:app:/app:/bin/sh\n' >"$appfs/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' >"$appfs/etc/group"
printf 'hosts: files dns\n' >"$appfs/etc/nsswitch.conf"
tar --numeric-owner -C "$appfs" -c . | docker import \
  --change 'ENTRYPOINT ["/jvm/bin/java", "-Xshare:off", "-XX:+UseSerialGC", "-Xmx64m", "-Dsun.net.inetaddr.ttl=0", "-Dsun.net.inetaddr.negative.ttl=0", "-cp", "/app", "RuntimeApp"]' \
  --change 'EXPOSE 8080' --change 'USER 10001:10001' --change 'WORKDIR /app' - readiness/runtime-app:local >/dev/null
echo "built readiness/runtime-app:local"
